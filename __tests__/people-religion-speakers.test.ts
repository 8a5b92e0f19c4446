// Names of religious writing and of the news of Iraq, Yemen, Sudan, Libya and Palestine: formulas of
// blessing after a name (رضي الله عنه، ﷺ) and a family in آل and a title (آل الشيخ). Sentences
// composed for these tests; read with the rules alone (model: false), which decide these readings.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);
const mentions = (text: string): string[][] => extract(text, { model: false }).people.map((p) => p.mentions.map((m) => m.text));

describe('people: a formula of blessing ends a name and shows a person', () => {
  test.each([
    ['وعن عائشة رضي الله عنها قالت إن النبي كان يحب التيسير.', 'عائشة'],
    ['وقال الإمام الشافعي رحمه الله إن العلم ما نفع.', 'الشافعي'],
    ['وذكر الحسين عليه السلام في خطبته أن الإصلاح واجب.', 'الحسين'],
    ['وروى أبو هريرة رضي الله عنه أن الصدقة لا تنقص المال.', 'أبو هريرة'],
    ['وقال النبي محمد ﷺ إن الدين المعاملة.', 'محمد'],
    ['وقال عمر بن الخطاب رضي الله عنه إن العدل أساس الملك.', 'عمر بن الخطاب'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test('the formula is no surname of the person later', () => {
    expect(mentions('وروى أبو هريرة رضي الله عنه الحديث. وقال الله تعالى في كتابه إن الصبر جميل.')).toEqual([['أبو هريرة']]);
  });
  test.each([
    // an epithet, a kinship noun with its pronoun, a greeting: no name before the formula
    ['وقال رسول الله صلى الله عليه وسلم إن المسلم أخو المسلم.'],
    ['وقال والدي رحمه الله إن الصبر مفتاح الفرج.'],
    ['ودخل الضيف فألقى عليه السلام ثم جلس.'],
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a title after آل is the family name', () => {
  test('آل الشيخ ends the name, and the title alone later is no mention of it', () => {
    const text = 'وقال المفتي العام الشيخ عبد العزيز آل الشيخ إن الإرهاب محرم. وأضاف الشيخ أن الفتوى واضحة.';
    expect(mentions(text)).toEqual([['عبد العزيز آل الشيخ']]);
  });
  test('a family name after آل without the article still is one', () => {
    expect(rules('وقال الأمير فيصل بن سلمان آل سعود إن المشروع سيكتمل.')).toEqual(['فيصل بن سلمان آل سعود']);
  });
});
