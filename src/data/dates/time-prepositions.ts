// Prepositions and time nouns that put what follows in time (في 2020، منذ أيار، بحلول مارس).
// Hand-kept: a closed class of Arabic function words that no open data set lists; entries from Arabic grammar.
/** After one of these, a plausible four-digit number is a year and a bare month name is a date. */
export const TIME_PREPOSITIONS: readonly string[] = [
  'في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'مطلع', 'بداية', 'نهاية', 'أواخر', 'أوائل', 'أواسط', 'منتصف',
  'بحلول', 'لغاية', 'طيلة', 'طوال',
];

/**
 * Words before an hour written without الساعة that make it one: في السابعة، عند الثامنة والنصف، من 9 ص
 * إلى 5 م، حوالي 7 م.
 */
export const HOUR_CUES: readonly string[] = [...TIME_PREPOSITIONS, 'عند', 'من', 'إلى', 'نحو', 'حوالي', 'بين'];

/**
 * Words before من that make what follows the point something runs from (اعتبارا من الآن، ابتداء من
 * 2026، بدءا من عام 2026): a bare year after them is a date, as after في.
 */
export const STARTING_FROM_WORDS: readonly string[] = ['اعتبارا', 'ابتداء', 'بدءا'];
