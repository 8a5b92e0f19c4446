// The open-data gazetteer (GeoNames and Egypt's districts, see scripts/generate-geonames.mjs),
// decoded from its packed string on first use. Shared: the places recognizer reads it as names, the
// organizations recognizer as the place in a body's name (`مجلس قضاء سكيكدة`).
import type { PlaceKind } from './entity';
import { lazy } from '../text/lazy';
import { PACKED_GEONAMES_PLACES } from '../data/places/geonames.generated';
import { foldPlainLetters } from '../text/fold-key';
import { swapArabicAscii } from '../text/packed-arabic';

/** One place of the open-data gazetteer. */
export interface OpenDataPlace {
  /** GeoNames id, first-level division code (`SD.50`) or Egypt list id (`eg-district12`). */
  id: string;
  names: readonly string[];
  /** The names as lexicon keys (foldKey), in the same order; two names may share one (`وجدة`, `وجده`). */
  keys: readonly string[];
  kind: Extract<PlaceKind, 'province' | 'city' | 'town' | 'district'>;
  countryCode: string;
  /** 0 where the source gives none. */
  population: number;
}

/**
 * The places, most populous first. The names are plain Arabic words, so the whole table is folded
 * once (foldPlainLetters, which keeps every letter's offset) and each place's keys are sliced from it
 * where its names stand: the first extract builds the gazetteer from them.
 */
export const openDataPlaces = lazy((): OpenDataPlace[] => {
  const table = swapArabicAscii(PACKED_GEONAMES_PLACES);
  const folded = foldPlainLetters(table);
  const places: OpenDataPlace[] = [];
  let rowStart = 0;
  for (const row of table.split('\n')) {
    const [id, names, kind, countryCode, population] = row.split(';') as [string, string, OpenDataPlace['kind'], string, string];
    const namesStart = rowStart + id.length + 1;
    const keys = folded.slice(namesStart, namesStart + names.length);
    places.push({
      id,
      names: names.includes('|') ? names.split('|') : [names],
      keys: keys.includes('|') ? keys.split('|') : [keys],
      kind,
      countryCode,
      population: Number(population) || 0,
    });
    rowStart += row.length + 1;
  }
  return places;
});
