import { PACKED_COUNTRY_NAMES_AR } from '../data/places/countries.generated';
import { lazy } from './lazy';
import { swapArabicAscii } from './packed-arabic';

/**
 * [ISO 3166-1 alpha-2 code, CLDR Arabic name], unpacked on first use: the clitic splitter (text) and
 * the organizations recognizer read it; packed, the table weighs a fifth of what it did as literals in
 * every bundle that tokenizes (parseDate's among them).
 */
export const countryNamesAr = lazy((): ReadonlyArray<readonly [string, string]> =>
  swapArabicAscii(PACKED_COUNTRY_NAMES_AR)
    .split('\n')
    .map((line) => [line.slice(0, 2), line.slice(3)] as const),
);
