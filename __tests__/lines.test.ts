import { lineStarts, sameLine, startsLine } from '../src/text/lines';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';

const streamOf = (source: string) => {
  const view = normalize(source);
  return { source, view, tokens: tokenizeNormalized(view) };
};

describe('line starts', () => {
  test('the first token and the first token after each run of line breaks', () => {
    const stream = streamOf('قال أ\n\n\nثم ب ج\r\nد\n');
    expect(lineStarts(stream).map((k) => stream.tokens[k]!.text)).toEqual(['قال', 'ثم', 'د']);
  });
  test('agrees with startsLine token by token', () => {
    const stream = streamOf(' أ ب\n ج\n\n د ه \n\n');
    const byToken = stream.tokens.map((_, k) => k).filter((k) => startsLine(stream, k));
    expect(lineStarts(stream)).toEqual(byToken);
  });
  test('no tokens, no line starts', () => {
    expect(lineStarts(streamOf('\n \n'))).toEqual([]);
  });
  test('sameLine looks only between the two tokens', () => {
    const stream = streamOf('أ ب\nج');
    expect(sameLine(stream, 0, 1)).toBe(true);
    expect(sameLine(stream, 1, 2)).toBe(false);
    expect(sameLine(stream, 0, 9)).toBe(false);
  });
});
