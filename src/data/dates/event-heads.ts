/**
 * Nouns of events that news names after the day they began, in construct with it (`ثورة 25 يناير`,
 * `حرب 6 أكتوبر`, `هجمات 11 سبتمبر`, `حركة 20 فبراير`, `اتفاق 17 أيار`): the day and month name the event,
 * and say nothing of the year, which is the event's, not the reference's. Not ذكرى (an anniversary
 * is a day to come or just passed) nor protests called for a day (`مظاهرات 30 يونيو`, which may be
 * ahead).
 */
export const EVENT_HEADS: readonly string[] = [
  'ثورة', 'انتفاضة', 'حركة', 'انقلاب', 'حرب', 'هجمات', 'هجوم', 'أحداث', 'تفجيرات', 'مجزرة', 'اتفاق', 'اتفاقية',
];
