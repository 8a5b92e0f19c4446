// Prepositions and time nouns that put what follows in time (في 2020، منذ أيار، بحلول مارس).
// Hand-kept: a closed class of Arabic function words that no open data set lists; entries from Arabic grammar.
/** After one of these, a plausible four-digit number is a year and a bare month name is a date. */
export const TIME_PREPOSITIONS: readonly string[] = [
  'في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'مطلع', 'بداية', 'نهاية', 'أواخر', 'أوائل', 'أواسط', 'منتصف',
  'بحلول', 'لغاية', 'طيلة', 'طوال',
];
