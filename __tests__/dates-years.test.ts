import { parseDate } from '../src/dates/parse-date';
import { datesIn, onlyDate, recognize, valuesIn } from './dates-helpers';

describe('years with markers', () => {
  test.each([
    ['تأسست الجمعية عام 1998 في المدينة.', 'عام 1998', '1998'],
    ['انتهت الحرب في العام 2003 رسميا.', 'العام 2003', '2003'],
    ['ارتفع الدين سنة 2021 إلى مستوى قياسي.', 'سنة 2021', '2021'],
    ['سجلت الشركة خسائر في 2020 بسبب الإغلاق.', '2020', '2020'],
    ['تحسن الاقتصاد منذ 2014 تدريجيا.', '2014', '2014'],
    ['بني المسجد 1890م على الطراز القديم.', '1890م', '1890'],
    ['صدر الكتاب 2021ء عن دار النشر.', '2021ء', '2021'],
    ['أعيد افتتاح السوق 2019 م بعد الترميم.', '2019 م', '2019'],
  ])('%s', (sentence, text, value) => {
    const date = onlyDate(sentence);
    expect([date.text, date.value, date.granularity, date.kind]).toEqual([text, value, 'year', 'date']);
  });

  test('the era as the year noun\'s adjective, before the number', () => {
    const hijri = onlyDate('تغيرت المواعيد في العام الهجري 1446 كله.');
    expect([hijri.text, hijri.value, hijri.hijri]).toEqual(['العام الهجري 1446', '2024-07-07/2025-06-25', '1446']);
    expect(onlyDate('تبدأ السنة الميلادية 2025 بعد أيام.')).toMatchObject({ text: 'السنة الميلادية 2025', value: '2025' });
  });

  test('a Gregorian month with a Hijri year takes no year from it', () => {
    // 1445هـ is a Hijri year of its own; March of the Gregorian year 1445 was read before
    expect(valuesIn('وفي مارس 1445هـ وقع الحادث.', '2026-12-05').map(([text]) => text)).toEqual(['مارس', '1445هـ']);
    expect(valuesIn('وفي مارس 1445هـ وقع الحادث.', '2026-12-05').some(([, value]) => value?.startsWith('1445-'))).toBe(false);
  });

  test('a year noun with a proclitic leaves the proclitic out', () => {
    expect(onlyDate('اعتمدت الخطة لعام 2024 بالإجماع.').text).toBe('عام 2024');
  });

  test('a year after a bare clause-final word is a year', () => {
    expect(valuesIn('خسر المنتخب أمام السنغال 2002، ثم فاز عليها لاحقا.')).toEqual([['2002', '2002']]);
  });
});

describe('numbers that are figures, not years', () => {
  test('a count followed by its noun', () => {
    expect(valuesIn('تضم القوة 1960 عسكريا و90 عربة مدرعة.')).toEqual([]);
  });

  test('a count before a full stop after a count cue', () => {
    expect(valuesIn('وارتفع عدد المصابين إلى 2000.')).toEqual([]);
  });

  test('a year-like number in a title is not taken bare', () => {
    expect(valuesIn('أطلقت الحكومة برنامج (رؤية 2030) للتنمية.')).toEqual([]);
  });

  test('a small number after في is not a year', () => {
    expect(valuesIn('شارك في 45 مباراة دولية.')).toEqual([]);
  });
});

describe('the letter م after a short number: metres, unless time says era', () => {
  // م is both the era (ميلادي) and metres; a number of fewer than four digits with it is a year
  // only after a year noun or a preposition of time
  test.each([
    'حطم العداء الرقم في سباق 100م حرة.',
    'يبلغ طول الجسر الجديد 300 م فقط.',
    'سبحت البطلة 50م في زمن قياسي.',
    'يرتفع البرج 828 م فوق سطح البحر.',
  ])('no year in: %s', (sentence) => {
    expect(valuesIn(sentence)).toEqual([]);
  });
  test.each([
    ['بنيت القلعة سنة 15م على التل.', '15م', '0015'],
    ['سكن الرومان المدينة منذ 300م تقريبا.', '300م', '0300'],
    ['ولد الشاعر 1870م في بغداد.', '1870م', '1870'],
    ['دخل الإسلام المنطقة عام 700م.', 'عام 700م', '0700'],
  ])('a year in: %s', (sentence, text, value) => {
    expect(valuesIn(sentence)).toEqual([[text, value]]);
  });
});

describe('ranges', () => {
  test('11-12 نوفمبر is one range', () => {
    const date = onlyDate('عقدت المشاورات في 11-12 نوفمبر بالعاصمة.', '2020-11-16');
    expect([date.text, date.value, date.kind, date.granularity]).toEqual(['11-12 نوفمبر', '2020-11-11/2020-11-12', 'range', 'day']);
  });

  test('من 5 إلى 7 مارس', () => {
    expect(valuesIn('يقام المعرض من 5 إلى 7 مارس 2023 في الدوحة.')).toEqual([['5 إلى 7 مارس 2023', '2023-03-05/2023-03-07']]);
  });

  test('بين 5 و7 مارس', () => {
    expect(valuesIn('تجرى الامتحانات بين 5 و7 مارس 2023 في كل المدارس.')).toEqual([['5 و7 مارس 2023', '2023-03-05/2023-03-07']]);
  });

  test('a year range with an en dash', () => {
    const date = onlyDate('شهدت المنطقة جفافا في الفترة 2018 – 2021 دون انقطاع.');
    expect([date.text, date.value, date.kind, date.granularity]).toEqual(['2018 – 2021', '2018/2021', 'range', 'year']);
  });

  test('بين 2020 و2022 with quotation marks inside', () => {
    expect(valuesIn('وقعت الاتفاقات في الفترة بين “2015 و2017 ” برعاية دولية.')).toEqual([['2015 و2017', '2015/2017']]);
  });

  test('من 2010 إلى 2015', () => {
    expect(valuesIn('تولى المنصب من 2010 إلى 2015 دون انقطاع.')).toEqual([['2010 إلى 2015', '2010/2015']]);
  });

  test('full dates on both sides; the start takes the end year', () => {
    expect(valuesIn('تستمر الحملة من 20 ديسمبر حتى 10 يناير 2022 في كل المحافظات.')).toEqual([
      ['20 ديسمبر حتى 10 يناير 2022', '2021-12-20/2022-01-10'],
    ]);
  });

  test('a backwards pair is not a range', () => {
    expect(valuesIn('سجلت النتيجة 2022-2020 في الجدول.')).toEqual([]);
  });
});

describe('contract and options', () => {
  test('dates come in text order with exact offsets (checked by the helper)', () => {
    const dates = datesIn('في 3 يناير 2020 وصل الوفد، وفي 2021 عاد، وأمس غادر.', '2022-03-16');
    expect(dates.map((d) => d.text)).toEqual(['3 يناير 2020', '2021', 'أمس']);
  });

  test('diacritics and tatweel inside a date keep the original text', () => {
    const date = onlyDate('وَصَلَ فِي ٩ نُوفَمْبَر ٢٠٢٠ الوَفْدُ.');
    expect([date.text, date.value]).toEqual(['٩ نُوفَمْبَر ٢٠٢٠', '2020-11-09']);
  });

  test('Persian digits', () => {
    expect(onlyDate('وقع في ۱۲ مايو ۲۰۱۸ اتفاق.').value).toBe('2018-05-12');
  });

  test('a proclitic on a month name after a day is kept inside the mention', () => {
    expect(onlyDate('سقط المطر بغزارة في 3 من شباط 2021.').text).toBe('3 من شباط 2021');
  });

  test('every truncation of a date-rich text is handled (no read past the last token)', () => {
    const text = 'الإثنين، 16 نوفمبر/تشرين الثاني 2020 09:30 م بتوقيت مكة المكرمة، اليوم الأحد 5 و7 مارس أول أمس 1442 هـ';
    for (let end = 0; end <= text.length; end++) expect(() => datesIn(text.slice(0, end), '2020-11-16')).not.toThrow();
  });

  test('recognition is deterministic', () => {
    const text = 'الإثنين 2 مايو 2022 - 09:00 بتوقيت بيروت\nقال الوزير أمس إن الاجتماع المقبل في 12 يونيو.';
    expect(recognize(text)).toEqual(recognize(text));
  });

  test('an invalid referenceDate throws a RangeError that says so', () => {
    expect(() => recognize('أمس', new Date('x'))).toThrow(RangeError);
    expect(() => recognize('أمس', 'not a date')).toThrow(/referenceDate/);
    expect(() => recognize('أمس', '2021-02-30')).toThrow(RangeError);
  });
});

describe('parseDate', () => {
  test('parses the first date in a string', () => {
    expect(parseDate('الأحد 27 سبتمبر 2020')).toEqual({
      text: 'الأحد 27 سبتمبر 2020',
      start: 0,
      end: 20,
      value: '2020-09-27',
      kind: 'date',
      granularity: 'day',
      calendar: 'gregory',
    });
  });

  test('resolves against a referenceDate given as a Date', () => {
    expect(parseDate('أول أمس', { referenceDate: new Date(Date.UTC(2021, 0, 1)) })?.value).toBe('2020-12-30');
  });

  test('returns null for text with no date', () => {
    expect(parseDate('لا شيء هنا سوى كلمات')).toBeNull();
  });

  test('throws a TypeError for a non-string', () => {
    expect(() => parseDate(42 as unknown as string)).toThrow(TypeError);
  });

  test('throws a RangeError for an invalid referenceDate', () => {
    expect(() => parseDate('أمس', { referenceDate: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('a bare year after a word of a starting point and من', () => {
  it.each([
    ['اعتبارا من', 'وقعت قطر اتفاقية لتوريد الغاز المسال لمدة 27 عاما اعتبارا من 2026', '2026'],
    ['ابتداء من, the clause going on', 'ويطبق القانون الجديد ابتداء من 2025 على جميع الشركات', '2025'],
  ])('%s', (_name, text, year) => {
    expect(valuesIn(text, '2024-03-14')).toEqual([[year, year]]);
  });

  it('not after من alone before a count', () => {
    expect(valuesIn('وارتفع عدد المسجلين إلى أكثر من 2000 طالب', '2024-03-14')).toEqual([]);
  });
});

describe('a year without an era takes the one written on the year joined right after it', () => {
  it('a range after بين عامي', () => {
    const [date] = datesIn('وارتفع عدد الحجاج بين عامي 1440 و1445 هـ بنسبة كبيرة', '2024-03-14');
    expect([date!.text, date!.calendar, date!.hijri]).toEqual(['عامي 1440 و1445 هـ', 'islamic', '1440/1445']);
  });

  it('a pair after عامي: two Hijri years', () => {
    const dates = datesIn('وأقيمت المسابقة في عامي 1440 و1445 للهجرة', '2024-03-14');
    expect(dates.map((date) => [date.text, date.calendar, date.hijri])).toEqual([
      ['عامي 1440', 'islamic', '1440'],
      ['1445 للهجرة', 'islamic', '1445'],
    ]);
  });

  it('no era after: the Gregorian years', () => {
    expect(valuesIn('وتضاعفت الصادرات خلال عامي 2022 و2023', '2024-03-14')).toEqual([
      ['عامي 2022', '2022'],
      ['2023', '2023'],
    ]);
  });
});
