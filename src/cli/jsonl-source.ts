import { createReadStream } from 'node:fs';
import { describeReadError } from './describe-read-error';
import type { Item } from './items';
import { readLineChunks, type RawLine } from './line-reader';
import { decodeUtf8, InvalidUtf8Error } from './utf8';

// One task carries this many lines: enough to make the cost of reaching a worker thread negligible
// (a line takes ~0.1 ms to extract), few enough that a pool has work for every thread.
const LINES_PER_BATCH = 64;

/** Reads each input as JSON Lines, in order, in batches of lines. Blank lines are skipped. */
export async function* readJsonl(inputs: readonly string[], stdin: AsyncIterable<Buffer>): AsyncGenerator<Item[]> {
  for (const input of inputs) {
    const label = input; // `-` for standard input, as on the command line
    try {
      for await (const lines of readLineChunks(input === '-' ? stdin : createReadStream(input))) {
        const items = lines.flatMap((line) => lineItem(label, line));
        for (let start = 0; start < items.length; start += LINES_PER_BATCH) {
          yield items.slice(start, start + LINES_PER_BATCH);
        }
      }
    } catch (error) {
      // The file could not be opened, or broke off while being read: report it and go on to the next.
      yield [{ label, bytes: 0, failure: describeReadError(error) }];
    }
  }
}

function lineItem(source: string, line: RawLine): Item[] {
  const label = `${source}:${line.number}`;
  const bytes = line.bytes.length + 1;
  let text: string;
  try {
    text = decodeUtf8(line.bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return [{ label, bytes, failure: error.message }];
    throw error;
  }
  return text.trim() === '' ? [] : [{ label, bytes, job: { kind: 'line', line: text } }];
}
