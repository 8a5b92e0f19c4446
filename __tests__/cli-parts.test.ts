// The CLI's building blocks, in-process: the parts whose edge cases are awkward to reach through the binary.
import { parseArguments, UsageError } from '../src/cli/arguments';
import { readLineChunks } from '../src/cli/line-reader';
import { mapInOrder } from '../src/cli/map-in-order';
import { displayWidth } from '../src/cli/table';
import { parseJsonlRecord } from '../src/cli/jsonl-record';
import { decodeUtf8, InvalidUtf8Error } from '../src/cli/utf8';

async function* chunks(...parts: string[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part, 'latin1');
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

describe('readLineChunks', () => {
  test('joins lines split across chunks, drops CR of CRLF, keeps a last line without newline', async () => {
    const batches = await collect(readLineChunks(chunks('a\r\nb', 'c\n', '\nd')));
    const lines = batches.flat().map((line) => [line.number, line.bytes.toString('latin1')]);
    expect(lines).toEqual([
      [1, 'a'],
      [2, 'bc'],
      [3, ''],
      [4, 'd'],
    ]);
  });
  test('yields the lines of each chunk as soon as the chunk arrives', async () => {
    const batches = await collect(readLineChunks(chunks('a\nb\n', 'c\n')));
    expect(batches.map((batch) => batch.length)).toEqual([2, 1]);
  });
});

describe('mapInOrder', () => {
  test('keeps source order whatever order the work finishes in, with at most `concurrency` under way', async () => {
    let running = 0;
    let most = 0;
    const work = async (n: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (7 - n) * 3));
      running--;
      return n * 10;
    };
    async function* numbers() {
      for (let n = 1; n <= 6; n++) yield n;
    }
    expect(await collect(mapInOrder(numbers(), 3, work))).toEqual([10, 20, 30, 40, 50, 60]);
    expect(most).toBe(3);
  });
  test('pulls from the source only when there is room (backpressure)', async () => {
    let pulled = 0;
    async function* counting() {
      for (let n = 0; n < 100; n++) {
        pulled++;
        yield n;
      }
    }
    const results = mapInOrder(counting(), 2, async (n) => n);
    await results.next();
    expect(pulled).toBeLessThanOrEqual(3);
    await results.return(undefined);
  });
});

describe('decodeUtf8', () => {
  const failsAt = (bytes: number[]) => {
    try {
      decodeUtf8(Uint8Array.from(bytes));
    } catch (error) {
      return (error as InvalidUtf8Error).offset;
    }
    return undefined;
  };
  test('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(Buffer.from('\ufeffخبر'))).toBe('خبر');
  });
  test('names where decoding fails: a stray byte, a broken sequence, a sequence cut off by the end', () => {
    expect(failsAt([0x61, 0x62, 0xff, 0x63])).toBe(2);
    expect(failsAt([0xd8, 0xae, 0xd8, 0x41])).toBe(3);
    expect(failsAt([0x61, 0xe2, 0x82])).toBe(1);
  });
});

describe('parseArguments', () => {
  test('reads values after = or as the next argument, options after files, and -- before a file named like an option', () => {
    const command = parseArguments(['a.txt', '--workers=3', '--reference-date', '2020-11-16', '--', '--pretty']);
    expect(command).toEqual({
      kind: 'run',
      options: expect.objectContaining({ inputs: ['a.txt', '--pretty'], workers: 3, referenceDate: '2020-11-16', pretty: false }),
    });
  });
  test('a flag given a value is a usage error', () => {
    expect(() => parseArguments(['--jsonl=yes'])).toThrow(new UsageError('--jsonl takes no value'));
  });
});

describe('displayWidth', () => {
  test('counts neither vowel signs nor direction marks', () => {
    expect(displayWidth('مُحَمَّد')).toBe(4);
    expect(displayWidth('\u200eabc\u200e')).toBe(3);
  });
});

describe('parseJsonlRecord keeps the id as the line wrote it', () => {
  test.each([
    ['{"id": 12345678901234567891, "text": "x"}', '12345678901234567891'],
    ['{"id": 1e400, "text": "x"}', '1e400'],
    ['{"text": "}{\\"id\\": 1", "meta": {"id": 2, "list": [3, "]"]}, "id" :\n 4.0 }', '4.0'],
    ['{"id": 1, "text": "x", "id": 2}', '2'],
    ['{"\\u0069d": 5, "text": "x"}', '5'],
    ['{"id": "\\u0041", "text": "x"}', '"A"'],
    ['{"text": "x"}', 'null'],
    ['{"id": null, "text": "x"}', 'null'],
  ])('%s → id %s', (line, idJson) => {
    expect(parseJsonlRecord(line).idJson).toBe(idJson);
  });
});
