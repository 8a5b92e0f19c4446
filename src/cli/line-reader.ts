/** One line of a byte stream, without its line ending; `number` counts from 1. */
export interface RawLine {
  number: number;
  bytes: Buffer;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines and yields, for each chunk read, the lines it completed. Pulling
 * from the stream only when asked is what gives backpressure: while the consumer is busy, nothing
 * more is read. Yielding per chunk hands lines on as soon as they arrive, so `tail -f … | khabar
 * --jsonl` answers each line without waiting for a batch to fill.
 *
 * Lines are split as bytes, not text: byte 0x0A never occurs inside a multi-byte UTF-8 sequence, and
 * each line can then be decoded, and fail to decode, on its own.
 */
export async function* readLineChunks(stream: AsyncIterable<Buffer>): AsyncGenerator<RawLine[]> {
  let partial: Buffer[] = [];
  let number = 0;
  const lineOf = (bytes: Buffer): RawLine => ({
    number: ++number,
    bytes: bytes.at(-1) === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes,
  });
  for await (const chunk of stream) {
    const lines: RawLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      lines.push(lineOf(partial.length === 0 ? piece : Buffer.concat([...partial, piece])));
      partial = [];
      start = end + 1;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
    if (lines.length > 0) yield lines;
  }
  if (partial.length > 0) yield [lineOf(Buffer.concat(partial))];
}
