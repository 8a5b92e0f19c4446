import { datesIn, onlyDate, valuesIn } from './dates-helpers';

const REFERENCE = '2022-03-16';

describe('digit clock times', () => {
  test('م makes an afternoon hour 24-hour', () => {
    const date = onlyDate('انطلقت الرحلة عند 04:45 م من المطار.', REFERENCE);
    expect([date.text, date.value, date.kind, date.granularity]).toEqual(['04:45 م', '2022-03-16T16:45', 'time', 'minute']);
  });

  test('ص keeps a morning hour and makes 12 midnight', () => {
    expect(valuesIn('فتحت الأبواب 07:05 ص وأغلقت 12:30 ص.', REFERENCE)).toEqual([
      ['07:05 ص', '2022-03-16T07:05'],
      ['12:30 ص', '2022-03-16T00:30'],
    ]);
  });

  test('a 24-hour clock after a date joins it', () => {
    expect(valuesIn('تحديث: 3 مارس 2022 - 18:20', REFERENCE)).toEqual([['3 مارس 2022 - 18:20', '2022-03-03T18:20']]);
  });

  test('a time with no day and no reference keeps XXXX-XX-XX', () => {
    expect(onlyDate('يبدأ البث عند 21:00 مباشرة.').value).toBe('XXXX-XX-XXT21:00');
  });

  test('a score is not a time', () => {
    expect(valuesIn('انتهت المباراة بنتيجة 2:1 لصالح الضيوف.', REFERENCE)).toEqual([]);
  });

  test('Arabic-Indic digits', () => {
    expect(valuesIn('أقلعت الطائرة الساعة ١٠:١٥ صباحاً.', REFERENCE)).toEqual([['الساعة ١٠:١٥ صباحاً', '2022-03-16T10:15']]);
  });
});

describe('spoken hours after الساعة', () => {
  test.each([
    ['يبدأ الحظر الساعة الواحدة ظهراً في كل المدن.', 'الساعة الواحدة ظهراً', '2022-03-16T13:00', 'noon'],
    ['وصل الموكب الساعة العاشرة صباحاً إلى القصر.', 'الساعة العاشرة صباحاً', '2022-03-16T10:00', 'morning'],
    ['انطلقت المسيرة الساعة السابعة مساءً من الساحة.', 'الساعة السابعة مساءً', '2022-03-16T19:00', 'evening'],
    ['سمع دوي انفجار الساعة الحادية عشرة ليلاً قرب الميناء.', 'الساعة الحادية عشرة ليلاً', '2022-03-16T23:00', 'night'],
    ['استيقظ السكان الساعة الثانية ليلاً على الهزة.', 'الساعة الثانية ليلاً', '2022-03-16T02:00', 'night'],
    ['عقدت الجلسة الساعة الثالثة والنصف عصراً في المجلس.', 'الساعة الثالثة والنصف عصراً', '2022-03-16T15:30', 'afternoon'],
    ['تغلق المحلات الساعة التاسعة إلا ربعا مساء كل يوم.', 'الساعة التاسعة إلا ربعا مساء', '2022-03-16T20:45', 'evening'],
    ['يبدأ الاجتماع الساعة الثانية عشرة ظهراً بتوقيت مكة المكرمة.', 'الساعة الثانية عشرة ظهراً بتوقيت مكة المكرمة', '2022-03-16T12:00+03:00', 'noon'],
  ])('%s', (sentence, text, value, partOfDay) => {
    const date = onlyDate(sentence, REFERENCE);
    expect([date.text, date.value, date.partOfDay]).toEqual([text, value, partOfDay]);
  });

  test('a digit hour after الساعة', () => {
    expect(valuesIn('يفتح المعبر الساعة 8 صباحا يوميا.', REFERENCE)).toEqual([['الساعة 8 صباحا', '2022-03-16T08:00']]);
  });

  test('الساعة with no hour after it is not a time', () => {
    expect(valuesIn('تابعوا أخبار الساعة على موقعنا.', REFERENCE)).toEqual([]);
  });

  test('منتصف الليل', () => {
    expect(valuesIn('يبدأ حظر التجول عند منتصف الليل.', REFERENCE)).toEqual([['منتصف الليل', '2022-03-16T00:00']]);
  });

  test('a time right after a date takes that date, as its own mention', () => {
    expect(valuesIn('دخلت الهدنة حيز التنفيذ في 5 من نيسان الساعة السادسة صباحاً.', REFERENCE)).toEqual([
      ['5 من نيسان', '2022-04-05'],
      ['الساعة السادسة صباحاً', '2022-04-05T06:00'],
    ]);
  });

  test('a time right after أمس takes yesterday', () => {
    expect(valuesIn('توقف القصف أمس عند الساعة الخامسة مساء.', REFERENCE)).toEqual([
      ['أمس', '2022-03-15'],
      ['الساعة الخامسة مساء', '2022-03-15T17:00'],
    ]);
  });
});

describe('time zones', () => {
  test('Tehran in September 2020 (standard time): +03:30', () => {
    expect(onlyDate('بدأ البث 18:10 بتوقيت طهران.', '2020-09-27').value).toBe('2020-09-27T18:10+03:30');
  });

  test('Tehran in July 2020 (daylight time then): +04:30', () => {
    const date = onlyDate('بدأ البث 18:10 بتوقيت طهران.', '2020-07-01');
    expect([date.value, date.timeZone]).toEqual(['2020-07-01T18:10+04:30', 'Asia/Tehran']);
  });

  test('Cairo follows daylight saving in 2023: +02:00 in January, +03:00 in July', () => {
    expect(onlyDate('تقلع الطائرة 09:00 بتوقيت القاهرة.', '2023-01-15').value).toBe('2023-01-15T09:00+02:00');
    expect(onlyDate('تقلع الطائرة 09:00 بتوقيت القاهرة.', '2023-07-15').value).toBe('2023-07-15T09:00+03:00');
  });

  test('Beirut and Jerusalem in summer and winter', () => {
    expect(onlyDate('تبدأ الجلسة 14:00 بتوقيت بيروت.', '2022-08-01').value).toBe('2022-08-01T14:00+03:00');
    expect(onlyDate('تبدأ الجلسة 14:00 بتوقيت القدس.', '2022-12-01').value).toBe('2022-12-01T14:00+02:00');
  });

  test('Moscow had summer time in 2010: +04:00', () => {
    expect(onlyDate('أعلن الكرملين النبأ 11:30 بتوقيت موسكو.', '2010-07-01').value).toBe('2010-07-01T11:30+04:00');
  });

  test('Greenwich, with a proclitic on توقيت and GMT written alone', () => {
    expect(valuesIn('تنطلق المهمة 06:00 بتوقيت غرينتش وتنتهي 10:00 GMT.', REFERENCE)).toEqual([
      ['06:00 بتوقيت غرينتش', '2022-03-16T06:00+00:00'],
      ['10:00 GMT', '2022-03-16T10:00+00:00'],
    ]);
  });

  test('a zone in parentheses', () => {
    expect(onlyDate('يبدأ التصويت 07:00 (بتوقيت مكة المكرمة) في كل المراكز.', REFERENCE).text).toBe('07:00 (بتوقيت مكة المكرمة)');
  });

  test('local time is taken in but has no zone', () => {
    const date = onlyDate('تفتح المراكز 08:00 بالتوقيت المحلي.', REFERENCE);
    expect([date.text, date.value, date.timeZone]).toEqual(['08:00 بالتوقيت المحلي', '2022-03-16T08:00', undefined]);
  });

  test('a zone with no resolvable day keeps the zone but no offset', () => {
    const date = onlyDate('تبدأ المباراة 20:00 بتوقيت موسكو.');
    expect([date.value, date.timeZone]).toEqual(['XXXX-XX-XXT20:00', 'Europe/Moscow']);
  });

  test('a dateline with a zone gives the offset of that day', () => {
    const dates = datesIn('السبت 1 يوليو 2023 - 08:15 بتوقيت القاهرة\nنص الخبر.');
    expect(dates.map((d) => d.value)).toEqual(['2023-07-01T08:15+03:00']);
  });
});

describe('a clock time after على, as the Maghreb writes it', () => {
  it('takes the day written before it', () => {
    expect(valuesIn('ويغلق باب الترشح يوم 30 مارس على الساعة العاشرة صباحا', '2024-03-14')).toEqual([
      ['يوم 30 مارس', '2024-03-30'],
      ['الساعة العاشرة صباحا', '2024-03-30T10:00'],
    ]);
  });

  it('not across other words', () => {
    expect(valuesIn('وأعلن يوم 30 مارس عطلة على أن تبدأ الدراسة الساعة العاشرة صباحا', '2024-03-14')).toEqual([
      ['يوم 30 مارس', '2024-03-30'],
      ['الساعة العاشرة صباحا', '2024-03-14T10:00'],
    ]);
  });
});

describe('a country in a time phrase, by its CLDR name', () => {
  it.each([
    ['بتوقيت مصر', 'تبدأ المباراة في الساعة 8 مساء بتوقيت مصر', '2024-03-14T20:00+02:00'],
    ['حسب توقيت العراق', 'وتفتح مراكز الاقتراع الساعة 7 صباحا حسب توقيت العراق', '2024-03-14T07:00+03:00'],
    ['a capital that shares the country’s name', 'ويبدأ البث الساعة 9 صباحا بتوقيت الكويت', '2024-03-14T09:00+03:00'],
  ])('%s', (_name, text, value) => {
    expect(valuesIn(text, '2024-03-14').at(-1)?.[1]).toBe(value);
  });
});
