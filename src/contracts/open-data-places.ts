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
  /** GeoNames id, first-level division code (`SD.50`), ISO 3166-2 code (`AU-QLD`) or Egypt list id (`eg-district12`). */
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
 * The places, most populous first, as the generated columns split once each: the lexicons read a
 * name's keys and a place's kind for thousands of places on the first extract, and only the few
 * places a text names whole (place()), so no object is made per place until then. The names are
 * plain Arabic words (the generator keeps no other), so the names column is folded as a whole
 * (foldPlainLetters) for the lexicon keys.
 */
export class OpenDataPlaces {
  readonly count: number;
  private readonly ids: readonly string[];
  private readonly names: readonly string[];
  private readonly keys: readonly string[];
  private readonly kinds: readonly OpenDataPlace['kind'][];
  private readonly countries: readonly string[];
  private readonly populations: readonly string[];

  constructor() {
    const table = swapArabicAscii(PACKED_GEONAMES_NAMES);
    this.ids = GEONAMES_IDS.split('\n');
    this.names = table.split('\n');
    this.keys = foldPlainLetters(table).split('\n');
    this.kinds = GEONAMES_KINDS.split('\n') as OpenDataPlace['kind'][];
    this.countries = GEONAMES_COUNTRIES.split('\n');
    this.populations = GEONAMES_POPULATIONS.split('\n');
    this.count = this.ids.length;
  }

  /** The place's names as lexicon keys (foldKey), in the order of its names. */
  keysOf(index: number): readonly string[] {
    return splitNames(this.keys[index]!);
  }

  kindOf(index: number): OpenDataPlace['kind'] {
    return this.kinds[index]!;
  }

  /** The place's population, 0 where the source gives none. */
  populationOf(index: number): number {
    return Number(this.populations[index]) || 0;
  }

  /** Place `index` whole. */
  place(index: number): OpenDataPlace {
    return {
      id: this.ids[index]!,
      names: splitNames(this.names[index]!),
      keys: this.keysOf(index),
      kind: this.kinds[index]!,
      countryCode: this.countries[index]!,
      population: this.populationOf(index),
    };
  }
}

const splitNames = (names: string): readonly string[] => (names.includes('|') ? names.split('|') : [names]);

export const openDataPlaces = lazy((): OpenDataPlaces => new OpenDataPlaces());
