// Session 16, lane q3: sport, culture and society news across the Arab world. Every sentence is
// written for these tests; read with the rules alone (model: false), which decide these readings.
import { extract } from '../src/index';
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

describe('people: a given name written with the article after a title', () => {
  test.each([
    ['أصدر الروائي السوداني الطيب صالح روايته الأشهر عام 1966.', 'الطيب صالح'],
    ['وقال الروائي الطيب صالح إن الرواية ليست تاريخا.', 'الطيب صالح'],
    ['وقال اللاعب المختار محمد إن الفريق جاهز.', 'المختار محمد'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test('the title keeps its demonym, not the given name', () => {
    const [person] = extract('أصدر الروائي السوداني الطيب صالح روايته الأشهر.', { model: false }).people;
    expect(person?.titles).toEqual(['الروائي السوداني']);
    expect(person?.nationality).toBe('SD');
  });
  test.each([
    // an adjective of the title's holder before a name is no given name (العربي is left out of the list)
    ['وقال الكاتب العربي نجيب محفوظ إن الرواية فن.', ['نجيب محفوظ']],
    ['أشاد الناقد الطيب بالرواية الجديدة.', []],
    ['وقال الأمين العام للحزب إن الانتخابات قادمة.', []],
  ])('no name opened by the definite word: %s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});
