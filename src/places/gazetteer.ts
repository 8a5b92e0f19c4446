// The places lexicon: gazetteer names and the context words the recognizer reacts to, in one
// phrase index, so that each token costs one lookup whatever it turns out to be.
import type { PlaceKind } from '../contracts/entity';
import { lazy } from '../text/lazy';
import {
  CITY_VARIANTS,
  COUNTRY_VARIANTS,
  MORE_CITIES,
  NAMES_ALSO_ADJECTIVES,
  NAMES_NEEDING_EVIDENCE,
  NAMES_NEEDING_PLACE_CONTEXT,
  NAMES_NEEDING_TRIGGER,
  DIRECTION_ADJECTIVES,
  REGIONS,
  WORDS_NOT_PLACE_NAMES,
} from '../data/places/places';
import { NOT_PLACE_NAME_WORDS, OUTLET_HEADS, PLACE_TRIGGERS, STATE_TITLES, type PlaceTriggerSpec } from '../data/places/places-context';
import { CLDR_CITIES, CLDR_COUNTRIES } from '../data/places/places.generated';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';
import { isDemonymWord } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { openDataPlaces } from '../contracts/open-data-places';
import { CONDITIONS_LOOSEST_FIRST, openDataCondition, type NameCondition } from './geonames';

/** One thing a name can stand for. */
export interface PlaceReading {
  /**
   * Stable id: the CLDR code for countries (`AM`), `city:<zone or id>`, `region:<id>` …, `geonames:<id>`
   * and `egypt:<id>` for the open-data gazetteer, `place:<name>` for unknown places.
   */
  key: string;
  /** The gazetteer's name; undefined for a place found by context only. */
  canonical: string | undefined;
  kind: PlaceKind;
  /** ISO 3166-1 code of the country the place is or lies in; null when it spans several or is disputed. */
  countryCode: string | null;
}

export type { NameCondition } from './geonames';

export type PlaceLexiconEntry =
  | {
      role: 'place';
      readings: readonly PlaceReading[];
      condition: NameCondition;
      /** Only the open-data gazetteer knows the name: a pronoun suffix or a construct after it says it is a word. */
      openDataOnly: boolean;
      /** A one-word name also used in people's names (سعيدة، الخليل): a word after it may be a surname. */
      alsoPersonName: boolean;
    }
  | { role: 'trigger'; spec: PlaceTriggerSpec; definite: boolean }
  | { role: 'state-title' }
  | { role: 'outlet-head'; needsNameEnding: boolean };

const ARTICLE = 'ال';

/**
 * Readings of every folded name, in order of preference when nothing in the text decides: countries,
 * regions, then the hand-kept and CLDR cities (`عمان` is Oman before Amman, `تونس` the country before
 * its capital), then the open-data places, most populous first. An open-data place whose name
 * already has a reading in the same country is that reading (GeoNames' Damascus is CLDR's).
 * `openData` receives the condition of each open-data name.
 */
export function gazetteerReadings(openData?: (name: string, condition: NameCondition) => void): Map<string, PlaceReading[]> {
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
  // a name CLDR or the hand-kept lists know keeps their readings only (فلسطين is not a town in Texas)
  const handKept = new Set(byName.keys());
  const notNames = notOpenDataNames();
  const triggerNames = definiteTriggers();
  const given = personNameWords();
  const isGivenName = (word: string): boolean => given.has(word);
  for (const place of openDataPlaces()) {
    const key = place.id.startsWith('eg-') ? `egypt:${place.id.slice(3)}` : `geonames:${place.id}`;
    const reading: PlaceReading = { key, canonical: place.names[0], kind: place.kind, countryCode: place.countryCode };
    for (const name of place.keys) {
      // a demonym is a nationality, never a place (a Bulgarian روسه is روسة `Russian`)
      if (handKept.has(name) || notNames.has(name) || isDemonymWord(name)) continue;
      if (triggerNames.has(name) && place.kind !== 'province') continue;
      const readings = byName.get(name);
      // plain code: this runs for thousands of names on the first extract
      if (readings === undefined) byName.set(name, [reading]);
      else if (hasReadingIn(readings, place.countryCode)) continue;
      else readings.push(reading);
      openData?.(name, triggerNames.has(name) ? 'after-trigger' : openDataCondition(name, place, isGivenName));
    }
  }
  return byName;
}

function hasReadingIn(readings: readonly PlaceReading[], countryCode: string): boolean {
  for (const reading of readings) if (reading.countryCode === countryCode) return true;
  return false;
}

/**
 * Words the open-data gazetteer may list that are never place names alone: trigger words, state
 * titles and outlet heads, the function words and adjectives that never start a name after a
 * trigger (but for the direction names of divisions, which need context instead), and
 * WORDS_NOT_PLACE_NAMES. A trigger with the article is left to the next rule.
 */
function notOpenDataNames(): Set<string> {
  const contextWords = [...PLACE_TRIGGERS.map(([word]) => word), ...STATE_TITLES, ...OUTLET_HEADS.map(([head]) => head)];
  const directions = new Set(DIRECTION_ADJECTIVES.map(foldKey));
  return new Set([
    ...contextWords.map(foldKey),
    ...[...NOT_PLACE_NAME_WORDS, ...WORDS_NOT_PLACE_NAMES].map(foldKey).filter((word) => !directions.has(word)),
  ]);
}

/**
 * Triggers with the article that are also a division's name (`الجزيرة`: the island, and a Sudanese
 * state): a place only right after another trigger (`ولاية الجزيرة`), a trigger everywhere else.
 */
function definiteTriggers(): Set<string> {
  return new Set(PLACE_TRIGGERS.map(([word]) => foldKey(ARTICLE + word)));
}

/** Every name and context word of the places lexicon, as folded keys with their entries. */
function lexiconEntries(): (readonly [string, PlaceLexiconEntry])[] {
  const entries: (readonly [string, PlaceLexiconEntry])[] = [];
  const needsTrigger = new Set(NAMES_NEEDING_TRIGGER.map(foldKey));
  const needsEvidence = new Set(NAMES_NEEDING_EVIDENCE.map(foldKey));
  const needsContext = new Set(NAMES_NEEDING_PLACE_CONTEXT.map(foldKey));
  const alsoAdjectives = new Set(NAMES_ALSO_ADJECTIVES.map(foldKey));
  // an open-data name with several places takes the loosest of their conditions
  const openDataConditions = new Map<string, NameCondition>();
  const rank = (condition: NameCondition): number => CONDITIONS_LOOSEST_FIRST.indexOf(condition);
  const readingsByName = gazetteerReadings((name, condition) => {
    const known = openDataConditions.get(name);
    if (known === undefined || rank(condition) < rank(known)) openDataConditions.set(name, condition);
  });
  const personNames = personNameWords();
  const conditionOf = (name: string): NameCondition => {
    if (needsTrigger.has(name)) return 'after-trigger';
    if (needsEvidence.has(name)) return 'place-evidence';
    if (needsContext.has(name)) return 'place-context';
    if (alsoAdjectives.has(name)) return 'not-after-definite-word';
    return openDataConditions.get(name) ?? 'anywhere';
  };
  for (const [name, readings] of readingsByName) {
    const condition = conditionOf(name);
    const bare = name.startsWith(ARTICLE) ? name.slice(ARTICLE.length) : name;
    const alsoPersonName = !name.includes(' ') && (personNames.has(name) || personNames.has(bare));
    const entry = { role: 'place', readings, condition, openDataOnly: openDataConditions.has(name), alsoPersonName } as const;
    // ل + ال fused into لل (للعراق) is found by the phrase index itself, which gives the article its alef back
    entries.push([name, entry]);
  }
  // Context words come after the names: a name and a context word never share a key, and if one
  // ever did, the name (listed first) would win.
  for (const [word, spec] of PLACE_TRIGGERS) {
    entries.push([foldKey(word), { role: 'trigger', spec, definite: false }]);
    entries.push([foldKey(ARTICLE + word), { role: 'trigger', spec, definite: true }]);
  }
  for (const title of STATE_TITLES) entries.push([foldKey(title), { role: 'state-title' }]);
  for (const [head, needsNameEnding] of OUTLET_HEADS) entries.push([foldKey(head), { role: 'outlet-head', needsNameEnding }]);
  return entries;
}

// the names are gazetteerReadings' folded keys, the context words folded above
export const placeLexicon = lazy(() => new PhraseIndex<PlaceLexiconEntry>(lexiconEntries(), { folded: true }));
