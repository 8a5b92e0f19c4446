// Date forms of issue 17, in sentences of our own: positives with their values and near misses.
import { valuesIn } from './dates-helpers';

describe('years written as a slashed pair', () => {
  test('a season across two Gregorian years is a range', () => {
    expect(valuesIn('انطلق موسم 2023/2024 بمشاركة عشرين ناديا.')).toEqual([['2023/2024', '2023/2024']]);
  });

  test('a Hijri pair takes its era from the second year', () => {
    const [[text, value]] = valuesIn('أقرت الموازنة في العام 1445 / 1446هـ بعد نقاش.');
    expect(text).toBe('العام 1445 / 1446هـ');
    expect(value).toBe('2023-07-19/2025-06-25');
  });

  test('two years that do not follow each other are no pair', () => {
    expect(valuesIn('بين الطبعتين 2019/2023 فرق كبير.').map(([text]) => text)).not.toContain('2019/2023');
  });
});

describe('a Hijri date with its Gregorian equivalent in brackets', () => {
  test('the Hijri mention means what the Gregorian says', () => {
    expect(valuesIn('تبدأ السنة المالية 1446 / 1447هـ (2025م) في يناير.', '2024-10-01').slice(0, 2)).toEqual([
      ['1446 / 1447هـ', '2025'],
      ['2025م', '2025'],
    ]);
    expect(valuesIn('صام المسلمون رمضان 1445هـ (مارس 2024) في أجواء حارة.').slice(0, 2)).toEqual([
      ['رمضان 1445هـ', '2024-03'],
      ['مارس 2024', '2024-03'],
    ]);
  });

  test('an equivalent that does not overlap leaves the Hijri value alone', () => {
    const [[, value]] = valuesIn('وقعت المعركة سنة 1300هـ (1950م) بحسب الرواية.');
    expect(value).not.toBe('1950');
  });
});
