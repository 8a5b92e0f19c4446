// Words that bound or soften a number. Data only (see src/figures/qualifiers.ts).
// "…" stands for at most one word between the parts (تقل أعمارهم عن، لا يقل عددهم عن).
// Verbs are listed in both genders (يقل/تقل): they agree with what is counted.
// Hand-kept: a closed class of phrases that no open data set lists; entries from Arabic news usage.

import type { FigureApprox } from './shapes';

/**
 * Verbs of reaching among the qualifiers (يصل … إلى، تصل … إلى: `up to`). After the lam of result
 * (`ارتفع السعر ليصل إلى 74 دولارا`, `لتصل إلى 3%`: rising so as to reach) the figure is the level
 * reached, no bound: the qualifier is not read there.
 */
export const REACH_VERBS: readonly string[] = ['يصل', 'تصل'];

/** Qualifiers written before the number. The longest match wins (ما لا يقل عن over يقل عن). */
export const QUALIFIERS_BEFORE: ReadonlyArray<readonly [string, FigureApprox]> = [
  ['نحو', 'about'],
  ['حوالي', 'about'],
  ['حوالى', 'about'],
  ['قرابة', 'about'],
  ['زهاء', 'about'],
  ['ما يقارب', 'about'],
  ['يقارب', 'about'],
  ['تقارب', 'about'],
  ['ما يقرب من', 'about'],
  ['ما يناهز', 'about'],
  ['يناهز', 'about'],
  ['تناهز', 'about'],
  ['في حدود', 'about'],
  ['أكثر من', 'more-than'],
  ['أزيد من', 'more-than'],
  ['ما يزيد على', 'more-than'],
  ['ما يزيد عن', 'more-than'],
  ['يزيد … على', 'more-than'],
  ['يزيد … عن', 'more-than'],
  ['تزيد … على', 'more-than'],
  ['تزيد … عن', 'more-than'],
  ['ما يربو على', 'more-than'],
  ['يربو على', 'more-than'],
  ['ما يفوق', 'more-than'],
  ['يفوق', 'more-than'],
  ['تفوق', 'more-than'],
  // verbs of exceeding: الحصيلة تخطت 4 آلاف، تجاوز عدد النازحين مليونا
  ['فاق', 'more-than'],
  ['فاقت', 'more-than'],
  ['تخطى', 'more-than'],
  ['تخطت', 'more-than'],
  ['يتخطى', 'more-than'],
  ['تتخطى', 'more-than'],
  ['تجاوز', 'more-than'],
  ['تجاوزت', 'more-than'],
  ['يتجاوز', 'more-than'],
  ['تتجاوز', 'more-than'],
  ['لا يتجاوز', 'at-most'],
  ['لا تتجاوز', 'at-most'],
  ['لم يتجاوز', 'at-most'],
  ['لم تتجاوز', 'at-most'],
  // a negated comparative bounds the other way: لا أقل من is at least, لا أكثر من at most
  ['لا أقل من', 'at-least'],
  ['ليس أقل من', 'at-least'],
  ['لا أكثر من', 'at-most'],
  ['ليس أكثر من', 'at-most'],
  ['ما لا يقل عن', 'at-least'],
  ['لا يقل … عن', 'at-least'],
  ['لا تقل … عن', 'at-least'],
  ['أقل من', 'less-than'],
  ['أكبر من', 'more-than'],
  ['أعلى من', 'more-than'],
  ['أصغر من', 'less-than'],
  ['أدنى من', 'less-than'],
  ['فوق', 'more-than'],
  ['تحت', 'less-than'],
  // up to: يصل إلى 50 شخصا، ما يصل إلى 3 ملايين
  ['ما يصل إلى', 'at-most'],
  ['يصل … إلى', 'at-most'],
  ['تصل … إلى', 'at-most'],
  ['دون', 'less-than'],
  ['ما دون', 'less-than'],
  ['يقل … عن', 'less-than'],
  ['تقل … عن', 'less-than'],
  ['ما لا يزيد على', 'at-most'],
  ['ما لا يزيد عن', 'at-most'],
  ['لا يزيد … على', 'at-most'],
  ['لا يزيد … عن', 'at-most'],
  ['لا تزيد … على', 'at-most'],
  ['لا تزيد … عن', 'at-most'],
];

/** Qualifiers written after the number and what it counts (10 أشخاص على الأقل). */
export const QUALIFIERS_AFTER: ReadonlyArray<readonly [string, FigureApprox]> = [
  ['تقريبا', 'about'],
  ['على الأقل', 'at-least'],
  ['فأكثر', 'at-least'],
  ['أو أكثر', 'at-least'],
  ['فما فوق', 'at-least'],
  ['على الأكثر', 'at-most'],
  ['أو أقل', 'at-most'],
  ['فأقل', 'at-most'],
  ['فما دون', 'at-most'],
];

/** Comparison signs written before a number (> 50، ≤ 10). */
export const COMPARISON_SIGNS: ReadonlyArray<readonly [string, FigureApprox]> = [
  ['>', 'more-than'],
  ['<', 'less-than'],
  ['≥', 'at-least'],
  ['≤', 'at-most'],
];
