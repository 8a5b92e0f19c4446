import type { EveryField } from '../contracts/every-field';
import { lazy } from '../text/lazy';
import { countryNamesAr } from '../text/countries';
import { openDataPlaces } from '../contracts/open-data-places';
import { KNOWN_ORGANIZATIONS } from '../data/organizations/organizations';
import { COUNTRY_VARIANTS, MORE_CITIES, REGIONS, WORDS_NOT_PLACE_NAMES } from '../data/places/places';
import { CLDR_CITIES } from '../data/places/places.generated';
import { GREGORIAN_MONTH_NAMES_CLDR } from '../data/dates/months.generated';
import { GREGORIAN_MONTH_VARIANTS } from '../data/dates/months';
import { ORDINALS, PATRONYMIC_PARTICLES, SPEECH_VERBS } from '../data/people/words';
import { GIVEN_NAMES } from '../data/people/given-names';
import { QUALIFIERS_BEFORE } from '../data/figures/qualifiers';
import { HUNDRED_SPELLINGS, SCALE_NUMBER_WORDS, TENS_NUMBER_WORDS, TWO_HUNDRED_WORDS, UNIT_NUMBER_WORDS } from '../data/figures/numbers';
import { AMBIGUOUS_TITLE_HEADS, TITLE_HEADS } from '../data/people/person-titles';
import {
  BRACKETED_ITEM_LABELS,
  COURT_CHAMBER_FIELDS,
  CHAMBER_RULING_VERBS,
  COURT_CHAMBER_HEAD,
  COURT_SHORT_FORM_CUES,
  COURT_SHORT_FORMS,
  FIXTURE_NOUNS,
  FIXTURE_PAIR_WORDS,
  FIXTURE_VERBS,
  OPPONENT_EPITHETS,
  OPPONENT_NOUNS,
  HOST_GUEST_NOUNS,
  GOAL_NOUNS,
  SCORING_WORDS,
  SPORT_NAME_WORDS,
  MATCH_WORDS,
  STADIUM_NOUNS,
  CLUB_CITY_PREFIXES,
  CLUB_SOCIETY_WORDS,
  CLUB_FORCE_WORDS,
  CLUB_SOCIETY_EVERYDAY_WORDS,
  COMPANY_PAIR_HEADS,
  COMPANY_LIST_HEADS,
  COMPANY_TRADE_WORDS,
  COMPANY_TRADE_NOUNS,
  STOCK_INDEX_NOUN,
  IN_THE_NAME_OF,
  SPOKESPERSON_NOUNS,
  EXECUTIVE_ADJECTIVE,
  EXECUTIVE_TITLE_HEADS,
  LIST_EXAMPLE_WORDS,
  OUTLET_CITING_VERBS,
  OUTLET_CITY_NISBAS,
  OUTLET_DAY_PARTS,
  OUTLET_ADJECTIVES,
  OUTLET_DESCRIPTORS_WITH_NISBA,
  OUTLET_OWNER_WORDS,
  OUTLET_SOURCE_WORDS,
  FEMININE_ORDINALS,
  DESCRIBED_BODY_HEADS,
  FUNCTION_WORDS,
  MINISTRY_DOMAINS,
  INTERNATIONAL_FINANCE,
  NAME_ADJECTIVES,
  NAME_DESCRIPTORS,
  NAME_ENDING_WORDS,
  NAMESAKE_TITLES,
  NATIONAL_BODIES,
  NOT_BODY_PURPOSES,
  NOT_NAME_COMPLEMENTS,
  ORGANIZATION_HEADS,
  SUPREME_ADJECTIVES,
  PARTY_IDEOLOGIES,
} from '../data/organizations/organizations-patterns';
import { foldKey } from '../text/fold-key';
// a brand in apposition before `شركة` (companies.ts) makes the head an article cue too
import { COMPANY_HEAD } from './names';
import { PhraseIndex, type TokenStream } from '../text/phrases';
import { FilteredWords } from '../text/word-shapes';
import type { KnownOrganization, NationalBody, OrganizationHead, OrganizationKind } from '../data/organizations/shapes';

/** A national body's name as found in text, with what it needs to be a mention of that body. */
export interface NationalName {
  body: NationalBody;
  /** needs-country: only with a nisba or في + country; standalone: alone too; short: only with a feminine nisba. */
  form: 'needs-country' | 'standalone' | 'short';
  /** Whether a qualifying nisba must be feminine (it agrees with the name's head noun, or the unwritten وزارة). */
  feminine: boolean;
}

/** A head noun of names (`وزارة`, `شركة`) with its words folded: the head word that starts its key, its naming and construct words. */
export interface HeadEntry {
  head: OrganizationHead;
  folded: string;
  namingWords: ReadonlySet<string>;
  constructWords: ReadonlySet<string>;
}

/**
 * A listed head with every field, absent ones `undefined`, in one order: the list's literals, each
 * with its own optional fields, reached matchHeadPhrase with more hidden classes than V8 caches inline.
 */
function headWithEveryField(head: OrganizationHead): OrganizationHead {
  const every: EveryField<OrganizationHead> = {
    head: head.head,
    kind: head.kind,
    complement: head.complement,
    minWords: head.minWords,
    namingWords: head.namingWords,
    takesPlaceName: head.takesPlaceName,
    possessedByKnown: head.possessedByKnown,
    takesNamesake: head.takesNamesake,
    namesClub: head.namesClub,
    constructWords: head.constructWords,
  };
  return every;
}

/** A name written around a country: the words after the country, folded (`للانباء` in `وكالة {country} للأنباء`). */
export interface AroundCountryName {
  body: NationalBody;
  after: readonly string[];
}

export interface OrganizationTables {
  known: PhraseIndex<KnownOrganization>;
  contextual: PhraseIndex<KnownOrganization>;
  /** Ids of the entries with contextual names: only an article naming one of them needs a second look. */
  keysWithContextualNames: ReadonlySet<string>;
  nationalNames: PhraseIndex<NationalName>;
  /** Keyed on the words before `{country}`. */
  aroundCountry: PhraseIndex<readonly AroundCountryName[]>;
  countries: PhraseIndex<string>;
  /** Heads whose name may be a definite noun phrase or a person's (a namesake), with the folded head word that starts its key. */
  heads: PhraseIndex<HeadEntry>;
  /** Countries and cities the gazetteer names (CLDR, the hand-kept list, open data), for a body named after one (`جامعة دمشق`). */
  placeNames: PlaceNames;
  /** A court chamber's head, fields and ordinals (`الغرفة الجزائية العاشرة`). */
  chamber: { head: string; fields: ReadonlySet<string>; ordinals: ReadonlySet<string>; rulingVerbs: ReadonlySet<string> };
  /** Heads and descriptors: words after which a quoted or contextual name is an organization of that kind. */
  introducers: PhraseIndex<OrganizationKind>;
  /** Definite heads of bodies named by what they are for (`المركز` in `المركز الروسي للتجاوب …`). */
  describedHeads: PhraseIndex<OrganizationKind>;
  /** The heads of bodies with the article, folded (`البنك`, `الشركة`, `المجلس`): an adjective after one qualifies it. */
  definiteHeads: ReadonlySet<string>;
  /** `العليا`, `الأعلى`, folded: with a field's adjective they name a described body alone (SUPREME_ADJECTIVES). */
  supremeAdjectives: ReadonlySet<string>;
  /** `الديمقراطي`, `الشيوعي` …, folded: after `الحزب` they name a party (PARTY_IDEOLOGIES). */
  partyIdeologies: ReadonlySet<string>;
  /** Folded definite nouns that, after لـ, are not a body's purpose: states, owners, bodies (`للحكومة`). */
  notBodyPurposes: ReadonlySet<string>;
  /**
   * The stems of every word a match can start with (`امم` for `الأمم`), each with the readings
   * (StartsReading bits) that can start there: one probe of a token's precomputed stem rules out
   * almost every token, and tells which lookups the others need.
   */
  startStems: FilteredWords<number>;
  nameEndingWords: ReadonlySet<string>;
  /**
   * A person's titles of one word with the article, folded (`الوزير`, `العقيد`, `السفير`), but those that
   * are everyday nouns too (`السباحة`, `الفريق`): joined by و after a body's name, one opens the next
   * person (`رئيس حزب العمال والوزير السابق`), never a word of the name.
   */
  personTitles: ReadonlySet<string>;
  /** A person's name a body is named after: the titles before it, the particles inside it (بن، آل), its regnal ordinals' stems (ثاني). */
  /** A namesake's titles, particles and regnal ordinals, and the given names that are no everyday word (GIVEN_NAMES), folded. */
  namesake: { titles: ReadonlySet<string>; particles: ReadonlySet<string>; ordinals: ReadonlySet<string>; givenNames: ReadonlySet<string> };
  notNameComplements: ReadonlySet<string>;
  nameAdjectives: ReadonlySet<string>;
  /** Words of a sport in a name, folded stems (SPORT_NAME_WORDS): a body of kind `other` so named is `sports`. */
  sportWords: ReadonlySet<string>;
  /** A region's development or monetary bank or fund, folded stems (INTERNATIONAL_FINANCE): kind `international`. */
  internationalFinance: { heads: ReadonlySet<string>; fields: ReadonlySet<string>; regions: ReadonlySet<string> };
  functionWords: ReadonlySet<string>;
  /** Words that label a news item in brackets (تحديث، عاجل), never a credited source. */
  itemLabels: ReadonlySet<string>;
  /** A court's levels and fields with the article that stand alone for it later in an article (`الجنايات`). */
  courtTypes: ReadonlySet<string>;
  /** Words before a court's short name that make it the court (`أمام`, `قضت`). */
  courtShortFormCues: ReadonlySet<string>;
  /** `فريقا`/`فريقي`, and each verb of a result with the preposition before its second side (`فاز` → `على`). */
  fixturePairWords: ReadonlySet<string>;
  /** `مباراة`, folded: before two definite sides joined by و (FIXTURE_NOUNS); match words, so already cues. */
  fixtureNouns: ReadonlySet<string>;
  fixtureVerbs: ReadonlyMap<string, string>;
  matchWords: ReadonlySet<string>;
  /** `ملعب`, `استاد`, folded (STADIUM_NOUNS): a club's name after one and before another name word is the stadium's. */
  stadiumNouns: ReadonlySet<string>;
  /**
   * The first word of each country's CLDR name, folded, without the article (`بوروندي`, `كونغو`,
   * `تشاد`): a nisba made of one (`البوروندي`, `الكونغولي`) is a nationality, not a club, where the
   * hand-kept demonyms lack it.
   */
  countryStems: ReadonlySet<string>;
  /** Rivals' nouns before a side (`على ضيفه الرجاء`; OPPONENT_NOUNS, article cues) and their epithets (`التقليدي`), folded. */
  opponents: { nouns: ReadonlySet<string>; epithets: ReadonlySet<string>; hosting: ReadonlySet<string> };
  /** `مرمى`, folded (GOAL_NOUNS; article cues): after `في`, a team's name follows it in a sentence with a goal (SCORING_WORDS). */
  goal: { nouns: ReadonlySet<string>; scoring: ReadonlySet<string> };
  /** Words that open a club's name before its city's (CLUB_CITY_PREFIXES). */
  clubCityPrefixes: ReadonlySet<string>;
  /** Arabic words of sports societies (CLUB_SOCIETY_WORDS), folded: a club's name in an article of matches; article cues. */
  clubSocieties: ReadonlySet<string>;
  /** CLUB_FORCE_WORDS, folded with the article: a side of a fixture with an adjective of its own (`الجيش الملكي`). */
  clubForces: ReadonlySet<string>;
  /** Those that name a city's young people or future as often (CLUB_SOCIETY_EVERYDAY_WORDS), folded: clubs only as a fixture's side. */
  everydayClubSocieties: ReadonlySet<string>;
  /** The heads of clubs and teams with the article, folded (`الفريق`, `النادي`, `المنتخب`): alone, the team the text spoke of. */
  teamHeads: ReadonlySet<string>;
  /** The heads that name a club (`نادي`, `فريق`: namesClub), folded; article cues, for a foreign name after one (clubs.ts). */
  clubHeads: ReadonlySet<string>;
  /** Number words, folded (`مليون`, `خمسين`): before a club's society word they make it a currency (`مليون ريال`). */
  numberWords: ReadonlySet<string>;
  /** `شركتي`, `شركتا`, folded: before two companies' names (COMPANY_PAIR_HEADS); article cues. */
  companyPairHeads: ReadonlySet<string>;
  /** `شركات`, folded, and the words that open its examples (`مثل`): a list of quoted companies; article cues. */
  companyList: { heads: ReadonlySet<string>; examples: ReadonlySet<string> };
  /**
   * What a bare company's name follows (companies.ts): the trade's words and verbs (COMPANY_TRADE_WORDS,
   * article cues), `التنفيذي` (a cue without its article) after its heads, and the words of no Arabic
   * shape that are no company's: months' names (`مبيعات فبراير`) and a number's qualifiers of one word
   * (`أنتجت حوالي`); the trade's nouns only (COMPANY_TRADE_NOUNS) and the stock index's noun; all folded.
   */
  companyTrade: { words: ReadonlySet<string>; nouns: ReadonlySet<string>; index: string; executive: string; executiveHeads: ReadonlySet<string>; notNames: ReadonlySet<string> };
  /** `باسم` and the spokespersons' nouns before it (SPOKESPERSON_NOUNS), folded: a body's name follows (companies.ts); `باسم` an article cue. */
  spokesperson: { inTheNameOf: string; nouns: ReadonlySet<string> };
  /** OUTLET_ADJECTIVES, folded without the article (article cues): a foreign word before one is an outlet (companies.ts). */
  outletAdjectives: ReadonlySet<string>;
  outletCityNisbas: ReadonlySet<string>;
  outletNisbaDescriptors: ReadonlySet<string>;
  /** What makes the descriptor after it a cited source (`قالت`, `نشرت`, `بحسب`, `نقلا عن`), folded; OUTLET_DAY_PARTS and OUTLET_OWNER_WORDS. */
  outletCues: { verbs: ReadonlySet<string>; sources: ReadonlySet<string>; dayParts: ReadonlySet<string>; owners: ReadonlySet<string> };
}

const COUNTRY_SLOT = '{country}';

/** Folded place names: all the gazetteer's (but towns), and those of them news names bare. */
export interface FoldedPlaceNames {
  all: readonly string[];
  /** Countries, CLDR's and the hand-kept cities and regions, open-data provinces and large cities (WELL_KNOWN_POPULATION). */
  wellKnown: ReadonlySet<string>;
}

/**
 * Place names as folded keys, looked up whole word by word. A set rather than a phrase index: it is
 * built from thousands of names, and a set of strings is built in one call. Built on the first
 * lookup, not with the other tables: about half of news articles (the first seed article among
 * them) ask it nothing, and the first extract need not pay for it.
 */
export class PlaceNames {
  private readonly index: () => { names: ReadonlySet<string>; wellKnown: ReadonlySet<string>; longNamePrefixes: ReadonlySet<string> };

  constructor(folded: () => FoldedPlaceNames) {
    this.index = lazy(() => {
      const { all, wellKnown } = folded();
      /**
       * The first words of the names of several words, and their first two words, and so on but the
       * last: a longer name is sought only while the words read so far open one (a phrase that opens
       * none is not built on and looked up again: many long names open with a common word, `شمال`).
       */
      const longNamePrefixes = new Set<string>();
      for (const name of all) {
        for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) longNamePrefixes.add(name.slice(0, space));
      }
      return { names: new Set(all), wellKnown, longNamePrefixes };
    });
  }

  /**
   * The token after the longest place name written from token `from`, its first word whole or
   * without its first `skip` letters (a conjunction: `وبرشلونة`); null when none starts there.
   */
  endAt(stream: TokenStream, from: number, skip = 0): number | null {
    return this.longestEnd(stream, from, skip, this.index().names);
  }

  /** endAt for the well-known places only: where a small town's name would as likely be a word (`السوق`). */
  wellKnownEndAt(stream: TokenStream, from: number, skip = 0): number | null {
    return this.longestEnd(stream, from, skip, this.index().wellKnown);
  }

  private longestEnd(stream: TokenStream, from: number, skip: number, names: ReadonlySet<string>): number | null {
    const tokens = stream.tokens;
    const first = tokens[from];
    if (first === undefined || first.kind !== 'word') return null;
    const { longNamePrefixes } = this.index();
    let phrase = skip === 0 ? first.norm : first.norm.slice(skip);
    let end = names.has(phrase) ? from + 1 : null;
    for (let k = from + 1; k < tokens.length && longNamePrefixes.has(phrase); k++) {
      phrase += ' ' + tokens[k]!.norm;
      if (names.has(phrase)) end = k + 1;
    }
    return end;
  }
}

/** Bits of `startStems`: which kinds of reading can start at a word. */
export const StartsReading = {
  known: 1,
  contextual: 2,
  national: 4,
  introduced: 8,
  described: 16,
  chamber: 32,
  /** Not a reading: words the article-level passes look at (a fixture's cue, a court's short name). */
  articleCue: 64,
} as const;

/**
 * A national body with every field, absent ones `undefined`, in one order: the listed literals and the
 * ministries differ in their optional fields, which made the reads of a matched body (matchNamed) megamorphic.
 */
function bodyWithEveryField(body: NationalBody): NationalBody {
  const every: EveryField<NationalBody> = {
    id: body.id,
    kind: body.kind,
    names: body.names,
    standaloneNames: body.standaloneNames,
    shortNames: body.shortNames,
    aroundCountry: body.aroundCountry,
    locatedByIn: body.locatedByIn,
    feminine: body.feminine,
  };
  return every;
}

function ministryBodies(): NationalBody[] {
  return MINISTRY_DOMAINS.map((domain) => ({
    id: `ministry:${domain.id}`,
    kind: 'ministry',
    names: [],
    standaloneNames: domain.names.map((name) => `وزارة ${name}`),
    shortNames: domain.short ? domain.names.slice(0, 1) : [],
    aroundCountry: domain.construct.map((word) => `وزارة ${word} ${COUNTRY_SLOT}`),
    locatedByIn: true,
  }));
}

/**
 * A head noun ending in ة or ات takes a feminine nisba: الحكومة الأرمينية، المخابرات الأمريكية، الجيش
 * الروسي. So does a head whose adjective right after it is a feminine nisba, which agrees with it: a
 * broken plural of things (الخطوط الجوية الكويتية).
 */
function takesFeminine(name: string): boolean {
  const [head = '', adjective = ''] = foldKey(name).split(' ');
  return head.endsWith('ه') || head.endsWith('ات') || adjective.endsWith('يه');
}

function nationalNameEntries(bodies: readonly NationalBody[]): [string, NationalName][] {
  const entries: [string, NationalName][] = [];
  for (const body of bodies) {
    const add = (names: readonly string[] | undefined, form: NationalName['form']): void => {
      for (const name of names ?? []) {
        entries.push([name, { body, form, feminine: form === 'short' || body.feminine === true || takesFeminine(name) }]);
      }
    };
    add(body.names, 'needs-country');
    add(body.standaloneNames, 'standalone');
    add(body.shortNames, 'short');
  }
  return entries;
}

function aroundCountryIndex(bodies: readonly NationalBody[]): PhraseIndex<readonly AroundCountryName[]> {
  const byBefore = new Map<string, AroundCountryName[]>();
  for (const body of bodies) {
    for (const template of body.aroundCountry ?? []) {
      const [before = '', after = ''] = template.split(COUNTRY_SLOT);
      const key = foldKey(before.trim());
      const list = byBefore.get(key) ?? [];
      list.push({ body, after: foldKey(after.trim()).split(' ').filter((word) => word !== '') });
      byBefore.set(key, list);
    }
  }
  return new PhraseIndex(byBefore);
}

/** Lexicon names, each to its entry: those that need context (`contextual`) or those that do not. */
function knownEntries(contextual: boolean): [string, KnownOrganization][] {
  return KNOWN_ORGANIZATIONS.flatMap((entry) =>
    entry.names
      .filter((name) => (entry.contextual?.includes(name) ?? false) === contextual)
      .map((name): [string, KnownOrganization] => [name, entry]),
  );
}

const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

/**
 * Large cities of the open-data gazetteer, named bare in news: the places recognizer's threshold for
 * the news region (src/places/geonames.ts).
 */
const WELL_KNOWN_POPULATION = 100_000;

/** Countries and cities of CLDR and the hand-kept lists (with regions), and the open-data places but towns, folded. */
function gazetteerPlaceNames(): FoldedPlaceNames {
  const all = [
    ...countryNamesAr().map(([, name]) => name),
    ...COUNTRY_VARIANTS.flatMap(([, names]) => names),
    ...CLDR_CITIES.flatMap(([, , names]) => names),
    ...MORE_CITIES.flatMap(([, , names]) => names),
    // regions and features (`الخليج`, `قناة السويس`): a body is named after them too (`جامعة الخليج`)
    ...REGIONS.flatMap(([, , , names]) => names),
  ].map(foldKey);
  const wellKnown = new Set(all);
  // the everyday words open data also lists as places are no place's name after a head either, as the
  // places recognizer reads them: `شركة جديدة`, `جامعة جديدة` are new ones, not a town's
  const everyday = foldedSet(WORDS_NOT_PLACE_NAMES);
  // already folded; a plain loop, no array a place: this runs over thousands of places on the first extract
  const places = openDataPlaces();
  for (let index = 0; index < places.count; index++) {
    const kind = places.kindOf(index);
    if (kind === 'town') continue;
    const known = kind === 'province' || places.populationOf(index) >= WELL_KNOWN_POPULATION;
    for (const key of places.keysOf(index)) {
      if (everyday.has(key)) continue;
      all.push(key);
      if (known) wellKnown.add(key);
    }
  }
  return { all, wellKnown };
}

export const organizationTables = lazy((): OrganizationTables => {
  const bodies = [...NATIONAL_BODIES, ...ministryBodies()].map(bodyWithEveryField);
  const known = new PhraseIndex(knownEntries(false));
  const contextual = new PhraseIndex(knownEntries(true));
  const nationalNames = new PhraseIndex(nationalNameEntries(bodies));
  const aroundCountry = aroundCountryIndex(bodies);
  const heads = new PhraseIndex(
    ORGANIZATION_HEADS.filter((head) => head.complement !== 'quoted').map((listed) => {
      const head = headWithEveryField(listed);
      const folded = foldKey(head.head);
      const namingWords = foldedSet(head.namingWords ?? []);
      return [folded, { head, folded, namingWords, constructWords: foldedSet(head.constructWords ?? []) }] as const;
    }),
  );
  const introducers = new PhraseIndex<OrganizationKind>([
    ...ORGANIZATION_HEADS.map((head) => [head.head, head.kind] as const),
    ...NAME_DESCRIPTORS.map((descriptor) => [descriptor.word, descriptor.kind] as const),
  ]);
  const describedHeads = new PhraseIndex(DESCRIBED_BODY_HEADS.map((head) => [head.word, head.kind] as const));
  const startStems = new Map<string, number>();
  const readings: [PhraseIndex<unknown>, number][] = [
    [known, StartsReading.known],
    [contextual, StartsReading.contextual],
    [nationalNames, StartsReading.national],
    [aroundCountry, StartsReading.national],
    [introducers, StartsReading.introduced],
    [describedHeads, StartsReading.described],
  ];
  startStems.set(foldKey(COURT_CHAMBER_HEAD).slice(2), StartsReading.chamber);
  const courtTypes = foldedSet(COURT_SHORT_FORMS);
  const fixtureVerbs = new Map(FIXTURE_VERBS.map(({ verb, between }) => [foldKey(verb), foldKey(between)]));
  const fixturePairWords = foldedSet(FIXTURE_PAIR_WORDS);
  const clubCityPrefixes = foldedSet(CLUB_CITY_PREFIXES);
  const clubSocieties = foldedSet(CLUB_SOCIETY_WORDS);
  const companyPairHeads = foldedSet(COMPANY_PAIR_HEADS);
  const companyList = { heads: foldedSet(COMPANY_LIST_HEADS), examples: foldedSet(LIST_EXAMPLE_WORDS) };
  const matchWords = foldedSet(MATCH_WORDS);
  const companyTrade = {
    words: foldedSet(COMPANY_TRADE_WORDS),
    nouns: foldedSet(COMPANY_TRADE_NOUNS),
    index: foldKey(STOCK_INDEX_NOUN),
    executive: foldKey(EXECUTIVE_ADJECTIVE),
    executiveHeads: foldedSet(EXECUTIVE_TITLE_HEADS),
    notNames: foldedSet([
      ...[...GREGORIAN_MONTH_NAMES_CLDR, ...GREGORIAN_MONTH_VARIANTS].map(([name]) => name),
      ...QUALIFIERS_BEFORE.flatMap(([phrase]) => (phrase.includes(' ') ? [] : [phrase])),
    ]),
  };
  const countryStems = new Set(countryNamesAr().map(([, name]) => foldKey(name.split(' ')[0]!).replace(/^ال/, '')));
  const opponents = { nouns: foldedSet(OPPONENT_NOUNS), epithets: foldedSet(OPPONENT_EPITHETS), hosting: foldedSet(HOST_GUEST_NOUNS) };
  const goal = { nouns: foldedSet(GOAL_NOUNS), scoring: foldedSet(SCORING_WORDS) };
  const spokesperson = { inTheNameOf: foldKey(IN_THE_NAME_OF), nouns: foldedSet(SPOKESPERSON_NOUNS) };
  const outletAdjectives = new Set([...foldedSet(OUTLET_ADJECTIVES)].map((adjective) => adjective.slice(2)));
  const clubHeads = foldedSet(ORGANIZATION_HEADS.flatMap((head) => (head.namesClub === true ? [head.head] : [])));
  // the court's name by its stem (الجنايات → جنايات, as tokens are probed); the cue words whole too,
  // for the splitter may take their first letter for a clitic (ف in فريقا، فاز); a host's verb ending
  // in ه by its stem too, for the splitter takes the ه for a pronoun (`يواجه` as يواج + ه)
  const verbStems = [...fixtureVerbs.keys()].flatMap((verb) => (verb.endsWith('ه') ? [verb.slice(0, -1)] : []));
  for (const cue of [...[...courtTypes].map((type) => type.slice(2)), ...fixturePairWords, ...fixtureVerbs.keys(), ...verbStems, ...clubCityPrefixes, ...clubSocieties, ...matchWords, ...opponents.nouns, ...goal.nouns, ...clubHeads, ...companyPairHeads, ...companyList.heads, ...companyTrade.words, companyTrade.executive.slice(2), COMPANY_HEAD, ...outletAdjectives, spokesperson.inTheNameOf]) {
    startStems.set(cue, (startStems.get(cue) ?? 0) | StartsReading.articleCue);
  }
  for (const [index, bit] of readings) {
    for (const word of index.firstWords()) {
      // a word the clitic splitter keeps whole (الله-like) keeps its article in its stem
      for (const stem of word.startsWith('ال') ? [word, word.slice(2)] : [word]) {
        startStems.set(stem, (startStems.get(stem) ?? 0) | bit);
      }
    }
  }
  return {
    known,
    contextual,
    keysWithContextualNames: new Set(KNOWN_ORGANIZATIONS.filter((entry) => entry.contextual !== undefined).map((entry) => entry.id)),
    nationalNames,
    aroundCountry,
    // CLDR's names and the other names news uses (السعودية, الإمارات, أمريكا): `منتخب السعودية` as `منتخب مصر`
    countries: new PhraseIndex([
      ...countryNamesAr().map(([code, name]) => [name, code] as const),
      ...COUNTRY_VARIANTS.flatMap(([code, names]) => names.map((name) => [name, code] as const)),
    ]),
    heads,
    placeNames: new PlaceNames(gazetteerPlaceNames),
    chamber: { head: foldKey(COURT_CHAMBER_HEAD), fields: foldedSet(COURT_CHAMBER_FIELDS), ordinals: foldedSet(FEMININE_ORDINALS), rulingVerbs: foldedSet(CHAMBER_RULING_VERBS) },
    introducers,
    describedHeads,
    supremeAdjectives: foldedSet(SUPREME_ADJECTIVES),
    partyIdeologies: foldedSet(PARTY_IDEOLOGIES),
    definiteHeads: foldedSet([
      ...DESCRIBED_BODY_HEADS.flatMap((head) => (head.word.startsWith('ال') ? [head.word] : [])),
      ...ORGANIZATION_HEADS.map((head) => 'ال' + head.head),
    ]),
    notBodyPurposes: foldedSet([
      ...NOT_BODY_PURPOSES,
      ...DESCRIBED_BODY_HEADS.map((head) => head.word),
      ...ORGANIZATION_HEADS.map((head) => 'ال' + head.head),
    ]),
    // asked of every token
    startStems: new FilteredWords(startStems),
    nameEndingWords: foldedSet(NAME_ENDING_WORDS),
    personTitles: foldedSet(TITLE_HEADS.filter((title) => title.startsWith('ال') && !title.includes(' ') && !AMBIGUOUS_TITLE_HEADS.includes(title))),
    // آل opens a family's name (آل سعود), as بن a father's
    namesake: { titles: foldedSet(NAMESAKE_TITLES), particles: foldedSet([...PATRONYMIC_PARTICLES, 'آل']), ordinals: foldedSet(ORDINALS), givenNames: foldedSet(GIVEN_NAMES) },
    notNameComplements: foldedSet(NOT_NAME_COMPLEMENTS),
    nameAdjectives: foldedSet(NAME_ADJECTIVES),
    sportWords: foldedSet(SPORT_NAME_WORDS),
    internationalFinance: {
      heads: foldedSet(INTERNATIONAL_FINANCE.heads),
      fields: foldedSet(INTERNATIONAL_FINANCE.fields),
      regions: foldedSet(INTERNATIONAL_FINANCE.regions),
    },
    functionWords: foldedSet(FUNCTION_WORDS),
    itemLabels: foldedSet(BRACKETED_ITEM_LABELS),
    courtTypes,
    courtShortFormCues: foldedSet(COURT_SHORT_FORM_CUES),
    fixturePairWords,
    fixtureNouns: foldedSet(FIXTURE_NOUNS),
    fixtureVerbs,
    matchWords,
    stadiumNouns: foldedSet(STADIUM_NOUNS),
    opponents,
    goal,
    countryStems,
    clubCityPrefixes,
    clubSocieties,
    clubForces: foldedSet(CLUB_FORCE_WORDS),
    everydayClubSocieties: foldedSet(CLUB_SOCIETY_EVERYDAY_WORDS),
    clubHeads,
    teamHeads: foldedSet(ORGANIZATION_HEADS.flatMap((head) => (head.kind === 'sports' ? ['ال' + head.head] : []))),
    numberWords: foldedSet([
      ...[...UNIT_NUMBER_WORDS, ...TENS_NUMBER_WORDS].flatMap(([, words]) => words),
      ...HUNDRED_SPELLINGS,
      ...TWO_HUNDRED_WORDS,
      ...SCALE_NUMBER_WORDS.flatMap((scale) => [...scale.singular, ...scale.dual, ...scale.plural]),
    ]),
    companyPairHeads,
    companyList,
    companyTrade,
    outletAdjectives,
    spokesperson,
    outletCityNisbas: foldedSet(OUTLET_CITY_NISBAS),
    outletNisbaDescriptors: foldedSet(OUTLET_DESCRIPTORS_WITH_NISBA),
    outletCues: { verbs: foldedSet([...SPEECH_VERBS, ...OUTLET_CITING_VERBS]), sources: foldedSet(OUTLET_SOURCE_WORDS), dayParts: foldedSet(OUTLET_DAY_PARTS), owners: foldedSet(OUTLET_OWNER_WORDS) },
  };
});
