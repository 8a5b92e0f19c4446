// Words around a number that tell whether it is a figure and what it counts. Data only; the rules
// that read them are in src/figures/context.ts and noun.ts. Entries are stems: a clitic (والعام، بالمادة)
// does not change what the word says about the number.
// Hand-kept: no open data set says which words make a number a figure; entries from Arabic news usage.

/** The Hijri month صفر, which is also the word for zero. */
export const ZERO_MONTH = 'صفر';

/** The word "month": a number before من الشهر is a day of the month. */
export const MONTH_NOUN = 'شهر';

/** Tokens that join several days before one month name (9 و10 نوفمبر، 11-12 نوفمبر، 3 أو 4 مايو). */
export const DAY_LIST_JOINERS: readonly string[] = ['و', 'أو', '-', '–', '،', ','];

/** Words that make the number after them a year (عام 2020، العام 2019، سنة 1990، عامي 2020 و2021). */
export const YEAR_WORDS: readonly string[] = ['عام', 'سنة', 'عامي', 'سنتي'];

/** A definite clock word before a number makes it a time of day (الساعة 9، الساعة الواحدة). */
export const CLOCK_WORDS: readonly string[] = ['ساعة'];

/**
 * Weekday names spelt like a numeral with the article (الاثنين Monday, الأحد Sunday): with the
 * article, the weekday is the likelier reading, and the dates recognizer owns it.
 */
export const WEEKDAY_NUMERALS: readonly string[] = ['اثنين', 'إثنين', 'أحد'];

/** Words after which a weekday name spelt like a numeral is the day (كل اثنين، يوم اثنين، صباح الاثنين). */
export const DAY_TAKING_WORDS: readonly string[] = ['كل', 'يوم', 'أيام', 'صباح', 'مساء', 'ليلة', 'ظهر', 'عصر', 'فجر'];

/** Times of day after a number (9 صباحا، 7 مساء). */
export const TIME_OF_DAY_WORDS: readonly string[] = [
  'صباحا', 'صباح', 'مساء', 'مساءا', 'ظهرا', 'ليلا', 'فجرا', 'عصرا',
];

/** Era markers written after a year (2021م، 2021ء، 1442هـ). */
export const ERA_MARKERS: readonly string[] = ['م', 'ء', 'هـ'];

/**
 * Words that make the number after them a label, not a quantity (القانون رقم 5، المادة 12، كوفيد 19), and
 * the ranks of a table (المرتبة 45، المركز 118، الترتيب 20: an ordinal written in digits).
 */
export const LABEL_WORDS: readonly string[] = [
  'رقم', 'مادة', 'بند', 'فقرة', 'قانون', 'مرسوم', 'قرار', 'فصل', 'صفحة', 'دورة', 'جولة', 'نسخة', 'حلقة', 'كوفيد',
  'طراز', 'هاتف', 'مرتبة', 'مركز', 'ترتيب',
];

/**
 * Nouns of things made or quoted by model whose name, in words without the article, runs on into a
 * number (`هاتف آيفون 17`, `طائرة بوينغ 737`, `مؤشر نيكاي 225`, `مقاتلات سوخوي 35`): that number, with
 * no noun or unit of its own after it, is part of the name, not a quantity (`مؤشر تاسي 120 نقطة` counts).
 */
export const MODEL_HEADS: readonly string[] = [
  'هاتف', 'هواتف', 'جهاز', 'أجهزة', 'طراز', 'إصدار', 'نسخة', 'مؤشر', 'طائرة', 'طائرات', 'مقاتلة', 'مقاتلات',
  'منظومة', 'منظومات', 'نظام', 'سيارة', 'سيارات', 'لعبة', 'حاسوب', 'معالج',
];

/**
 * Latin letters spelt out in Arabic script: a number after one, spaced, glued or after a hyphen, is
 * part of a model or code name (إف 16، إس400، جي 20، إيه 320، إكس 30), not a quantity. Left out are the
 * spellings that are also Arabic words often written before a number: إل (ال, the article of الـ24
 * once folded), إم (أم, "or"), إن (إن، أن), أو ("or"), في ("in"), إي and آي (أي, "any"; all three fold
 * alike).
 */
export const LATIN_LETTER_NAMES: readonly string[] = [
  'إيه', 'بي', 'سي', 'دي', 'إف', 'جي', 'إتش', 'جيه', 'كيه', 'آر', 'إس', 'تي', 'يو', 'دبليو', 'إكس', 'واي', 'زد', 'كيو',
];

/**
 * Definite nouns that make the number after them a point in a sequence, not a count: الدقيقة 78 is
 * the 78th minute of a match, الدقيقتين 30 و43 two such minutes (78 دقيقة is a duration); الطابق 12 a
 * floor, البوابة 3 a gate. Without the article they count (مجموعة 5 أجهزة). Not المجموعة: a group's
 * number is often what grows (زاد عدد المجموعة بثلاثة أضعاف); nor الكيلو, a road's marker (الكيلو
 * 45) far less often than a price's unit (سعر الكيلو 50 جنيها).
 */
export const SEQUENCE_POINT_WORDS: readonly string[] = ['دقيقة', 'دقيقتين', 'دقيقتان', 'طابق', 'بوابة'];

/**
 * Singular nouns whose number after the article written apart is their rank, not a count (اليوم الـ100
 * للحرب، الأسبوع الـ12، الذكرى الـ75، مباراته الـ50، هدفه الـ100، عيد ميلاده الـ80، الطابق الـ20). A plural's count is
 * written so too (الساعات الـ24، أطفاله الـ3), so only these.
 */
export const RANKED_NOUNS: readonly string[] = ['يوم', 'أسبوع', 'ذكرى', 'مباراة', 'هدف', 'ميلاد', 'طابق'];

/**
 * Words of a margin (بفارق ثانيتين، فارق يومين): a time unit's dual after one is a count of two with its
 * unit, where elsewhere it is a duration the hand-read references leave out (see units.ts).
 */
export const MARGIN_WORDS: readonly string[] = ['فارق'];

/**
 * Adjectives of a period before or after now, in the dual: a definite time unit's dual before one
 * counts two (خلال اليومين الماضيين، في الأسبوعين المقبلين، الشهرين الأخيرين), as a definite cardinal
 * counts its unit (الأيام الثلاثة الماضية). Without one, a definite dual names two already known.
 */
export const DUAL_PERIOD_ADJECTIVES: readonly string[] = [
  'الماضيين', 'الماضيتين', 'المنصرمين', 'المنصرمتين', 'الفائتين', 'الفائتتين', 'المقبلين', 'المقبلتين',
  'القادمين', 'القادمتين', 'الأخيرين', 'الأخيرتين', 'الأولين', 'الأوليين',
];

/**
 * Indefinite nouns a fraction word alone counts (ربع نقطة مئوية = 0.25 of a point, as 0.25 نقطة
 * مئوية): elsewhere a fraction alone is a proportion (نصف السكان) or a word of a name (نصف نهائي).
 */
export const FRACTION_COUNTED_NOUNS: readonly string[] = ['نقطة'];

/**
 * Ordinals 1–9 that form ordinal teens with a following عشر/عشرة (التاسع عشر، الحادية عشرة):
 * a number word right after one of them is part of the ordinal.
 */
export const ORDINAL_WORDS: readonly string[] = [
  'حادي', 'حادية', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة', 'سابع',
  'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة',
];

/** Words that make a time figure an age (تقل أعمارهم عن 55 سنة، بعمر 7 سنوات، في سن 18 عاما). */
export const AGE_WORDS: readonly string[] = ['عمر', 'أعمار', 'سن'];

/** Range openers: بين 5 و10، من 5 إلى 10. */
export const RANGE_BETWEEN = 'بين';
export const RANGE_FROM = 'من';
/** Words joining the two ends of a range opened by من. */
export const RANGE_TO_WORDS: readonly string[] = ['إلى', 'حتى'];
/** The preposition ل standing for إلى between the ends (من عشرة لعشرين، من 10 لـ20). */
export const RANGE_TO_LETTER = 'ل';
/** Dashes joining the two ends of a range (5-10، 5 – 10). */
export const RANGE_DASHES: readonly string[] = ['-', '–', '—'];

/**
 * Words that compare a sum or share with one stated before it, leaving its currency or percent to that
 * one (5 مليارات دولار مقابل 4.2 مليار، 10% مقارنة بـ8): by their stems, مقارنة with ب or مع after it.
 */
export const COMPARED_WITH_WORDS: readonly string[] = ['مقابل'];
export const COMPARISON_NOUNS: readonly string[] = ['مقارنة'];
export const COMPARISON_PREPOSITIONS: readonly string[] = ['ب', 'مع'];

/**
 * Words between an exchange rate and the currency it is counted against (14 ألفا مقابل الدولار، 30.9
 * أمام اليورو): the rate is a sum in the other currency, the one its clause names before it.
 */
export const EXCHANGED_AGAINST_WORDS: readonly string[] = ['مقابل', 'أمام'];

/**
 * Currencies the markets quote by their own price in the other (اليورو 1.08 مقابل الدولار: 1.08 dollars
 * a euro), where every other currency is quoted by how many of it one of the other buys (الين 150 مقابل
 * الدولار: 150 yen a dollar): the market convention for the euro and the pound.
 */
export const PRICED_IN_OTHER_CURRENCIES: readonly string[] = ['EUR', 'GBP'];

/**
 * Multiplier words in the accusative with nunation (20 مليونا، عشرون ألفا): a multiplier that counts a
 * noun is annexed to it and takes no nunation (20 مليون دولار), so no counted noun follows these.
 */
export const UNANNEXED_MULTIPLIERS: readonly string[] = ['ألفا', 'مليونا', 'مليارا', 'بليونا', 'تريليونا', 'ترليونا'];

/**
 * Words of a match's result, by their stems: two numbers joined by a dash a few words after one are a
 * score, even the lower first (خسر الفريق 0-2، بنتيجة 1-3), not a range.
 */
export const SCORE_WORDS: readonly string[] = ['نتيجة', 'فاز', 'فوز', 'خسر', 'خسارة', 'هزم', 'هزيمة', 'تغلب', 'تعادل'];

/** The preposition that introduces a counted noun after a number (عشرات الآلاف من اللاجئين). */
export const PARTITIVE_WORD = 'من';

/**
 * Words that can follow a number but never start or continue what it counts: prepositions,
 * particles, pronouns, demonstratives and adverbs. Adverbs ending in -يا (يوميا) are here because
 * they look like the nisba adjectives that do continue a counted noun (عسكريا، أرمينيا).
 */
export const NOT_NOUN_WORDS: readonly string[] = [
  // prepositions and particles
  'في', 'من', 'عن', 'على', 'إلى', 'حتى', 'مع', 'منذ', 'خلال', 'بعد', 'قبل', 'بين', 'عند', 'لدى', 'حول', 'ضد',
  'دون', 'نحو', 'حوالي', 'عبر', 'إثر', 'اثر', 'وفق', 'حسب', 'جراء', 'نتيجة', 'بسبب', 'ضمن', 'داخل', 'خارج',
  'فوق', 'تحت', 'أمام', 'وراء', 'لصالح', 'مقابل', 'إضافة', 'بينهم', 'بينها', 'منهم', 'منها', 'فيها', 'فيه',
  // where or when, as adverbs in construct (قتل 3 قرب الحدود، أصيب 12 شمال المدينة، اعتقل 5 عقب المباراة)
  'قرب', 'قبالة', 'عقب', 'أثناء', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط',
  'أو', 'ثم', 'أم', 'لا', 'لم', 'لن', 'قد', 'ما', 'أن', 'إن', 'كما', 'لكن', 'بل', 'إذ', 'إذا', 'كي', 'و', 'ف',
  // conjunctions and adverbs written with ف, which a count's noun reads whole (ownParts in figures/noun.ts)
  'فيما', 'بينما', 'فضلا', 'فصاعدا', 'فأكثر', 'فأقل', 'فورا', 'فعلا',
  // أي (that is) opens a restatement of the figure (1.2 مليون صوت أي ما يعادل 27 بالمئة)
  'أي',
  // pronouns, relatives and demonstratives
  'هو', 'هي', 'هم', 'هن', 'نحن', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'هذا', 'هذه', 'ذلك', 'تلك',
  'هؤلاء', 'أولئك',
  // quantifiers and adverbs
  'كل', 'بعض', 'جميع', 'غير', 'سوى', 'فقط', 'أيضا', 'أمس', 'غدا', 'الآن', 'حاليا', 'تقريبا', 'يوميا', 'سنويا',
  'شهريا', 'أسبوعيا', 'رسميا', 'نسبيا', 'فعليا', 'جزئيا', 'كليا', 'مجددا', 'مؤخرا', 'سابقا', 'لاحقا',
  // "more of the same", an adjective of what was counted before (5 ملايين أخرى، 3 آخرون), never the noun itself
  'أخرى', 'أخريات', 'آخر', 'آخرون', 'آخرين',
  // where a rank or a figure stands (45 عالميا، الثالث إقليميا); not عربيا, which also counts Arabs
  'عالميا', 'دوليا', 'محليا', 'إقليميا', 'قاريا',
  // verbs of being that often follow a subject count
  'كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست',
];

/** Adjectives that often describe a counted noun but have neither the -ي nor the م- shape. */
export const COMMON_ADJECTIVES: readonly string[] = [
  'آخر', 'آخرون', 'آخرين', 'أخرى', 'أخريات', 'جديد', 'جديدة', 'جدد', 'كبير', 'كبيرة', 'كبار', 'صغير', 'صغيرة',
  'صغار', 'ثقيل', 'ثقيلة', 'خفيف', 'خفيفة',
];

/** Quote marks and brackets that may sit between a number and its noun (“1049” طفلاً). */
export const CLOSING_MARKS: readonly string[] = ['”', '"', '»', '’', "'"];
/** …and between a qualifier or range opener and the number (بين “2020 و2022”). */
export const OPENING_MARKS: readonly string[] = ['“', '"', '«', '‘', "'"];
