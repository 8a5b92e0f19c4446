// Countable nouns whose dual is a count of two (هدفين، شخصان، دبابتين). Data only (see
// src/figures/lexicon.ts, which makes the duals, and src/figures/noun.ts, which reads them).
// Hand-kept: the people, things and events news counts, in the singular; no open data set lists
// Arabic nouns with the kind of their plural. Time units are not here (see README: a time noun
// alone, عامين or شهر ونصف, is a duration the hand-read references do not count).

/**
 * Singulars whose plural is broken (طفل → أطفال) or feminine (دبابة → دبابات): their dual in -ين
 * (طفلين، دبابتين) is spelt like no other form of the word.
 */
export const DUAL_NOUNS: readonly string[] = [
  // people
  'شخص', 'طفل', 'رجل', 'امرأة', 'فتاة', 'ولد', 'بنت', 'ابن', 'شاب', 'جندي', 'ضابط', 'قتيل', 'جريح', 'أسير',
  'شهيد', 'سجين', 'رهينة', 'ضحية', 'عضو', 'نائب', 'وزير', 'سفير', 'قائد', 'طبيب', 'عنصر', 'فرد', 'حكم',
  // things
  'هدف', 'نقطة', 'صاروخ', 'قذيفة', 'طائرة', 'مروحية', 'دبابة', 'سيارة', 'حافلة', 'شاحنة', 'سفينة', 'قارب',
  'زورق', 'منزل', 'بيت', 'مسجد', 'كنيسة', 'مدرسة', 'قرية', 'مدينة', 'دولة', 'حزب', 'طرف', 'ميدالية',
  'كأس', 'لقب', 'صوت', 'مقعد', 'كتاب',
  // events
  'مباراة', 'بطولة', 'جولة', 'شوط', 'اتفاق', 'اتفاقية', 'قرار', 'مشروع', 'انفجار', 'هجوم', 'غارة', 'عملية',
  'حادث', 'حادثة', 'مرة',
  // a multiple: ضعفين is twice as much, as ثلاثة أضعاف counts أضعاف
  'ضعف',
];

/**
 * Singulars with a sound masculine plural (مواطن → مواطنين): their dual in -ين is spelt like the
 * plural, so only the -ان dual (مواطنان) is a count of two.
 */
export const DUAL_NOUNS_NOMINATIVE_ONLY: readonly string[] = [
  'مواطن', 'مسؤول', 'موظف', 'متظاهر', 'مقاتل', 'مسلح', 'معتقل', 'متهم', 'مصاب', 'لاعب', 'مدرب', 'صحفي',
  'مستوطن', 'مدني',
];

/** Singulars whose broken plural ends in -ان (بلد → بلدان): only the -ين dual (بلدين) is a count of two. */
export const DUAL_NOUNS_OBLIQUE_ONLY: readonly string[] = ['بلد'];

/**
 * Listed nouns that واحد/واحدة after them makes an idiom, not a count of one: مرة واحدة (at once), من
 * طرف واحد (unilaterally), كرجل واحد (as one), بصوت واحد (unanimously).
 */
export const NOT_COUNTED_BY_ONE: readonly string[] = ['مرة', 'طرف', 'رجل', 'صوت'];

/** Numerals that stress a dual (طفلين اثنين): part of the same figure. */
export const DUAL_EMPHASIS: readonly string[] = ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'];
