import { onlyDate, valuesIn } from './dates-helpers';

describe('Egypt/Gulf month names', () => {
  test.each([
    ['افتتح المعرض في 3 يناير 2019 بحضور الوزير.', '3 يناير 2019', '2019-01-03'],
    ['وصل الوفد في 14 فبراير 2022 إلى العاصمة.', '14 فبراير 2022', '2022-02-14'],
    ['انطلقت الحملة يوم 5 أبريل 2021 في المدارس.', 'يوم 5 أبريل 2021', '2021-04-05'],
    ['انطلقت الحملة في 5 ابريل 2021 في المدارس.', '5 ابريل 2021', '2021-04-05'],
    ['انطلقت الحملة في 5 إبريل 2021 في المدارس.', '5 إبريل 2021', '2021-04-05'],
    ['أغلق الميناء في 30 أغسطس 2018 بسبب العاصفة.', '30 أغسطس 2018', '2018-08-30'],
    ['أغلق الميناء في 30 اغسطس 2018 بسبب العاصفة.', '30 اغسطس 2018', '2018-08-30'],
    ['صدر القرار في 1 يونيه 2015 عن المحكمة.', '1 يونيه 2015', '2015-06-01'],
    ['انتهى الموسم في 31 ديسمبر 2020 بلا ألقاب.', '31 ديسمبر 2020', '2020-12-31'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence);
    expect([date.text, date.value, date.granularity, date.calendar]).toEqual([text, value, 'day', 'gregory']);
  });
});

describe('Levant/Iraq month names', () => {
  test.each([
    ['عقدت الجلسة في 7 كانون الثاني 2020 بدمشق.', '7 كانون الثاني 2020', '2020-01-07'],
    ['هطلت الأمطار في 12 شباط 2023 على الساحل.', '12 شباط 2023', '2023-02-12'],
    ['بدأ العام الدراسي في 4 آذار 2021 متأخرا.', '4 آذار 2021', '2021-03-04'],
    ['تم الاتفاق في 9 نيسان 2017 بين الطرفين.', '9 نيسان 2017', '2017-04-09'],
    ['أقيم المهرجان في 25 أيار 2019 في بيروت.', '25 أيار 2019', '2019-05-25'],
    ['اندلع الحريق في 2 تموز 2022 في الغابة.', '2 تموز 2022', '2022-07-02'],
    ['افتتح الجسر في 15 آب 2016 أمام السيارات.', '15 آب 2016', '2016-08-15'],
    ['جرت الانتخابات في 10 تشرين الأول 2021 بهدوء.', '10 تشرين الأول 2021', '2021-10-10'],
    ['تقاعد المدرب في 20 كانون الأول 2014 بعد مسيرة طويلة.', '20 كانون الأول 2014', '2014-12-20'],
    ['أعلنت النتائج في 3 كانون ثاني 2024 ببغداد.', '3 كانون ثاني 2024', '2024-01-03'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence);
    expect([date.text, date.value]).toEqual([text, value]);
  });
});

describe('Algeria/Tunisia month names', () => {
  test.each([
    ['انطلقت الدورة في 8 جانفي 2022 بالعاصمة.', '8 جانفي 2022', '2022-01-08'],
    ['ارتفعت الأسعار منذ 2 فيفري 2023 بشكل لافت.', '2 فيفري 2023', '2023-02-02'],
    ['صدر المرسوم في 19 أفريل 2021 بالجريدة الرسمية.', '19 أفريل 2021', '2021-04-19'],
    ['يجري الامتحان في 6 جوان 2024 بكل الولايات.', '6 جوان 2024', '2024-06-06'],
    ['احتفلت البلاد في 5 جويلية 2022 بعيد الاستقلال.', '5 جويلية 2022', '2022-07-05'],
    ['أغلقت المصانع في 15 أوت 2019 للعطلة.', '15 أوت 2019', '2019-08-15'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence);
    expect([date.text, date.value]).toEqual([text, value]);
  });
});

describe('Morocco month names', () => {
  test.each([
    ['نظمت المسيرة في 1 ماي 2023 بالرباط.', '1 ماي 2023', '2023-05-01'],
    ['افتتح الملعب في 20 يوليوز 2021 بطنجة.', '20 يوليوز 2021', '2021-07-20'],
    ['انتهت الأشغال في 14 غشت 2020 كما كان مقررا.', '14 غشت 2020', '2020-08-14'],
    ['تبدأ الدراسة في 9 شتنبر 2024 بالمدن الكبرى.', '9 شتنبر 2024', '2024-09-09'],
    ['وقع الزلزال ليلة 8 شتنبر 2023 في الأطلس.', 'ليلة 8 شتنبر 2023', '2023-09-08'],
    ['انعقد المؤتمر في 18 نونبر 2022 بمراكش.', '18 نونبر 2022', '2022-11-18'],
    ['أعلنت الحصيلة في 31 دجنبر 2019 رسميا.', '31 دجنبر 2019', '2019-12-31'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence);
    expect([date.text, date.value]).toEqual([text, value]);
  });
});

describe('days and months with markers', () => {
  test('"20 من أيلول": من between day and month', () => {
    expect(valuesIn('تبدأ العروض في الـ 20 من أيلول المقبل.', '2023-08-01')).toEqual([['20 من أيلول المقبل', '2023-09-20']]);
  });

  test('an ordinal day: الأول من يناير', () => {
    expect(valuesIn('يسري القانون اعتبارا من الأول من يناير 2025.')).toEqual([['الأول من يناير 2025', '2025-01-01']]);
  });

  test('a month with a year is a month', () => {
    const date = onlyDate('تراجعت الصادرات في مارس 2021 بنسبة ملحوظة.');
    expect([date.text, date.value, date.granularity]).toEqual(['مارس 2021', '2021-03', 'month']);
  });

  test('شهر + month without a year takes the nearest year', () => {
    expect(valuesIn('يتوقع المزارعون الحصاد خلال شهر يونيو.', '2022-05-10')).toEqual([['شهر يونيو', '2022-06']]);
  });

  test('a month name with no day, year or marker is not a date (مارس is also a verb)', () => {
    expect(valuesIn('مارس الحزب ضغوطا كبيرة على الحكومة.')).toEqual([]);
  });

  test('a day that does not exist is left out: only the month and year are claimed', () => {
    expect(valuesIn('قيل إن الاجتماع في 31 نوفمبر 2020 ألغي.')).toEqual([['نوفمبر 2020', '2020-11']]);
  });

  test('a month with الماضي is the latest such month before the reference', () => {
    expect(valuesIn('ارتفعت الأسعار منذ نوفمبر الماضي.', '2020-11-16')).toEqual([['نوفمبر الماضي', '2019-11']]);
  });

  test('a day-month with الماضي and no reference keeps XXXX', () => {
    expect(valuesIn('بدأت المفاوضات في 16 آذار الماضي.')).toEqual([['16 آذار الماضي', 'XXXX-03-16']]);
  });

  test('a numeric date, day first', () => {
    expect(valuesIn('أعلنت النتائج بتاريخ 16/11/2020 على الموقع.')).toEqual([['16/11/2020', '2020-11-16']]);
  });

  test('an ISO date', () => {
    expect(valuesIn('وحدد الموعد النهائي 2024-03-05 للتسجيل.')).toEqual([['2024-03-05', '2024-03-05']]);
  });
});

describe('double month forms', () => {
  test('transliterated/Levantine: one date', () => {
    const date = onlyDate('وقع الطرفان الاتفاق في 4 مارس/آذار الماضي.', '2021-06-01');
    expect([date.text, date.value, date.conflict]).toEqual(['4 مارس/آذار الماضي', '2021-03-04', undefined]);
  });

  test('Levantine/transliterated with spaces and a year', () => {
    expect(valuesIn('تأسست الشركة في 2 حزيران / يونيو 2010 في عمان.')).toEqual([['2 حزيران / يونيو 2010', '2010-06-02']]);
  });

  test('second name in parentheses', () => {
    expect(valuesIn('انتهت الهدنة في 8 أيلول (سبتمبر) 2022 دون تمديد.')).toEqual([['8 أيلول (سبتمبر) 2022', '2022-09-08']]);
  });

  test('month and year double form without a day', () => {
    const date = onlyDate('ارتفعت البطالة منذ تموز/يوليو 2019 بشكل حاد.');
    expect([date.text, date.value, date.granularity]).toEqual(['تموز/يوليو 2019', '2019-07', 'month']);
  });

  test('disagreeing names: the transliterated name wins and the conflict is flagged', () => {
    const date = onlyDate('بدأت المحادثات في 3 كانون الأول/يناير 2021 في جنيف.');
    expect(date.value).toBe('2021-01-03');
    expect(date.conflict).toEqual({ reason: 'month-names-disagree', alternative: '2021-12-03' });
  });

  test('disagreeing names in the other order: still the transliterated one', () => {
    const date = onlyDate('وصلت الشحنة في 14 مايو/حزيران 2022 إلى الميناء.');
    expect(date.value).toBe('2022-05-14');
    expect(date.conflict?.alternative).toBe('2022-06-14');
  });

  test('a year-less conflicting form resolves both readings against the reference', () => {
    const date = onlyDate('عاد السفير في 9 تشرين الأول/نوفمبر بعد غياب.', '2020-11-20');
    expect([date.value, date.conflict?.alternative]).toEqual(['2020-11-09', '2020-10-09']);
  });
});

describe('Hijri dates', () => {
  test('1 Ramadan 1444 is 23 March 2023', () => {
    const date = onlyDate('يبدأ الصيام في 1 رمضان 1444هـ في معظم الدول.');
    expect([date.text, date.value, date.calendar, date.hijri]).toEqual(['1 رمضان 1444هـ', '2023-03-23', 'islamic', '1444-09-01']);
  });

  test('1 Muharram 1445 is 19 July 2023 (هـ written apart)', () => {
    const date = onlyDate('تحل السنة الجديدة في 1 محرم 1445 هـ بعد أيام.');
    expect([date.value, date.hijri]).toEqual(['2023-07-19', '1445-01-01']);
  });

  test('10 Dhu al-Hijjah 1444 (ذي الحجة, هجري) is 28 June 2023', () => {
    expect(valuesIn('يوافق العيد 10 ذي الحجة 1444 هجري بحسب التقويم.')).toEqual([['10 ذي الحجة 1444 هجري', '2023-06-28']]);
  });

  test('1 Shawwal 1444 is 21 April 2023', () => {
    expect(onlyDate('أعلن أن أول أيام العيد 1 شوال 1444 هـ.').value).toBe('2023-04-21');
  });

  test('a two-word month with a variant spelling: 12 ربيع الأول 1442', () => {
    const date = onlyDate('احتفل المصلون في 12 ربيع الأول 1442هـ بالمناسبة.');
    expect([date.value, date.hijri]).toEqual(['2020-10-29', '1442-03-12']);
  });

  test('جمادى الآخرة and its variant جمادى الثانية are the same month', () => {
    const first = onlyDate('صدر التعميم في 11 جمادى الآخرة 1447هـ للجهات.');
    const second = onlyDate('صدر التعميم في 11 جمادى الثانية 1447هـ للجهات.');
    expect([first.value, second.value]).toEqual(['2025-12-02', '2025-12-02']);
  });

  test('a Hijri month and year is the span of Gregorian days it covers', () => {
    const date = onlyDate('تزداد التبرعات في رمضان 1444 كل عام.');
    expect([date.value, date.granularity, date.hijri]).toEqual(['2023-03-23/2023-04-20', 'month', '1444-09']);
  });

  test.each([
    // Umm al-Qura: Ramadan 1446 began on 1 March 2025, Ramadan 1445 on 11 March 2024
    ['وارتفعت الأسعار في رمضان 2025 بشكل كبير.', 'رمضان 2025', '2025-03-01/2025-03-29', '1446-09'],
    ['وارتفعت الأسعار في رمضان 2025م بشكل كبير.', 'رمضان 2025م', '2025-03-01/2025-03-29', '1446-09'],
    ['وبدأ المشروع في شهر رمضان من عام 2024 بتمويل حكومي.', 'شهر رمضان من عام 2024', '2024-03-11/2024-04-09', '1445-09'],
    // two Ramadans begin in 2030 (January and December): the first
    ['وتتغير المواعيد في رمضان 2030 كما هو متوقع.', 'رمضان 2030', '2030-01-05/2030-02-03', '1451-09'],
  ])('a Hijri month with a Gregorian year is the one that begins in that year: %s', (text, written, value, hijri) => {
    const date = onlyDate(text);
    expect([date.text, date.value, date.hijri]).toEqual([written, value, hijri]);
  });

  test('a Hijri day and a holiday with a Gregorian year', () => {
    expect(onlyDate('ووقع الحادث في 15 رمضان 2024 مساء.').value).toBe('2024-03-25');
    expect(onlyDate('وحل عيد الفطر 2023 في أجواء حارة.').value).toBe('2023-04-21');
  });

  test('a year-less Hijri day takes the Hijri year nearest the reference', () => {
    expect(onlyDate('يتوقع أن يكون 1 شوال يوم جمعة.', '2023-04-10').value).toBe('2023-04-21');
  });

  test('a Hijri year alone with هـ', () => {
    const date = onlyDate('اعتمدت الميزانية للعام 1445هـ كاملة.');
    expect([date.value, date.granularity, date.hijri]).toEqual(['2023-07-19/2024-07-06', 'year', '1445']);
  });

  test('the 30th of a 29-day Hijri month has no value', () => {
    // Ramadan 1444 had 29 days
    expect(onlyDate('نقل أن 30 رمضان 1444هـ كان يوم عطلة.').value).toBeNull();
  });

  test('1 Muharram 1449 is 6 June 2027, the day after the 29th of Dhu al-Hijjah 1448', () => {
    // a year is 354 or 355 days, not twelve months of 30: the correction by Intl alone once settled six days early
    const date = onlyDate('تبدأ السنة الهجرية الجديدة في 1 محرم 1449 هـ رسميا.');
    expect([date.value, date.hijri]).toEqual(['2027-06-06', '1449-01-01']);
  });

  test('a Hijri year alone spans 1 Muharram to the last day of Dhu al-Hijjah', () => {
    const date = onlyDate('تنتهي الخطة في العام 1449هـ كما أعلن.');
    expect([date.value, date.granularity]).toEqual(['2027-06-06/2028-05-24', 'year']);
  });

  test('the 30th of a 29-day Dhu al-Hijjah has no value', () => {
    // Dhu al-Hijjah 1446 had 29 days: 1 Muharram 1447 was 26 June 2025
    expect(onlyDate('ذكر التقرير أن 30 ذي الحجة 1446 هـ كان يوم عطلة.').value).toBeNull();
  });

  test('صفر after a number is a score, not a Hijri month', () => {
    expect(valuesIn('فاز الفريق بنتيجة 2 صفر على ضيفه.')).toEqual([]);
  });
});

describe('a month with its year named relative to the reference', () => {
  it.each([
    ['من العام الماضي after a month', 'ونما الاقتصاد المغربي في مايو من العام الماضي بنسبة 3 بالمئة', 'مايو من العام الماضي', '2023-05'],
    ['a day and month, السنة', 'وكانت الشركة قد أعلنت إفلاسها في 15 مايو من السنة الماضية', '15 مايو من السنة الماضية', '2023-05-15'],
    ['this year, a month already past', 'وافتتح المصنع في 3 يناير من هذا العام', '3 يناير من هذا العام', '2024-01-03'],
    ['without من, after في', 'وتراجعت الصادرات في مارس العام الماضي', 'مارس العام الماضي', '2023-03'],
    ['a part of such a month', 'تراجعت المبيعات في الأسبوع الأول من مارس من العام الماضي', 'الأسبوع الأول من مارس من العام الماضي', '2023-03-01/2023-03-07'],
  ])('%s', (_name, text, mention, value) => {
    expect(valuesIn(text, '2024-03-14')).toEqual([[mention, value]]);
  });

  it('a month word without من or context stays out: the year alone', () => {
    expect(valuesIn('وقال إنه مارس العام الماضي ضغوطا على الحكومة', '2024-03-14')).toEqual([['العام الماضي', '2023']]);
  });
});
