import { sentences } from '../src/text/sentences';
import { seedArticles } from './helpers';

const texts = (s: string) => sentences(s).map((x) => x.text);

describe('sentences', () => {
  test('splits on . ! ? ؟ followed by a space', () => {
    expect(texts('وصل الوفد. بدأت المحادثات! هل انتهت؟ لا أحد يعرف?')).toEqual([
      'وصل الوفد.', 'بدأت المحادثات!', 'هل انتهت؟', 'لا أحد يعرف?',
    ]);
  });
  test('every space separator is white space: U+1680 and U+205F are trimmed like NBSP', () => {
    expect(texts('\u205f')).toEqual([]);
    expect(texts('\u1680وصل الوفد.\u205fبدأت المحادثات.\u205f')).toEqual(['وصل الوفد.', 'بدأت المحادثات.']);
  });
  test('a line break always ends a sentence: headlines and datelines stand alone', () => {
    expect(texts('عنوان الخبر\nالسبت 3 يناير 2026\n\nنص الخبر يبدأ هنا')).toEqual([
      'عنوان الخبر', 'السبت 3 يناير 2026', 'نص الخبر يبدأ هنا',
    ]);
  });
  test('decimals and clock times do not end a sentence', () => {
    expect(texts('ارتفع المؤشر 2.5 نقطة عند 09:30 صباحا. ثم هبط.')).toEqual(['ارتفع المؤشر 2.5 نقطة عند 09:30 صباحا.', 'ثم هبط.']);
  });
  test('a one-letter abbreviation does not end a sentence', () => {
    expect(texts('قال د. سامي إن الوضع هادئ. وأضاف أن U.S. تراقب.')).toEqual(['قال د. سامي إن الوضع هادئ.', 'وأضاف أن U.S. تراقب.']);
  });
  test('a quotation that closes on the line is kept whole; its closing mark stays with the sentence', () => {
    expect(texts('قال الوزير: «وصلنا. سنبدأ غدا» ثم غادر. وقال آخر "انتهى الأمر." وصمت.')).toEqual([
      'قال الوزير: «وصلنا. سنبدأ غدا» ثم غادر.', 'وقال آخر "انتهى الأمر."', 'وصمت.',
    ]);
  });
  test('an unclosed quotation does not swallow the line', () => {
    expect(texts('قال: «وصلنا. ثم غادر.')).toEqual(['قال: «وصلنا.', 'ثم غادر.']);
  });
  test('parentheses that close are kept whole', () => {
    expect(texts('وصل الوفد (وفيه خبراء. ومترجمون) أمس. ثم عاد.')).toEqual(['وصل الوفد (وفيه خبراء. ومترجمون) أمس.', 'ثم عاد.']);
  });
  test('؛ joins clauses and does not end a sentence; ellipses and .. do', () => {
    expect(texts('توقف القتال؛ بعد أسابيع. انتهى… بدأ غيره.. وهكذا')).toEqual(['توقف القتال؛ بعد أسابيع.', 'انتهى…', 'بدأ غيره..', 'وهكذا']);
  });
  test('a period glued to the next Arabic word still ends the sentence', () => {
    expect(texts('انتهى الاجتماع.وبدأ المؤتمر')).toEqual(['انتهى الاجتماع.', 'وبدأ المؤتمر']);
  });
  test('offsets are exact and spans are trimmed', () => {
    const source = '  أولا.   ثانيا؟ \n ثالثا ';
    for (const s of sentences(source)) expect(source.slice(s.start, s.end)).toBe(s.text);
    expect(texts(source)).toEqual(['أولا.', 'ثانيا؟', 'ثالثا']);
  });
  test('bad input', () => {
    expect(() => sentences(5 as unknown as string)).toThrow(TypeError);
    expect(sentences('')).toEqual([]);
    expect(sentences('\n\n \n')).toEqual([]);
  });
  test.each(seedArticles().map((a) => [a.name, a.text]))('offsets are exact on seed %s', (_n, text) => {
    const spans = sentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
