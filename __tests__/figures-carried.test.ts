// Numbers whose multiplier or unit the sentence writes once, on a figure beside them (src/figures/carried.ts),
// and multipliers with nunation, which count no noun after them. Sentences of our own.
import { figuresIn } from './figures-helpers';

/** [text, value, kind, unit] of each figure: what a reader of the sentence would write down. */
const read = (text: string) => figuresIn(text).map((f) => [f.text, f.value ?? [f.min, f.max], f.kind, f.unit]);

describe('a change from a number to a number', () => {
  test('a fall takes the second end’s percent: two figures, both in percent', () => {
    expect(read('انخفض معدل البطالة من 12.1 إلى 10.8 في المئة خلال عام')).toEqual([
      ['12.1', 12.1, 'percent', 'percent'],
      ['10.8 في المئة', 10.8, 'percent', 'percent'],
    ]);
  });

  test('a fall takes the second end’s multiplier where the two are of one order', () => {
    const [from, to] = figuresIn('تراجع عدد السياح من 7 إلى 5 ملايين سائح');
    expect([from!.text, from!.value, from!.noun]).toEqual(['7', 7e6, undefined]);
    expect([to!.text, to!.value, to!.noun]).toEqual(['5 ملايين', 5e6, 'سائح']);
  });

  test('a fall in a currency: the first end is that many millions of it', () => {
    expect(read('هبطت أرباح المصرف من 9 إلى 6 مليارات درهم')[0]).toEqual(['9', 9e9, 'money', 'درهم']);
  });

  test('a fall in a measure: the unit without a span, since none is written at the first end', () => {
    const [from] = figuresIn('انخفض منسوب البحيرة من 14 إلى 11 مترا');
    expect([from!.value, from!.kind, from!.unit, from!.unitSpan]).toEqual([14, 'measure', 'm', undefined]);
  });

  test('a rise is still one range, the multiplier on both ends', () => {
    expect(read('ارتفع عدد المشتركين من 3 إلى 4 ملايين مشترك')).toEqual([['3 إلى 4 ملايين', [3e6, 4e6], 'count', undefined]]);
  });

  test('a first end far above the second’s number keeps its own value: rising, one range', () => {
    expect(read('تراوحت الغرامة من 800 إلى 2 مليون ريال')[0]).toEqual(['800 إلى 2 مليون ريال', [800, 2e6], 'money', 'ريال']);
  });

  test('a second end with neither multiplier nor unit gives nothing to the first', () => {
    expect(read('تراجع ترتيب المنتخب من 40 إلى 35 عالميا').map((f) => f[3])).toEqual([undefined, undefined]);
  });

  test('no من before: two numbers joined by إلى after a verb are not a change of this form', () => {
    expect(read('وصل عدد الضحايا إلى 12 بعد أن كان 9 في المئة من المصابين')[0]).toEqual(['12', 12, 'count', undefined]);
  });
});

describe('a sum or share compared with the one before it', () => {
  test('مقابل: the currency of the sum before', () => {
    expect(read('سجلت الصادرات 7 مليارات يورو مقابل 6.4 مليار قبل عام')).toEqual([
      ['7 مليارات يورو', 7e9, 'money', 'EUR'],
      ['6.4 مليار', 6.4e9, 'money', 'EUR'],
    ]);
  });

  test('مقابل: a percent, without a multiplier', () => {
    expect(read('نما الاقتصاد بنسبة 3% في الربع الثاني مقابل 2.5 في الربع الأول')[1]).toEqual(['2.5', 2.5, 'percent', 'percent']);
  });

  test('مقارنة بـ and مقارنة مع, and a qualifier between', () => {
    expect(read('بلغ العجز 4 مليارات دينار مقارنة بـ3 مليارات')[1]).toEqual(['3 مليارات', 3e9, 'money', 'دينار']);
    expect(read('بلغت نسبة النجاح 81% مقارنة مع نحو 77 العام الماضي')[1]).toEqual(['77', 77, 'percent', 'percent']);
  });

  test('a measure compared with the one before: its unit, without a span', () => {
    const [, second] = figuresIn('بلغ الإنتاج 9 ملايين برميل يوميا مقارنة بـ10.5 ملايين قبل عام');
    expect([second!.value, second!.kind, second!.unit, second!.unitSpan]).toEqual([10.5e6, 'measure', 'bbl', undefined]);
  });

  test('a measure passes nothing to the next of a list: و is no comparison', () => {
    expect(read('نقلت الشاحنات 3 آلاف طن و2 مليون')[1]![3]).toBeUndefined();
  });

  test('no unit is carried past the end of the sentence', () => {
    expect(read('بلغت الإيرادات 5 مليارات دولار. ويعمل في الشركة مقابل 4 آلاف عامل')[1]![3]).toBeUndefined();
  });

  test('no unit is carried to a number that counts a noun of its own', () => {
    expect(read('دفعت الشركة 2 مليون دولار مقابل 3 آلاف سهم')[1]).toEqual(['3 آلاف', 3000, 'count', undefined]);
  });

  test('no unit is carried from a count', () => {
    expect(read('شارك 300 عداء مقابل 250 في الدورة السابقة')[1]).toEqual(['250', 250, 'count', undefined]);
  });

  test('no unit is carried from too far back in the sentence', () => {
    const text = 'أنفقت البلدية 20 مليون دولار على الطرق التي تربط القرى الجبلية بالمدينة والساحل الشمالي مقابل 15';
    expect(read(text)[1]![3]).toBeUndefined();
  });

  test('a number cut by a mark and a space keeps no carried unit', () => {
    expect(read('ارتفع الدين بنسبة 4% مقابل 30 , 2 مليار دولار')[1]![3]).toBeUndefined();
  });
});

describe('a share of a sum, or the next sum of a list', () => {
  test('منها: a part of the sum, in its currency', () => {
    expect(read('رصدت الوزارة 60 مليون دينار، أنفقت منها 45 مليونا على المدارس')[1]).toEqual(['45 مليونا', 45e6, 'money', 'دينار']);
  });

  test('و on the number, in a list of sums: digits, and a number word', () => {
    expect(read('خصص المجلس 8 ملايين جنيه للمياه و3 ملايين للكهرباء')[1]).toEqual(['3 ملايين', 3e6, 'money', 'جنيه']);
    expect(read('جمعت الحملة عشرة ملايين دولار وخمسة ملايين أخرى')[1]).toEqual(['خمسة ملايين', 5e6, 'money', 'USD']);
  });

  test('a bare number after و counts anything: no currency without a multiplier', () => {
    expect(read('دفع 500 دولار و20 في المساء')[1]![3]).toBeUndefined();
  });

  test('a sum after a new verb is not a part of the one before', () => {
    expect(read('بلغت الميزانية 9 مليارات دولار، ويبلغ عدد السكان 30 مليونا')[1]).toEqual(['30 مليونا', 3e7, 'count', undefined]);
  });

  test('a percent passes on nothing to a sum in a list', () => {
    expect(read('ارتفعت المبيعات 12% و3 ملايين')[1]![3]).toBeUndefined();
  });
});

describe('a multiplier with nunation counts no noun after it', () => {
  test('the word after is no counted noun', () => {
    expect(figuresIn('وصل إلى المدينة 40 ألفا مساء أمس')[0]!.noun).toBeUndefined();
  });

  test('من still brings one', () => {
    expect(figuresIn('فر 40 ألفا من السكان')[0]!.noun).toBe('السكان');
  });

  test('without nunation the multiplier is annexed to its noun', () => {
    expect(figuresIn('فر 40 ألف شخص')[0]!.noun).toBe('شخص');
  });

  test('a multiplier alone may be a dual annexed to its noun: مليونا دولار is two million dollars', () => {
    expect(figuresIn('تبرع بمليوني دولار')[0]!.value).toBe(2e6);
    expect(figuresIn('أصيب مليونا شخص')[0]!.noun).toBe('شخص');
  });
});

describe('"more of the same" after a number is no counted noun', () => {
  test('أخرى and آخرون say more of what was counted before', () => {
    expect(figuresIn('تعهد المانحون بتقديم 4 ملايين أخرى')[0]!.noun).toBeUndefined();
    expect(figuresIn('قتل جنديان وأصيب 5 آخرون')[1]!.noun).toBeUndefined();
  });

  test('a noun before them is still counted', () => {
    expect(figuresIn('وصلت 4 شاحنات أخرى')[0]!.noun).toBe('شاحنات');
  });
});
