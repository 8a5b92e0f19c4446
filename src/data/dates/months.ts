// Month spellings Arabic news uses that CLDR does not list (see months.generated.ts for the CLDR
// names). Hand-kept. Only spellings that survive normalization as distinct strings need an entry:
// أبريل/ابريل/إبريل, أغسطس/اغسطس, ذو القعدة/ذو القعده fold to one key and are covered by CLDR's form.
import type { MonthNameTradition } from './months.generated';

/** [spelling, Gregorian month 1–12, naming tradition] */
export const GREGORIAN_MONTH_VARIANTS: ReadonlyArray<readonly [string, number, MonthNameTradition]> = [
  // Egypt's official forms and common misspellings of the transliterated names
  ['يونيه', 6, 'latin'],
  ['يوليه', 7, 'latin'],
  ['أوغسطس', 8, 'latin'],
  ['اغستس', 8, 'latin'],
  ['سيبتمبر', 9, 'latin'],
  ['أوكتوبر', 10, 'latin'],
  ['نوڤمبر', 11, 'latin'],
  ['دسمبر', 12, 'latin'],
  ['ديسيمبر', 12, 'latin'],
  // French-style spellings beside CLDR's جانفي and فيفري
  ['جانفييه', 1, 'latin'],
  ['فيفرييه', 2, 'latin'],
  // Levant/Iraq names written without the article (Iraqi usage) or with a dropped letter
  ['كانون ثاني', 1, 'syriac'],
  ['كانون ثان', 1, 'syriac'],
  ['تشرين أول', 10, 'syriac'],
  ['تشرين ثاني', 11, 'syriac'],
  ['تشرين ثان', 11, 'syriac'],
  ['كانون أول', 12, 'syriac'],
];

/** [spelling, Hijri month 1–12] */
export const HIJRI_MONTH_VARIANTS: ReadonlyArray<readonly [string, number]> = [
  ['المحرم', 1],
  ['محرم الحرام', 1],
  ['صفر الخير', 2],
  ['ربيع أول', 3],
  ['ربيع الثاني', 4],
  ['ربيع ثاني', 4],
  ['جمادى الأول', 5],
  ['جمادى أولى', 5],
  ['جمادى الثانية', 6],
  ['جمادى الثاني', 6],
  ['جمادى الآخر', 6],
  ['رجب المرجب', 7],
  ['شعبان المعظم', 8],
  ['رمضان المبارك', 9],
  ['ذي القعدة', 11],
  ['ذا القعدة', 11],
  ['ذي الحجة', 12],
  ['ذا الحجة', 12],
];
