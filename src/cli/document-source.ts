import { readFile } from 'node:fs/promises';
import { describeReadError } from './describe-read-error';
import type { Item } from './items';
import { decodeUtf8, InvalidUtf8Error } from './utf8';

/**
 * Reads each input whole as one article, in order, as a batch of one item: whole articles are big
 * enough to be worth a task each, which lets a pool work on several at once. With `named`, each
 * result carries a `file` field, the path as given.
 */
export async function* readDocuments(inputs: readonly string[], named: boolean, stdin: AsyncIterable<Buffer>): AsyncGenerator<Item[]> {
  for (const input of inputs) yield [await readDocument(input, named, stdin)];
}

async function readDocument(input: string, named: boolean, stdin: AsyncIterable<Buffer>): Promise<Item> {
  const label = input; // `-` for standard input, as on the command line
  let bytes: Buffer;
  try {
    bytes = input === '-' ? await readAll(stdin) : await readFile(input);
  } catch (error) {
    return { label, bytes: 0, failure: describeReadError(error) };
  }
  try {
    const text = decodeUtf8(bytes);
    return { label, bytes: bytes.length, job: { kind: 'document', text, ...(named ? { file: input } : {}) } };
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return { label, bytes: bytes.length, failure: error.message };
    throw error;
  }
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
