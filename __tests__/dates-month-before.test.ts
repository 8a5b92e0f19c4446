// A day of the month the text named last: إلى غاية 14 منه، في 20 من الشهر نفسه. The month and year are
// the last Gregorian day's or month's the text gave; with none before, the day is no date.
import { valuesIn } from './dates-helpers';

const REFERENCE = '2024-03-14';

describe('a day of the month named before', () => {
  it.each([
    [
      'منه after إلى غاية',
      'انطلق المعرض الدولي للكتاب بالجزائر في 5 مارس ويستمر إلى غاية 14 منه',
      [['5 مارس', '2024-03-05'], ['14 منه', '2024-03-14']],
    ],
    [
      'a range of days with منه',
      'تنطلق الحملة الانتخابية في 2 يونيو وتتواصل من 3 إلى 20 منه',
      [['2 يونيو', '2024-06-02'], ['3 إلى 20 منه', '2024-06-03/2024-06-20']],
    ],
    [
      'من الشهر نفسه',
      'أعلنت هيئة الانتخابات النتائج في 3 مايو 2023، وفي 20 من الشهر نفسه استقالت الحكومة',
      [['3 مايو 2023', '2023-05-03'], ['20 من الشهر نفسه', '2023-05-20']],
    ],
    [
      'after a month alone',
      'تراجعت صادرات النفط في يناير 2024 قبل أن تنتعش في 25 منه',
      [['يناير 2024', '2024-01'], ['25 منه', '2024-01-25']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });
});

describe('no day of a month named before', () => {
  it.each([
    ['no month named before', 'وفي 20 منه أعلنت النتائج', []],
    ['no cue before the number: a count of it', 'وصلت شحنة من 300 رأس غنم في 5 مارس، ونفق 14 منه', [['5 مارس', '2024-03-05']]],
    ['a Hijri month before: not a Gregorian one', 'صدر الحكم في 15 رمضان 1445 هـ ثم في 20 منه', [['15 رمضان 1445 هـ', '2024-03-25']]],
    ['a day the month has not', 'بدأ الإضراب في فبراير 2023 واستمر حتى 30 منه', [['فبراير 2023', '2023-02']]],
  ])('%s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });
});

describe('a day right before a relative month, without من', () => {
  it.each([
    ['after في, last month', 'وكانت المحكمة قد أجلت القضية في 12 الشهر الماضي', [['12 الشهر الماضي', '2024-02-12']]],
    ['this month', 'وتنطلق الحملة الانتخابية في 25 الشهر الجاري', [['25 الشهر الجاري', '2024-03-25']]],
  ])('%s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });

  it.each([
    ['no cue: a count of the dead', 'وقتل 12 الشهر الماضي في اشتباكات', [['الشهر الماضي', '2024-02']]],
    ['no anchor', 'وتصرف المنحة في 10 الشهر', []],
  ])('not with %s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });
});

describe('a range of days of a relative month or of the month before', () => {
  it.each([
    ['without من', 'ويقام الرالي من 13 إلى 15 الشهر المقبل', [['13 إلى 15 الشهر المقبل', '2024-04-13/2024-04-15']]],
    ['with من', 'ويقام الرالي من 13 إلى 15 من الشهر المقبل', [['13 إلى 15 من الشهر المقبل', '2024-04-13/2024-04-15']]],
    [
      'of the month named before',
      'أعلنت النتائج في 3 مايو 2023، ثم نظمت الاحتجاجات بين 5 و10 من الشهر نفسه',
      [['3 مايو 2023', '2023-05-03'], ['5 و10 من الشهر نفسه', '2023-05-05/2023-05-10']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });
});
