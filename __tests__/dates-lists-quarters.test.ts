// Lists of days, the year of a year-less date in a clause about the future, and quarters and halves
// of a year, in sentences of our own: positives with their values and near misses.
import { extract } from '../src/extract/extract';
import { datesIn, valuesIn } from './dates-helpers';

// a Saturday in December: last November is weeks back, next May months ahead
const REFERENCE = '2026-12-05';

describe('a list of days before one month', () => {
  test('every day of the list is a date of the month and year the last one gives', () => {
    expect(valuesIn('تنطلق الدورة التدريبية في 14 و15 يناير 2026 بمقر الاتحاد.', REFERENCE)).toEqual([
      ['14', '2026-01-14'],
      ['15 يناير 2026', '2026-01-15'],
    ]);
    expect(valuesIn('أغلقت المدارس أبوابها أيام 3 و4 و5 فبراير الماضي بسبب العاصفة.', REFERENCE)).toEqual([
      ['3', '2026-02-03'],
      ['4', '2026-02-04'],
      ['5 فبراير الماضي', '2026-02-05'],
    ]);
  });

  test('commas and أو join a list as و does', () => {
    expect(valuesIn('تجرى المقابلات في 7، 8 و9 سبتمبر 2025.', REFERENCE).map(([, value]) => value)).toEqual([
      '2025-09-07',
      '2025-09-08',
      '2025-09-09',
    ]);
    expect(valuesIn('يصل الوفد في 20 أو 21 يوليو 2025 حسب الطقس.', REFERENCE)).toEqual([
      ['20', '2025-07-20'],
      ['21 يوليو 2025', '2025-07-21'],
    ]);
  });

  test('the word that opens the list goes with its first day', () => {
    expect(valuesIn('تقام المباريات يوم 12 و13 مارس 2025.', REFERENCE)).toEqual([
      ['يوم 12', '2025-03-12'],
      ['13 مارس 2025', '2025-03-13'],
    ]);
    expect(valuesIn('تقام المباريات يومي 12 و13 مارس 2025.', REFERENCE)).toEqual([
      ['12', '2025-03-12'],
      ['13 مارس 2025', '2025-03-13'],
    ]);
  });

  test('a list in the Hijri calendar, and of the reference month', () => {
    const [first, last] = datesIn('يعتكف المصلون في 27 و28 رمضان 1447هـ في المسجد.', REFERENCE);
    expect([first!.text, first!.value, first!.hijri, first!.calendar]).toEqual(['27', '2026-03-16', '1447-09-27', 'islamic']);
    expect([last!.text, last!.value, last!.hijri]).toEqual(['28 رمضان 1447هـ', '2026-03-17', '1447-09-28']);
    expect(valuesIn('تفتح المعارض في 8 و9 من الشهر الجاري.', REFERENCE)).toEqual([
      ['8', '2026-12-08'],
      ['9 من الشهر الجاري', '2026-12-09'],
    ]);
  });

  test('without a reference the list days keep their month', () => {
    expect(valuesIn('يلتقي الطرفان في 4 و5 أكتوبر.')).toEqual([
      ['4', 'XXXX-10-04'],
      ['5 أكتوبر', 'XXXX-10-05'],
    ]);
  });

  test('the days are the dates, not figures', () => {
    const result = extract('شارك 40 فريقا في البطولة التي أقيمت في 2 و3 و4 مايو 2025.', { referenceDate: REFERENCE });
    expect(result.figures.map((figure) => figure.text)).toEqual(['40']);
    expect(result.dates.map((date) => date.text)).toEqual(['2', '3', '4 مايو 2025']);
  });

  test('after بين the two days are a range, as before, also with يومي between', () => {
    expect(valuesIn('تجرى الانتخابات بين 9 و10 نوفمبر 2025.', REFERENCE)).toEqual([['9 و10 نوفمبر 2025', '2025-11-09/2025-11-10']]);
    expect(valuesIn('تجرى الانتخابات بين يومي 9 و10 نوفمبر 2025.', REFERENCE)).toEqual([['9 و10 نوفمبر 2025', '2025-11-09/2025-11-10']]);
  });

  test('a list of ordinals, and of days written with الـ', () => {
    expect(valuesIn('يحتفل الطلاب في الرابع والخامس من يوليو 2025.', REFERENCE)).toEqual([
      ['الرابع', '2025-07-04'],
      ['الخامس من يوليو 2025', '2025-07-05'],
    ]);
    expect(valuesIn('تعقد الجولة في الحادي والعشرين والثاني والعشرين من مايو 2025.', REFERENCE)).toEqual([
      ['الحادي والعشرين', '2025-05-21'],
      ['الثاني والعشرين من مايو 2025', '2025-05-22'],
    ]);
    expect(valuesIn('تفتح المعارض في الـ9 والـ10 من نوفمبر 2025.', REFERENCE)).toEqual([
      ['9', '2025-11-09'],
      ['10 من نوفمبر 2025', '2025-11-10'],
    ]);
    expect(datesIn('تبدأ العطلة في الأسبوع الأول والثاني من يناير 2026.', REFERENCE).map((date) => date.value)).not.toContain('2026-01-02');
  });

  test('days that do not rise are no list', () => {
    expect(valuesIn('سجل اللاعب 5 و2 أكتوبر كان يوم راحته.', REFERENCE).map(([text]) => text)).toEqual(['2 أكتوبر']);
  });

  test('a weekday before the list is its first day’s, not the last one’s', () => {
    const dates = valuesIn('تنعقد الجلسات الأحد 7 و8 ديسمبر 2025.', REFERENCE);
    expect(dates.map(([text]) => text)).toEqual(['الأحد', '7', '8 ديسمبر 2025']);
    expect(dates[2]![1]).toBe('2025-12-08');
  });
});

describe('a year-less date in a clause about the future', () => {
  test('without a future marker the nearest such day: a past verb gives last November', () => {
    expect(valuesIn('عقدت الجلسات في 9 و10 نوفمبر.', REFERENCE).map(([, value]) => value)).toEqual(['2026-11-09', '2026-11-10']);
    expect(valuesIn('أقيم المهرجان من 3 إلى 5 أكتوبر.', REFERENCE).map(([, value]) => value)).toEqual(['2026-10-03/2026-10-05']);
  });

  test('a future marker gives the first such day on or after the reference', () => {
    expect(valuesIn('ستعقد الجلسات في 9 و10 نوفمبر.', REFERENCE).map(([, value]) => value)).toEqual(['2027-11-09', '2027-11-10']);
    expect(valuesIn('من المقرر أن يقام المهرجان من 3 إلى 5 أكتوبر.', REFERENCE).map(([, value]) => value)).toEqual([
      '2027-10-03/2027-10-05',
    ]);
    expect(valuesIn('سيفتتح المعرض في 5 ديسمبر.', REFERENCE).map(([, value]) => value)).toEqual(['2026-12-05']);
    expect(valuesIn('يعتزم الحزب عقد مؤتمره في نوفمبر.', REFERENCE).map(([, value]) => value)).toEqual(['2027-11']);
  });

  test('an expectation compared with is no future', () => {
    expect(valuesIn('نما الإنتاج أسرع من المتوقع في أكتوبر.', REFERENCE).map(([, value]) => value)).toEqual(['2026-10']);
  });

  test('a future verb before a clause of its own does not reach the date', () => {
    expect(valuesIn('سيكون الضرر أكبر مما وقع في 20 نوفمبر.', REFERENCE).map(([, value]) => value)).toEqual(['2026-11-20']);
  });

  test('the words outside an open bracket do not govern the date inside it', () => {
    expect(valuesIn('ستعرض الفرقة مسرحية عن الشاعر (ولد في 9 نوفمبر) الشهر المقبل.', REFERENCE)[0]).toEqual(['9 نوفمبر', '2026-11-09']);
  });

  test('a year written keeps its year whatever the tense', () => {
    expect(valuesIn('ستعقد الجلسات في 9 نوفمبر 2026.', REFERENCE)).toEqual([['9 نوفمبر 2026', '2026-11-09']]);
  });
});

// REFERENCE is Saturday 5 December 2026, 25 Jumada II 1448
describe('a year-less date in a clause about the past', () => {
  test('كان, قد, لقد and منذ before it give the last such date on or before the reference', () => {
    // nearest would be 2026-12-20 (15 days ahead); the pluperfect puts it a year back
    expect(valuesIn('وكان الوزير قد أعلن في 20 ديسمبر أن المفاوضات انتهت.', REFERENCE)).toEqual([['20 ديسمبر', '2025-12-20']]);
    // nearest would be 2027-05-03 (149 days ahead, against 216 back)
    expect(valuesIn('لقد انهار الجسر القديم في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2026-05-03']]);
    expect(valuesIn('وكانت المحكمة حددت 10 ديسمبر موعدا للجلسة.', REFERENCE)).toEqual([['10 ديسمبر', '2025-12-10']]);
    // seen from 1 May 2026, 7 October 2026 is 159 days ahead and 7 October 2025 206 back: منذ takes the past
    expect(valuesIn('يعيش السكان بلا كهرباء منذ 7 أكتوبر.', '2026-05-01')).toEqual([['7 أكتوبر', '2025-10-07']]);
    // on or before: the reference day itself
    expect(valuesIn('تتواصل الاحتجاجات منذ 5 ديسمبر.', REFERENCE)).toEqual([['5 ديسمبر', '2026-12-05']]);
  });

  test('a month alone and a Hijri date follow the past too', () => {
    // May 2027 is 5 months ahead, May 2026 7 back
    expect(valuesIn('وكان البرلمان قد صادق على القانون في مايو.', REFERENCE)).toEqual([['مايو', '2026-05']]);
    // 20 Rajab 1448 is 29 December 2026, 24 days ahead; 20 Rajab 1447 was 9 January 2026
    expect(valuesIn('وكانت الهدنة قد بدأت في 20 رجب.', REFERENCE)).toEqual([['20 رجب', '2026-01-09']]);
  });

  test('no past marker, or one that does not govern the date: the nearest, or the future', () => {
    // قد before an imperfect is "may": the nearest, 2027-05-03
    expect(valuesIn('وقد يعقد المؤتمر في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
    // the date is in the clause after أن, or a relative clause, with its own verb
    expect(valuesIn('وكانت الحكومة قد أكدت أن الانتخابات تجرى في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
    expect(valuesIn('وكان المؤتمر الذي يعقد في 3 مايو قد أرجئ.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
    // a future marker nearer the date wins: on or after the reference
    expect(valuesIn('كان من المقرر أن تعقد القمة في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
    // a past verb alone has no mark, and a marker in the sentence before does not reach
    expect(valuesIn('عقدت القمة في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
    expect(valuesIn('كان الطقس باردا. تبدأ العطلة في 3 مايو.', REFERENCE)).toEqual([['3 مايو', '2027-05-03']]);
  });

  test('a year written keeps its year', () => {
    expect(valuesIn('وكان الوفد قد وصل في 3 مايو 2027.', REFERENCE)).toEqual([['3 مايو 2027', '2027-05-03']]);
  });
});

describe('quarters and halves of a year', () => {
  test('a quarter with its year is a range of three months', () => {
    const [date] = datesIn('تراجعت صادرات النفط في الربع الأول من 2025 بنسبة طفيفة.', REFERENCE);
    expect([date!.text, date!.value, date!.kind, date!.granularity]).toEqual(['الربع الأول من 2025', '2025-01/2025-03', 'date', 'month']);
    expect(valuesIn('حقق المصرف أرباحا قياسية في الربع الثالث من عام 2024.', REFERENCE)).toEqual([
      ['الربع الثالث من عام 2024', '2024-07/2024-09'],
    ]);
    expect(valuesIn('تظهر النتائج في الربع الرابع لعام 2023.', REFERENCE)).toEqual([['الربع الرابع لعام 2023', '2023-10/2023-12']]);
    expect(valuesIn('ارتفعت المبيعات خلال الربع الثاني 2022 كثيرا.', REFERENCE)).toEqual([['الربع الثاني 2022', '2022-04/2022-06']]);
  });

  test('a half is six months; الأخير is the last part', () => {
    expect(valuesIn('انكمش الاقتصاد خلال النصف الأول من 2024.', REFERENCE)).toEqual([['النصف الأول من 2024', '2024-01/2024-06']]);
    expect(valuesIn('تنتهي الأشغال في النصف الأخير من العام المقبل.', REFERENCE)).toEqual([
      ['النصف الأخير من العام المقبل', '2027-07/2027-12'],
    ]);
    expect(valuesIn('هبطت الأسعار في الربع الأخير من العام الماضي.', REFERENCE)).toEqual([
      ['الربع الأخير من العام الماضي', '2025-10/2025-12'],
    ]);
  });

  test('the Maghreb words for a quarter and a half', () => {
    expect(valuesIn('سجل الميزان التجاري عجزا في الثلاثي الأول من سنة 2025.', REFERENCE)).toEqual([
      ['الثلاثي الأول من سنة 2025', '2025-01/2025-03'],
    ]);
    expect(valuesIn('تحسن النمو خلال السداسي الثاني من 2024.', REFERENCE)).toEqual([['السداسي الثاني من 2024', '2024-07/2024-12']]);
    expect(valuesIn('بلغ معدل البطالة 13.7 في المئة خلال الفصل الثالث من 2024.', REFERENCE)).toEqual([
      ['الفصل الثالث من 2024', '2024-07/2024-09'],
    ]);
  });

  test('الفصل is a quarter with a year its anchor places', () => {
    expect(valuesIn('ارتفعت صادرات الفوسفات في الفصل الأول من السنة الجارية.', REFERENCE)).toEqual([
      ['الفصل الأول من السنة الجارية', '2026-01/2026-03'],
    ]);
    expect(valuesIn('وتراجع عجز الميزانية خلال الفصل الأخير من العام الماضي.', REFERENCE)).toEqual([
      ['الفصل الأخير من العام الماضي', '2025-10/2025-12'],
    ]);
  });

  test('الفصل is a quarter only with its year written or anchored: a term or a chapter otherwise', () => {
    expect(valuesIn('انتهى الفصل الأول من العام الدراسي.', REFERENCE)).toEqual([]);
    expect(valuesIn('انتهى الفصل الأول من العام الدراسي الجاري.', REFERENCE)).toEqual([]);
    expect(valuesIn('تبدأ الامتحانات في نهاية الفصل الأول من العام.', REFERENCE)).toEqual([]);
    expect(valuesIn('قرأ الطالب الفصل الثالث من الرواية.', REFERENCE)).toEqual([]);
  });

  test('a relative year is counted from the reference', () => {
    const [date] = datesIn('زادت الإيرادات في الربع الثاني من هذا العام.', REFERENCE);
    expect([date!.value, date!.kind]).toEqual(['2026-04/2026-06', 'relative']);
    expect(valuesIn('تباطأ التضخم في الربع الثالث من العام، وفق البيانات.', REFERENCE)).toEqual([
      ['الربع الثالث من العام', '2026-07/2026-09'],
    ]);
    expect(valuesIn('تباطأ التضخم في الربع الثالث من العام.')).toEqual([['الربع الثالث من العام', null]]);
  });

  test('no year, another year or no part of a year: no date', () => {
    expect(datesIn('نما الاقتصاد في الربع الأول بوتيرة بطيئة.', REFERENCE)).toEqual([]);
    expect(datesIn('تقدم الفريق في الربع الأول من المباراة.', REFERENCE)).toEqual([]);
    expect(datesIn('يعيش ربع السكان في الريف.', REFERENCE)).toEqual([]);
    expect(datesIn('خصصت الحكومة نصف الميزانية للتعليم.', REFERENCE)).toEqual([]);
    expect(datesIn('ارتفعت الأرباح في الربع الأول من العام المالي الحالي.', REFERENCE)).toEqual([]);
    // a fiscal year starts in July in one country, in April or October in another: no calendar quarter
    expect(datesIn('ارتفعت أرباح الشركة في الربع الثالث من العام المالي 2025.', REFERENCE)).toEqual([]);
    expect(valuesIn('تراجع العجز في الربع الثاني من السنة المالية 2024/2025.', REFERENCE)).toEqual([['2024/2025', '2024/2025']]);
    expect(datesIn('تراجعت المبيعات عن الربع الأول من العام نفسه.', REFERENCE)).toEqual([]);
    expect(datesIn('نشر الكتاب في النصف الثالث من 2025.', REFERENCE).map((date) => date.text)).not.toContain('النصف الثالث من 2025');
  });

  test('the year is the date’s, not a figure', () => {
    const result = extract('تراجعت المبيعات خلال النصف الأول من 2024 بنسبة 5%.', { referenceDate: REFERENCE });
    expect(result.figures.map((figure) => figure.text)).toEqual(['5%']);
    expect(result.dates.map((date) => date.value)).toEqual(['2024-01/2024-06']);
  });

  test('a part word before a quarter keeps the quarter', () => {
    expect(valuesIn('يكتمل المشروع بنهاية الربع الثالث من 2025.', REFERENCE)).toEqual([['نهاية الربع الثالث من 2025', '2025-07/2025-09']]);
  });

  test('العام before a definite adjective or نفسه is not the current year for a numbered month either', () => {
    expect(datesIn('صرفت المنح في الشهر الثامن من العام الدراسي.', REFERENCE)).toEqual([]);
    expect(valuesIn('صرفت المنح في الشهر الثامن من العام.', REFERENCE)).toEqual([['الشهر الثامن من العام', '2026-08']]);
  });

  test.each([
    ['سجل الميزان التجاري عجزا خلال الأشهر الستة الأولى من 2024', 'الأشهر الستة الأولى من 2024', '2024-01/2024-06'],
    ['ارتفع عدد السياح خلال التسعة أشهر الأولى من السنة الجارية', 'التسعة أشهر الأولى من السنة الجارية', '2026-01/2026-09'],
    ['تراجعت المبيعات في الشهور الثلاثة الأخيرة من العام الماضي', 'الشهور الثلاثة الأخيرة من العام الماضي', '2025-10/2025-12'],
    ['تضاعفت الصادرات في الأشهر الأربعة الأخيرة من عام 2023', 'الأشهر الأربعة الأخيرة من عام 2023', '2023-09/2023-12'],
  ])('the first or last months by their count, with their year: %s', (text, written, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[written, value]]);
  });

  test.each([
    ['أنفقت الوزارة 6 مليارات جنيه في الفترة من يوليو إلى سبتمبر 2023', 'يوليو إلى سبتمبر 2023', '2023-07/2023-09'],
    ['امتد الموسم من أكتوبر حتى فبراير 2024', 'أكتوبر حتى فبراير 2024', '2023-10/2024-02'],
  ])('a range of bare months closed by a month with its year: %s', (text, written, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[written, value]]);
  });

  test.each([
    // after بين the و is the second month's own prefix
    ['ستجري الأشغال بين مارس ومايو 2027 على مرحلتين', 'مارس ومايو 2027', '2027-03/2027-05'],
    ['تراجعت الصادرات بين نوفمبر وفبراير 2025', 'نوفمبر وفبراير 2025', '2024-11/2025-02'],
    ['ارتفعت الأسعار بين عام 2019 وعام 2022', 'عام 2019 وعام 2022', '2019/2022'],
  ])('بين and a second date written with its و: %s', (text, written, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[written, value]]);
  });

  test('بين two bare months with no year is no date; a word after بين with و is no second date', () => {
    expect(datesIn('يكثر المطر بين أكتوبر ومارس', REFERENCE)).toEqual([]);
    expect(valuesIn('وقع الاتفاق بين مارس وزملائه عام 2025', REFERENCE)).toEqual([['عام 2025', '2025']]);
  });

  test('a range of bare months with no year written stays unread: each would take its own nearest year', () => {
    expect(datesIn('تمتد الحملة من يوليو إلى سبتمبر', REFERENCE)).toEqual([]);
    expect(valuesIn('تراجعت المبيعات من يناير حتى مارس الماضي', REFERENCE)).toEqual([['مارس الماضي', '2026-03']]);
  });

  test('the first months by their count without a year are no date', () => {
    expect(datesIn('تحسنت المؤشرات خلال الأشهر الستة الأولى', REFERENCE)).toEqual([]);
    expect(datesIn('ستنتهي الأشغال في الأشهر الثلاثة المقبلة', REFERENCE)).toEqual([]);
  });
});

describe('day ordinals', () => {
  test('غرة before a month is its first day', () => {
    expect(valuesIn('أعلنت دار الإفتاء أن غرة شوال 1447 توافق الجمعة.', REFERENCE)[0]).toEqual(['غرة شوال 1447', '2026-03-20']);
    expect(datesIn('باغت المسلحون القرية على حين غرة.', REFERENCE)).toEqual([]);
  });

  test('an ordinal describing the definite noun before it is no day of the month', () => {
    expect(valuesIn('تبدأ العطلة في الأسبوع الأول من يناير 2026.', REFERENCE).map(([text]) => text)).not.toContain('الأول من يناير 2026');
    expect(valuesIn('تنخفض الحرارة في النصف الثاني من نوفمبر 2025.', REFERENCE).map(([text]) => text)).not.toContain('الثاني من نوفمبر 2025');
  });

  test('the conjunction before an ordinal is not in the mention', () => {
    expect(valuesIn('قال المتحدث إن الموعد تأجل، والعاشر من مارس 2025 هو الموعد الجديد.', REFERENCE)).toEqual([['العاشر من مارس 2025', '2025-03-10']]);
  });

  test('a weekday, اليوم or another ordinal before it leaves it a day', () => {
    expect(valuesIn('وقع الحادث الثلاثاء التاسع عشر من مايو 2026.', REFERENCE)).toEqual([['الثلاثاء التاسع عشر من مايو 2026', '2026-05-19']]);
    expect(valuesIn('احتفل السكان في اليوم الأول من يناير 2026.', REFERENCE).map(([, value]) => value)).toContain('2026-01-01');
    expect(valuesIn('اجتمع الطرفان في الرابع والخامس من يوليو 2025.', REFERENCE).map(([, value]) => value)).toContain('2025-07-05');
  });
});

describe('dates joined by و', () => {
  test('15 من شهر مارس is a day, not a figure and a month', () => {
    const result = extract('بدأ الإضراب في 15 من شهر مارس 2025.', { referenceDate: REFERENCE });
    expect(result.dates.map((date) => [date.text, date.value])).toEqual([['15 من شهر مارس 2025', '2025-03-15']]);
    expect(result.figures).toEqual([]);
  });

  test('a year-less date takes the year of the date of the same precision joined to it', () => {
    expect(valuesIn('تراجعت الصادرات في أكتوبر ونوفمبر 2025.', REFERENCE)).toEqual([
      ['أكتوبر', '2025-10'],
      ['نوفمبر 2025', '2025-11'],
    ]);
    expect(valuesIn('يمتد الموسم في ديسمبر ويناير 2025.', REFERENCE)).toEqual([
      ['ديسمبر', '2024-12'],
      ['يناير 2025', '2025-01'],
    ]);
    expect(valuesIn('عقدت جولتان في 9 نوفمبر و10 ديسمبر 2025.', REFERENCE)).toEqual([
      ['9 نوفمبر', '2025-11-09'],
      ['10 ديسمبر 2025', '2025-12-10'],
    ]);
  });

  test('dates of another precision or with an anchor keep their own year', () => {
    expect(valuesIn('في أكتوبر الماضي ونوفمبر 2025 تراجعت الصادرات.', REFERENCE)[0]).toEqual(['أكتوبر الماضي', '2026-10']);
  });

  test('the second month of a pair in context is a month too', () => {
    expect(valuesIn('ترتفع الحرارة خلال شهري يوليو وأغسطس 2025.', REFERENCE)).toEqual([
      ['شهري يوليو', '2025-07'],
      ['أغسطس 2025', '2025-08'],
    ]);
    expect(valuesIn('تجرى الجولتان في مارس ونوفمبر.', REFERENCE).map(([text]) => text)).toEqual(['مارس', 'نوفمبر']);
    expect(datesIn('مارس وأكد الضغط على الحكومة.', REFERENCE)).toEqual([]);
    expect(datesIn('يتقاضى دخلا شهري 10 آلاف.', REFERENCE)).toEqual([]);
  });
});

describe('seasons, thirds and parts of decades', () => {
  test('a season or fiscal year with its second year in two digits, after a season or year word', () => {
    expect(valuesIn('تصدر الفريق الترتيب في موسم 2024/25 بفارق كبير.', REFERENCE)).toEqual([['2024/25', '2024/2025']]);
    expect(valuesIn('أقرت الحكومة موازنة السنة المالية 2025/26 أمس.', REFERENCE)[0]).toEqual(['2025/26', '2025/2026']);
    expect(datesIn('نشر القرار رقم 2024/25 في الجريدة الرسمية.', REFERENCE)).toEqual([]);
    expect(datesIn('سجل الموسم 2024/27 أرقاما.', REFERENCE).map((date) => date.value)).not.toContain('2024/2027');
  });

  test('a third of a year is four months', () => {
    expect(valuesIn('تحسنت المبيعات في الثلث الأخير من 2024.', REFERENCE)).toEqual([['الثلث الأخير من 2024', '2024-09/2024-12']]);
    expect(valuesIn('تحسنت المبيعات في الثلث الأول من عام 2024.', REFERENCE)).toEqual([['الثلث الأول من عام 2024', '2024-01/2024-04']]);
  });

  test('a part word before a decade is in its mention, with the decade’s value', () => {
    expect(valuesIn('هاجرت العائلة منذ منتصف التسعينيات.', REFERENCE)).toEqual([['منتصف التسعينيات', '1990/1999']]);
    expect(valuesIn('بني المصنع في أواخر السبعينيات من القرن الماضي.', REFERENCE)).toEqual([
      ['أواخر السبعينيات من القرن الماضي', '1970/1979'],
    ]);
  });
});

describe('a double month form without a mark between the names', () => {
  test('the two traditions side by side are one month', () => {
    expect(valuesIn('وقع الاتفاق في 2 أبريل نيسان 2025 في عمان.', REFERENCE)).toEqual([['2 أبريل نيسان 2025', '2025-04-02']]);
    expect(valuesIn('وصلت القافلة في 9 تشرين الثاني نوفمبر 2024.', REFERENCE)).toEqual([['9 تشرين الثاني نوفمبر 2024', '2024-11-09']]);
  });

  test('names that disagree keep the transliterated one and report the other', () => {
    const [date] = datesIn('وصلت القافلة في 9 نوفمبر تشرين الأول 2025.', REFERENCE);
    expect([date!.text, date!.value, date!.conflict?.alternative]).toEqual(['9 نوفمبر تشرين الأول 2025', '2025-11-09', '2025-10-09']);
  });

  test('two names of one tradition, or a name after و, stay apart', () => {
    expect(valuesIn('تراجعت الأسعار في يناير فبراير 2025 كذلك.', REFERENCE).map(([text]) => text)).not.toContain('يناير فبراير 2025');
    expect(valuesIn('هطلت الأمطار في مارس وآذار 2025 معا.', REFERENCE).map(([text]) => text)).toContain('آذار 2025');
  });
});
