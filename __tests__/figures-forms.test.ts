// Number forms of issue 17 in sentences of our own: what each form reads as, and a near miss.
import { extract } from '../src/extract/extract';
import { parseNumber } from '../src/figures/parse-number';
import { figuresIn, onlyFigure } from './figures-helpers';
import { dualsOf, getFigureLexicon } from '../src/figures/lexicon';
import { getUnitLexicon } from '../src/figures/unit-words';
import { DUAL_NOUNS, DUAL_NOUNS_NOMINATIVE_ONLY, DUAL_NOUNS_OBLIQUE_ONLY } from '../src/data/figures/dual-nouns';
import { personNameWords } from '../src/contracts/person-names';
import { foldKey } from '../src/text/fold-key';

describe('compounds, decimals and fractions in words', () => {
  test.each([
    ['a spaced و', 'ثلاثة و عشرون', 23],
    ['a spaced و after a multiplier', 'ألف و خمسمئة', 1500],
    ['فاصلة', 'اثنان فاصلة خمسة', 2.5],
    ['فاصلة with two decimals', 'ثلاثة فاصلة خمسة وعشرون', 3.25],
    ['a plural fraction', 'ثلاثة أخماس', 0.6],
    ['another plural fraction', 'سبعة أعشار', 0.7],
    ['the dual of a third', 'ثلثان', 2 / 3],
    ['X على Y', 'سبعة على ثمانية', 0.875],
    ['سالب', 'سالب خمسة', -5],
    ['سالب before digits', 'سالب 3', -3],
    ['تريليون', 'ثلاثة تريليونات', 3e12],
    ['ترليون', 'اثنان ترليون', 2e12],
    ['zero', 'صفر', 0],
  ])('%s: %s', (_name, text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  test('a score is not a fraction', () => {
    expect(parseNumber('فاز ثلاثة على واحد')).toBe(3);
    expect(parseNumber('وزع خمسة على عشرين شخصا')).toBe(5);
  });

  test('a fraction in words with nothing to count is a proportion, not a figure', () => {
    expect(figuresIn('وافق ثلاثة أخماس الأعضاء')).toEqual([]);
  });

  test('zero is a figure beside a score', () => {
    expect(figuresIn('انتهت المباراة 2 صفر').map((figure) => figure.value)).toEqual([2, 0]);
  });

  test('صفر with a year is the Hijri month', () => {
    expect(extract('وصل الحجاج في 12 صفر 1445هـ').figures).toEqual([]);
  });
});

describe('digits grouped by spaces and written with an exponent', () => {
  test.each([
    ['بلغ عدد السكان 1 500 000 نسمة', '1 500 000', 1500000],
    ['بلغ عدد السكان 1\u202f500\u202f000 نسمة', '1\u202f500\u202f000', 1500000],
    ['قدرت الخسائر بـ 2 300 دولار', '2 300 دولار', 2300],
    ['بلغت الطاقة 1e6 واط', '1e6', 1e6],
    ['بلغت الكتلة 2.5E3 غرام', '2.5E3', 2500],
  ])('%s', (text, written, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value });
  });

  test('a phone number in groups stays out', () => {
    expect(figuresIn('للاستفسار اتصل على 0123 456 789')).toEqual([]);
  });

  test('groups two spaces apart are two numbers', () => {
    expect(figuresIn('سجل 12  500 زائر').map((figure) => figure.value)).not.toContain(12500);
  });
});

describe('spoken numerals', () => {
  test.each([
    ['حداشر', 11],
    ['اتناشر', 12],
    ['خمستاشر', 15],
    ['تلاتة', 3],
    ['تلاتين', 30],
    ['تمانين', 80],
    ['تلتمية', 300],
    ['خمسمية', 500],
    ['ميتين', 200],
    ['اتنين مليون', 2e6],
    ['تلات تلاف', 3000],
  ])('%s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  test('in a sentence with its noun', () => {
    expect(onlyFigure('دفعت تلتمية جنيه للمحل')).toMatchObject({ value: 300, unit: 'جنيه', kind: 'money' });
  });
});

describe('dual measure and currency words count two', () => {
  test.each([
    ['اشترى لترين من الزيت', 'لترين', 'L'],
    ['دفع دولارين ثمنا للقهوة', 'دولارين', 'USD'],
    ['حمل طنين من القمح', 'طنين', 't'],
  ])('%s', (text, written, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 2, unit });
  });

  test('a dual below zero is minus two', () => {
    expect(onlyFigure('انخفضت الحرارة إلى درجتين تحت الصفر')).toMatchObject({ text: 'درجتين تحت الصفر', value: -2 });
  });

  test('a singular with a fraction', () => {
    expect(onlyFigure('اشترى لتر ونصف من الحليب')).toMatchObject({ text: 'لتر ونصف', value: 1.5, unit: 'L' });
  });

  test('a definite dual, a name like Milan and a time dual are not figures', () => {
    expect(figuresIn('نقل اللترين إلى المخزن')).toEqual([]);
    expect(figuresIn('فاز ميلان على ضيفه')).toEqual([]);
    expect(figuresIn('أمهله الرئيس يومين للرد')).toEqual([]);
  });
});

describe('dual nouns count two', () => {
  test.each([
    ['أحرز المهاجم هدفين في الشوط الأول', 'هدفين', 'هدفين'],
    ['أصيب شخصان بجروح طفيفة في الحادث', 'شخصان', 'شخصان'],
    ['فاز الفريق بهدفين نظيفين', 'هدفين', 'هدفين'],
    ['دمرت الغارة دبابتين قرب الحدود', 'دبابتين', 'دبابتين'],
    ['رزق الزوجان طفلين اثنين هذا العام', 'طفلين اثنين', 'طفلين'],
    ['رفع النادي كأسين هذا الموسم', 'كأسين', 'كأسين'],
    ['وصل مواطنان إلى المعبر', 'مواطنان', 'مواطنان'],
  ])('%s', (text, written, noun) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 2, kind: 'count', noun });
  });

  test('a qualifier before a dual bounds it', () => {
    expect(onlyFigure('لم يصب أكثر من شخصين')).toMatchObject({ text: 'شخصين', value: 2, approx: 'more-than', qualifier: { text: 'أكثر من' } });
  });

  test('a dual beside a singular with واحد: each side its own count (see figures-values: واحد after a noun)', () => {
    expect(figuresIn('انتهت المباراة بهدفين مقابل هدف واحد').map((f) => [f.text, f.value])).toEqual([
      ['هدفين', 2],
      ['هدف واحد', 1],
    ]);
  });

  test('words that merely end like a dual are not counts', () => {
    // names, a country, nouns in -ان, the weekday, and sound masculine plurals in -ين
    expect(figuresIn('التقى عثمان وسلمان في ميدان التحرير')).toEqual([]);
    expect(figuresIn('أصدرت إيران بيانا عن لبنان يوم الاثنين')).toEqual([]);
    expect(figuresIn('زار المسؤولين والمواطنين والمسلمين في المدينة')).toEqual([]);
    expect(figuresIn('اعتقلت الشرطة مواطنين في المدينة')).toEqual([]);
    // a broken plural in -ان: بلدان is countries, بلدين two countries
    expect(figuresIn('زار الوفد بلدان الخليج')).toEqual([]);
    expect(onlyFigure('زار الوفد بلدين في جولته')).toMatchObject({ text: 'بلدين', value: 2 });
  });

  test('a definite dual names two already known: no count', () => {
    expect(figuresIn('التقى الرئيسان ووقع الطرفان الاتفاق بين البلدين')).toEqual([]);
  });

  test('a time dual alone stays a duration (see README), and after قبل it is a date', () => {
    expect(figuresIn('قضى عامين في السجن وانتظر ساعتين')).toEqual([]);
    expect(extract('وصل الوفد قبل يومين', { referenceDate: '2024-03-14' }).dates).toMatchObject([{ text: 'قبل يومين', value: '2024-03-12' }]);
  });

  test('every listed dual is a word no name, place, number or unit list holds', () => {
    const { dualNouns, numbers } = getFigureLexicon();
    const { units } = getUnitLexicon();
    const names = personNameWords();
    const listed = [
      ...DUAL_NOUNS.flatMap((noun) => dualsOf(noun, 'both')),
      ...DUAL_NOUNS_NOMINATIVE_ONLY.flatMap((noun) => dualsOf(noun, 'nominative')),
      ...DUAL_NOUNS_OBLIQUE_ONLY.flatMap((noun) => dualsOf(noun, 'oblique')),
    ];
    expect(listed.length).toBeGreaterThan(100);
    for (const dual of listed) {
      const key = foldKey(dual);
      expect(dualNouns.get(key)).toBe(true);
      expect([dual, names.has(key), numbers.get(key), units.get(key)]).toEqual([dual, false, undefined, undefined]);
      expect(extract(`زار ${dual} المدينة`).places).toEqual([]);
    }
  });
});

describe('units', () => {
  test.each([
    ['سجلت الحرارة 5 درجات مئوية', 5, '°C'],
    ['سجلت الحرارة 5 درجات تحت الصفر', -5, '°'],
    ['بلغت الحرارة 40 °م في الظل', 40, '°C'],
    ['بلغت الحرارة 104°F في الظل', 104, '°F'],
    ['يحتوي الكوب على 250 مل من الماء', 250, 'mL'],
    ['تناول قرصا فيه 500 ملغ من الدواء', 500, 'mg'],
    // rainfall in millimetres, a wind's speed in knots
    ['بلغت التساقطات المطرية 120 ملم في إقليم الحسيمة', 120, 'mm'],
    ['هطل 414 ملليمترا من الأمطار خلال يوم واحد', 414, 'mm'],
    ['سجلت محطة الرصد 35 مم من الأمطار', 35, 'mm'],
    ['توقعت الأرصاد رياحا تصل سرعتها إلى 35 عقدة', 35, 'kn'],
  ])('%s', (text, value, unit) => {
    expect(figuresIn(text)[0]).toMatchObject({ value, unit });
  });

  test('a contract or a decade is no knot', () => {
    expect(figuresIn('وقع النادي 3 عقود رعاية جديدة')[0]).toMatchObject({ value: 3, kind: 'count' });
    expect(figuresIn('وقع النادي 3 عقود رعاية جديدة')[0]!.unit).toBeUndefined();
  });
});

describe('currencies by code, abbreviation and subunit', () => {
  test.each([
    ['بلغ السعر 10 KWD للغرام', '10 KWD', 10, 'KWD'],
    ['بلغ السعر 10 د.ك للغرام', '10 د.ك', 10, 'KWD'],
    ['يباع الكيلو بـ 30 ج.م في السوق', '30 ج.م', 30, 'EGP'],
    ['تكلف التذكرة 45 ر.س للشخص', '45 ر.س', 45, 'SAR'],
    ['بلغت الغرامة 20 ألف دج', '20 ألف دج', 20000, 'DZD'],
    ['سعر الكتاب $ 10 فقط', '$ 10', 10, 'USD'],
    ['دفع 20 دولارا و43 سنتا', '20 دولارا و43 سنتا', 20.43, 'USD'],
    ['سعر اللتر 3 دنانير و250 فلسا', '3 دنانير و250 فلسا', 3.25, 'دينار'],
    ['سعر العلبة 5 دراهم و50 فلسا', '5 دراهم و50 فلسا', 5.5, 'درهم'],
  ])('%s', (text, written, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value, unit, kind: 'money' });
  });

  test('three Latin letters that are no currency code are no unit', () => {
    expect(onlyFigure('سجل 10 ABC').unit).toBeUndefined();
  });

  test('more subunits than make a unit are not added', () => {
    expect(figuresIn('دفع 5 دولارات و150 سنتا')[0]!.value).toBe(5);
  });
});

describe('an ambiguous currency takes the article country', () => {
  test('from a wire dateline city', () => {
    expect(extract('الكويت - قررت الحكومة صرف مليار دينار للمشروع').figures[0]!.unit).toBe('KWD');
    expect(extract('القاهرة، 14 مارس 2024 (رويترز) - بلغ الدعم 5 مليارات جنيه').figures[0]!.unit).toBe('EGP');
    // عمان at a dateline is Amman: the Jordanian dinar (Oman's money is the rial)
    expect(extract('عمان - ارتفع العجز إلى 2.1 مليار دينار').figures[0]!.unit).toBe('JOD');
  });

  test('from the one country the story is about', () => {
    const text = 'أعلنت الرباط موازنة جديدة.\nوقالت وزارة المالية في المغرب إن العجز بلغ 10 مليارات درهم، بينما زار الوزير فرنسا.';
    expect(extract(text).figures.find((figure) => figure.kind === 'money')!.unit).toBe('MAD');
  });

  test('from the country its state bodies are tied to, counted with the places', () => {
    // no place at all: the government's nisba says whose dinar
    expect(extract('أقرت الحكومة الكويتية ميزانية بقيمة مليارين ونصف المليار دينار').figures[0]!.unit).toBe('KWD');
    // a Jordanian ministry twice and Kuwait once: two of three mentions
    const jordan = 'قالت وزارة المالية الأردنية إن الدين بلغ 40 مليار دينار، وأضافت وزارة المالية الأردنية أن الكويت قدمت منحة.';
    expect(extract(jordan).figures.find((figure) => figure.kind === 'money')!.unit).toBe('JOD');
    // one body each of two countries whose money is the dinar: neither is more than half
    const split = 'قالت الحكومة الكويتية والحكومة العراقية إن الصندوق بلغ 5 ملايين دينار';
    expect(extract(split).figures[0]!.unit).toBe('دينار');
  });

  test('from the nationality a person’s title gives, counted with the places and bodies', () => {
    expect(extract('وقال وزير المالية السعودي محمد الجدعان إن الإنفاق سيبلغ 1.2 تريليون ريال').figures[0]!.unit).toBe('SAR');
    expect(extract('وقال محافظ البنك المركزي العماني طاهر العمري إن الودائع بلغت 30 مليار ريال').figures[0]!.unit).toBe('OMR');
    // a Qatari minister in a Saudi story: two of three mentions say Saudi Arabia
    const visit = 'استقبل وزير المالية السعودي محمد الجدعان في الرياض وزير المالية القطري خالد الكواري، وبلغ التبادل 5 مليارات ريال';
    expect(extract(visit).figures[0]!.unit).toBe('SAR');
  });

  test('left as the word when no country is clear or the word is not its currency', () => {
    expect(extract('زار الوزير تونس وسوريا ودفع 10 دنانير').figures[0]!.unit).toBe('دينار');
    expect(extract('وقال وزير المالية السعودي محمد الجدعان ونظيره القطري خالد الكواري إن الصندوق بلغ مليار ريال').figures[0]!.unit).toBe('ريال');
    expect(extract('الرياض - بلغ الدعم 5 ملايين جنيه').figures[0]!.unit).toBe('جنيه');
  });
});

describe('an ambiguous currency takes the code the text names it with', () => {
  test.each([
    ['تراجعت الليرة التركية إلى 34.5 ليرة مقابل الدولار', 'TRY'],
    ['بلغ سعر الكيلو 500 ليرة بعد انهيار الليرة السورية', 'SYP'],
    ['يمكن الدفع بالريال السعودي وبلغ السعر 50 ريالا', 'SAR'],
    ['استقر سعر صرف الجنيه المصري عند 48 جنيها', 'EGP'],
  ])('%s', (text, code) => {
    expect(figuresIn(text).find((figure) => figure.kind === 'money')!.unit).toBe(code);
  });

  test('before the article country: a Turkish lira named in a story from Beirut', () => {
    expect(extract('بيروت - قال التاجر إن الليرة التركية تراجعت وإن البضاعة بيعت بـ 900 ليرة').figures[0]!.unit).toBe('TRY');
  });

  test('a word named with two codes stays open, and a currency named without its adjective settles nothing', () => {
    expect(figuresIn('تراجعت الليرة التركية والليرة السورية وبلغ السعر 100 ليرة')[0]!.unit).toBe('ليرة');
    expect(figuresIn('تراجعت الليرة وبلغ السعر 100 ليرة')[0]!.unit).toBe('ليرة');
    // an adjective that is no country's (الليرة الجديدة) names no currency
    expect(figuresIn('طرحت الحكومة الليرة الجديدة وبلغ السعر 100 ليرة')[0]!.unit).toBe('ليرة');
  });
});

describe('currencies CLDR names, selected by the demonyms of their code\'s country', () => {
  test.each([
    ['تراجع البيزو الأرجنتيني وبلغ السعر 900 بيزو للدولار', 'ARS'],
    ['بلغت قيمة الصفقة 3 مليارات كرونة سويدية', 'SEK'],
    ['بلغت قيمة الصفقة 3 مليارات كرونة نرويجية', 'NOK'],
    ['سجل الوون الكوري أدنى مستوى له عند 1400 وون للدولار', 'KRW'],
    ['خصصت الحكومة 500 مليار نايرا لدعم الوقود', 'NGN'],
    ['بلغ الدين 20 مليار دولار سنغافوري', 'SGD'],
    ['كلف المشروع 2 مليار روبية إندونيسية', 'IDR'],
    ['باعت الشركة أسهما بقيمة 10 ملايين راند', 'ZAR'],
    ['ارتفع سعر الخبز إلى 30 شلنا كينيا', 'KES'],
    ['بيعت السلعة بـ 50 زلوتي في وارسو', 'PLN'],
  ])('%s', (text, code) => {
    expect(figuresIn(text).find((figure) => figure.kind === 'money')?.unit).toBe(code);
  });

  test('a head that several countries use is the word until its adjective or the article settles it', () => {
    expect(figuresIn('بلغ السعر 100 بيزو')[0]!.unit).toBe('بيزو');
    expect(extract('المكسيك - بلغ سعر الكيلو 100 بيزو').figures[0]!.unit).toBe('MXN');
  });

  test.each([
    // a demonym after a number counts people (an ounce of gold is a measure: figures-currency-or-measure.test.ts)
    ['قتل 100 أفغاني في الهجوم', '100', 'أفغاني'],
  ])('left out: %s', (text, figure, noun) => {
    expect(figuresIn(text)).toMatchObject([{ text: figure, noun }]);
    expect(figuresIn(text)[0]!.unit).toBeUndefined();
  });
});

describe('comparatives as bounds and ranges with لـ', () => {
  test.each([
    ['قبلت الجامعة من هم أكبر من 18 عاما', 'more-than'],
    ['يمنع دخول الأطفال تحت 5 سنوات', 'less-than'],
    ['ارتفعت الحرارة فوق 45 درجة', 'more-than'],
    ['قد يصل إلى 3 ملايين دولار', 'at-most'],
    ['بلغ التضخم ما يصل إلى 12%', 'at-most'],
    ['يستوعب 100 شخص أو أقل', 'at-most'],
    ['سعر السهم > 50 دولارا', 'more-than'],
    ['سعر السهم ≤ 50 دولارا', 'at-most'],
  ])('%s', (text, approx) => {
    expect(onlyFigure(text).approx).toBe(approx);
  });

  test.each([
    ['يتراوح السعر من عشرة لعشرين دولارا', 10, 20],
    ['يتراوح السعر من 10 لـ20 دولارا', 10, 20],
  ])('%s', (text, min, max) => {
    expect(onlyFigure(text)).toMatchObject({ value: null, min, max, unit: 'USD' });
  });

  test('ل without من opens no range', () => {
    expect(figuresIn('أضاف 10 لعشرين أخرى').map((figure) => figure.value)).toEqual([10, 20]);
  });
});

describe('the Maghreb press: ملايير and أورو', () => {
  test('ملايير is the plural of مليار', () => {
    expect(onlyFigure('قدرت الخسائر بـ 3 ملايير دينار').value).toBe(3e9);
  });

  test('أورو is the euro after a number', () => {
    const figure = onlyFigure('بلغت قيمة المبادلات 4,5 مليار أورو');
    expect([figure.value, figure.kind, figure.unit]).toEqual([4.5e9, 'money', 'EUR']);
  });

  test('the word alone names no sum', () => {
    expect(figuresIn('تراجع الدينار أمام الأورو')).toEqual([]);
  });
});
