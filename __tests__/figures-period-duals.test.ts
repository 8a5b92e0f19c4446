// A definite time unit's dual before a dual adjective of a period counts two, as a definite cardinal
// counts its unit (الأيام الثلاثة الماضية): خلال اليومين الماضيين is a duration of two days.
import { figuresIn } from './figures-helpers';

describe('a definite time dual before a period adjective is a duration of two', () => {
  it.each([
    ['days, past', 'ارتفع منسوب الوادي خلال اليومين الماضيين بعد أمطار غزيرة', 'اليومين', 'day'],
    ['weeks, ahead, with و and ب', 'وتتواصل الحملة بالأسبوعين المقبلين في ولايات الجنوب', 'الأسبوعين', 'week'],
    ['years, with سنة and the feminine adjective', 'تراجعت مبيعات الإسمنت في السنتين الأخيرتين', 'السنتين', 'year'],
    ['years written with عام', 'وتضاعف الدين العام للمغرب خلال العامين الماضيين', 'العامين', 'year'],
    ['hours', 'وسجلت الوزارة 40 إصابة في الساعتين الأخيرتين', 'الساعتين', 'hour'],
  ])('%s', (_name, text, mention, unit) => {
    const figure = figuresIn(text).find((f) => f.text === mention);
    expect(figure).toMatchObject({ value: 2, kind: 'duration', unit, unitSpan: { text: mention } });
  });
});

describe('what stays out', () => {
  it.each([
    ['a definite dual with no period adjective', 'وأمضى الشهرين في المستشفى'],
    ['an indefinite time dual', 'واستمر الإضراب عامين كاملين'],
    ['a dual of no time unit before the adjective', 'والتقى الوزير الطرفين الماضيين في الدوحة'],
    ['a time dual before a relative clause', 'خلال الشهرين اللذين سبقا الانتخابات'],
  ])('%s', (_name, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});
