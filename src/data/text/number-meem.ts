// Words that tell what the letter م after a number abbreviates (see src/text/number-meem.ts).
// Hand-kept: closed classes of Arabic words from the grammar of measures and dates; no open data set lists them.

/** A measure of length before the number makes its م metres: طول الجسر 300 م، سباق 100 م، على بعد 50 م. */
export const LENGTH_MEASURE_WORDS: readonly string[] = [
  'طول', 'بطول', 'طوله', 'طولها', 'عرض', 'بعرض', 'عرضه', 'عرضها', 'ارتفاع', 'بارتفاع', 'ارتفاعه', 'ارتفاعها',
  'علو', 'بعلو', 'عمق', 'بعمق', 'عمقه', 'عمقها', 'مسافة', 'لمسافة', 'بمسافة', 'سباق', 'على بعد', 'قطر', 'بقطر',
  'محيط', 'مدى', 'بمدى',
];

/** Nouns that make the number after them a year: عام 2020، العام 2020، لعام 2021، سنة 1990، عامي 2020 و2022. */
export const YEAR_NOUNS: readonly string[] = ['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'];

/** An ordinal of the calendar whose م is the era but whose number is no year: القرن 20م، القرنين 19 و20م. */
export const ERA_ORDINAL_NOUNS: readonly string[] = ['القرن', 'قرن', 'القرنين', 'الألفية'];

/** Words before a clock hour (الساعة 7 م): its م is مساء. */
export const CLOCK_NOUNS: readonly string[] = ['الساعة', 'ساعة'];
