// The open-data gazetteer (GeoNames and Egypt's districts, see scripts/generate-geonames.mjs),
// decoded from its packed string on first use. Shared: the places recognizer reads it as names, the
// organizations recognizer as the place in a body's name (`مجلس قضاء سكيكدة`).
import type { PlaceKind } from './entity';
import { lazy } from '../text/lazy';
import { PACKED_GEONAMES_PLACES } from '../data/places/geonames.generated';
import { swapArabicAscii } from '../text/packed-arabic';

/** One place of the open-data gazetteer. */
export interface OpenDataPlace {
  /** GeoNames id, first-level division code (`SD.50`) or Egypt list id (`eg-district12`). */
  id: string;
  names: readonly string[];
  kind: Extract<PlaceKind, 'province' | 'city' | 'town' | 'district'>;
  countryCode: string;
  /** 0 where the source gives none. */
  population: number;
}

/** The places, most populous first. */
export const openDataPlaces = lazy((): OpenDataPlace[] =>
  swapArabicAscii(PACKED_GEONAMES_PLACES).split('\n').map((row) => {
    const [id, names, kind, countryCode, population] = row.split(';') as [string, string, OpenDataPlace['kind'], string, string];
    return { id, names: names.split('|'), kind, countryCode, population: Number(population) || 0 };
  }),
);
