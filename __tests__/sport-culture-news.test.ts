// Session 16, lane q3: sport, culture and society news across the Arab world. Every sentence is
// written for these tests; read with the rules alone (model: false), which decide these readings.
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: a scorer whose family name has the article', () => {
  test.each([
    ['وسجل سالم الدوسري هدف الفوز في الدقيقة 80.', 'سالم الدوسري'],
    ['وأحرز ياسر الشهراني الهدف الثاني للفريق.', 'ياسر الشهراني'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    // the sides of a match score too; a word of rank after a given name is no family name
    'وسجل الهلال الهدف الأول في الشوط الثاني.',
    'وسجل البديل المغربي هدف التعادل.',
    'وسجل فريق الشباب الهدف الثاني.',
  ])('no scorer: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
