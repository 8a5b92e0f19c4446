import { extract } from '../index';

/**
 * Whether extract() accepts `value` as its referenceDate. Asking the library itself keeps the CLI from
 * drifting from its rules (ISO 8601 date or date-time, a real calendar day); on empty text it costs nothing.
 */
export function isValidReferenceDate(value: string): boolean {
  try {
    extract('', { referenceDate: value });
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

export function invalidReferenceDateMessage(value: string): string {
  return `"referenceDate" must be an ISO 8601 date such as "2020-11-16", got ${JSON.stringify(value)}`;
}
