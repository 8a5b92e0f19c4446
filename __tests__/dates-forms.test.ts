// Date forms of issue 17, in sentences of our own: positives with their values and near misses.
import { parseDate, parseDates } from '../src/dates/parse-date';
import { extract } from '../src/extract/extract';
import { datesIn, onlyDate, recognize, valuesIn } from './dates-helpers';

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

describe('wire datelines anchor the article', () => {
  test.each([
    ['جدة - 3 أبريل 2023 (واس): أعلنت الهيئة أمس فتح باب التسجيل.'],
    ['بيروت، 3 أبريل 2023 (أ ف ب) - قال الوزير أمس إن الحكومة مستمرة.'],
    ['عمان (بترا) - 3 أبريل 2023 - ناقش المجلس أمس مشروع القانون.'],
    // the agency's bracket for the dash, and في between the city and the date with the agency in slashes
    ['رام الله (وفا) 3 أبريل 2023 - اعتقلت القوات أمس خمسة شبان.'],
    ['الخرطوم في 3 أبريل 2023 /سونا/ - وصل أمس وفد حكومي إلى المدينة.'],
    ['صنعاء في 3 أبريل 2023 (سبأ) - عقد المجلس أمس اجتماعه الدوري.'],
  ])('%s', (text) => {
    const { dates, reference } = recognize(text);
    expect(reference).toMatchObject({ value: '2023-04-03', source: 'dateline' });
    expect(dates.find((date) => date.text === 'أمس')?.value).toBe('2023-04-02');
  });

  test('a date after a city inside a running sentence is no dateline', () => {
    const { reference } = recognize('زار الرئيس دمشق في 3 أبريل 2023 والتقى مسؤولين كثرا هناك وعاد أمس إلى بلاده.');
    expect(reference.source).toBe('none');
  });

  test('a sentence with في before a date and a colon after it is no dateline: في asks for the agency', () => {
    expect(recognize('وقعت الحادثة في 3 أبريل 2023: انهار جسر وأصيب أمس عشرة أشخاص.').reference.source).toBe('none');
    expect(recognize('سافر الوفد في 3 أبريل 2023 - وعاد أمس بعد جولة طويلة شملت عدة مدن في المنطقة.').reference.source).toBe('none');
  });

  test('a city and a dash before a date with no agency or dash after it is no dateline', () => {
    const { reference } = recognize('مسقط - 3 أبريل 2023 كان يوما ماطرا في أنحاء البلاد كلها بحسب الأرصاد.');
    expect(reference.source).toBe('none');
  });
});

// 2024-03-13 is a Wednesday
const WEDNESDAY = '2024-03-13';

describe('a relative day of two words opens with no preposition', () => {
  test('باول أمس is Powell, yesterday: not أول أمس', () => {
    expect(valuesIn('وقال الوزير الأمريكي كولن باول أمس إن الاتفاق قريب', WEDNESDAY)).toEqual([['أمس', '2024-03-12']]);
    expect(valuesIn('وقال كولن باول أمس الأول إن الاتفاق قريب', WEDNESDAY)).toEqual([['أمس الأول', '2024-03-11']]);
  });
  test('أول أمس as written is the day before yesterday', () => {
    expect(valuesIn('وصل الوفد أول أمس إلى القاهرة', WEDNESDAY)).toEqual([['أول أمس', '2024-03-11']]);
    expect(valuesIn('ووصل الوفد أول من أمس', WEDNESDAY)).toEqual([['أول من أمس', '2024-03-11']]);
  });
});

describe('a bare weekday looks back, or ahead when its clause speaks of the future', () => {
  test.each([
    ['ستعقد اللجنة اجتماعها الأحد', '2024-03-17'],
    ['وسيصل الوفد الخميس إلى الرياض', '2024-03-14'],
    ['سوف تعلن النتائج السبت', '2024-03-16'],
    ['من المقرر أن يلتقي الوزيران الاثنين', '2024-03-18'],
    ['تعتزم النقابة الإضراب يوم الثلاثاء', '2024-03-19'],
    ['سيصدر القرار الأربعاء', '2024-03-13'],
    // the first person, with its hamza; a verb with a hamza after سيـ; a verb split off by the tokenizer
    ['وقال الوزير: سأزور المدينة يوم الأحد', '2024-03-17'],
    ['سيأتي الرد يوم الأحد', '2024-03-17'],
    ['وسيلتقي الوزيران يوم الأحد', '2024-03-17'],
    ['سنعلن أسعار السندات يوم الأحد', '2024-03-17'],
  ])('%s', (text, value) => {
    expect(onlyDate(text, WEDNESDAY).value).toBe(value);
  });

  test.each([
    ['انفجرت سيارة مفخخة الأحد', '2024-03-10'],
    ['قال الوزير الخميس إن الحكومة ستعلن خطتها', '2024-03-07'],
    ['زار الرئيس المدينة السبت', '2024-03-09'],
    ['ستعقد القمة في موعدها. واجتمع الوزراء الاثنين', '2024-03-11'],
    // words that begin like a future verb (سـ + ا، سيـا، ستيـ) and are nouns, names or past verbs
    ['وقال المتحدث في وقت سابق يوم الأحد إن المحادثات مستمرة', '2024-03-10'],
    ['أطلقت شركة سامسونغ هاتفها الجديد يوم الأحد', '2024-03-10'],
    ['قتل شخصان بعد ساعات من الهجوم يوم الثلاثاء', '2024-03-12'],
    ['زار الوزير ساحة التحرير يوم الاثنين', '2024-03-11'],
    ['ساهمت الأمطار في تأخير الرحلات يوم الاثنين', '2024-03-11'],
    ['ناقش البرلمان سياسة الحكومة يوم الأحد', '2024-03-10'],
    ['التقى المدرب ستيفن جيرارد اللاعبين يوم الأحد', '2024-03-10'],
    ['وسألته الصحيفة عن الخطة يوم الأحد', '2024-03-10'],
    // money, measures and markets of economic and weather news (سنتا، سيولة، سندات، سنتيمترات)
    ['هبط الخام إلى 74 دولارا و30 سنتا للبرميل صباح الأحد', '2024-03-10'],
    ['تراجعت سيولة السوق بشدة يوم الأحد', '2024-03-10'],
    ['طرحت الحكومة سندات بقيمة مليار دولار يوم الأحد', '2024-03-10'],
    ['بلغت الأمطار 5 سنتيمترات ليلة الأحد', '2024-03-10'],
    // a city of that shape, a dateline's first word
    ['سيدني - أعلنت حكومة الولاية حالة الطوارئ الأحد', '2024-03-10'],
    ['ستوكهولم - منحت الأكاديمية الجائزة يوم الأحد', '2024-03-10'],
  ])('past or no marker: %s', (text, value) => {
    expect(datesIn(text, WEDNESDAY).find((date) => date.kind === 'weekday')?.value).toBe(value);
  });
});

describe('two weekdays joined by و share an anchor in the dual', () => {
  test('المقبلين puts both ahead, each day its own mention', () => {
    const dates = datesIn('تجرى المباريات يومي الجمعة والسبت المقبلين في الملعب', WEDNESDAY);
    expect(dates.map((date) => [date.text, date.value])).toEqual([
      ['الجمعة', '2024-03-15'],
      ['السبت المقبلين', '2024-03-16'],
    ]);
  });

  test('الماضيين puts both behind', () => {
    const dates = datesIn('جرت المباريات يومي الجمعة والسبت الماضيين', WEDNESDAY);
    expect(dates.map((date) => [date.text, date.value])).toEqual([
      ['الجمعة', '2024-03-08'],
      ['السبت الماضيين', '2024-03-09'],
    ]);
  });

  test('two weekdays with no anchor read as before', () => {
    expect(datesIn('اجتمع الوزراء الجمعة والسبت في الرياض', WEDNESDAY).map((date) => date.value)).toEqual(['2024-03-08', '2024-03-09']);
  });
});

describe('a weekday an adjective makes a named day is no date', () => {
  test.each([
    'نمت المبيعات عبر الإنترنت خلال موسم الجمعة البيضاء',
    'وبدأت عروض الجمعة السوداء في المتاجر',
    'وتذكر المستثمرون الاثنين الأسود في البورصة',
    'واحتفل المسيحيون بالجمعة العظيمة',
  ])('%s', (text) => {
    expect(datesIn(text, WEDNESDAY).filter((date) => date.kind === 'weekday')).toEqual([]);
  });

  test('a weekday before another adjective or an anchor is still a date', () => {
    expect(onlyDate('تراجعت الأسهم يوم الجمعة الماضي', WEDNESDAY).value).toBe('2024-03-08');
    expect(onlyDate('اجتمع الوزراء الجمعة في الرياض', WEDNESDAY).value).toBe('2024-03-08');
  });
});

describe('a weekday beside a year-less day-month picks the year in which they agree', () => {
  test('Sunday 14 March is in 2021 seen from March 2024', () => {
    expect(onlyDate('وصل المبعوث الأحد 14 مارس إلى بغداد', WEDNESDAY).value).toBe('2021-03-14');
  });

  test('a weekday that agrees with the nearest year keeps it', () => {
    expect(onlyDate('وصل المبعوث الخميس 14 مارس إلى بغداد', WEDNESDAY).value).toBe('2024-03-14');
    expect(onlyDate('سيصل المبعوث الخميس 14 مارس إلى بغداد', WEDNESDAY).value).toBe('2024-03-14');
  });

  // Thursday 12 March is in 2020 and in 2026, the nearer, seen from March 2024
  test('a past report looks back for the year', () => {
    expect(onlyDate('اختتمت القمة أعمالها الخميس 12 مارس في الرياض', WEDNESDAY).value).toBe('2020-03-12');
  });

  test('a clause about the future, or المقبل, looks ahead', () => {
    expect(onlyDate('ستختتم القمة أعمالها الخميس 12 مارس في الرياض', WEDNESDAY).value).toBe('2026-03-12');
    expect(onlyDate('من المقرر أن تفتتح الدورة الخميس 12 مارس', WEDNESDAY).value).toBe('2026-03-12');
    expect(onlyDate('تفتتح الدورة الخميس المقبل 12 مارس', WEDNESDAY).value).toBe('2026-03-12');
  });

  test('a relative day before the weekday gives the direction too', () => {
    // غدا: ahead; أمس: back
    expect(onlyDate('تصل البعثة غدا الخميس 12 مارس', WEDNESDAY).value).toBe('2026-03-12');
    expect(onlyDate('وصلت البعثة أمس الخميس 12 مارس', WEDNESDAY).value).toBe('2020-03-12');
  });
});

describe('relative offsets are dates', () => {
  test.each([
    ['قتل جندي قبل يومين في الهجوم', 'قبل يومين', '2024-03-11'],
    ['بدأ الإضراب منذ ثلاثة أيام', 'منذ ثلاثة أيام', '2024-03-10'],
    ['تعود البعثة بعد أسبوعين إلى البلاد', 'بعد أسبوعين', '2024-03-27'],
    ['افتتح الجسر قبل 10 سنوات', 'قبل 10 سنوات', '2014'],
    ['توقف المصنع منذ شهرين', 'منذ شهرين', '2024-01'],
    ['غادر السفير قبل أسبوع', 'قبل أسبوع', '2024-03-06'],
    // بعد counts from now where its clause speaks of what is ahead: a future or an imperfect verb
    ['سيعود اللاعب بعد عشرين يوما', 'بعد عشرين يوما', '2024-04-02'],
    ['تنتهي المهلة بعد ثلاثة أيام', 'بعد ثلاثة أيام', '2024-03-16'],
    ['من المقرر أن تصل السفينة بعد أسبوع', 'بعد أسبوع', '2024-03-20'],
    // from now, from today: the reference, said outright, and part of the span
    ['تعود البعثة بعد أسبوعين من الآن إلى البلاد', 'بعد أسبوعين من الآن', '2024-03-27'],
    ['يبدأ التسجيل بعد يومين من اليوم، حسب الوزارة', 'بعد يومين من اليوم', '2024-03-15'],
    ['تغير كل شيء في المدينة قبل عام من الآن', 'قبل عام من الآن', '2023'],
  ])('%s', (text, written, value) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.kind]).toEqual([written, value, 'relative']);
  });

  test.each([
    ['وصل الوفد قبل يومين من الانتخابات'],
    ['ينتهي التحقيق في غضون ساعات'],
    ['تستمر الورشة خلال يومين'],
    ['وقع الحادث قبل أيام'],
    ['تغيرت المدينة بعد عامه الأول'],
    // اليوم made another day by what follows it: an event's day
    ['تفتح الأبواب بعد ثلاثة أيام من اليوم الأول للمعرض'],
    ['عاد بعد أسبوعين من اليوم الذي غادر فيه'],
    // after a past verb (unmarked: عاد، أفرج) بعد counts from an event the text tells, not from now;
    // this test once read عاد اللاعب بعد عشرين يوما as a day twenty days after the reference, a return
    // still to come
    ['عاد اللاعب بعد عشرين يوما'],
    ['أفرج عنه بعد 12 عاما قضاها في السجن'],
    ['وكانت الشرطة قد اعتقلته بعد يومين'],
  ])('no offset from the reference: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });

  test('a year noun before a year is a year, not an offset', () => {
    expect(valuesIn('يعيش في المدينة منذ عام 2015', WEDNESDAY)).toEqual([['عام 2015', '2015']]);
  });

  test('شهر before a month name is the month', () => {
    expect(valuesIn('وصل قبل شهر رمضان', WEDNESDAY).map(([text]) => text)).toEqual(['شهر رمضان']);
  });

  test('the counted span is no figure once it is a date', () => {
    expect(extract('بدأ الإضراب منذ ثلاثة أيام', { referenceDate: WEDNESDAY }).figures).toEqual([]);
  });
});

describe('spoken relative days and anchors', () => {
  test.each([
    ['يوصل الشحنة بكرة الصبح', 'بكرة', '2024-03-14'],
    ['شفته امبارح في السوق', 'امبارح', '2024-03-12'],
    ['يبدأ الدوام الأسبوع الجاي', 'الأسبوع الجاي', '2024-W12'],
    ['كان الامتحان الشهر اللي فات', 'الشهر اللي فات', '2024-02'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toContainEqual([written, value]);
  });
});

describe('the day after the last one named', () => {
  test('اليوم التالي counts from the date before it', () => {
    expect(valuesIn('التقى الوزيران في 5 مارس، وفي اليوم التالي وقعا الاتفاق.', WEDNESDAY)).toEqual([
      ['5 مارس', '2024-03-05'],
      ['اليوم التالي', '2024-03-06'],
    ]);
  });

  test('with no day named before it, it has no value', () => {
    expect(valuesIn('وفي اليوم التالي وقعا الاتفاق.', WEDNESDAY)).toEqual([['اليوم التالي', null]]);
  });
});

describe('الفاتح or فاتح with no month after it is no date', () => {
  test.each(['قال محمد الفاتح إن الاجتماع انتهى', 'احتفل الليبيون بذكرى ثورة الفاتح'])('%s', (text) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('ordinal days and numbered months', () => {
  test.each([
    ['وصل الوفد في الحادي والعشرين من مايو', 'الحادي والعشرين من مايو', '2024-05-21'],
    ['تنتهي المهلة في الثالث عشر من أبريل', 'الثالث عشر من أبريل', '2024-04-13'],
    ['يسري القرار أول يناير', 'أول يناير', '2024-01-01'],
    // the Maghreb's and Libya's first
    ['يسري القرار ابتداء من فاتح يناير', 'فاتح يناير', '2024-01-01'],
    ['تسلم مهامه فاتح ماي 2023', 'فاتح ماي 2023', '2023-05-01'],
    ['احتفل الليبيون بذكرى الفاتح من سبتمبر 1969', 'الفاتح من سبتمبر 1969', '1969-09-01'],
    ['تعقد الجلسة في الـ 25 من الشهر الجاري', '25 من الشهر الجاري', '2024-03-25'],
    ['يبدأ الموسم في العاشر من الشهر المقبل', 'العاشر من الشهر المقبل', '2024-04-10'],
    ['ارتفعت الأسعار في الشهر الثامن من العام الجاري', 'الشهر الثامن من العام الجاري', '2024-08'],
    ['ارتفعت الأسعار في الشهر الثامن من عام 2022', 'الشهر الثامن من عام 2022', '2022-08'],
    ['زادت الصادرات في شهر 3', 'شهر 3', '2024-03'],
    // the sentence's full stop after the number is no decimal point
    ['زادت الصادرات في شهر 3.', 'شهر 3', '2024-03'],
    ['زادت الصادرات في شهر 3. وتراجعت الواردات', 'شهر 3', '2024-03'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test.each([['قتل في الشهر الأول من الحرب'], ['حل في المركز الأول من أصل عشرين'], ['أول من وصل'], ['زادت الصادرات في شهر 3.5']])('no date: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('numeric dates without a four-digit year', () => {
  test.each([
    ['وصل الوفد في 22/4 إلى المدينة', '22/4', '2024-04-22'],
    ['وقع العقد بتاريخ 16/04/21 في جدة', '16/04/21', '2021-04-16'],
    ['بدأ المشروع في 2015/3 بتمويل أجنبي', '2015/3', '2015-03'],
    ['سجل المؤشر أدنى مستوياته في 3/2015 قبل أن يتعافى', '3/2015', '2015-03'],
    ['أعلنت الشركة نتائجها بتاريخ 12/2023 في بيان', '12/2023', '2023-12'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test.each([['صدر القرار 15/2020 عن المجلس'], ['بلغت النسبة 22/4 في الاستطلاع'], ['في 31/2 لا يوجد تاريخ'], ['في 13/2015 لا يوجد شهر'], ['صدر المرسوم 7/2019 بعد نقاش طويل']])('no date: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('month-first ranges', () => {
  test.each([
    ['تقام الدورة مايو 13 إلى 15 في الدوحة', 'مايو 13 إلى 15', '2024-05-13/2024-05-15'],
    ['تقام الدورة مايو 13-15، 2025 في الدوحة', 'مايو 13-15، 2025', '2025-05-13/2025-05-15'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test('a number after a month that counts stays a count', () => {
    expect(valuesIn('باع التاجر في مايو 13 سيارة', WEDNESDAY)).toEqual([['مايو', '2024-05']]);
  });
});

describe('years in words', () => {
  test.each([
    ['ولد الشاعر عام ألف وتسعمئة وتسعين', 'عام ألف وتسعمئة وتسعين', '1990'],
    ['تأسست الشركة في عام ألفين وعشرين', 'عام ألفين وعشرين', '2020'],
    ['بدأت الأزمة في ألفين وأربعة عشر', 'ألفين وأربعة عشر', '2014'],
    ['انتهى العقد سنة ألفين', 'سنة ألفين', '2000'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text)).toEqual([[written, value]]);
  });

  test('thousands that count stay a figure', () => {
    const result = extract('قتل ألفين وخمسين شخصا في الحرب');
    expect(result.dates).toEqual([]);
    expect(result.figures[0]).toMatchObject({ value: 2050 });
  });
});

describe('clock times without الساعة', () => {
  test.each([
    ['يبدأ الحفل في السابعة.', 'السابعة', '2024-03-13T07:00'],
    ['يبدأ الحفل في السابعة مساء', 'السابعة مساء', '2024-03-13T19:00'],
    ['وصل القطار عند الثامنة والنصف', 'الثامنة والنصف', '2024-03-13T08:30'],
    ['تستمر الجلسة حتى الخامسة إلا ربعا صباحا', 'الخامسة إلا ربعا صباحا', '2024-03-13T04:45'],
    ['وصل الموكب في السابعة وعشر دقائق', 'السابعة وعشر دقائق', '2024-03-13T07:10'],
    ['غادرت الطائرة في الثامنة وخمس وعشرين دقيقة', 'الثامنة وخمس وعشرين دقيقة', '2024-03-13T08:25'],
    ['يفتح المعرض أبوابه 7 مساء', '7 مساء', '2024-03-13T19:00'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test.each([['حل في الثالثة من عمره'], ['فاز الفريق في الجولة الثالثة'], ['ناقش المؤتمر في الثانية قضايا أخرى']])('an ordinal: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });

  test('a count before the part of day that heads a day stays a count', () => {
    const result = extract('قتل 7 مساء الجمعة في القصف', { referenceDate: WEDNESDAY });
    expect(result.figures.map((figure) => figure.value)).toEqual([7]);
    expect(result.dates.map((date) => date.text)).toEqual(['مساء الجمعة']);
  });
});

describe('parts of the day before or after a time, and ranges of hours', () => {
  test.each([
    ['يصل الوفد بعد الظهر الساعة 7', 'بعد الظهر الساعة 7', '2024-03-13T19:00', 'afternoon'],
    ['يعقد اللقاء الساعة 3 العصر', 'الساعة 3 العصر', '2024-03-13T15:00', 'afternoon'],
    ['يفتح المكتب بين 5 و6 مساء', '5 و6 مساء', '2024-03-13T17:00/2024-03-13T18:00', 'evening'],
    ['يفتح المكتب بين الخامسة والسادسة مساء', 'الخامسة والسادسة مساء', '2024-03-13T17:00/2024-03-13T18:00', 'evening'],
    ['تستمر من الساعة 9 إلى الساعة 11 صباحا', 'الساعة 9 إلى الساعة 11 صباحا', '2024-03-13T09:00/2024-03-13T11:00', 'morning'],
  ])('%s', (text, written, value, partOfDay) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.partOfDay]).toEqual([written, value, partOfDay]);
  });

  test('a range of hours is a range', () => {
    expect(onlyDate('يفتح المكتب بين 5 و6 مساء', WEDNESDAY).kind).toBe('range');
  });

  test('an end hour before the start hour is the next day’s', () => {
    // WEDNESDAY is 13 March 2024: seven in the evening to six in the morning ends on the 14th
    expect(valuesIn('يسري حظر التجول من السابعة مساء حتى السادسة صباحا.', WEDNESDAY)).toEqual([
      ['السابعة مساء حتى السادسة صباحا', '2024-03-13T19:00/2024-03-14T06:00'],
    ]);
    // across the end of a year
    expect(valuesIn('يغلق الجسر من 11 ليلا حتى 5 فجرا.', '2026-12-31')).toEqual([['11 ليلا حتى 5 فجرا', '2026-12-31T23:00/2027-01-01T05:00']]);
    // an end after the start stays on the same day; without a reference no day is known to move
    expect(valuesIn('تفتح المكاتب من 8 صباحا إلى 4 مساء.', WEDNESDAY)).toEqual([['8 صباحا إلى 4 مساء', '2024-03-13T08:00/2024-03-13T16:00']]);
    expect(valuesIn('يسري حظر التجول من السابعة مساء حتى السادسة صباحا.')).toEqual([
      ['السابعة مساء حتى السادسة صباحا', 'XXXX-XX-XXT19:00/XXXX-XX-XXT06:00'],
    ]);
  });

  test('a prayer after a day names its part', () => {
    const date = onlyDate('تبدأ الاحتفالات الجمعة بعد صلاة العشاء', WEDNESDAY);
    expect([date.text, date.partOfDay]).toEqual(['الجمعة بعد صلاة العشاء', 'night']);
  });

  test('two numbers between which stands no part of day are no hours', () => {
    expect(datesIn('تراوحت الأعمار بين 5 و6 سنوات', WEDNESDAY)).toEqual([]);
  });
});

describe('Hijri months without a day', () => {
  test.each([
    ['يكثر الزوار خلال شهر رمضان', 'شهر رمضان', '2024-03-11/2024-04-09'],
    ['تنتهي الأعمال مطلع شوال', 'مطلع شوال', '2024-04-10/2024-05-08'],
    ['ارتفعت الأسعار في رمضان الماضي', 'رمضان الماضي', '2023-03-23/2023-04-20'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });
});

describe('holidays', () => {
  test.each([
    ['يحل عيد الفطر بعد أسابيع', 'عيد الفطر', '2024-04-10'],
    ['يسافر الحجاج قبل عيد الأضحى المقبل', 'عيد الأضحى المقبل', '2024-06-16'],
    ['ذبحت الأضاحي في عيد الأضحى 1444هـ', 'عيد الأضحى 1444هـ', '2023-06-28'],
    ['تعطل الدوائر في رأس السنة الهجرية', 'رأس السنة الهجرية', '2024-07-07'],
    ['احتفلت المدينة بذكرى المولد النبوي', 'ذكرى المولد النبوي', '2023-09-27'],
    ['يصوم كثيرون يوم عاشوراء', 'يوم عاشوراء', '2024-07-16'],
    ['صام الحجاج يوم عرفة', 'يوم عرفة', '2024-06-15'],
    ['تعطل المدارس في رأس السنة الميلادية', 'رأس السنة الميلادية', '2024-01-01'],
    ['زينت الكنائس في عيد الميلاد المجيد', 'عيد الميلاد المجيد', '2023-12-25'],
    // the days of the Hajj around عرفة, and the epithets any holiday may take
    ['يتوجه الحجاج إلى منى في يوم التروية', 'يوم التروية', '2024-06-14'],
    ['ينحر المضحون أضاحيهم يوم النحر', 'يوم النحر', '2024-06-16'],
    ['تغلق الأسواق أبوابها في عيد النحر', 'عيد النحر', '2024-06-16'],
    ['تزدحم الطرق عشية وقفة عرفة', 'وقفة عرفة', '2024-06-15'],
    ['تتبادل الأسر الزيارات في عيد الفطر السعيد', 'عيد الفطر السعيد', '2024-04-10'],
    ['ألقى الإمام خطبة في ذكرى المولد النبوي الشريف', 'ذكرى المولد النبوي الشريف', '2023-09-27'],
    // ب written on عيد (بعيد الفطر), and قبيل / بعيد `shortly before / after` in front of a name
    ['احتفل سكان القرية بعيد الفطر في الساحة', 'عيد الفطر', '2024-04-10'],
    // غرة and أول before the word for month too
    ['أعلنت الهيئة أن غرة شهر رمضان توافق الاثنين', 'غرة شهر رمضان', '2024-03-11'],
    ['وبعيد الأضحى المبارك تنتهي العطلة', 'عيد الأضحى المبارك', '2024-06-16'],
    ['وصلت الشحنة قبيل عيد الأضحى', 'عيد الأضحى', '2024-06-16'],
    ['ارتفعت أسعار اللحوم بعيد عيد الفطر', 'عيد الفطر', '2024-04-10'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toContainEqual([written, value]);
  });

  test('a birthday is no holiday', () => {
    expect(datesIn('احتفل الطفل بعيد ميلاده الخامس', WEDNESDAY)).toEqual([]);
  });

  test.each([
    // بعيد `far` before another word
    'تقع المزرعة بعيد عن الطريق الرئيسي',
    'يسكن في مكان بعيد عن أهله',
    'الحل ما زال بعيد المنال',
    // بعيد الميلاد is also `shortly after birth`, so عيد الميلاد is not read on ب
    'توفي الرضيع بعيد الميلاد بساعات',
    // ليلة القدر has no one date (the 27th of Ramadan by Sunni custom, the 23rd among Shia)
    'أحيا المصلون ليلة القدر في المسجد',
  ])('no holiday: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('parts of periods, seasons and decades', () => {
  test.each([
    ['تستأنف الدراسة أواخر الأسبوع', 'أواخر الأسبوع', '2024-W11', 'week'],
    ['يصدر التقرير في أواخر العام', 'أواخر العام', '2024', 'year'],
    ['تصرف الرواتب مطلع الشهر', 'مطلع الشهر', '2024-03', 'month'],
    ['تكتمل المرحلة منتصف 2025', 'منتصف 2025', '2025', 'year'],
    ['تراجعت المبيعات أواخر العام الماضي', 'أواخر العام الماضي', '2023', 'year'],
    ['بدأ البناء مطلع ديسمبر 2019', 'مطلع ديسمبر 2019', '2019-12', 'month'],
    ['اشتدت الحرارة الصيف الماضي', 'الصيف الماضي', '2023-06/2023-08', 'month'],
    ['يتوقع هطول الثلوج الشتاء المقبل', 'الشتاء المقبل', '2024-12/2025-02', 'month'],
    ['زار المدينة صيف 2021', 'صيف 2021', '2021-06/2021-08', 'month'],
    ['هاجر كثيرون في السبعينيات', 'السبعينيات', '1970/1979', 'year'],
    ['هاجر كثيرون في ثمانينيات القرن الماضي', 'ثمانينيات القرن الماضي', '1980/1989', 'year'],
    ['نمت المدينة في عشرينيات القرن الحالي', 'عشرينيات القرن الحالي', '2020/2029', 'year'],
    ['تضاعف الإنتاج خلال العقد الماضي', 'العقد الماضي', '2010/2019', 'year'],
    // centuries, relative or named, as ISO 8601 counts them (its 19 is 1900–1999), and their parts
    ['جفت البحيرة في أواخر القرن الماضي', 'أواخر القرن الماضي', '1900/1999', 'year'],
    ['تضاعف عدد السكان منذ مطلع القرن الحالي', 'مطلع القرن الحالي', '2000/2099', 'year'],
    ['يتوقع العلماء ارتفاع البحار خلال القرن المقبل', 'القرن المقبل', '2100/2199', 'year'],
    ['شيد الجسر في القرن التاسع عشر', 'القرن التاسع عشر', '1800/1899', 'year'],
    ['عرفت البلاد الطباعة في منتصف القرن الثامن عشر الميلادي', 'منتصف القرن الثامن عشر الميلادي', '1700/1799', 'year'],
    ['تغيرت الزراعة في القرن الحادي والعشرين', 'القرن الحادي والعشرين', '2000/2099', 'year'],
    ['انتشرت السكك الحديدية في القرن 19', 'القرن 19', '1800/1899', 'year'],
    ['بنيت القلعة في القرن الـ16', 'القرن الـ16', '1500/1599', 'year'],
    // two centuries in the dual: the years of both
    ['تطورت صناعة النسيج في القرنين 17 و18م', 'القرنين 17 و18م', '1600/1799', 'year'],
    ['عاش الرحالة في القرنين الثاني عشر والثالث عشر', 'القرنين الثاني عشر والثالث عشر', '1100/1299', 'year'],
    ['ازدهر الفن في القرنين الـ15 والـ16 الميلاديين', 'القرنين الـ15 والـ16 الميلاديين', '1400/1599', 'year'],
    ['وصل التجار إلى الميناء منذ القرن 8 م', 'القرن 8 م', '0700/0799', 'year'],
    ['ظهرت الكتابة هنا في القرن الأول للميلاد', 'القرن الأول للميلاد', '0001/0099', 'year'],
    ['ازدهرت التجارة في منتصف الثمانينيات', 'منتصف الثمانينيات', '1980/1989', 'year'],
    ['تراجعت الأسعار أوائل التسعينات', 'أوائل التسعينات', '1990/1999', 'year'],
    ['انهارت الصادرات في نهاية العقد الماضي', 'نهاية العقد الماضي', '2010/2019', 'year'],
    ['بلغت المداخيل 12 مليار درهم عند متم شهر يونيو 2023', 'متم شهر يونيو 2023', '2023-06', 'month'],
  ])('%s', (text, written, value, granularity) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.granularity]).toEqual([written, value, granularity]);
  });

  test.each([
    ['يكثر المطر في فصل الصيف'],
    ['احتفل السكان بنهاية العام'],
    ['انتهت الحرب في نهاية المطاف'],
    ['زرع الفلاح ثمانينيات'],
    // a century before Christ is given no year range; a century number is no year
    ['عاش الفيلسوف في القرن الخامس قبل الميلاد'],
    ['بني المعبد في القرن 3 ق.م'],
    ['حكمت الأسرة في القرنين الثاني والأول قبل الميلاد'],
    // two centuries must rise
    ['قارن الباحث القرنين 20 و19 في كتابه'],
    // القرن with no ordinal or anchor, and a number past the centuries
    ['لم يشهد القرن حدثا مثله'],
    // the period named before (نفسه، ذاته) where the text names none before it: not the current one
    ['وفي 20 من الشهر نفسه أعلنت النتائج'],
    ['تضاعفت الطلبات في الأيام الأولى من الشهر ذاته'],
    ['وأغلق المصنع أواخر العام نفسه'],
    ['وتراجعت الأسعار نهاية الشهر نفسه'],
    ['ذكر القرن 40 مرة في الكتاب'],
  ])('no date: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('a Hijri century, in its own years', () => {
  test.each([
    ['ازدهرت الترجمة في القرن الثالث الهجري', 'القرن الثالث الهجري', '0200/0299'],
    ['كتبت المخطوطة في القرن 7 هـ', 'القرن 7 هـ', '0600/0699'],
    ['انتشرت المدارس في القرنين السادس والسابع الهجريين', 'القرنين السادس والسابع الهجريين', '0500/0699'],
    ['بنيت المدرسة في مطلع القرن الرابع عشر الهجري', 'مطلع القرن الرابع عشر الهجري', '1300/1399'],
  ])('%s', (text, written, hijri) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.calendar, date.hijri, date.granularity]).toEqual([written, 'islamic', hijri, 'year']);
  });

  test('its days are the Gregorian days of those Hijri years', () => {
    // 1 Muharram 1300 AH fell on 12 November 1882, the last day of 1399 AH on 20 November 1979
    expect(onlyDate('بنيت المدرسة في القرن الرابع عشر الهجري', WEDNESDAY).value).toBe('1882-11-12/1979-11-20');
  });
});

describe('the Maghreb’s decade, العشرية', () => {
  test.each([
    ['تضاعفت ديون البلاد خلال العشرية الماضية', 'العشرية الماضية', '2010/2019'],
    ['يراهن المغرب على الطاقات المتجددة في العشرية المقبلة', 'العشرية المقبلة', '2030/2039'],
  ])('%s', (text, written, value) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value]).toEqual([written, value]);
  });

  test('not without an anchor, nor الأخيرة (the last ten years, no calendar decade)', () => {
    expect(datesIn('عاشت البلاد العشرية السوداء', WEDNESDAY)).toEqual([]);
    expect(datesIn('تراجع الاستثمار خلال العشرية الأخيرة', WEDNESDAY)).toEqual([]);
  });
});

describe('the weekend', () => {
  test.each([
    ['يزور الوزير المدينة في عطلة نهاية الأسبوع', 'عطلة نهاية الأسبوع', '2024-03-15/2024-03-16'],
    ['تستأنف الدراسة نهاية الأسبوع', 'نهاية الأسبوع', '2024-03-15/2024-03-16'],
    ['ازدحمت الشواطئ خلال إجازة نهاية الأسبوع الماضي', 'إجازة نهاية الأسبوع الماضي', '2024-03-08/2024-03-09'],
    ['تعقد المباراة في نهاية الأسبوع المقبل', 'نهاية الأسبوع المقبل', '2024-03-22/2024-03-23'],
  ])('Friday and Saturday where no country says otherwise: %s', (text, written, value) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.granularity]).toEqual([written, value, 'day']);
  });

  test('the article country picks the days (CLDR week data through Intl)', () => {
    const weekendIn = (text: string) => extract(text).dates.find((date) => date.text.includes('نهاية الأسبوع'))?.value;
    expect(weekendIn('الرباط - 13 مارس 2024 (خاص): يفتتح المعرض في عطلة نهاية الأسبوع.')).toBe('2024-03-16/2024-03-17');
    expect(weekendIn('تونس - 13 مارس 2024 (خاص): تزدحم الأسواق في عطلة نهاية الأسبوع.')).toBe('2024-03-16/2024-03-17');
    expect(weekendIn('القاهرة - 13 مارس 2024 (خاص): تزدحم الأسواق في عطلة نهاية الأسبوع.')).toBe('2024-03-15/2024-03-16');
    expect(weekendIn('الرياض - 13 مارس 2024 (خاص): تزدحم الأسواق في عطلة نهاية الأسبوع.')).toBe('2024-03-15/2024-03-16');
    // no dateline and no place: a Moroccan ministry says whose weekend it is
    expect(weekendIn('13 مارس 2024\nأعلنت وزارة التربية المغربية أن المدارس تغلق في عطلة نهاية الأسبوع.')).toBe('2024-03-16/2024-03-17');
  });

  test('late in the week, and the end of the week as an object, are no weekend', () => {
    expect(onlyDate('يصل الوفد أواخر الأسبوع', WEDNESDAY).value).toBe('2024-W11');
    expect(datesIn('احتفل العمال بنهاية الأسبوع', WEDNESDAY)).toEqual([]);
    expect(datesIn('تعطلت السيارة في نهاية الشارع', WEDNESDAY)).toEqual([]);
  });
});

describe('الآن', () => {
  test.each([
    ['يسري القرار اعتبارا من الآن', 'الآن'],
    ['لن نقبل أي تأخير من الآن فصاعدا', 'الآن'],
    ['تطبق القواعد الجديدة ابتداء من الآن', 'الآن'],
  ])('the point something runs from is the reference day: %s', (text, written) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.kind, date.granularity]).toEqual([written, '2024-03-13', 'relative', 'day']);
  });

  test.each([
    ['لم يعلن عن أي نتائج حتى الآن'],
    ['لم تصل المساعدات إلى الآن'],
    ['نحن نتحدث الآن عن مرحلة جديدة'],
    ['والآن ننتقل إلى الأخبار الرياضية'],
    ['لم يتغير شيء للآن'],
  ])('so far, or at this stage, is no day: %s', (text) => {
    expect(datesIn(text, WEDNESDAY)).toEqual([]);
  });
});

describe('a prayer or part of the day alone', () => {
  test.each([
    ['انطلقت المسيرة بعد صلاة العشاء', 'بعد صلاة العشاء', '2024-03-13', 'night'],
    ['أذن المؤذن ثم وصل الضيوف عقب صلاة المغرب', 'عقب صلاة المغرب', '2024-03-13', 'evening'],
    ['اقتحمت القوات البلدة قبيل الفجر', 'قبيل الفجر', '2024-03-13', 'night'],
    ['وصل الوفد إلى المطار بعد الظهر', 'بعد الظهر', '2024-03-13', 'afternoon'],
    ['يغلق السوق قبل الظهر', 'قبل الظهر', '2024-03-13', 'morning'],
    ['ازدحمت الشوارع قبل أذان المغرب', 'قبل أذان المغرب', '2024-03-13', 'afternoon'],
    ['خرج المصلون في مسيرة عقب صلاة الجمعة', 'عقب صلاة الجمعة', '2024-03-08', 'afternoon'],
    ['ستخرج مسيرة عقب صلاة الجمعة', 'عقب صلاة الجمعة', '2024-03-15', 'afternoon'],
  ])('%s', (text, written, value, partOfDay) => {
    const date = onlyDate(text, WEDNESDAY);
    expect([date.text, date.value, date.granularity, date.partOfDay]).toEqual([written, value, 'day', partOfDay]);
  });

  test('a part of day alone is a time of the reference day, null without one', () => {
    expect(onlyDate('انطلقت المسيرة بعد صلاة العشاء', WEDNESDAY).kind).toBe('time');
    expect(parseDate('انطلقت المسيرة بعد صلاة العشاء')?.value ?? null).toBeNull();
  });

  test('with the day it governs, one mention of that day', () => {
    const date = onlyDate('تبدأ الاحتفالات بعد صلاة المغرب يوم الخميس', WEDNESDAY);
    expect([date.text, date.value, date.partOfDay]).toEqual(['بعد صلاة المغرب يوم الخميس', '2024-03-07', 'evening']);
  });

  test('after a day or date written beside it, its day', () => {
    const dates = datesIn('وصل الوفد في 10 مارس، بعد صلاة المغرب', WEDNESDAY);
    expect(dates.map((date) => [date.text, date.value])).toEqual([['10 مارس', '2024-03-10'], ['بعد صلاة المغرب', '2024-03-10']]);
  });

  test.each([
    ['حلت تونس في المرتبة الثانية بعد المغرب'],
    ['عاش الإنسان في الكهوف قبل العصر الحجري'],
    ['تغير العالم بعد العصر الصناعي'],
    ['عاد الطلاب بعد الجمعة إلى مدارسهم'],
  ])('no prayer: %s', (text) => {
    expect(datesIn(text, WEDNESDAY).filter((date) => date.partOfDay !== undefined)).toEqual([]);
  });
});

describe('parseDates', () => {
  test('every date in text order, resolved like extract', () => {
    const dates = parseDates('وصل الوزير أمس وغادر الأحد المقبل بعد لقاء 3 مارس', { referenceDate: WEDNESDAY });
    expect(dates.map((date) => [date.text, date.value])).toEqual([
      ['أمس', '2024-03-12'],
      ['الأحد المقبل', '2024-03-17'],
      ['3 مارس', '2024-03-03'],
    ]);
    expect(parseDate('وصل الوزير أمس وغادر الأحد', { referenceDate: WEDNESDAY })).toEqual(dates[0]);
  });

  test('an empty array for text with no date, and typed errors for bad input', () => {
    expect(parseDates('لا تاريخ هنا')).toEqual([]);
    expect(() => parseDates(5 as unknown as string)).toThrow(TypeError);
    expect(() => parseDates('أمس', { referenceDate: 'not a date' })).toThrow(RangeError);
  });
});
