import { lineStarts, sameLine, slashDatelineParts, startsLine } from '../src/text/lines';
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

describe('slash datelines', () => {
  const parts = (source: string) => {
    const stream = streamOf(source);
    return slashDatelineParts(stream, 0).map(([first, next]) => stream.tokens.slice(first, next).map((t) => t.text).join(' '));
  };
  test('the parts after the city, to the line’s end', () => {
    expect(parts('إسطنبول/ الأناضول\nنص الخبر')).toEqual(['الأناضول']);
    expect(parts('دار السلام/ سامي يوسف/ الأناضول\nنص')).toEqual(['سامي يوسف', 'الأناضول']);
  });
  test('no dateline: a mark inside a part, a part too long, no slash, a slash at the line’s end', () => {
    expect(parts('القاهرة/ الإسكندرية: خمس رحلات')).toEqual([]);
    expect(parts('غزة/ قال مسؤول إن المعبر سيفتح غدا')).toEqual([]);
    expect(parts('قال مسؤول إن المعبر سيفتح')).toEqual([]);
    expect(parts('غزة/\nنص')).toEqual([]);
  });
});
