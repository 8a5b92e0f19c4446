import { describeValue } from '../errors';

/** One line of --jsonl input: `{"id": …, "text": …}`, with an optional `referenceDate`. Other fields are ignored. */
export interface JsonlRecord {
  /** Echoed as the first field of the output line; null when the line has none. */
  id: string | number | null;
  text: string;
  referenceDate: string | undefined;
}

/** A line that is not a usable record. `id` is set once the line's id is known, so the report can name it. */
export class RecordError extends Error {
  override name = 'RecordError';
  constructor(
    message: string,
    readonly id: JsonlRecord['id'] = null,
  ) {
    super(message);
  }
}

export function parseJsonlRecord(line: string): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new RecordError(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RecordError(`expected a JSON object such as {"id": 1, "text": "…"}, got ${describeValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new RecordError(`"id" must be a string or a number, got ${describeValue(id)}`);
  }
  if (!('text' in record)) throw new RecordError('"text" is missing', id);
  if (typeof record.text !== 'string') throw new RecordError(`"text" must be a string, got ${describeValue(record.text)}`, id);
  const referenceDate = record.referenceDate ?? undefined;
  if (referenceDate !== undefined && typeof referenceDate !== 'string') {
    throw new RecordError(`"referenceDate" must be a string such as "2020-11-16", got ${describeValue(referenceDate)}`, id);
  }
  return { id, text: record.text, referenceDate };
}
