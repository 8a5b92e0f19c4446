// A range of year-less days whose end falls in an earlier month crosses the new year: its end is of
// the year after the start's. 14 March 2024 is the reference.
import { valuesIn } from './dates-helpers';

const REFERENCE = '2024-03-14';

describe('a year-less range across the new year', () => {
  it.each([
    ['من … إلى', 'وتمتد العطلة من 20 ديسمبر إلى 5 يناير', '20 ديسمبر إلى 5 يناير', '2023-12-20/2024-01-05'],
    ['ما بين … و', 'وتمتد العطلة ما بين 20 ديسمبر و5 يناير', '20 ديسمبر و5 يناير', '2023-12-20/2024-01-05'],
    ['in the past', 'وكانت العطلة قد امتدت من 28 ديسمبر إلى 3 يناير', '28 ديسمبر إلى 3 يناير', '2023-12-28/2024-01-03'],
  ])('%s', (_name, text, mention, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[mention, value]]);
  });

  it('seen from the end of the year, the end is in the next', () => {
    expect(valuesIn('وتمتد العطلة من 20 ديسمبر إلى 5 يناير', '2024-11-20')).toEqual([['20 ديسمبر إلى 5 يناير', '2024-12-20/2025-01-05']]);
  });

  it('both ends take the start’s year, never each its own nearest', () => {
    // from 20 June the nearest 30 December is last year's, the nearest 5 March this year's
    expect(valuesIn('وتستمر الأشغال من 5 مارس إلى 30 ديسمبر', '2024-06-20')).toEqual([['5 مارس إلى 30 ديسمبر', '2024-03-05/2024-12-30']]);
  });

  it('an end earlier in the same month is no range; written years are kept', () => {
    expect(valuesIn('وتستمر الأشغال من 25 مارس إلى 3 مارس', REFERENCE)).toEqual([
      ['25 مارس', '2024-03-25'],
      ['3 مارس', '2024-03-03'],
    ]);
    expect(valuesIn('من 20 ديسمبر 2024 إلى 5 يناير 2025', REFERENCE)).toEqual([['20 ديسمبر 2024 إلى 5 يناير 2025', '2024-12-20/2025-01-05']]);
  });
});

describe('إلى غاية closes a range, as إلى and لغاية do', () => {
  it('a range of days', () => {
    expect(valuesIn('ويتواصل المعرض من 11 إلى غاية 14 يونيو', REFERENCE)).toEqual([['11 إلى غاية 14 يونيو', '2024-06-11/2024-06-14']]);
    expect(valuesIn('وتمتد العطلة من 20 ديسمبر حتى غاية 5 يناير', REFERENCE)).toEqual([['20 ديسمبر حتى غاية 5 يناير', '2023-12-20/2024-01-05']]);
  });

  it('alone before a date it is no range: the date alone', () => {
    expect(valuesIn('ويتواصل المعرض إلى غاية 14 يونيو المقبل', REFERENCE)).toEqual([['14 يونيو المقبل', '2024-06-14']]);
    expect(valuesIn('وبلغ عدد الزوار 11 إلى غاية أمس', REFERENCE)).toEqual([['أمس', '2024-03-13']]);
  });
});
