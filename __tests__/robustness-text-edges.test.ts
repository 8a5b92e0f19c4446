// A name or number word at the very start or end of a text, where a rule that reads the word after
// or before it finds none. Each of these threw a TypeError until session 19 (found by cutting the
// tests' own sentences at every word: support/test-sentences.ts, now a fuzz property).
import { extract } from '../src/index';
import { validate } from '../src/schema/validate';
import { testSentences } from './support/test-sentences';

describe('a text that ends or starts inside a name', () => {
  test.each([
    ['a family name in ه ending the text', 'وقال الرئيس الجيبوتي إسماعيل عمر جيله'],
    ['the same name alone', 'إسماعيل عمر جيله'],
    ['عبد ending the text after و', 'وشارك في الندوة كل من سامي حداد وعبد'],
    ['عبد alone after a verb', 'وقال وعبد'],
    ['a given name with ب ending the text', 'أعدم الوزير السابق علي حسن المجيد الملقب بعلي'],
    ['a direction ending the text after a place', 'اندلعت الحرائق في منطقة القبائل شرق'],
  ])('%s: %s', (_name, text) => {
    for (const options of [{}, { model: false }]) {
      const result = extract(text, options);
      expect(validate(result, { text }).valid).toBe(true);
    }
  });

  test('the person whose name ends the text is still read, with the title before it', () => {
    expect(extract('وقال الرئيس الجيبوتي إسماعيل عمر جيله').people.map((p) => p.titles)).toEqual([['الرئيس الجيبوتي']]);
  });
});

describe("every prefix and suffix of the tests' own sentences, cut at words", () => {
  // the rules' own examples, cut where a rule reads a word before or after a name, number or date;
  // the contract is left to the fuzz property (support/fuzz-properties.ts): here, no call throws
  test('extract returns for each', () => {
    const failures: string[] = [];
    for (const sentence of testSentences()) {
      const words = sentence.split(' ');
      for (let n = 1; n < words.length; n++) {
        for (const text of [words.slice(0, n).join(' '), words.slice(words.length - n).join(' ')]) {
          try {
            extract(text);
          } catch (error) {
            failures.push(`${text}: ${(error as Error).message}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
