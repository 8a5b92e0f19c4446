// The places lexicon: gazetteer names and the context words the recognizer reacts to, in one
// phrase index, so that each token costs one lookup whatever it turns out to be.
import type { PlaceKind } from '../contracts/entity';
import { lazy } from '../text/lazy';
import {
  CITY_VARIANTS,
  COUNTRY_VARIANTS,
  MORE_CITIES,
  NAMES_ALSO_ADJECTIVES,
  NAMES_NEEDING_PLACE_CONTEXT,
  NAMES_NEEDING_TRIGGER,
  REGIONS,
} from '../data/places/places';
import { OUTLET_HEADS, PLACE_TRIGGERS, STATE_TITLES, type PlaceTriggerSpec } from '../data/places/places-context';
import { CLDR_CITIES, CLDR_COUNTRIES } from '../data/places/places.generated';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';

/** One thing a name can stand for. */
export interface PlaceReading {
  /** Stable id: the CLDR code for countries (`AM`), `city:<zone or id>`, `region:<id>` …, `place:<name>` for unknown places. */
  key: string;
  /** The gazetteer's name; undefined for a place found by context only. */
  canonical: string | undefined;
  kind: PlaceKind;
  /** ISO 3166-1 code of the country the place is or lies in; null when it spans several or is disputed. */
  countryCode: string | null;
}

/** Where a name may be read as a place (see NAMES_NEEDING_TRIGGER, NAMES_NEEDING_PLACE_CONTEXT, NAMES_ALSO_ADJECTIVES). */
export type NameCondition = 'anywhere' | 'place-context' | 'after-trigger' | 'not-after-definite-word';

export type PlaceLexiconEntry =
  | { role: 'place'; readings: readonly PlaceReading[]; condition: NameCondition }
  | { role: 'trigger'; spec: PlaceTriggerSpec; definite: boolean }
  | { role: 'state-title' }
  | { role: 'outlet-head'; needsNameEnding: boolean };

const ARTICLE = 'ال';

/**
 * Readings of every folded name, in order of preference when nothing in the text decides: countries,
 * regions, then cities (`عمان` is Oman before Amman, `تونس` the country before its capital).
 */
export function gazetteerReadings(): Map<string, PlaceReading[]> {
  const byName = new Map<string, PlaceReading[]>();
  const add = (names: readonly string[], reading: PlaceReading): void => {
    for (const name of names) {
      const key = foldKey(name);
      const readings = byName.get(key) ?? [];
      if (!readings.some((known) => known.key === reading.key)) readings.push(reading);
      byName.set(key, readings);
    }
  };
  const countryVariants = new Map(COUNTRY_VARIANTS);
  for (const [code, kind, names, countryCode] of CLDR_COUNTRIES) {
    add([...names, ...(countryVariants.get(code) ?? [])], { key: code, canonical: names[0], kind, countryCode });
  }
  for (const [id, kind, countryCode, names] of REGIONS) {
    add(names, { key: `${kind}:${id}`, canonical: names[0], kind, countryCode: countryCode || null });
  }
  const cityVariants = new Map(CITY_VARIANTS);
  for (const [zone, countryCode, names] of CLDR_CITIES) {
    const reading = { key: `city:${zone}`, canonical: names[0], kind: 'city', countryCode: countryCode || null } as const;
    add([...names, ...(cityVariants.get(zone) ?? [])], reading);
  }
  for (const [id, countryCode, names] of MORE_CITIES) {
    add(names, { key: `city:${id}`, canonical: names[0], kind: 'city', countryCode });
  }
  return byName;
}

function* lexiconEntries(): Iterable<readonly [string, PlaceLexiconEntry]> {
  const needsTrigger = new Set(NAMES_NEEDING_TRIGGER.map(foldKey));
  const needsContext = new Set(NAMES_NEEDING_PLACE_CONTEXT.map(foldKey));
  const alsoAdjectives = new Set(NAMES_ALSO_ADJECTIVES.map(foldKey));
  const conditionOf = (name: string): NameCondition => {
    if (needsTrigger.has(name)) return 'after-trigger';
    if (needsContext.has(name)) return 'place-context';
    return alsoAdjectives.has(name) ? 'not-after-definite-word' : 'anywhere';
  };
  for (const [name, readings] of gazetteerReadings()) {
    const condition = conditionOf(name);
    const entry = { role: 'place', readings, condition } as const;
    // ل + ال fused into لل (للعراق) is found by the phrase index itself, which gives the article its alef back
    yield [name, entry];
  }
  // Context words come after the names: a name and a context word never share a key, and if one
  // ever did, the name (listed first) would win.
  for (const [word, spec] of PLACE_TRIGGERS) {
    yield [word, { role: 'trigger', spec, definite: false }];
    yield [ARTICLE + word, { role: 'trigger', spec, definite: true }];
  }
  for (const title of STATE_TITLES) yield [title, { role: 'state-title' }];
  for (const [head, needsNameEnding] of OUTLET_HEADS) yield [head, { role: 'outlet-head', needsNameEnding }];
}

export const placeLexicon = lazy(() => new PhraseIndex<PlaceLexiconEntry>(lexiconEntries()));
