// Units a figure can carry: percent, currencies, measures and time. Data only (see src/figures/units.ts).
// Words are written as news writes them; lookups fold them (hamza, ة, diacritics) like tokens.
// Hand-kept: unit and currency words with the spellings news uses, which no open data set lists; entries from Arabic news usage.

/** What kind of quantity a unit makes of a number. */
export type UnitKind = 'percent' | 'money' | 'measure' | 'time';

export interface UnitWordData {
  kind: UnitKind;
  /** ISO 4217 code, measure symbol or time unit; for an ambiguous currency (ريال، دينار) the word itself. */
  code: string;
  /**
   * Singular, accusative and plural forms; for a measure or currency the first is the singular, from
   * which the dual is made (درجة → درجتان، درجتين) unless `noDual` (ميلان is Milan, not two miles).
   */
  forms: readonly string[];
  noDual?: boolean;
  /** Other singulars a dual is made from, for a unit with two words (عام beside سنة: عامين، العامين). */
  dualHeads?: readonly string[];
  /** Forms that are the unit only right after digits (30 مم): after a word they are another word (5 ملايين مم تبقى: مم is من + ما). */
  afterDigitsOnly?: readonly string[];
  /** An adjective after the unit that makes it precise: [adjective in the masculine singular, code]. */
  variants?: ReadonlyArray<readonly [string, string]>;
  /**
   * A currency word that is a measure where neither the text nor the article's country says the
   * currency (أوقية: Mauritania's ouguiya in a Mauritanian story, an ounce of gold elsewhere): the
   * measure's symbol.
   */
  measureElsewhere?: string;
}

/** Percent as a sign or a phrase; multi-word entries are matched word by word. */
export const PERCENT_PHRASES: readonly string[] = ['%', 'بالمئة', 'بالمائة', 'بالمية', 'في المئة', 'في المائة'];

/** Currency signs written next to a number, before or after it. */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/**
 * Arabic currency abbreviations after a number: the letters of the currency and its country, with
 * or without the dot (10 د.ك، 5 ر.س، 20 دج). Three Latin letters after a number are read as an ISO
 * 4217 code when Intl knows the code (10 KWD).
 */
export const CURRENCY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['د.ك', 'KWD'],
  ['ج.م', 'EGP'],
  ['ر.س', 'SAR'],
  ['د.إ', 'AED'],
  ['ر.ق', 'QAR'],
  ['ر.ع', 'OMR'],
  ['د.ب', 'BHD'],
  ['د.أ', 'JOD'],
  ['د.ع', 'IQD'],
  ['د.ج', 'DZD'],
  ['دج', 'DZD'],
  ['د.ت', 'TND'],
  ['د.م', 'MAD'],
  ['د.ل', 'LYD'],
  ['ل.ل', 'LBP'],
  ['ل.س', 'SYP'],
  ['ج.س', 'SDG'],
];

/** The degree sign and the scale letters written after it (°م، °C، °ف). */
export const DEGREE_SIGN = '°';
export const DEGREE_SCALES: ReadonlyArray<readonly [string, string]> = [
  ['م', '°C'],
  ['C', '°C'],
  ['س', '°C'],
  ['ف', '°F'],
  ['F', '°F'],
];

/**
 * Words after a degree that name the scale of an earthquake's magnitude (6.8 درجة على مقياس ريختر): the
 * degrees are then no temperature nor angle, and the figure's unit is RICHTER_CODE.
 */
export const RICHTER_SCALE_PHRASES: readonly string[] = ['ريختر', 'على مقياس ريختر', 'بمقياس ريختر', 'حسب مقياس ريختر', 'وفق مقياس ريختر'];
export const RICHTER_CODE = 'Richter';

/**
 * The word before a number of degrees that makes it a magnitude without the scale's name (`زلزال بقوة
 * 5.2 درجات`, `هزة بقوة 4 درجات`): heat and angles are never said to be of a strength.
 */
export const MAGNITUDE_WORD = 'بقوة';

/**
 * The noun a temperature is told of (ارتفعت درجة الحرارة إلى 35، درجات الحرارة العظمى 38): after
 * درجة or درجات before it in the clause, a bare number is degrees, the unit written once on the noun.
 */
export const HEAT_NOUN = 'الحرارة';

/** Words after a temperature that put it below zero (درجتان تحت الصفر = -2). */
export const BELOW_ZERO = 'تحت الصفر';

/**
 * Subunits written after a money figure with و (20 دولارا و43 سنتا = 20.43): the words and how many
 * make one unit. فلس is a thousandth of a dinar or a rial but a hundredth of a dirham (AED).
 */
export const CURRENCY_SUBUNITS: ReadonlyArray<{ forms: readonly string[]; perUnit: number; perUnitByCode?: Readonly<Record<string, number>> }> = [
  { forms: ['سنت', 'سنتا', 'سنتات'], perUnit: 100 },
  { forms: ['قرش', 'قرشا', 'قروش'], perUnit: 100 },
  { forms: ['هللة', 'هللات'], perUnit: 100 },
  { forms: ['فلس', 'فلسا', 'فلوس'], perUnit: 1000, perUnitByCode: { AED: 100, درهم: 100 } },
  { forms: ['بيسة', 'بيسات'], perUnit: 1000 },
  { forms: ['مليم', 'مليما', 'مليمات'], perUnit: 1000 },
  { forms: ['سنتيم', 'سنتيما', 'سنتيمات'], perUnit: 100 },
  { forms: ['بنس', 'بنسات'], perUnit: 100 },
];

/**
 * Forms news inflects a currency's head word into, for the heads only CLDR lists
 * (currencies.generated.ts holds the singular): the accusative and plurals a number takes.
 */
export const CURRENCY_HEAD_FORMS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['شلن', ['شلنا', 'شلنات']],
  ['كرونة', ['كرونات']],
  ['بيزو', ['بيزوات']],
  ['لارى', ['لاري']],
  ['رينغيت', ['رينجيت']],
  ['زلوتي', ['زلوتيات']],
];

export const UNIT_WORDS: readonly UnitWordData[] = [
  // money
  {
    kind: 'money',
    code: 'USD',
    forms: ['دولار', 'دولارا', 'دولارات'],
    variants: [['أمريكي', 'USD'], ['أميركي', 'USD'], ['كندي', 'CAD'], ['أسترالي', 'AUD'], ['استرالي', 'AUD']],
  },
  // أورو: the Maghreb's spelling, after the French (4,5 مليار أورو)
  { kind: 'money', code: 'EUR', forms: ['يورو', 'يوروهات', 'أورو'], noDual: true },
  {
    kind: 'money',
    code: 'جنيه',
    forms: ['جنيه', 'جنيها', 'جنيهات'],
    variants: [['مصري', 'EGP'], ['إسترليني', 'GBP'], ['استرليني', 'GBP'], ['سوداني', 'SDG']],
  },
  {
    kind: 'money',
    code: 'ريال',
    forms: ['ريال', 'ريالا', 'ريالات'],
    variants: [['سعودي', 'SAR'], ['قطري', 'QAR'], ['عماني', 'OMR'], ['يمني', 'YER'], ['إيراني', 'IRR'], ['برازيلي', 'BRL']],
  },
  {
    kind: 'money',
    code: 'درهم',
    forms: ['درهم', 'درهما', 'دراهم'],
    variants: [['إماراتي', 'AED'], ['مغربي', 'MAD']],
  },
  {
    kind: 'money',
    code: 'دينار',
    forms: ['دينار', 'دينارا', 'دنانير'],
    variants: [
      ['كويتي', 'KWD'], ['أردني', 'JOD'], ['عراقي', 'IQD'], ['بحريني', 'BHD'], ['ليبي', 'LYD'], ['تونسي', 'TND'],
      ['جزائري', 'DZD'],
    ],
  },
  {
    kind: 'money',
    code: 'ليرة',
    forms: ['ليرة', 'ليرات'],
    variants: [['تركي', 'TRY'], ['سوري', 'SYP'], ['لبناني', 'LBP']],
  },
  // Algeria and Morocco count large sums in centimes (300 مليون سنتيم = 3 million dinars): the value
  // stays in centimes as written, under the word, since the text does not say whose hundredth it is
  // and a value divided by 100 would no longer be the number the text gives
  { kind: 'money', code: 'سنتيم', forms: ['سنتيم', 'سنتيما', 'سنتيمات'], noDual: true },
  // a price in the hundredth of a pound (Egypt, Sudan, Syria, Lebanon, Jordan), as a loaf or a litre
  // is priced (35 قرشا), or in the thousandth of a dinar (500 فلس): under the word, as سنتيم is, since
  // the text rarely says whose; after a sum in the unit with و it is that sum's part (readSubunit)
  { kind: 'money', code: 'قرش', forms: ['قرش', 'قرشا', 'قروش'], noDual: true },
  { kind: 'money', code: 'فلس', forms: ['فلس', 'فلسا'], noDual: true },
  { kind: 'money', code: 'RUB', forms: ['روبل', 'روبلا', 'روبلات'] },
  { kind: 'money', code: 'CNY', forms: ['يوان'], noDual: true },
  { kind: 'money', code: 'JPY', forms: ['ين'], noDual: true },
  { kind: 'money', code: 'ILS', forms: ['شيكل', 'شيكلا', 'شيقل', 'شواكل'] },
  { kind: 'money', code: 'روبية', forms: ['روبية', 'روبيات'], variants: [['هندي', 'INR'], ['باكستاني', 'PKR']] },
  { kind: 'money', code: 'فرنك', forms: ['فرنك', 'فرنكات'], variants: [['سويسري', 'CHF']] },
  // the troy ounce gold and silver are weighed in (500 ألف أوقية من الذهب), the ouguiya in Mauritania
  { kind: 'money', code: 'أوقية', forms: ['أوقية', 'أوقيات'], variants: [['موريتاني', 'MRU']], measureElsewhere: 'ozt' },
  // measures
  {
    kind: 'measure',
    code: 'km',
    forms: ['كيلومتر', 'كيلومترا', 'كيلومترات', 'كلم', 'كم'],
    variants: [['مربع', 'km2']],
  },
  { kind: 'measure', code: 'm', forms: ['متر', 'مترا', 'أمتار'], variants: [['مربع', 'm2'], ['مكعب', 'm3']] },
  { kind: 'measure', code: 'cm', forms: ['سنتيمتر', 'سنتيمترا', 'سنتيمترات', 'سم'] },
  // rainfall is given in millimetres (120 ملم في إقليم شفشاون)
  {
    kind: 'measure',
    code: 'mm',
    noDual: true,
    forms: ['مليمتر', 'مليمترا', 'مليمترات', 'ملليمتر', 'ملليمترا', 'ملليمترات', 'ميليمتر', 'ميليمترا', 'ملم', 'مم'],
    afterDigitsOnly: ['مم'],
  },
  // a wind's or ship's speed; عقد, the plural, is also contracts and decades
  { kind: 'measure', code: 'kn', noDual: true, forms: ['عقدة'] },
  { kind: 'measure', code: 'mi', forms: ['ميل', 'ميلا', 'أميال'], variants: [['بحري', 'nmi']], noDual: true },
  { kind: 'measure', code: 'ha', forms: ['هكتار', 'هكتارا', 'هكتارات'] },
  { kind: 'measure', code: 'dunam', forms: ['دونم', 'دونما', 'دونمات'] },
  // Egypt's and Sudan's land measure
  { kind: 'measure', code: 'feddan', forms: ['فدان', 'فدانا', 'أفدنة', 'فدادين'] },
  { kind: 'measure', code: 't', forms: ['طن', 'طنا', 'أطنان'] },
  {
    kind: 'measure',
    code: 'kg',
    forms: ['كيلوغرام', 'كيلوغراما', 'كيلوغرامات', 'كيلوجرام', 'كيلوجراما', 'كيلوجرامات', 'كغ', 'كلغ', 'كجم'],
  },
  { kind: 'measure', code: 'g', forms: ['غرام', 'غراما', 'غرامات', 'جرام', 'جراما', 'جرامات'] },
  { kind: 'measure', code: 'L', forms: ['لتر', 'لترا', 'لترات', 'ليتر', 'ليترا', 'ليترات'] },
  { kind: 'measure', code: 'bbl', forms: ['برميل', 'برميلا', 'براميل'] },
  { kind: 'measure', code: 'MW', forms: ['ميغاواط', 'ميغاوات', 'ميجاواط', 'ميجاوات'] },
  // the first letter as ج and the second as غ is news' spelling too (جيغاواط)
  { kind: 'measure', code: 'GW', forms: ['غيغاواط', 'غيغاوات', 'جيجاواط', 'جيجاوات', 'جيغاواط', 'جيغاوات'] },
  { kind: 'measure', code: 'kW', forms: ['كيلوواط', 'كيلووات'] },
  { kind: 'measure', code: 'mL', noDual: true, forms: ['مل', 'ملليلتر', 'مليلتر', 'ميليلتر', 'ملليلترا', 'مليلترات'] },
  { kind: 'measure', code: 'mg', noDual: true, forms: ['ملغ', 'ملغم', 'مغ', 'مليغرام', 'ملليغرام', 'مليغراما', 'مليغرامات', 'ملليجرام'] },
  // a degree names no scale until مئوية or فهرنهايت does; below zero (تحت الصفر) it is a temperature
  {
    kind: 'measure',
    code: '°',
    forms: ['درجة', 'درجات'],
    variants: [['مئوي', '°C'], ['فهرنهايت', '°F'], ['سيليزيوس', '°C'], ['سلسيوس', '°C']],
  },
  // time: a duration, or an age when the sentence speaks of age
  { kind: 'time', code: 'year', forms: ['سنة', 'سنوات', 'سنين', 'عام', 'عاما', 'أعوام'], dualHeads: ['عام'] },
  { kind: 'time', code: 'month', forms: ['شهر', 'شهرا', 'أشهر', 'شهور'] },
  { kind: 'time', code: 'week', forms: ['أسبوع', 'أسبوعا', 'أسابيع'] },
  { kind: 'time', code: 'day', forms: ['يوم', 'يوما', 'أيام'] },
  { kind: 'time', code: 'hour', forms: ['ساعة', 'ساعات'] },
  { kind: 'time', code: 'minute', forms: ['دقيقة', 'دقائق'] },
  { kind: 'time', code: 'second', forms: ['ثانية', 'ثوان', 'ثواني'] },
  { kind: 'time', code: 'century', forms: ['قرن', 'قرنا', 'قرون'] },
];
