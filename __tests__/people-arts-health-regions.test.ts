// News of culture, health, religion, business and regions the recognizer was less written for
// (session 18): a preposition on a noun after a qualified title, which read as a foreign name whose
// first letter the splitter took for ب. Sentences composed for these tests; read with the rules alone
// (model: false), which decide these readings.
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: ب on a noun after a title a demonym qualifies is the preposition (isNounAfterPreposition)', () => {
  test.each([
    // the feminine ة as written, a sound feminine plural, the shape فعول
    ['وندد الرئيس الفرنسي بهجوم دام في الجنوب.'],
    ['ورحب الوزير الفرنسي بخطوة جريئة.'],
    ['وطالب الرئيس الأمريكي بشروط جديدة.'],
    ['والتزم الرئيس البرازيلي بوعود سابقة.'],
    ['وأشاد الرئيس الأمريكي بتضحيات جسيمة.'],
    ['وندد الوزير الفرنسي بحملات مغرضة.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    // a foreign name whose first letter looks like ب, and a name word open data holds whole in ة
    ['وقال الحكم الإيطالي بيرلويجي كولينا إن المباراة صعبة.', ['بيرلويجي كولينا']],
    ['وقالت الفنانة المغربية بهيجة إدريس إن العرض نجح.', ['بهيجة إدريس']],
    ['وقال المدرب البلجيكي برونو مارتينيز إن الفريق جاهز.', ['برونو مارتينيز']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});
