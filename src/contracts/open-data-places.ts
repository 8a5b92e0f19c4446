// The open-data gazetteer (GeoNames and Egypt's districts, see scripts/generate-geonames.mjs),
// decoded from its packed columns on first use. Shared: the places recognizer reads it as names, the
// organizations recognizer as the place in a body's name (`مجلس قضاء سكيكدة`).
import type { PlaceKind } from './entity';
import { lazy } from '../text/lazy';
import {
  GEONAMES_COUNTRIES,
  GEONAMES_IDS,
  GEONAMES_KINDS,
  GEONAMES_POPULATIONS,
  PACKED_GEONAMES_NAMES,
} from '../data/places/geonames.generated';
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
 * The places, most populous first, from the generated columns: one split a column. The names are
 * plain Arabic words (the generator keeps no other), so the names column is folded as a whole
 * (foldPlainLetters) for the lexicon keys: the first extract builds the gazetteer from them.
 */
export const openDataPlaces = lazy((): OpenDataPlace[] => {
  const ids = GEONAMES_IDS.split('\n');
  const table = swapArabicAscii(PACKED_GEONAMES_NAMES);
  const names = table.split('\n');
  const keys = foldPlainLetters(table).split('\n');
  const kinds = GEONAMES_KINDS.split('\n') as OpenDataPlace['kind'][];
  const countries = GEONAMES_COUNTRIES.split('\n');
  const populations = GEONAMES_POPULATIONS.split('\n');
  const places: OpenDataPlace[] = [];
  for (let k = 0; k < ids.length; k++) {
    const placeNames = names[k]!;
    const placeKeys = keys[k]!;
    places.push({
      id: ids[k]!,
      names: placeNames.includes('|') ? placeNames.split('|') : [placeNames],
      keys: placeKeys.includes('|') ? placeKeys.split('|') : [placeKeys],
      kind: kinds[k]!,
      countryCode: countries[k]!,
      population: Number(populations[k]) || 0,
    });
  }
  return places;
});
