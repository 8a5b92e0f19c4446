// Lane t2 (session 18): universities, schools, religious and learned bodies, read from paragraphs of
// education, health and religion news written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('an everyday word open data lists as a town is no place after a head', () => {
  test.each([
    ['أعلنت الجامعة عن تأسيس شركة جديدة لتسويق براءات الاختراع.'],
    ['وقررت الحكومة إنشاء جامعة جديدة في الجنوب.'],
    ['وأعلن الوزير تشكيل هيئة جديدة للرقابة على الأسواق.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  test.each([
    ['وقال رئيس جامعة دمشق إن الامتحانات ستبدأ الأحد.', ['جامعة دمشق']],
    ['وأعلنت جامعة الخرطوم تعليق الدراسة بسبب الحرب.', ['جامعة الخرطوم']],
  ])('a place is still named after its head: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('a noun in construct whose ك the splitter took off', () => {
  test.each([
    ['وأصدرت هيئة كبار العلماء في الرياض فتوى بشأن المعاملات المصرفية.', ['هيئة كبار العلماء']],
    ['وطالبت جمعية كبار السن في عمان بزيادة المعاشات.', ['جمعية كبار السن']],
    ['وقال مدير صندوق كفالة القروض إن الطلبات تضاعفت.', ['صندوق كفالة القروض']],
  ])('names the body with the phrase after it: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    // ك as "as" before a person's role
    ['وعمل عشر سنوات في شركة كمدير المبيعات قبل أن يستقيل.'],
    ['وانضم إلى حزب كعضو المكتب السياسي عام 2010.'],
    ['وعمل في شركة كسائق الشاحنات الثقيلة.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('a school named by its purpose, as the Maghreb names its grandes écoles', () => {
  test.each([
    ['وقالت المدرسة الوطنية للإدارة في تونس إنها ستفتح باب الترشح.', ['المدرسة الوطنية للإدارة']],
    ['والتحق الطالب بالمدرسة العليا للتجارة في الجزائر العاصمة.', ['المدرسة العليا للتجارة']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    // no adjective: whichever school the text spoke of, and what the pupils went for
    ['وعاد التلاميذ إلى المدرسة للدراسة بعد العطلة.'],
    // a description, no field's adjective
    ['وافتتحت المدرسة الجديدة للبنات أبوابها أمس.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('a described head in construct with a well-known place, then its purpose', () => {
  test.each([
    ['أعلن معهد قطر لبحوث الحوسبة عن تطوير نموذج لغوي عربي مفتوح المصدر.', ['معهد قطر لبحوث الحوسبة']],
    ['وقال صندوق أبوظبي للتنمية إنه سيمول محطة للطاقة الشمسية في موريتانيا.', ['صندوق أبوظبي للتنمية']],
    ['وقالت أكاديمية الشارقة للفنون إنها ستفتح باب التسجيل.', ['أكاديمية الشارقة للفنون']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    // a centre in construct with a city is its centre
    ['ونقل الجرحى إلى مركز بغداد لتلقي العلاج.'],
    ['ووقع الانفجار في مركز الموصل للمرة الثانية.'],
    // no purpose after the place: the institute of a city is whichever the text spoke of
    ['وزار الوفد معهد قطر أمس.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('a body named after one given name that is no everyday word', () => {
  test.each([
    ['افتتحت جامعة زايد فرعا جديدا في أبوظبي.', ['جامعة زايد']],
    ['ونقل المصاب إلى مستشفى راشد لتلقي العلاج.', ['مستشفى راشد']],
    ['وأعلنت مؤسسة خالد للتنمية عن منح دراسية جديدة.', ['مؤسسة خالد للتنمية']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
    expect(extract(text).people).toEqual([]);
  });

  test.each([
    // a given name that is an everyday word too (سعيد "happy") needs a title or a patronymic
    ['وزار الطلاب جامعة سعيد أمس.'],
    // the definite head is no noun in construct: the name after it is the sentence's
    ['وقالت الجامعة إن خالد سيتسلم الجائزة.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe("a sound plural nisba after any plural of people ends a union's name with its country", () => {
  test.each([
    ['وقال اتحاد الكتاب السودانيين إن الرواية فازت بالجائزة.', 'اتحاد الكتاب السودانيين', 'SD'],
    ['وقالت نقابة الأطباء الأردنيين إن العلاج متاح للجميع.', 'نقابة الأطباء الأردنيين', 'JO'],
    ['وطالب اتحاد العمال المصريين بزيادة الأجور.', 'اتحاد العمال المصريين', 'EG'],
  ])('%s', (text, mention, country) => {
    const found = organizationsOf(text);
    expect(found.map((entity) => entity.mentions[0]!.text)).toEqual([mention]);
    expect(found[0]!.nationality).toBe(country);
  });

  test('a plural nisba after the name, the object of the verb, is no part of it', () => {
    expect(mentions('وقال حزب العمال إن المسؤولين الأمريكيين رفضوا الاقتراح.')).toEqual(['حزب العمال']);
  });
});
