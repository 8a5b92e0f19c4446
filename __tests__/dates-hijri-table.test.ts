import { dayOfHijri, hijriOfDay } from '../src/dates/hijri';
import { UMM_AL_QURA_FIRST_DAY, UMM_AL_QURA_FIRST_YEAR, UMM_AL_QURA_MONTH_LENGTHS } from '../src/data/dates/umm-al-qura.generated';

// The generated Umm al-Qura table (scripts/generate-umm-al-qura.mjs) stands in for Intl in the years
// it covers: it must say what Intl says of every day it covers, and no more.
const intl = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
function intlHijri(dayNumber: number): [number, number, number] {
  const fields: Record<string, number> = {};
  for (const part of intl.formatToParts(new Date(dayNumber * 86_400_000))) fields[part.type] = Number.parseInt(part.value, 10);
  return [fields.year!, fields.month!, fields.day!];
}

// three hex digits a year: twelve months of 29 days, and one more day for each bit set
const years = UMM_AL_QURA_MONTH_LENGTHS.match(/.../g)!;
const tableDays = years.reduce((days, digits) => days + 12 * 29 + [...Number.parseInt(digits, 16).toString(2)].filter((bit) => bit === '1').length, 0);
const lastTableDay = UMM_AL_QURA_FIRST_DAY + tableDays - 1;

describe('the Umm al-Qura table', () => {
  test('covers whole years from 1 Muharram', () => {
    expect(UMM_AL_QURA_MONTH_LENGTHS).toMatch(/^(?:[0-9a-f]{3})+$/);
    expect(intlHijri(UMM_AL_QURA_FIRST_DAY)).toEqual([UMM_AL_QURA_FIRST_YEAR, 1, 1]);
    expect(intlHijri(UMM_AL_QURA_FIRST_DAY - 1)[0]).toBe(UMM_AL_QURA_FIRST_YEAR - 1);
    expect(intlHijri(lastTableDay + 1)).toEqual([UMM_AL_QURA_FIRST_YEAR + years.length, 1, 1]);
  });

  test('gives every day Intl gives, at and beyond its ends', () => {
    const mismatches: number[] = [];
    for (let day = UMM_AL_QURA_FIRST_DAY - 40; day <= lastTableDay + 40; day++) {
      const { year, month, day: dayOfMonth } = hijriOfDay(day);
      const expected = intlHijri(day);
      if (year !== expected[0] || month !== expected[1] || dayOfMonth !== expected[2]) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  test('turns each Hijri date of its years back into its day, and a 30th that is not into null', () => {
    const mismatches: string[] = [];
    for (let day = UMM_AL_QURA_FIRST_DAY; day <= lastTableDay; day++) {
      const { year, month, day: dayOfMonth } = hijriOfDay(day);
      if (dayOfHijri(year, month, dayOfMonth) !== day) mismatches.push(`${year}-${month}-${dayOfMonth}`);
      // the day after a month's 29th: the 30th if the month has one, else null
      if (dayOfMonth === 29 && dayOfHijri(year, month, 30) !== (hijriOfDay(day + 1).day === 30 ? day + 1 : null)) mismatches.push(`${year}-${month}-30`);
    }
    expect(mismatches).toEqual([]);
  });

  test('leaves the years it does not cover to Intl', () => {
    expect(intlHijri(dayOfHijri(1610, 3, 10)!)).toEqual([1610, 3, 10]);
    expect(intlHijri(dayOfHijri(1250, 9, 1)!)).toEqual([1250, 9, 1]);
    expect(hijriOfDay(UMM_AL_QURA_FIRST_DAY - 1000)).toEqual(Object.fromEntries(['year', 'month', 'day'].map((k, i) => [k, intlHijri(UMM_AL_QURA_FIRST_DAY - 1000)[i]])));
  });

  test('outside its years, finds 1 Muharram and the last day of each year as Intl has them', () => {
    // the estimate used to be corrected by whole lengths (354 a year, 30 a month), by which the 25th
    // of the year before's last month was no distance from 1 Muharram: a year then began six days early
    const mismatches: number[] = [];
    for (const year of [...Array.from({ length: 200 }, (_, i) => 1100 + i), ...Array.from({ length: 100 }, (_, i) => 1601 + i)]) {
      const first = dayOfHijri(year, 1, 1);
      if (first === null || intlHijri(first).join('-') !== `${year}-1-1` || intlHijri(first - 1)[0] !== year - 1) mismatches.push(year);
    }
    expect(mismatches).toEqual([]);
  });
});
