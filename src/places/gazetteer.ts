// The places lexicon: gazetteer names and the context words the recognizer reacts to, in one
// phrase index, so that each token costs one lookup whatever it turns out to be.
import type { PlaceKind } from '../contracts/entity';
import { lazy } from '../text/lazy';
import {
  CITY_VARIANTS,
  COUNTRY_VARIANTS,
  MORE_CITIES,
  NAMES_ALSO_ADJECTIVES,
  NAMES_NEEDING_COUNTRY_IN_ARTICLE,
  NAMES_NEEDING_EVIDENCE,
  NAMES_NEEDING_PLACE_CONTEXT,
  NAMES_NEEDING_TRIGGER,
  DIRECTION_ADJECTIVES,
  REGIONS,
  WORDS_NOT_PLACE_NAMES,
} from '../data/places/places';
import {
  MASCULINE_DUAL_TRIGGERS,
  MILITARY_BASE_TRIGGER,
  ENERGY_FIELD_TRIGGER,
  JOINED_NAME_HEADS,
  PORT_HEAD_SPELLINGS,
  PORT_TRIGGER,
  PLURAL_TRIGGERS,
  NOT_PLACE_NAME_WORDS,
  OUTLET_HEADS,
  PLACE_TRIGGERS,
  STATE_TITLES,
  type PlaceTriggerSpec,
} from '../data/places/places-context';
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
   * (a GeoNames id, division `SD.50` or ISO 3166-2 subdivision `AU-QLD`) and `egypt:<id>` for the open-data
   * gazetteer, `place:<name>` for unknown places.
   */
  key: string;
  /** The gazetteer's name; undefined for a place found by context only. */
  canonical: string | undefined;
  kind: PlaceKind;
  /** ISO 3166-1 code of the country the place is or lies in; null when it spans several or is disputed. */
  countryCode: string | null;
}

export type { NameCondition } from './geonames';

/** How many places a trigger names (PlaceLexiconEntry). */
export type TriggerNames = 'one' | 'two' | 'many';

export type PlaceLexiconEntry =
  | {
      role: 'place';
      readings: readonly PlaceReading[];
      condition: NameCondition;
      /** Only the open-data gazetteer knows the name: a pronoun suffix or a construct after it says it is a word. */
      openDataOnly: boolean;
      /** A one-word name also used in people's names (سعيدة، الخليل): a word after it may be a surname. */
      alsoPersonName: boolean;
      /**
       * The open data writes the name in ه only (`سكوبيه` beside `إسكوبية`), so a final ه there is no
       * pronoun suffix, as it is on a name the sources also write in ة (`بصره` `his sight`, not البصرة).
       */
      spelledWithFinalHa: boolean;
      /**
       * A spelling of the name opens with alef madda (`آسفي`); a short name written so where none does
       * is another word (`آب` August, not Yemen's `إب`).
       */
      spelledWithMadda: boolean;
    }
  /**
   * `names`: how many places the trigger names: one; two, in the dual construct (`بلدتي`, `محافظتا`,
   * `مخيمي`), joined by و; or a list of two or more, in the plural construct (`بلدات`, `قرى`).
   */
  | { role: 'trigger'; spec: PlaceTriggerSpec; definite: boolean; names: TriggerNames }
  | { role: 'state-title' }
  | { role: 'outlet-head'; needsNameEnding: boolean };

const ARTICLE = 'ال';
const FEMININE_ENDING = 'ة';
const FINAL_HA = 'ه';
const ALEF_MADDA = 'آ';

/**
 * Readings of every folded name, in order of preference when nothing in the text decides: countries,
 * regions, then the hand-kept and CLDR cities (`عمان` is Oman before Amman, `تونس` the country before
 * its capital), then the open-data places, most populous first. An open-data place whose name
 * already has a reading in the same country is that reading (GeoNames' Damascus is CLDR's).
 */
export function gazetteerReadings(): Map<string, readonly PlaceReading[]> {
  const byName: Map<string, readonly PlaceReading[]> = handKeptReadings();
  for (const name of openDataNames(byName, new OpenDataRules(), new Map()).values()) byName.set(name.key, name.readings);
  return byName;
}

/** The names of CLDR and the hand-kept lists, each with its readings in order of preference. */
function handKeptReadings(): Map<string, PlaceReading[]> {
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

/** What deciding an open-data name's readings and condition needs, shared by all of them. */
class OpenDataRules {
  readonly places = openDataPlaces();
  readonly triggerNames = definiteTriggers();
  readonly personNames = personNameWords();
  readonly isGivenName = (word: string): boolean => this.personNames.has(word);
  /** Each place's reading, made when a name of it is first read, and shared by its names. */
  private readonly placeReadings: (PlaceReading | undefined)[] = [];

  readingOf(index: number): PlaceReading {
    let reading = this.placeReadings[index];
    if (reading === undefined) {
      const place = this.places.place(index);
      const key = place.id.startsWith('eg-') ? `egypt:${place.id.slice(3)}` : `geonames:${place.id}`;
      reading = { key, canonical: place.names[0], kind: place.kind, countryCode: place.countryCode };
      this.placeReadings[index] = reading;
    }
    return reading;
  }
}

/**
 * The open-data names that are no hand-kept name (فلسطين is not a town in Texas), no word the
 * gazetteer leaves out (notOpenDataNames) and no demonym (a Bulgarian روسه is روسة `Russian`),
 * in the order of their most populous place, added to `byKey` (which holds no open-data name yet).
 * A definite trigger word (`الجزيرة`) names a province only. Each name lists its places here; its
 * readings and condition are worked out when it is first read (PlaceName): the first extract
 * indexes thousands of names and reads a few.
 */
function openDataNames(handKept: ReadonlyMap<string, unknown>, rules: OpenDataRules, byKey: Map<string, PlaceName>): Map<string, PlaceName> {
  const notNames = notOpenDataNames();
  const { places, triggerNames } = rules;
  // plain code: this runs for thousands of names on the first extract
  for (let index = 0; index < places.count; index++) {
    const kind = places.kindOf(index);
    const keys = places.keysOf(index);
    // indexes, not for…of: no iterator to step through for each place before the engine compiles this
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (handKept.has(key) || notNames.has(key) || isDemonymWord(key)) continue;
      if (triggerNames.has(key) && kind !== 'province') continue;
      const known = byKey.get(key);
      if (known !== undefined) known.places.push(index);
      else byKey.set(key, new PlaceName(key, undefined, [index], rules));
    }
  }
  return byKey;
}

/**
 * A name of the places lexicon. A hand-kept name comes with its readings. An open-data name's
 * readings are its places', most populous first, but a place in a country it already has a reading
 * in (two towns of one country share the first's reading); its condition the loosest of theirs
 * (openDataCondition; after a trigger only, for a definite trigger word); both worked out on first
 * read and kept. One class for both, so that the recognizer reads every name's entry by one shape.
 */
class PlaceName {
  // declared, and set by the constructor alone: field initializers would cost a call more for each of
  // the thousands of names made on the first extract
  declare readonly role: 'place';
  /** A condition of the lexicon's own lists (NAMES_NEEDING_TRIGGER …), set by lexiconEntries: it comes first. */
  declare listedCondition: NameCondition | undefined;
  /** Only the open-data gazetteer knows the name. */
  declare readonly openDataOnly: boolean;
  declare readonly key: string;
  /** Indexes of the open-data places named so, most populous first. */
  declare readonly places: number[];
  declare private readonly rules: OpenDataRules;
  declare private resolvedReadings: readonly PlaceReading[] | undefined;
  declare private resolvedCondition: NameCondition;
  declare private personName: boolean | undefined;
  declare private finalHa: boolean | undefined;

  /** `readings`: a hand-kept name's; undefined for an open-data name, whose readings are its places'. */
  constructor(key: string, readings: readonly PlaceReading[] | undefined, places: number[], rules: OpenDataRules) {
    this.role = 'place';
    this.listedCondition = undefined;
    this.openDataOnly = readings === undefined;
    this.key = key;
    this.places = places;
    this.rules = rules;
    this.resolvedReadings = readings;
    this.resolvedCondition = 'anywhere';
    this.personName = undefined;
    this.finalHa = undefined;
  }

  get readings(): readonly PlaceReading[] {
    return this.resolvedReadings ?? this.resolve();
  }

  get condition(): NameCondition {
    if (this.listedCondition !== undefined) return this.listedCondition;
    if (this.resolvedReadings === undefined) this.resolve();
    return this.resolvedCondition;
  }

  /** A one-word name also used in people's names (سعيدة، الخليل): a word after it may be a surname. */
  get alsoPersonName(): boolean {
    this.personName ??= alsoPersonName(this.key, this.rules.personNames);
    return this.personName;
  }

  get spelledWithMadda(): boolean {
    const canonicals = this.readings.flatMap((reading) => (reading.canonical === undefined ? [] : [reading.canonical]));
    return [...canonicals, ...this.spellings()].some((spelling) => spelling.startsWith(ALEF_MADDA));
  }

  get spelledWithFinalHa(): boolean {
    if (this.finalHa === undefined) {
      const spellings = this.spellings();
      this.finalHa = spellings.length > 0 && spellings.every((spelling) => spelling.endsWith(FINAL_HA));
    }
    return this.finalHa;
  }

  /**
   * How the open data writes the name: its places' names that fold to it (سكوبيه; بصرة and بصره for
   * Basra's بصره). None for a hand-kept name.
   */
  private spellings(): string[] {
    const written: string[] = [];
    for (const index of this.places) {
      const place = this.rules.places.place(index);
      place.keys.forEach((key, k) => {
        if (key === this.key) written.push(place.names[k]!);
      });
    }
    return written;
  }

  private resolve(): readonly PlaceReading[] {
    const { places, triggerNames, isGivenName } = this.rules;
    const readings: PlaceReading[] = [];
    let rank = CONDITIONS_LOOSEST_FIRST.length;
    // a definite trigger word names a place only after a trigger, whichever place it names
    const afterTrigger = triggerNames.has(this.key);
    for (const index of this.places) {
      const place = places.place(index);
      if (hasReadingIn(readings, place.countryCode)) continue;
      readings.push(this.rules.readingOf(index));
      const condition = afterTrigger ? 'after-trigger' : openDataCondition(this.key, place, isGivenName);
      rank = Math.min(rank, CONDITIONS_LOOSEST_FIRST.indexOf(condition));
    }
    this.resolvedCondition = CONDITIONS_LOOSEST_FIRST[rank]!;
    this.resolvedReadings = readings;
    return readings;
  }
}

function alsoPersonName(name: string, personNames: { has(word: string): boolean }): boolean {
  const bare = name.startsWith(ARTICLE) ? name.slice(ARTICLE.length) : name;
  return !name.includes(' ') && (personNames.has(name) || personNames.has(bare));
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
  // a trigger's dual and plural too (`مدينتي` is `my city` and the two cities' trigger far more often than Egypt's Madinaty)
  const triggerForms = PLACE_TRIGGERS.flatMap(([word, spec]) => [word, ...dualForms(word, spec)]);
  const contextWords = [...triggerForms, ...PLURAL_TRIGGERS.map(([plural]) => plural), ...STATE_TITLES, ...OUTLET_HEADS.map(([head]) => head)];
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
  const rules = new OpenDataRules();
  const handKept = handKeptReadings();
  // ل + ال fused into لل (للعراق) is found by the phrase index itself, which gives the article its alef back
  const names = new Map<string, PlaceName>();
  for (const [key, readings] of handKept) names.set(key, new PlaceName(key, readings, [], rules));
  openDataNames(handKept, rules, names);
  // the lexicon's own lists, each name looked up (not each of the thousands of names tested against
  // them); a name on several lists takes the first list's condition, so the first list is set last
  const listed: [readonly string[], NameCondition][] = [
    [NAMES_ALSO_ADJECTIVES, 'not-after-definite-word'],
    [NAMES_NEEDING_PLACE_CONTEXT, 'place-context'],
    [NAMES_NEEDING_EVIDENCE, 'place-evidence'],
    [NAMES_NEEDING_COUNTRY_IN_ARTICLE, 'country-in-article'],
    [NAMES_NEEDING_TRIGGER, 'after-trigger'],
  ];
  for (const [list, condition] of listed) {
    for (const written of list) {
      const name = names.get(foldKey(written));
      if (name !== undefined) name.listedCondition = condition;
    }
  }
  const entries: (readonly [string, PlaceLexiconEntry])[] = [];
  for (const name of names.values()) entries.push([name.key, name]);
  for (const [spelling, name] of otherHeadSpellings(names)) entries.push([spelling, name]);
  // Context words come after the names: a name and a context word never share a key, and if one
  // ever did, the name (listed first) would win.
  for (const [word, written] of [...PLACE_TRIGGERS, MILITARY_BASE_TRIGGER, ENERGY_FIELD_TRIGGER, PORT_TRIGGER]) {
    // every spec with all its fields, in one order: specs of several shapes reaching the trigger rules
    // threw their optimized code away in the first pass, once for each shape met
    const spec: PlaceTriggerSpec = {
      kind: written.kind,
      partOfName: written.partOfName,
      definiteNames: written.definiteNames,
      masculine: written.masculine,
      capitalOf: written.capitalOf ?? false,
      alsoTermOfOffice: written.alsoTermOfOffice ?? false,
      unknownNeedsNisba: written.unknownNeedsNisba ?? false,
      cityPlace: written.cityPlace ?? false,
      division: written.division ?? false,
      alsoOffice: written.alsoOffice ?? false,
      closedByArm: written.closedByArm ?? false,
      closedByProduct: written.closedByProduct ?? false,
      bareOnly: written.bareOnly ?? false,
    };
    entries.push([foldKey(word), { role: 'trigger', spec, definite: false, names: 'one' }]);
    if (spec.cityPlace || spec.alsoOffice || spec.closedByArm || spec.closedByProduct || spec.bareOnly) continue;
    entries.push([foldKey(ARTICLE + word), { role: 'trigger', spec, definite: true, names: 'one' }]);
    for (const dual of dualForms(word, spec)) entries.push([foldKey(dual), { role: 'trigger', spec, definite: false, names: 'two' }]);
    for (const [plural, singular] of PLURAL_TRIGGERS) {
      if (singular === word) entries.push([foldKey(plural), { role: 'trigger', spec, definite: false, names: 'many' }]);
    }
  }
  for (const title of STATE_TITLES) entries.push([foldKey(title), { role: 'state-title' }]);
  for (const [head, needsNameEnding] of OUTLET_HEADS) entries.push([foldKey(head), { role: 'outlet-head', needsNameEnding }]);
  return entries;
}

// a head's word apart from it has three letters at least (`بورتو` is Porto, no بورت + و)
const MIN_WORD_AFTER_JOINED_HEAD = 3;

/**
 * The names spelled with a head news writes otherwise, each with the name it spells: a head joined
 * to the word after it, apart (`بورتسودان` → `بورت سودان`, `نيوساوث ويلز` → `نيو ساوث ويلز`:
 * JOINED_NAME_HEADS), and one spelling of French `Port` for the other (`بور لويس` → `بورت لويس`,
 * PORT_HEAD_SPELLINGS); not where a name is already so spelled.
 */
function otherHeadSpellings(names: ReadonlyMap<string, PlaceName>): Map<string, PlaceName> {
  const spellings = new Map<string, PlaceName>();
  const add = (spelling: string, name: PlaceName): void => {
    if (!names.has(spelling) && !spellings.has(spelling)) spellings.set(spelling, name);
  };
  const joinedHeads = JOINED_NAME_HEADS.map(foldKey);
  const portHeads = PORT_HEAD_SPELLINGS.map((head) => `${foldKey(head)} `);
  for (const [key, name] of names) {
    // the name's first word (`نيوساوث ويلز` → `نيو ساوث ويلز`)
    const firstWordLength = key.includes(' ') ? key.indexOf(' ') : key.length;
    for (const head of joinedHeads) {
      if (key.startsWith(head) && firstWordLength - head.length >= MIN_WORD_AFTER_JOINED_HEAD) add(`${head} ${key.slice(head.length)}`, name);
    }
    const port = portHeads.find((head) => key.startsWith(head));
    if (port !== undefined) for (const other of portHeads) if (other !== port) add(other + key.slice(port.length), name);
  }
  return spellings;
}

/**
 * The dual in construct of a trigger: ة becomes تي or, in the nominative, تا (`بلدتي`, `مدينتا`); a
 * masculine trigger of MASCULINE_DUAL_TRIGGERS takes ي. Not عاصمة, whose name after it is what it is
 * the capital of.
 */
function dualForms(word: string, spec: Pick<PlaceTriggerSpec, 'capitalOf'>): string[] {
  if (spec.capitalOf) return [];
  if (word.endsWith(FEMININE_ENDING)) return [word.slice(0, -1) + 'تي', word.slice(0, -1) + 'تا'];
  return MASCULINE_DUAL_TRIGGERS.includes(word) ? [word + 'ي'] : [];
}

// the names are gazetteerReadings' folded keys, the context words folded above
export const placeLexicon = lazy(() => new PhraseIndex<PlaceLexiconEntry>(lexiconEntries(), { folded: true }));
