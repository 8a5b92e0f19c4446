// Parts of a month named by their days (halves, weeks, tens) and the first or last days, weeks or
// months of a period, in sentences of our own: positives with values worked out by hand from the
// reference, and near misses.
import { extract } from '../src/extract/extract';
import { datesIn, onlyDate, valuesIn } from './dates-helpers';

// Saturday 5 December 2026, 25 Jumada II 1448
const REFERENCE = '2026-12-05';

describe('halves of a month', () => {
  test('the first half is days 1–15, the second 16 to the end', () => {
    const date = onlyDate('تنخفض الأسعار عادة في النصف الثاني من الشهر.', REFERENCE);
    expect([date.text, date.value, date.kind, date.granularity]).toEqual(['النصف الثاني من الشهر', '2026-12-16/2026-12-31', 'relative', 'day']);
    // November 2026 is the nearest November (one month back)
    expect(valuesIn('ارتفعت الحرارة في النصف الأول من نوفمبر.', REFERENCE)).toEqual([['النصف الأول من نوفمبر', '2026-11-01/2026-11-15']]);
    expect(valuesIn('تنخفض الحرارة في النصف الثاني من نوفمبر 2025.', REFERENCE)).toEqual([['النصف الثاني من نوفمبر 2025', '2025-11-16/2025-11-30']]);
    expect(valuesIn('يكتمل المشروع في النصف الأخير من الشهر المقبل.', REFERENCE)).toEqual([['النصف الأخير من الشهر المقبل', '2027-01-16/2027-01-31']]);
  });

  test('without a reference a Gregorian month still gives its days, without a year', () => {
    expect(valuesIn('تبدأ الامتحانات في النصف الثاني من شهر سبتمبر المقبل.')).toEqual([
      ['النصف الثاني من شهر سبتمبر المقبل', 'XXXX-09-16/XXXX-09-30'],
    ]);
  });

  test('a half of something else is no date; a half of a year stays six months', () => {
    expect(datesIn('سجل المهاجم هدفين في النصف الثاني من المباراة.', REFERENCE)).toEqual([]);
    expect(valuesIn('ارتفعت الأرباح في النصف الثاني من العام.', REFERENCE)).toEqual([['النصف الثاني من العام', '2026-07/2026-12']]);
  });
});

describe('weeks of a month', () => {
  test('weeks count seven days from the 1st; the last is the last seven days', () => {
    // a present verb and no marker: the nearest March, 2027 (3 months ahead against 9 back)
    expect(valuesIn('يصل الوفد في الأسبوع الأول من مارس.', REFERENCE)).toEqual([['الأسبوع الأول من مارس', '2027-03-01/2027-03-07']]);
    // 2028 is a leap year: February ends on the 29th
    expect(valuesIn('سيفتتح المعرض في الأسبوع الأخير من فبراير 2028.', REFERENCE)).toEqual([
      ['الأسبوع الأخير من فبراير 2028', '2028-02-23/2028-02-29'],
    ]);
    expect(valuesIn('تعقد الجولة في الأسبوع الأول من الشهر المقبل.', REFERENCE)).toEqual([['الأسبوع الأول من الشهر المقبل', '2027-01-01/2027-01-07']]);
    expect(valuesIn('تراجعت المبيعات في الأسبوع الثالث من الشهر الماضي.', REFERENCE)).toEqual([
      ['الأسبوع الثالث من الشهر الماضي', '2026-11-15/2026-11-21'],
    ]);
  });

  test('the month follows the clause’s tense', () => {
    // a pluperfect: May 2026, not the nearer May 2027
    expect(valuesIn('وكان قد وصل في الأسبوع الثاني من شهر مايو.', REFERENCE)).toEqual([['الأسبوع الثاني من شهر مايو', '2026-05-08/2026-05-14']]);
  });

  test('the end of February without a year is not known', () => {
    expect(valuesIn('تبدأ العطلة في الأسبوع الأخير من فبراير.')).toEqual([['الأسبوع الأخير من فبراير', null]]);
    expect(valuesIn('تبدأ العطلة في الأسبوع الأول من فبراير.')).toEqual([['الأسبوع الأول من فبراير', 'XXXX-02-01/XXXX-02-07']]);
  });

  test('a week of something else, or alone, is no date', () => {
    expect(datesIn('تأهل الفريق في الأسبوع الأول من البطولة.', REFERENCE)).toEqual([]);
    expect(datesIn('حقق الفيلم إيرادات كبيرة في الأسبوع الأول لعرضه.', REFERENCE)).toEqual([]);
  });
});

describe('tens of a month', () => {
  test('the last ten of Ramadan run from the 21st to its end, in the Hijri year nearest the reference', () => {
    // Ramadan 1448 is 8 February – 8 March 2027 (29 days): the 21st is 28 February
    const date = onlyDate('يتضاعف عدد المعتمرين في العشر الأواخر من رمضان.', REFERENCE);
    expect([date.text, date.value, date.calendar, date.hijri, date.granularity]).toEqual([
      'العشر الأواخر من رمضان',
      '2027-02-28/2027-03-08',
      'islamic',
      'XXXX-09',
      'day',
    ]);
    expect(valuesIn('تكثر الصدقات في العشر الأخيرة من شهر رمضان.', REFERENCE)).toEqual([['العشر الأخيرة من شهر رمضان', '2027-02-28/2027-03-08']]);
  });

  test('the first ten are days 1–10: of Dhu al-Hijjah 1447, 18–27 May 2026', () => {
    expect(valuesIn('ازدحمت مكة في العشر الأوائل من ذي الحجة 1447.', REFERENCE)).toEqual([
      ['العشر الأوائل من ذي الحجة 1447', '2026-05-18/2026-05-27'],
    ]);
    expect(valuesIn('يصوم كثيرون العشر الأولى من ذي الحجة 1447.', REFERENCE)).toEqual([['العشر الأولى من ذي الحجة 1447', '2026-05-18/2026-05-27']]);
  });

  test('العشر is then no figure', () => {
    const result = extract('يتضاعف عدد المعتمرين في العشر الأواخر من رمضان.', { referenceDate: REFERENCE });
    expect(result.figures).toEqual([]);
  });

  test('ten of something else is no date', () => {
    expect(datesIn('حفظ الطالب العشر الأواخر من سورة البقرة.', REFERENCE)).toEqual([]);
  });
});

describe('the first or last days, weeks or months of a period', () => {
  test('they keep the value and precision of the period, as مطلع does', () => {
    const date = onlyDate('تراجعت المبيعات في الأيام الأولى من العام.', REFERENCE);
    expect([date.text, date.value, date.kind, date.granularity]).toEqual(['الأيام الأولى من العام', '2026', 'relative', 'year']);
    expect(valuesIn('تصاعد القتال في الأيام الأخيرة من العام الماضي.', REFERENCE)).toEqual([['الأيام الأخيرة من العام الماضي', '2025']]);
    expect(valuesIn('استقرت الأسعار في الأشهر الأخيرة من عام 2025.', REFERENCE)).toEqual([['الأشهر الأخيرة من عام 2025', '2025']]);
    // Ramadan 1448 (see above)
    expect(valuesIn('تزدحم الأسواق خلال الأسابيع الأولى من شهر رمضان.', REFERENCE)).toEqual([
      ['الأسابيع الأولى من شهر رمضان', '2027-02-08/2027-03-08'],
    ]);
  });

  test('the first days of something else, or alone, are no date', () => {
    expect(datesIn('نزح آلاف السكان في الأيام الأولى من الحرب.', REFERENCE)).toEqual([]);
    expect(datesIn('كانت الأيام الأولى صعبة على الجميع.', REFERENCE)).toEqual([]);
  });
});
