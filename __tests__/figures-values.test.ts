// Values that used to come out wrong (issue 17): each with the reading it must give and a near
// miss that must stay as it was.
import { parseNumber } from '../src/figures/parse-number';
import { figuresIn, onlyFigure } from './figures-helpers';

describe('a fraction after a multiplier or a hundred is a fraction of it', () => {
  test.each([
    ['رصدت الحكومة مليارا ونصف المليار للمشروع', 'مليارا ونصف المليار', 1.5e9],
    ['تبرع رجل الأعمال بمليون ونصف لصندوق الإغاثة', 'مليون ونصف', 1.5e6],
    ['اشترت البلدية مئة ونصف طن من الإسمنت', 'مئة ونصف', 150],
    ['وزعت الجمعية مئتين ونصف سلة غذائية', 'مئتين ونصف', 250],
  ])('%s', (text, written, value) => {
    expect(figuresIn(text)[0]).toMatchObject({ text: written, value });
  });

  test('the fraction of a unit stays a fraction of one', () => {
    expect(parseNumber('ثلاثة ونصف')).toBe(3.5);
    expect(parseNumber('مئة وخمسة ونصف')).toBe(105.5);
  });

  test('ألفا before a noun is still the dual construct', () => {
    expect(onlyFigure('وصل ألفا متطوع إلى المخيم')).toMatchObject({ value: 2000 });
  });

  test('the currency after the repeated multiplier belongs to the figure', () => {
    expect(onlyFigure('بلغ العجز مليارا ونصف المليار دينار')).toMatchObject({ value: 1.5e9, unit: 'دينار', kind: 'money' });
  });
});

describe('ألفا, مليونا, مليارا: the accusative singular unless a noun it counts follows', () => {
  test.each([
    // more of the number after it: one thousand, million or billion
    ['بلغت الخسائر مليارا و200 مليون دولار', 'مليارا و200 مليون دولار', 1.2e9],
    ['جمعت الحملة مليونا و500 ألف ريال', 'مليونا و500 ألف ريال', 1.5e6],
    ['سجلت البلدية ألفا و200 مخالفة', 'ألفا و200', 1200],
    ['رصدت الوزارة مليارا ومئتي مليون درهم', 'مليارا ومئتي مليون درهم', 1.2e9],
    // nothing it counts after it
    ['تجاوز عدد النازحين مليونا.', 'مليونا', 1e6],
    ['حضر ألفا من المشجعين', 'ألفا', 1000],
    // a noun it counts after it: the dual construct
    ['نشرت الولايات المتحدة ألفا جندي إضافي', 'ألفا', 2000],
    ['قتل ألفا شخص في الزلزال', 'ألفا', 2000],
  ])('%s', (text, written, value) => {
    expect(figuresIn(text)[0]).toMatchObject({ text: written, value });
  });
});

describe('digits written before the word for hundred', () => {
  test.each([
    ['٣ مئة', 300],
    ['7 مائة', 700],
    ['٤ آلاف و٣ مئة', 4300],
    ['2 ألف و5 مئة وعشرون', 2520],
  ])('%s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('a decimal or a number past nine is not multiplied', () => {
    expect(figuresIn('حضر 15 مئة شخص').map((figure) => figure.value)).not.toContain(1500);
    expect(parseNumber('2.5 مئة')).toBe(2.5);
  });
});

describe('digits and the words that carry them on', () => {
  // a digits token is read alone unless the word after it can carry the number on: each of these
  // must still reach the grammar
  test.each([
    ['3 فاصلة 5', 3.5],
    ['3 على 4', 0.75],
    ['2 مليون', 2e6],
    ['3 آلاف و500', 3500],
    ['1 500', 1500],
    ['1e6', 1e6],
  ])('%s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('any other word, a mark or the end leaves the digits alone', () => {
    expect(parseNumber('15 شخصا')).toBe(15);
    expect(parseNumber('7 م')).toBe(7);
    expect(parseNumber('5، 6')).toBe(5);
    expect(parseNumber('5 و6')).toBe(5);
    expect(parseNumber('42')).toBe(42);
  });
});

describe('negated comparatives bound the other way', () => {
  test.each([
    ['يحتاج المشروع لا أقل من 40 مهندسا', 'at-least'],
    ['المطلوب ليس أقل من 12 متطوعا', 'at-least'],
    ['تستوعب القاعة لا أكثر من 300 شخص', 'at-most'],
    ['يسمح بدخول ليس أكثر من 50 زائرا', 'at-most'],
  ])('%s', (text, approx) => {
    expect(onlyFigure(text).approx).toBe(approx);
  });

  test('without the negation the comparative keeps its sense', () => {
    expect(onlyFigure('حضر أقل من 40 مهندسا').approx).toBe('less-than');
    expect(onlyFigure('حضر أكثر من 300 شخص').approx).toBe('more-than');
  });
});

describe('a weekday spelt like a numeral is never a figure', () => {
  test.each([
    ['تعقد اللجنة اجتماعها يوم الاثنين'],
    ['يفتح السوق كل اثنين وخميس'],
    ['يغلق المتحف كل أحد'],
    ['وصل الوفد صباح الاثنين إلى المطار'],
  ])('%s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  test('parseNumber reads no number in a weekday', () => {
    expect(parseNumber('الاثنين')).toBeNull();
    expect(parseNumber('يوم الإثنين')).toBeNull();
  });

  test('اثنين counts where the grammar counts', () => {
    expect(onlyFigure('اعتقلت الشرطة اثنين من المشتبه بهم')).toMatchObject({ value: 2, noun: 'المشتبه' });
    expect(parseNumber('اثنين')).toBe(2);
  });
});

describe('minus signs and leading decimal points', () => {
  test.each([
    ['انخفضت الحرارة إلى -3.5 في الليل', '-3.5', -3.5],
    ['سجل المؤشر −2 عند الإغلاق', '−2', -2],
    ['بلغ معامل الارتباط .75 في الدراسة', '.75', 0.75],
    ['بلغ معامل الارتباط ٫٧٥ في الدراسة', '٫٧٥', 0.75],
    ['بلغ المعدل .05 فقط', '.05', 0.05],
  ])('%s', (text, written, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value });
  });

  test('parseNumber keeps the sign and the leading point', () => {
    expect(parseNumber('-3.5')).toBe(-3.5);
    expect(parseNumber('−2')).toBe(-2);
    expect(parseNumber('.75')).toBe(0.75);
  });

  test('a dash between numbers or after a name is no sign', () => {
    expect(onlyFigure('يتراوح العدد بين 5-10 أشخاص')).toMatchObject({ min: 5, max: 10 });
    expect(figuresIn('انتشر فيروس كوفيد-19 في المدينة')).toEqual([]);
    expect(onlyFigure('انتهت المباراة.75 متفرجا غادروا')).toMatchObject({ value: 75 });
  });
});

describe('points in a sequence are not counts', () => {
  test.each([
    ['سجل المهاجم في الدقيقة 78 من المباراة'],
    ['فاز الفريق في الجولة الثالثة من البطولة'],
    // a floor, a gate
    ['يسكن الموظف في الطابق 12 من العمارة'],
    ['يقع المطعم في الطابق الـ20 من البرج'],
    ['تجمع المسافرون عند البوابة 7 في المطار'],
  ])('%s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  test('minutes of a match named in the dual are points too; the goals counted by the dual are a figure', () => {
    expect(figuresIn('أضاف هدفين في الدقيقتين 12 و55').map((f) => [f.text, f.value])).toEqual([['هدفين', 2]]);
  });

  test('without the article the same nouns count, or are counted', () => {
    expect(onlyFigure('اشترت المدرسة مجموعة 5 أجهزة جديدة')).toMatchObject({ value: 5, noun: 'أجهزة جديدة' });
    // a group is no point in a sequence: its number may grow
    expect(onlyFigure('تتوقع المؤسسة نمو المجموعة بثلاثة أضعاف')).toMatchObject({ value: 3 });
    expect(onlyFigure('يضم المبنى الجديد 12 طابقا')).toMatchObject({ value: 12, noun: 'طابقا' });
    // a price per kilo: the kilo is no point in a sequence
    expect(onlyFigure('ارتفع سعر الكيلو 50 جنيها في الأسواق')).toMatchObject({ value: 50, kind: 'money' });
    expect(figuresIn('صعد إلى الطابق 30 بالمصعد ثم نزل 5 طوابق').map((f) => [f.value, f.noun])).toEqual([[5, 'طوابق']]);
  });

  test('minutes counted are a duration', () => {
    expect(onlyFigure('استمر الاجتماع 78 دقيقة')).toMatchObject({ value: 78, unit: 'minute', kind: 'duration' });
  });
});

describe('a score written with a tatweel for its dash', () => {
  test('each side is a figure', () => {
    expect(figuresIn('فاز النادي 3ـ2 على ضيفه').map((figure) => [figure.text, figure.value])).toEqual([
      ['3', 3],
      ['2', 2],
    ]);
  });

  test('a tatweel elsewhere in a word changes nothing', () => {
    expect(onlyFigure('شارك 12 لاعبـا في التدريب').value).toBe(12);
  });
});

describe('a number inside a quoted title counts nothing outside the quotes', () => {
  test('the year in a tournament name is no count', () => {
    expect(figuresIn('شارك المنتخب في «بطولة آسيا 2027» مبكرا')).toEqual([]);
  });

  test('a number quoted alone still takes its noun', () => {
    expect(onlyFigure('وصل “1200” لاجئا إلى الحدود')).toMatchObject({ value: 1200, noun: 'لاجئا' });
  });
});

describe('ب before a short number word', () => {
  test('بست is six', () => {
    expect(onlyFigure('فاز الفريق بست نقاط')).toMatchObject({ text: 'ست', value: 6 });
  });

  test('لست is not', () => {
    expect(figuresIn('قال إنه لست متأكدا من ذلك')).toEqual([]);
  });
});

describe('a fraction word alone counts a point', () => {
  test.each([
    ['رفع المصرف المركزي سعر الفائدة ربع نقطة مئوية', 'ربع', 0.25, 'نقطة مئوية'],
    ['خفض البنك الفائدة نصف نقطة مئوية دفعة واحدة', 'نصف', 0.5, 'نقطة مئوية'],
    ['تراجع معدل البطالة ثلاثة أرباع نقطة في الربع', 'ثلاثة أرباع', 0.75, 'نقطة'],
  ])('%s', (text, written, value, noun) => {
    expect(figuresIn(text)[0]).toMatchObject({ text: written, value, kind: 'count', noun });
  });

  test.each([
    // a fraction of a whole, and a fraction in a compound word, stay no figure
    'صوت نصف الناخبين لصالح القائمة',
    'تأهل الفريق إلى الدور نصف النهائي',
    'خسر ربع النقاط في المرحلة الأولى',
    'أقيمت مباراة نصف نهائي الكأس أمس',
  ])('no figure: %s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('a time unit in the dual after a margin is a count of two', () => {
  test.each([
    ['فاز العداء الكيني بفارق ثانيتين عن منافسه', 'ثانيتين', 'second'],
    ['وصل المتسابق الأول بفارق دقيقتين', 'دقيقتين', 'minute'],
    ['وبفارق ساعتين عن الموعد المحدد أقلعت الطائرة', 'ساعتين', 'hour'],
  ])('%s', (text, written, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 2, kind: 'duration', unit });
  });

  test.each(['سافر الوفد لمدة يومين', 'انتظر المرضى ساعتين أمام المستشفى', 'أجل الاجتماع أسبوعين'])('elsewhere no figure: %s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('مم is millimetres only right after digits', () => {
  test('after a multiplier word it is من + ما, and no noun either', () => {
    const figure = onlyFigure('وزعت الحكومة 5 ملايين مم تبقى من المخزون');
    expect(figure).toMatchObject({ text: '5 ملايين', value: 5e6, kind: 'count' });
    expect(figure.unit).toBeUndefined();
    expect(figure.noun).toBeUndefined();
  });

  test.each([
    ['سجلت محطة الرصد 42 مم من الأمطار', 42],
    ['بلغت التساقطات 7.5مم في الساحل', 7.5],
    ['قصفت المدفعية بقذائف عيار 155 مم', 155],
  ])('%s', (text, value) => {
    expect(onlyFigure(text)).toMatchObject({ value, unit: 'mm', kind: 'measure' });
  });
});

describe('a rank in a table is an ordinal written in digits, no count', () => {
  test.each([
    'احتل المنتخب السوداني المركز 118 عالميا في التصنيف الأخير',
    'تراجعت الجامعة إلى الترتيب 20 عربيا',
    'حل العداء في المركز الـ12 في سباق الماراثون',
    'نصت المادة الـ5 من الدستور على ذلك',
  ])('%s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  test('a count of centres, and an adverb of where after a count, are still read', () => {
    expect(onlyFigure('افتتحت الوزارة 3 مراكز صحية في الريف')).toMatchObject({ value: 3, noun: 'مراكز صحية' });
    // عالميا says where the figure stands, and counts nothing
    const figure = onlyFigure('بلغ عدد المصابين 45 ألفا عالميا');
    expect(figure).toMatchObject({ value: 45000 });
    expect(figure.noun).toBeUndefined();
    // عربيا may count Arabs
    expect(onlyFigure('قتل 45 عربيا في الهجوم')).toMatchObject({ value: 45, noun: 'عربيا' });
  });
});

describe('after a year word, a number of several words past any year counts', () => {
  test('هذا العام مليونا و833 ألف حاج', () => {
    expect(onlyFigure('بلغ عدد الحجاج هذا العام مليونا و833 ألف حاج')).toMatchObject({ value: 1_833_000, noun: 'حاج' });
    expect(onlyFigure('استقبلت المدينة العام الماضي 3 ملايين زائر')).toMatchObject({ value: 3e6, noun: 'زائر' });
  });

  test('a year stays a year, also in words and before Christ', () => {
    expect(figuresIn('تأسست الشركة عام 1990 في جدة')).toEqual([]);
    expect(figuresIn('عاش الناس هنا منذ سنة 12000 ق.م.')).toEqual([]);
  });
});

describe('a number after the article written apart is the rank of a singular noun', () => {
  test.each([
    'دخلت الحرب يومها الـ100 دون أفق للحل',
    'أحيت البلاد الذكرى الـ75 للاستقلال',
    'خاض القائد مباراته الـ50 مع المنتخب',
    'سجل المهاجم هدفه الـ100 في الدوري',
    'احتفل الفنان بعيد ميلاده الـ80 في القاهرة',
  ])('%s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  test('a plural keeps its count', () => {
    expect(onlyFigure('سجلت الوزارة خلال الساعات الـ48 الماضية حالتين')).toMatchObject({ value: 48 });
  });
});

describe('واحد after a countable noun or a unit is a count of one', () => {
  test.each([
    ['خرج الضيوف بنقطة واحدة من ملعبهم', 'نقطة واحدة', 'نقطة'],
    ['احتفظ التحالف بمقعد واحد في المجلس البلدي', 'مقعد واحد', 'مقعد'],
    ['لم يسجل المهاجم سوى هدفا واحدا طوال الموسم', 'هدفا واحدا', 'هدفا'],
    ['أسفر الحادث عن جريح واحد', 'جريح واحد', 'جريح'],
  ])('%s', (text, written, noun) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 1, kind: 'count', noun });
  });

  test.each([
    ['بيع الرغيف بدولار واحد', 'دولار واحد', 'USD', 'money'],
    ['ارتفع منسوب النهر مترا واحدا', 'مترا واحدا', 'm', 'measure'],
  ])('a unit: %s', (text, written, unit, kind) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 1, unit, kind });
  });

  test.each([
    // idioms, a lone واحد, the definite adjective (the single …) and a time unit
    'أعلنت الحكومة وقف النار من طرف واحد',
    'صادق النواب على القانون بصوت واحد',
    'دفع المشتري الثمن مرة واحدة',
    'وقف السكان كرجل واحد',
    'حكم الحزب الواحد البلاد عقودا',
    'وفي آن واحد أغلقت المعابر',
    'انتظر الركاب يوما واحدا في المطار',
  ])('no count of one: %s', (text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('سنتيم alone: a sum in centimes, under the word', () => {
  test.each([
    ['خصصت الولاية 450 مليون سنتيم لتهيئة الطرقات', '450 مليون سنتيم', 4.5e8],
    ['رفع التاجر سعر الحليب بعشرين سنتيما', 'عشرين سنتيما', 20],
  ])('%s', (text, written, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value, unit: 'سنتيم', kind: 'money' });
  });

  test('after a sum in the currency it is still its subunit, and سنتيمتر stays a measure', () => {
    expect(onlyFigure('بلغ الرصيد 12 دينارا و75 سنتيما')).toMatchObject({ value: 12.75, unit: 'دينار' });
    expect(onlyFigure('بلغ طول الرضيع 50 سنتيمترا')).toMatchObject({ value: 50, unit: 'cm' });
  });
});

describe('a particle written whole with its و ends the counted noun', () => {
  test.each([
    ['يبلغ عدد سكان الولاية 3 ملايين نسمة وما زال العدد يرتفع', 'نسمة'],
    ['تظاهر ألف شخص ولا تزال الاحتجاجات مستمرة', 'شخص'],
    ['وصل 5 آلاف جندي ومن ثم انسحبوا', 'جندي'],
  ])('%s', (text, noun) => {
    expect(figuresIn(text)[0]).toMatchObject({ noun });
  });

  test('a noun that opens with و still counts and takes its complement', () => {
    expect(onlyFigure('وصل 3 وزراء خارجية إلى العاصمة')).toMatchObject({ noun: 'وزراء خارجية' });
    expect(onlyFigure('وصلت 40 شاحنة وقود إلى المحطة')).toMatchObject({ noun: 'شاحنة وقود' });
  });
});
