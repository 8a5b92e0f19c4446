import { datesIn, onlyDate, recognize, valuesIn } from './dates-helpers';

// 2022-03-16 is a Wednesday
const WEDNESDAY = '2022-03-16';

describe('weekdays', () => {
  test('a bare weekday is the most recent such day on or before the reference', () => {
    const date = onlyDate('قال الوزير الأحد إن الخطة جاهزة.', WEDNESDAY);
    expect([date.text, date.value, date.kind]).toEqual(['الأحد', '2022-03-13', 'weekday']);
  });

  test('the reference day itself when the weekday is that day', () => {
    expect(onlyDate('أكد المتحدث الأربعاء أن الطريق مفتوح.', WEDNESDAY).value).toBe('2022-03-16');
  });

  test('both spellings of Monday', () => {
    expect(valuesIn('اجتمع المجلس الإثنين ثم عاد الاثنين التالي.', WEDNESDAY).map(([, value]) => value)).toEqual([
      '2022-03-14',
      '2022-03-14',
    ]);
  });

  test('a weekday with a proclitic leaves the clitic out of the text', () => {
    const date = onlyDate('وفي ختام الجولة، والخميس تحديدا، غادر الوفد.', WEDNESDAY);
    expect(date.text).toBe('الخميس');
  });

  test('الماضي makes it strictly before the reference', () => {
    expect(onlyDate('وصلت الشحنة الأربعاء الماضي إلى الميناء.', WEDNESDAY).value).toBe('2022-03-09');
  });

  test('المقبل makes it strictly after the reference', () => {
    expect(onlyDate('تعقد القمة السبت المقبل في الرياض.', WEDNESDAY).value).toBe('2022-03-19');
  });

  test('a bare weekday with no reference has no value', () => {
    const date = onlyDate('أعلنت الشرطة الجمعة توقيف المشتبه به.');
    expect([date.text, date.value]).toEqual(['الجمعة', null]);
  });

  test('a weekday before a full date is part of it', () => {
    expect(valuesIn('صدر البيان يوم الثلاثاء، 8 مارس 2022 في القاهرة.')).toEqual([['يوم الثلاثاء، 8 مارس 2022', '2022-03-08']]);
  });

  test('يوم before a weekday is part of the mention', () => {
    // the imperfect tells what is planned: the coming Saturday
    expect(valuesIn('وتستأنف المباريات يوم السبت.', WEDNESDAY)).toEqual([['يوم السبت', '2022-03-19']]);
  });

  test.each([
    // a forecast speaks of what is to come, in either tense
    ['تتوقع الأرصاد الجوية أمطارا غزيرة الجمعة', 'الجمعة', '2022-03-18'],
    ['توقعت هيئة الأرصاد انخفاض الحرارة يوم الاثنين', 'يوم الاثنين', '2022-03-21'],
    ['ويتوقع المزارعون بدء الحصاد الأحد', 'الأحد', '2022-03-20'],
  ])('after a forecast, the next such day: %s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test('اليوم before الـ and a number is the day of that rank, not today', () => {
    expect(datesIn('دخلت الإضرابات اليوم الـ40 على التوالي', WEDNESDAY)).toEqual([]);
    expect(valuesIn('أعلنت الوزارة اليوم 3 إصابات جديدة', WEDNESDAY)).toEqual([['اليوم', '2022-03-16']]);
  });

  test('a past verb of saying still gives the last such day', () => {
    expect(valuesIn('أعلنت الأرصاد الجمعة انتهاء الموجة', WEDNESDAY)).toEqual([['الجمعة', '2022-03-11']]);
  });

  test('a forecast governs its long clause: the weekday far after it is the next one', () => {
    const text = 'تتوقع مصلحة الأرصاد تساقط ثلوج كثيفة على المرتفعات التي يزيد علوها عن ألف متر حتى مساء السبت';
    expect(valuesIn(text, WEDNESDAY)).toContainEqual(['مساء السبت', '2022-03-19']);
    const forecast = 'توقع خبراء المناخ أن تعرف السواحل الغربية للبلاد رياحا عاتية وأمواجا عالية ابتداء من ليلة الجمعة';
    expect(valuesIn(forecast, WEDNESDAY)).toContainEqual(['ليلة الجمعة', '2022-03-18']);
  });

  test.each([
    // a past auxiliary or a relative clause between them gives the date a verb of its own
    ['توقع التجار انتعاش السوق في الأشهر المقبلة بعد أن كان المصرف قد خفض الفائدة يوم الخميس', 'يوم الخميس', '2022-03-10'],
    ['توقع المستثمرون تحسن أداء البورصة بعد الإجراءات الجديدة التي أقرها مجلس الوزراء في اجتماعه الأحد', 'الأحد', '2022-03-13'],
  ])('a forecast does not reach across its date\'s own past verb: %s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toContainEqual([written, value]);
  });
});

describe('relative days', () => {
  test.each([
    ['افتتح الوزير المستشفى اليوم.', 'اليوم', '2022-03-16'],
    ['وكان الرئيس قد التقى نظيره أمس في المطار.', 'أمس', '2022-03-15'],
    ['وصلت الطائرة يوم أمس إلى المطار.', 'يوم أمس', '2022-03-15'],
    ['بدأت الاشتباكات أول أمس في الضواحي.', 'أول أمس', '2022-03-14'],
    ['بدأت الاشتباكات أول من أمس في الضواحي.', 'أول من أمس', '2022-03-14'],
    ['يصل المبعوث غداً إلى العاصمة.', 'غداً', '2022-03-17'],
    ['يصل المبعوث غدا إلى العاصمة.', 'غدا', '2022-03-17'],
    ['تعلن النتائج بعد غد في مؤتمر صحفي.', 'بعد غد', '2022-03-18'],
    ['تعلن النتائج بعد الغد في مؤتمر صحفي.', 'بعد الغد', '2022-03-18'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence, WEDNESDAY);
    expect([date.text, date.value, date.kind, date.granularity]).toEqual([text, value, 'relative', 'day']);
  });

  test('a relative day followed by its weekday is one mention', () => {
    expect(valuesIn('أعلن المكتب اليوم الأربعاء عن المبادرة.', WEDNESDAY)).toEqual([['اليوم الأربعاء', '2022-03-16']]);
  });

  test('أمس with its weekday', () => {
    expect(valuesIn('صرح الناطق أمس الثلاثاء بأن المفاوضات مستمرة.', WEDNESDAY)).toEqual([['أمس الثلاثاء', '2022-03-15']]);
  });

  test('a relative day with no reference has no value', () => {
    expect(valuesIn('قال المدير اليوم إن العمل مستمر.')).toEqual([['اليوم', null]]);
  });

  test('"اليوم" as "the Nth day" or "the national day" is not today', () => {
    expect(valuesIn('في اليوم الثالث للمعرض واليوم الوطني للبلاد تزايد الزوار.', WEDNESDAY)).toEqual([]);
  });

  test('"اليوم" with a relative clause is "the day on which", not today', () => {
    expect(valuesIn('في اليوم الذي سقطت فيه الحكومة خرج الناس إلى الشوارع.', WEDNESDAY)).toEqual([]);
  });

  test('"اليوم" in the name of an outlet is not a date', () => {
    expect(valuesIn('نقلت قناة روسيا اليوم تصريحات المسؤول.', WEDNESDAY)).toEqual([]);
  });
});

describe('relative periods', () => {
  test.each([
    ['ارتفعت الأسعار الأسبوع الماضي بشكل كبير.', 'الأسبوع الماضي', '2022-W10', 'week'],
    ['تعقد الجولة الثانية الأسبوع المقبل في جنيف.', 'الأسبوع المقبل', '2022-W12', 'week'],
    ['تراجعت المبيعات الشهر الماضي في المتاجر.', 'الشهر الماضي', '2022-02', 'month'],
    ['تنتهي المهلة نهاية الشهر الجاري دون تمديد.', 'نهاية الشهر الجاري', '2022-03', 'month'],
    ['تبدأ الأعمال الشهر المقبل في الموقع.', 'الشهر المقبل', '2022-04', 'month'],
    ['سجلت الشركة أرباحا العام الماضي رغم الأزمة.', 'العام الماضي', '2021', 'year'],
    ['تتوقع الحكومة نموا أكبر العام المقبل بفضل الاستثمارات.', 'العام المقبل', '2023', 'year'],
    ['تضاعف عدد الزوار خلال العام الحالي مقارنة بغيره.', 'العام الحالي', '2022', 'year'],
    ['ارتفع الإنتاج هذا العام في كل المصانع.', 'هذا العام', '2022', 'year'],
    ['انخفضت الأمطار خلال السنة الماضية في الشمال.', 'السنة الماضية', '2021', 'year'],
  ])('%s', (sentence, text, value, granularity) => {
    const date = onlyDate(sentence, WEDNESDAY);
    expect([date.text, date.value, date.granularity]).toEqual([text, value, granularity]);
  });

  test('خلال عام and خلال العام are durations, not dates', () => {
    expect(valuesIn('لم تسجل حوادث خلال عام، وتحسن الوضع خلال العام كله.', WEDNESDAY)).toEqual([]);
  });

  test('شهر ونصف and other durations are not dates', () => {
    expect(valuesIn('استمرت المعارك نحو شهر ونصف، ثم توقفت لمدة 3 أيام و10 سنوات.', WEDNESDAY)).toEqual([]);
  });
});

describe('parts of the day', () => {
  test('a part of day before a weekday, with a proclitic left out', () => {
    const date = onlyDate('وصباح الأحد، انطلقت القافلة نحو الجنوب.', WEDNESDAY);
    expect([date.text, date.value, date.partOfDay]).toEqual(['صباح الأحد', '2022-03-13', 'morning']);
  });

  test('ظهر يوم أمس', () => {
    const date = onlyDate('سجلت عدة خروقات منذ ظهر يوم أمس على الحدود.', WEDNESDAY);
    expect([date.text, date.value, date.partOfDay]).toEqual(['ظهر يوم أمس', '2022-03-15', 'noon']);
  });

  test('مساء اليوم and ليلة السبت', () => {
    const dates = datesIn('يصل المنتخب مساء اليوم ويلعب ليلة السبت.', WEDNESDAY);
    expect(dates.map((d) => [d.text, d.value, d.partOfDay])).toEqual([
      ['مساء اليوم', '2022-03-16', 'evening'],
      ['ليلة السبت', '2022-03-19', 'night'],
    ]);
  });

  test('an adverb after a weekday', () => {
    const date = onlyDate('تظاهر الآلاف الجمعة مساءً في الساحة.', WEDNESDAY);
    expect([date.text, date.partOfDay]).toEqual(['الجمعة مساءً', 'evening']);
  });

  test('a part of day alone is not a date', () => {
    expect(valuesIn('في الصباح كان الجو باردا، وفي المساء هطل المطر.', WEDNESDAY)).toEqual([]);
  });
});

describe('year rollover', () => {
  test('28 December in a 3 January article is last year', () => {
    expect(onlyDate('وقع الحادث في 28 ديسمبر قرب المدينة.', '2021-01-03').value).toBe('2020-12-28');
  });

  test('2 January in a 30 December article is next year', () => {
    expect(onlyDate('تفتتح المدارس في 2 يناير بحسب الوزارة.', '2020-12-30').value).toBe('2021-01-02');
  });

  test('a day-month far from the turn of the year stays in the reference year', () => {
    expect(onlyDate('أقيمت الندوة في 9 نوفمبر بالجامعة.', '2020-11-16').value).toBe('2020-11-09');
  });

  test('a weekday across new year', () => {
    // 2021-01-03 is a Sunday; the Friday before it is 1 January
    expect(onlyDate('أعلن المتحدث الجمعة الحصيلة النهائية.', '2021-01-03').value).toBe('2021-01-01');
  });

  test('أمس on 1 January', () => {
    expect(onlyDate('احتفل السكان أمس بنهاية العام.', '2021-01-01').value).toBe('2020-12-31');
  });

  test('الشهر الماضي in January', () => {
    expect(onlyDate('ارتفعت الأسعار الشهر الماضي.', '2021-01-15').value).toBe('2020-12');
  });

  test('الأسبوع الماضي across new year uses the ISO week year', () => {
    expect(onlyDate('انخفضت الحرارة الأسبوع الماضي.', '2021-01-06').value).toBe('2020-W53');
  });
});

describe('reference and dateline', () => {
  test('the option is the reference', () => {
    expect(recognize('خبر قصير بلا تاريخ.', WEDNESDAY).reference).toEqual({ value: WEDNESDAY, source: 'option' });
  });

  test('no option and no dateline: no reference', () => {
    expect(recognize('قال المسؤول اليوم إن الطريق مغلق.').reference).toEqual({ value: null, source: 'none' });
  });

  test('a date line under the headline is the dateline and anchors relative dates', () => {
    const text = 'الحكومة تعلن خطة جديدة للنقل\n\nالخميس 3 مارس 2022 10:15 ص\nأعلن وزير النقل أمس تفاصيل الخطة.';
    const { dates, reference } = recognize(text);
    expect(reference.value).toBe('2022-03-03');
    expect(reference.source).toBe('dateline');
    expect(text.slice(reference.start, reference.end)).toBe('الخميس 3 مارس 2022 10:15 ص');
    expect(dates.map((d) => d.value)).toEqual(['2022-03-03T10:15', '2022-03-02']);
  });

  test('an agency credit in parentheses carries the dateline', () => {
    const text = 'عنوان الخبر\n(وكالة الأنباء - 5 أكتوبر 2021) قال المتحدث اليوم إن الحدود مفتوحة.';
    const { dates, reference } = recognize(text);
    expect(reference).toMatchObject({ value: '2021-10-05', source: 'dateline' });
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['5 أكتوبر 2021', '2021-10-05'],
      ['اليوم', '2021-10-05'],
    ]);
  });

  test('a full date inside a long sentence is an event, not a dateline', () => {
    const text = 'وكانت الحكومة قد أعلنت في 12 مايو 2019 عن خطة طويلة الأمد لتحديث شبكة الطرق في المناطق الريفية، وقال الوزير اليوم إنها تأخرت.';
    const { dates, reference } = recognize(text);
    expect(reference.source).toBe('none');
    expect(dates.map((d) => d.value)).toEqual(['2019-05-12', null]);
  });

  test('the option wins over a dateline', () => {
    const text = 'الخميس 3 مارس 2022\nوصل الوفد أمس.';
    const { dates, reference } = recognize(text, '2022-03-10');
    expect(reference.source).toBe('option');
    expect(dates.map((d) => d.value)).toEqual(['2022-03-03', '2022-03-09']);
  });

  test('a Hijri dateline is converted to the Gregorian reference', () => {
    const { reference } = recognize('نشر بتاريخ: 1 رمضان 1444هـ\nأعلنت الجمعية أمس عن توزيع السلال.');
    expect(reference).toMatchObject({ value: '2023-03-23', source: 'dateline' });
  });
});
