import { describeValue } from '../text/errors';

/** One line of --jsonl input: `{"id": …, "text": …}`, with an optional `referenceDate`. Other fields are ignored. */
export interface JsonlRecord {
  /**
   * The id's JSON text exactly as the line wrote it (`null` when the line has none), echoed as the
   * first field of the output line. A number is copied, not parsed and written again: JSON.parse
   * turns 1e400 into Infinity (written back as null) and 12345678901234567891 into
   * 12345678901234567000, and an id must come back as sent.
   */
  idJson: string;
  text: string;
  referenceDate: string | undefined;
}

/** A line that is not a usable record. `idJson` is set once the line's id is known, so the report can name it. */
export class RecordError extends Error {
  override name = 'RecordError';
  constructor(
    message: string,
    readonly idJson: string | null = null,
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
  const rawId = record.id ?? null;
  if (rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    throw new RecordError(`"id" must be a string or a number, got ${describeValue(rawId)}`);
  }
  // a string comes back as the same string however it was escaped; a number only as its own digits
  const id = typeof rawId === 'number' ? memberJson(line, 'id')! : rawId === null ? null : JSON.stringify(rawId);
  if (!('text' in record)) throw new RecordError('"text" is missing', id);
  if (typeof record.text !== 'string') throw new RecordError(`"text" must be a string, got ${describeValue(record.text)}`, id);
  const referenceDate = record.referenceDate ?? undefined;
  if (referenceDate !== undefined && typeof referenceDate !== 'string') {
    throw new RecordError(`"referenceDate" must be a string such as "2020-11-16", got ${describeValue(referenceDate)}`, id);
  }
  return { idJson: id ?? 'null', text: record.text, referenceDate };
}

/**
 * The JSON text of the last member named `key` of the object `json` (valid JSON, as JSON.parse just
 * found: the last of repeated names is the one it keeps), or undefined when there is none.
 */
function memberJson(json: string, key: string): string | undefined {
  let found: string | undefined;
  let i = skipSpace(json, json.indexOf('{') + 1);
  while (json[i] === '"') {
    const nameEnd = skipValue(json, i);
    const name = JSON.parse(json.slice(i, nameEnd)) as string;
    const valueStart = skipSpace(json, skipSpace(json, nameEnd) + 1); // past the colon
    const valueEnd = skipValue(json, valueStart);
    if (name === key) found = json.slice(valueStart, valueEnd);
    i = skipSpace(json, valueEnd);
    if (json[i] === ',') i = skipSpace(json, i + 1);
  }
  return found;
}

const skipSpace = (json: string, i: number): number => {
  while (json[i] === ' ' || json[i] === '\t' || json[i] === '\n' || json[i] === '\r') i++;
  return i;
};

/** Where the JSON value starting at `i` ends: a string, an object or array (strings inside skipped whole), or a number or literal. */
function skipValue(json: string, i: number): number {
  if (json[i] === '"') {
    let j = i + 1;
    while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (json[i] === '{' || json[i] === '[') {
    let depth = 0;
    let j = i;
    do {
      const c = json[j];
      if (c === '"') {
        j = skipValue(json, j);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      j++;
    } while (depth > 0);
    return j;
  }
  let j = i;
  while (j < json.length && !',}] \t\n\r'.includes(json[j]!)) j++;
  return j;
}
