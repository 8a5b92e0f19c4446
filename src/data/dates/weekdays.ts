// Weekday names as news writes them, with the article they always carry. Hand-kept: seven plain
// facts, so no generator. Index 0 is Sunday, as in Date.prototype.getUTCDay().

/** [spelling, weekday index 0 (Sunday) – 6 (Saturday)] */
export const WEEKDAY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['الأحد', 0],
  ['الإثنين', 1],
  ['الثلاثاء', 2],
  ['الثلثاء', 2],
  ['الأربعاء', 3],
  ['الأربعا', 3],
  ['الخميس', 4],
  ['الجمعة', 5],
  ['السبت', 6],
];

/**
 * Day words a part of day can head beside the weekday names (مساء الجمعة، صباح اليوم، ليلة أمس):
 * a number before such a part of day counts (قتل 7 مساء الجمعة), it is no clock hour.
 */
export const DAY_HEAD_WORDS: readonly string[] = ['يوم', 'اليوم', 'أمس', 'الأمس', 'غد', 'الغد'];

/**
 * Adjectives that make a weekday a named day, not a date (`الجمعة البيضاء` and `الجمعة السوداء`, the
 * sales; `الاثنين الأسود`, a crash on the markets; `الجمعة العظيمة`, Good Friday).
 */
export const NAMED_DAY_ADJECTIVES: readonly string[] = ['الأسود', 'السوداء', 'الأبيض', 'البيضاء', 'العظيمة'];
