// Places in a text: gazetteer names, names introduced by a trigger word, and the capital apposition.
//
// How a place is found (each token costs one phrase lookup; the rest runs only where it hits):
// - A gazetteer name (CLDR countries and cities plus src/data/places/places.ts), whole tokens only, with
//   or without proclitics (وأرمينيا، بقره باغ، للعراق), in any hamza/alef form or vocalization.
//   Strength 3. The longest name wins (`ناغورني قره باغ` over `قره باغ`). A name whose first word has
//   two letters after و, which the tokenizer leaves whole, is read too where the name goes on or a list
//   says so (`وتل أبيب`, `ذمار وإب`: conjoinedShortHead); a known town before `الجديدة` is a new town of
//   its country (`العلمين الجديدة`).
// - A state title before a known country makes its long name (`جمهورية أرمينيا`, `سلطنة عمان`): the
//   mention includes the title, the entity is the country.
// - After a trigger word (مدينة، بلدة، إقليم، ممر …, src/data/places/places-context.ts): a known name, or
//   an unknown one read by the rules of names.ts. Strength 2 for unknown names. The trigger is left
//   out of the mention (`إقليم ناغورني قره باغ` → `ناغورني قره باغ`) except for corridors, crossings,
//   camps and natural features, whose trigger is part of the name (`ممر لاتشين`).
// - A street or square (شارع، ميدان، ساحة, with the trigger in the mention) only where a known place
//   right after it says which city it is in (`ميدان التحرير وسط القاهرة`, `شارع بغداد في دمشق`), whose
//   country it takes; never an arena or a courtyard (AREA_NOUNS: `ساحة المعركة`, `ساحة الجامعة`).
// - A district after a head that also names an office, an act or a thing (مديرية، قضاء، دائرة، عمالة):
//   a known place, or an unknown one only where the division it lies in follows (divisionFollows). A
//   division named after a feature (`ولاية نهر النيل`) is the division, and one named as a country is
//   no country (`ولاية الجزائر`, `ولاية جورجيا الأمريكية`).
// - A base, an oil or gas field and a port have triggers of their own, closed by an arm's adjective, a
//   product or a nisba (`قاعدة عين الأسد الجوية`, `حقل ظهر للغاز`, `ميناء غوادار الباكستاني`).
// - A trigger in the dual construct (`بلدتي`, `محافظتا`, `مخيمي`) names two places joined by و, each read
//   as after the singular, the trigger out of both mentions (`بلدتي الباذان وطلوزة`); both or neither.
//   In the plural (`بلدات`, `قرى`) it names a list of two or more so joined.
// - With the article a trigger (`العاصمة`, `المدينة`) names a known place, or an unknown one only
//   after a demonym, which gives its country (`العاصمة الأوكرانية كييف`).
// - `X، عاصمة Y` and `X، العاصمة الروسية`: X is a city, in Y's country (or the demonym's).
// - Not places: demonyms (never in the gazetteer, and never read as unknown names), words with
//   tanween (`أرمينياً` is `Armenian`), a place name right after a media outlet's head noun (`صحيفة
//   القدس`, `موقع روسيا اليوم`), names that are also common words or adjectives unless the context
//   says place (NAMES_NEEDING_TRIGGER, NAMES_NEEDING_PLACE_CONTEXT, NAMES_ALSO_ADJECTIVES).
// - After a preposition of place, a foreign name's head and one bare word (`في سانتا كروز`): a town no
//   list holds, unless they end a known club's name (`إلى سان جيرمان`): foreignNameAfterPreposition.
// - A given name that is also a place, after a landmark's noun and before a family name, is the
//   landmark's namesake (`ملعب سانتياغو برنابيو`): namesLandmarkAfterPerson.
// - A name with several readings (عمان: Oman or Amman) is settled by readings.ts.
// - `الضفة` alone (NAMES_NEEDING_COUNTRY_IN_ARTICLE) is the West Bank only where the article names
//   Palestine (dropWithoutTheirCountry).
import { demonymAt, demonymCode, demonymsIn, type TextDemonym } from '../contracts/demonyms';
import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { isLandmarkHead } from '../contracts/landmarks';
import { personNameWords } from '../contracts/person-names';
import type { TextContext } from '../contracts/context';
import { lazy } from '../text/lazy';
import {
  AREA_NOUNS,
  ARM_ADJECTIVES,
  COUNTRY_NOUNS,
  FIELD_PRODUCTS,
  DIRECTION_ADJECTIVES,
  DIRECTIONS,
  FOREIGN_NAME_HEADS,
  OFFICES_HELD,
  OUTLET_NAME_ENDINGS,
  PLACE_CONSTRUCT_NOUNS,
  PRAYER_NOUNS,
  PLACE_PREPOSITIONS,
  POSITIONAL_ADJECTIVES,
  NEW_TOWN_ADJECTIVE,
  TERM_OF_OFFICE_WORDS,
} from '../data/places/places-context';
import { FEMININE_AGREEING_NOUNS, NAMES_HEADING_IDIOMS, WORDS_AFTER_SHORT_NAMES } from '../data/places/places';
import { KNOWN_ORGANIZATIONS } from '../data/organizations/organizations';
import { foldKey } from '../text/fold-key';
import { filteredSet, normShape } from '../text/word-shapes';
import { DASHES, hasKeyIn, isPunctuation, startAfterClitics, wordSet, type PhraseIndex, type PhraseMatch, type TokenStream } from '../text/phrases';
import { MAX_DATELINE_CITY_TOKENS, MAX_SLASH_DATELINE_TOKENS, sameLine, slashDatelineParts, startsLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import { placeLexicon, type PlaceLexiconEntry, type PlaceReading } from './gazetteer';
import { hasArticle, hasTanween, isDefiniteSecondWord, isNameHead, isNameInHa, isShortForeignWord, nameBeforeNisbaEnd, personNameEnd, unknownPlaceNameEnd, wordsAfterAPlace, type NameRules } from './names';
import { chooseReadings, countriesDisagree, isOpenDataReading, isSmallPlace, locates, MAX_LOCATING_TOKENS, prefer, sharedCountry } from './readings';

// a phrase index of words, asked by token: a word's keys without its clitics are shaped, not sliced and hashed
const placePrepositions = lazy(() => wordSet([...PLACE_PREPOSITIONS, ...PLACE_CONSTRUCT_NOUNS]));
const termOfOfficeWords = lazy(() => new Set(TERM_OF_OFFICE_WORDS.map(foldKey)));
const wordsAfterShortNames = lazy(() => new Set(WORDS_AFTER_SHORT_NAMES.map(foldKey)));
const feminineAgreeingNouns = lazy(() => new Set(FEMININE_AGREEING_NOUNS.map(foldKey)));
const outletNameEndings = lazy(() => new Set(OUTLET_NAME_ENDINGS.map(foldKey)));

type LexiconMatch = PhraseMatch<PlaceLexiconEntry>;
type TriggerEntry = Extract<PlaceLexiconEntry, { role: 'trigger' }>;
type PlaceEntry = Extract<PlaceLexiconEntry, { role: 'place' }>;

/** A place found in the text, before its reading is chosen. */
interface PlaceProposal {
  start: number;
  end: number;
  firstToken: number;
  nextToken: number;
  /** Readings the context leaves, best first; an unknown name has one. */
  readings: readonly PlaceReading[];
  strength: 2 | 3;
  /**
   * A name that reads two ways, whole or as و + another name (`وجدة`: Oujda, or و + Jeddah), with
   * nothing beside it to decide: the other reading, chosen after the scan if the article's
   * countries point to it (see readsTwoWays). Always present (undefined when none), so that every
   * proposal has one shape and the code reading them is not thrown out when the first such name comes.
   */
  withConjunction: PlaceProposal | undefined;
  /** A name read only where the article names its country (`الضفة`): see dropWithoutTheirCountry. */
  needsItsCountry: boolean;
}

/**
 * A proposal with its fields in one order: copies made by spreading one (`{ ...named, readings }`)
 * get a hidden class of their own, and the optimized code reading proposals was thrown away when the
 * first of them reached it.
 */
function placeProposal(fields: PlaceProposal): PlaceProposal {
  return {
    start: fields.start,
    end: fields.end,
    firstToken: fields.firstToken,
    nextToken: fields.nextToken,
    readings: fields.readings,
    strength: fields.strength,
    withConjunction: fields.withConjunction,
    needsItsCountry: fields.needsItsCountry,
  };
}

/** One recognizePlaces call: what it reads and what it found so far. */
interface Scan {
  stream: TokenStream;
  lexicon: PhraseIndex<PlaceLexiconEntry>;
  found: PlaceProposal[];
  /** Streets and squares named with no place after them: places where the text locates the same name elsewhere (namedAgain). */
  unlocated: PlaceProposal[];
}

// Only these proclitics are taken off a name of three letters or fewer: كسول `lazy` is not ك + سول.
const PROCLITIC_LETTERS = 'وفبلكس';
const CONJUNCTION = 'و';
// آ, a short name's first letter as written
const ALEF_MADDA = 0x0622;
// و and a name's first word of two letters (وتل، وأم، وذي), which the tokenizer leaves whole
const SHORT_HEAD_WITH_CONJUNCTION = 3;
// more words than any place name the lexicon holds (CLDR's longest, South Georgia and the South Sandwich Islands, has five)
const MAX_NAME_WORDS = 8;
const CLITICS_BEFORE_SHORT_NAMES = 'وفبل';
// the preposition `like`
const LIKE = 'ك';
const SHORT_NAME_LETTERS = 3;
const CAPITAL_APPOSITION_MARKS = '،,';
// the places a plural trigger names at most (a list of villages rarely runs longer)
const MAX_LISTED_PLACES = 8;
const DATELINE_MARKS = `${DASHES}:(`;
// the X of `X، عاصمة …` is a bare name
const CAPITAL_NAME_RULES: NameRules = { definite: false, masculine: false };
// a name in ي after a masculine trigger: a word of five letters at least (not بري, جوي, مائي)
const MIN_NAME_IN_YA_LETTERS = 5;
const WRITTEN_YA = /\u064A[\u064B-\u0652]*$/;
// letters a foreign name may open with that the tokenizer takes for a proclitic (not و, the conjunction)
const FOREIGN_FIRST_LETTERS = 'بلفكس';
// a family name after a landmark's namesake's given name: bare, and no adjective's shape in ي
const LANDMARK_NAMESAKE_RULES: NameRules = { definite: false, masculine: true };
// folded: ة is ه
const FEMININE_OR_PLURAL_ENDINGS = ['ه', 'ات', 'ي'];
const FEMININE_ENDING = 'ه';

/** The country of the demonym at token `at`, of one word or two (`الكورية الشمالية` → KP: demonymAt), or null. */
function nisbaCode(tokens: readonly Token[], at: number): string | null {
  return demonymAt(tokens, at)?.code ?? null;
}

/** Every place mention in the text, in text order. */
export function recognizePlaces(ctx: TextContext): EntityCandidate[] {
  const scan: Scan = {
    stream: { source: ctx.source, view: ctx.view, tokens: ctx.tokens },
    lexicon: placeLexicon(),
    found: [],
    unlocated: [],
  };
  for (let index = 0; index < ctx.tokens.length; ) {
    const token = ctx.tokens[index]!;
    // the two rarer readings are asked only of the words they can start at (tests small enough to
    // inline: this runs at every token)
    const match = scan.lexicon.match(scan.stream, index) ?? (isConjunctionAndShortWord(token) ? conjoinedShortHead(scan, index) : null);
    const foreign = match === null && isForeignNameHead(token) ? foreignNameAfterPreposition(scan, index) : null;
    if (foreign !== null) scan.found.push(foreign);
    index = foreign !== null ? foreign.nextToken : match === null ? index + 1 : Math.max(index + 1, readFrom(scan, index, match));
  }
  addNamedAgain(scan);
  // a capital apposition is found after the place it precedes
  scan.found.sort((a, b) => a.start - b.start);
  // the text's demonyms, read once and only if a step below asks (each asks only in the texts it concerns)
  const demonyms = lazy(() => demonymsIn(ctx.tokens));
  const found = dropWithoutTheirCountry(scan.found, demonyms);
  settleTwoWayNames(found, demonyms);
  const readings = chooseReadings(found, scan.stream, demonyms);
  return found.map((place, k) => toCandidate(place, readings[k]!));
}

/**
 * A name whose first word has two letters, after و (`حيفا وتل أبيب`, `الخرطوم وأم درمان`, `البصرة وذي قار`,
 * `ذمار وإب`): the tokenizer leaves و on a stem that short, which is as often a word of its own (`وهو`,
 * `ولم`), so what follows must say it is و and a name: the name's other words, or, for a name of one
 * word, a place of its country right before it, a list. Read as the phrase index reads a word it
 * splits; null otherwise. Asked only where isConjunctionAndShortWord holds.
 */
function conjoinedShortHead(scan: Scan, index: number): LexiconMatch | null {
  const { tokens } = scan.stream;
  const token = tokens[index]!;
  const head = token.norm.slice(CONJUNCTION.length);
  const secondWords = scan.lexicon.secondWordsOf(head);
  const next = tokens[index + 1];
  const before = scan.found.at(-1);
  const inList = before?.nextToken === index;
  // null: the head is also a name alone, which only a list takes
  if (!inList && (next === undefined || (secondWords !== null && !secondWords.includes(next.norm)))) return null;
  // the name's words from the split one, read as their own stream: the text's tokens stay as they are
  const words = tokens.slice(index, index + MAX_NAME_WORDS);
  words[0] = { ...token, prefix: CONJUNCTION, stem: head, stemStart: startAfterClitics(scan.stream, token, CONJUNCTION.length) };
  const match = scan.lexicon.match({ ...scan.stream, tokens: words }, 0);
  if (match === null) return null;
  if (match.next > 1) return { ...match, next: index + match.next };
  const entry = match.value;
  if (!inList || entry.role !== 'place') return null;
  return before.readings.some((known) => known.countryCode !== null && isInCountry(entry, known.countryCode)) ? { ...match, next: index + 1 } : null;
}

/** A word of three letters, و and two, that the tokenizer left whole (`وتل`, `وهو`): where conjoinedShortHead reads. */
function isConjunctionAndShortWord(token: Token): boolean {
  return token.kind === 'word' && token.prefix === '' && token.norm.length === SHORT_HEAD_WITH_CONJUNCTION && token.norm.startsWith(CONJUNCTION);
}

/** Handles a lexicon hit at token `index`; returns the token to go on from. */
function readFrom(scan: Scan, index: number, match: LexiconMatch): number {
  const entry = match.value;
  switch (entry.role) {
    case 'place':
    case 'state-title': {
      const place =
        entry.role !== 'place'
          ? readsTwoWays(scan, index, match)
          : inDatelineBracket(scan, index, match)
            ? placeInCredit(scan, index, match, isCountry)
            : inSlashDatelinePart(scan, index)
              ? placeInCredit(scan, index, match, (reading) => reading.kind === 'city' || isCountry(reading))
              : readsTwoWays(scan, index, match);
      if (place === null) return index + 1;
      scan.found.push(place);
      return place.nextToken;
    }
    case 'trigger':
      return readTrigger(scan, index, match, entry);
    case 'outlet-head':
      return afterOutletName(scan, match, entry.needsNameEnding);
  }
}

/**
 * The place at a lexicon hit, for a word that is a place whole and, without its first letter و, another
 * place (`وجدة`: Oujda, or و + Jeddah). When the whole word is no place there, the other name is read
 * on its own terms; when both are, a preposition or trigger before it, or a dateline, says the whole word (a preposition
 * cannot come before و); a place right before it says a list (`مكة وجدة`). Otherwise the proposal
 * keeps both, and settleTwoWayNames lets the article's countries choose; with none, the whole word.
 */
function readsTwoWays(scan: Scan, at: number, match: LexiconMatch): PlaceProposal | null {
  const { stream } = scan;
  const whole = knownPlaceFrom(scan, at, match, false);
  const token = stream.tokens[at]!;
  if (!token.prefix.startsWith('و') || match.start !== token.start) return whole;
  const split = scan.lexicon.match(stream, at, 1);
  if (split === null || split.value.role !== 'place' || split.value === match.value) return whole;
  // the whole word is no place here (`وجدة الأسبوع` would head a construct): the other name on its own terms
  if (whole === null) return knownPlaceFrom(scan, at, split, false);
  if (split.next !== whole.nextToken) return whole;
  const other = knownPlaceFrom(scan, at, split, true);
  if (other === null || other.readings.every((reading) => whole.readings.some((known) => known.key === reading.key))) return whole;
  if (placePrepositions().has(stream, at - 1)) return whole;
  if (scan.lexicon.match(stream, at - 1)?.value.role === 'trigger' || isDateline(scan, at, split)) return whole;
  if (scan.found.at(-1)?.nextToken === at) return other;
  return placeProposal({ ...whole, withConjunction: other });
}

/**
 * Drops the names read only where the article names their country (NAMES_NEEDING_COUNTRY_IN_ARTICLE:
 * `الضفة`, the West Bank or a river's bank) when it names none: no other place of that country and
 * no demonym of it anywhere in the text.
 */
function dropWithoutTheirCountry(found: PlaceProposal[], demonyms: () => readonly TextDemonym[]): PlaceProposal[] {
  if (!found.some((place) => place.needsItsCountry)) return found;
  const named = new Set<string>();
  for (const place of found) {
    if (place.needsItsCountry) continue;
    for (const reading of place.readings) if (reading.countryCode !== null) named.add(reading.countryCode);
  }
  for (const { code } of demonyms()) named.add(code);
  const ofNamedCountry = (reading: PlaceReading): boolean => reading.countryCode !== null && named.has(reading.countryCode);
  return found.filter((place) => !place.needsItsCountry || place.readings.some(ofNamedCountry));
}

/**
 * Settles the names that read two ways (readsTwoWays): the other reading when the country named
 * nearest in the article (another place, a demonym) is its country and not the whole word's.
 */
function settleTwoWayNames(found: PlaceProposal[], demonyms: () => readonly TextDemonym[]): void {
  if (!found.some((place) => place.withConjunction !== undefined)) return;
  const undecided = found.flatMap((place, k) => (place.withConjunction === undefined ? [] : [k]));
  const evidence: { token: number; countryCode: string }[] = [];
  for (const place of found) {
    const countryCode = place.withConjunction === undefined ? sharedCountry(place.readings) : null;
    if (countryCode !== null) evidence.push({ token: place.firstToken, countryCode });
  }
  for (const { at, code } of demonyms()) evidence.push({ token: at, countryCode: code });
  for (const k of undecided) {
    const place = found[k]!;
    const nearest = evidence.reduce<{ token: number; countryCode: string } | null>(
      (best, clue) => (best === null || Math.abs(clue.token - place.firstToken) < Math.abs(best.token - place.firstToken) ? clue : best),
      null,
    );
    const countryOf = (proposal: PlaceProposal): boolean => proposal.readings.some((reading) => reading.countryCode === nearest?.countryCode);
    found[k] = nearest !== null && countryOf(place.withConjunction!) && !countryOf(place) ? place.withConjunction! : placeProposal({ ...place, withConjunction: undefined });
  }
}

/**
 * The gazetteer place (or state title + country) at token `at`. `inContext`: a trigger or title
 * precedes, which is all a name needing context asks for.
 */
function knownPlaceAt(scan: Scan, at: number, inContext: boolean): PlaceProposal | null {
  const match = scan.lexicon.match(scan.stream, at);
  return match === null ? null : knownPlaceFrom(scan, at, match, inContext);
}

/** knownPlaceAt for a lexicon match already made at token `at`. */
function knownPlaceFrom(scan: Scan, at: number, match: LexiconMatch, inContext: boolean): PlaceProposal | null {
  const entry = match.value;
  if (entry.role === 'state-title') {
    const named = knownPlaceAt(scan, match.next, true);
    if (named === null || !named.readings.some(isStateLike)) return null;
    return placeProposal({ ...named, start: match.start, firstToken: at, readings: prefer(named.readings, isCountry) });
  }
  if (entry.role !== 'place' || !cliticsFitName(scan, at, match)) return null;
  if (match.start === scan.stream.tokens[at]!.start && prayerNouns().has(scan.stream, at - 1)) return null;
  if (!inContext && !nameConditionMet(scan, at, match, entry)) return null;
  if (entry.openDataOnly && !inContext && readsAsWord(scan, match)) return null;
  if (!inContext && namesLandmarkAfterPerson(scan, at, match, entry)) return null;
  const { source } = scan.stream;
  const marks = writtenMarks(source, match.start, match.end);
  if (marks === 'tanween' || writtenAsAnotherWord(source, match, entry) || headsIdiom(source, match, scan.stream.tokens[match.next])) return null;
  // vowel marks written as the gazetteer writes one reading choose it: عُمان, عمّان
  let readings = marks === 'vowel marks' ? writtenReadings(entry.readings, source.slice(match.start, match.end)) : entry.readings;
  // a wire dateline names the city the story was filed from: `عمان - …` is Amman, not Oman (only
  // where the readings are of different countries: a dateline `تونس -` or `الكويت -` keeps one place)
  if (countriesDisagree(readings) && isDateline(scan, at, match)) readings = prefer(readings, isCity);
  const after = scan.stream.tokens[match.next];
  // a new town named after an old one lies in its country (`العلمين الجديدة`)
  if (after !== undefined && after.norm === newTownAdjective() && !readings.some(isCountry) && sharedCountry(readings) !== null) {
    return unknownPlace(scan, at, match.start, match.next + 1, 'city', sharedCountry(readings));
  }
  if (after !== undefined && after.prefix === ARTICLE && positionalAdjectives().has(after.norm)) {
    // another place: a country's part (`مصر العليا`) is in it; a city's namesake may lie anywhere
    // (`جوبا السفلى`), unless a demonym after it says where
    const countryCode = readings.every(isCountry) ? sharedCountry(readings) : null;
    return unknownPlace(scan, at, match.start, match.next + 1, 'region', nisbaCode(scan.stream.tokens, match.next + 1) ?? countryCode);
  }
  return {
    start: match.start,
    end: match.end,
    firstToken: at,
    nextToken: match.next,
    readings,
    strength: 3,
    withConjunction: undefined,
    needsItsCountry: entry.condition === 'country-in-article',
  };
}

/**
 * A name that is also a given name, after a landmark's noun and before one bare word of a name: the
 * first name of the person the landmark is named after (`ملعب سانتياغو برنابيو`), the word after it
 * the family name. Two such words after it are the namesake's full name after the place (`مطار
 * باريس شارل ديغول`), and a definite word is the landmark's adjective (`مطار صوفيا الدولي`).
 */
function namesLandmarkAfterPerson(scan: Scan, at: number, match: LexiconMatch, entry: PlaceEntry): boolean {
  const { tokens } = scan.stream;
  if (match.next !== at + 1 || !entry.alsoPersonName || !isLandmarkHead(tokens[at - 1]) || !sameLine(scan.stream, at, match.next)) return false;
  const familyName = match.next;
  const isUnknownNameWord = (k: number, ownFirstLetter: boolean): boolean => isNameWordAt(scan, k, ownFirstLetter) && !namesPlaceAt(scan, k);
  return isUnknownNameWord(familyName, true) && !(sameLine(scan.stream, familyName, familyName + 1) && isUnknownNameWord(familyName + 1, false));
}

/** Whether a known place starts at token `at` with its first letter (not after a letter taken for a clitic). */
function namesPlaceAt(scan: Scan, at: number): boolean {
  const known = scan.lexicon.match(scan.stream, at);
  return known !== null && known.start === scan.stream.tokens[at]!.start;
}

/**
 * Whether the token at `at` is a bare word of a foreign name, no word that follows a place (`برنابيو`,
 * `كروز`); `ownFirstLetter`: its first letter may be one the tokenizer took for a proclitic (ب، ل، ف، ك،
 * س: `برنابيو` is not ب + رنابيو).
 */
function isNameWordAt(scan: Scan, at: number, ownFirstLetter: boolean): boolean {
  const token = scan.stream.tokens[at];
  if (token === undefined || token.kind !== 'word') return false;
  if (token.prefix !== '' && !(ownFirstLetter && token.prefix.length === 1 && FOREIGN_FIRST_LETTERS.includes(token.prefix))) return false;
  if (hasKeyIn(token, wordsAfterAPlace()) || placePrepositions().has(scan.stream, at)) return false;
  return unknownPlaceNameEnd(scan.stream.tokens, at, LANDMARK_NAMESAKE_RULES) === at + 1;
}

/**
 * A foreign name of a head and a word after a preposition of place (`في سانتا كروز`, `إلى سان
 * سيباستيان`), the head one of FOREIGN_NAME_HEADS: a town no list holds, kind city, in the country of
 * a nisba after it. A place's name after the head makes another place (`في نيو هامبشاير` is not
 * Hampshire). Not the last words of a known club's name, which name the club alone (`إلى سان جيرمان`,
 * of `باريس سان جيرمان`), nor two words of a longer name. Null otherwise. Asked only at a head
 * (isForeignNameHead).
 */
function foreignNameAfterPreposition(scan: Scan, index: number): PlaceProposal | null {
  const { stream } = scan;
  const head = stream.tokens[index]!;
  if (!placePrepositions().has(stream, index - 1) || !sameLine(stream, index - 1, index + 1)) return null;
  const end = index + 2;
  if (!isNameWordAt(scan, index + 1, true) || clubNameTails().has(foldKey(stream.source.slice(head.start, stream.tokens[index + 1]!.end)))) return null;
  // a name of more words goes on (`نيو ساوث ويلز`, `سانتا كروز دي تينيريفي`): where it ends nothing says
  const next = stream.tokens[end];
  if (next !== undefined && sameLine(stream, end - 1, end) && (isNameWordAt(scan, end, false) || isShortForeignWord(next) || namesPlaceAt(scan, end))) return null;
  return unknownPlace(scan, index, head.start, end, 'city', nisbaCode(stream.tokens, end));
}

// asked at every word no lexicon name starts at: the token's shape, worked out already for the
// lexicon's lookup, rules out nearly every word by one bit, before its letters are read or hashed
const foreignNameHeads = lazy(() => filteredSet(FOREIGN_NAME_HEADS.map(foldKey)));

/** Whether the token is a foreign name's head whole (`بورت` is no ب + ورت), where foreignNameAfterPreposition reads. */
function isForeignNameHead(token: Token): boolean {
  return token.kind === 'word' && token.suffix === '' && foreignNameHeads().has(token.norm, normShape(token));
}

/** The last words of known clubs' names from a foreign name's head on (`سان جيرمان` of `باريس سان جيرمان`), folded. */
const clubNameTails = lazy(() => {
  const tails = new Set<string>();
  for (const body of KNOWN_ORGANIZATIONS) {
    if (body.kind !== 'sports') continue;
    for (const name of body.names) {
      const words = foldKey(name).split(' ');
      words.forEach((word, k) => {
        if (k > 0 && k < words.length - 1 && foreignNameHeads().has(word)) tails.add(words.slice(k).join(' '));
      });
    }
  }
  return tails;
});

/**
 * An open-data name on a word with a pronoun suffix (بصره `his sight`, not البصرة), or without the
 * article and followed by a definite word that is no place or demonym: the head of a construct
 * (`بورصة لندن`, `ميدان التحرير`, `معسكر الاعتقال`), which a town's name rarely is.
 */
function readsAsWord(scan: Scan, match: LexiconMatch): boolean {
  const { tokens } = scan.stream;
  const last = tokens[match.next - 1]!;
  if (last.suffix !== '' || endsInPronoun(scan, match)) return true;
  const next = tokens[match.next];
  // the complement is written with the bare article: after a preposition or a conjunction the definite
  // word starts a phrase of its own (`انتقل إلى ياموسوكرو للقاء الرئيس`, `بالقرب`, `والتقى`)
  if (next === undefined || next.kind !== 'word' || hasArticle(last) || next.prefix !== ARTICLE || demonymCode(next) !== null) return false;
  return scan.lexicon.match(scan.stream, match.next)?.value.role !== 'place';
}

const HEH = 0x0647;

/**
 * The name is written with a final ه where its gazetteer spellings all end in ة (بصره, not بصرة): a
 * pronoun. Not where a spelling ends in ه (سكوبيه, Skopje).
 */
function endsInPronoun(scan: Scan, match: LexiconMatch): boolean {
  // asked of every open-data name matched: the last letter as written, no slice
  if (scan.stream.source.charCodeAt(match.end - 1) !== HEH) return false;
  const entry = match.value;
  return entry.role === 'place' && !entry.spelledWithFinalHa && entry.readings.every((reading) => reading.canonical?.endsWith('ة') ?? false);
}

/**
 * A short name written with an alef madda none of its spellings opens with (`في آب` is in August: Yemen's
 * province is `إب`): hamzas fold together in the lexicon, which is how a month meets a town.
 */
function writtenAsAnotherWord(source: string, match: LexiconMatch, entry: PlaceEntry): boolean {
  return source.charCodeAt(match.start) === ALEF_MADDA && match.end - match.start <= SHORT_NAME_LETTERS && !entry.spelledWithMadda;
}

const idiomComplements = lazy(() => new Map(NAMES_HEADING_IDIOMS.map(([name, stems]) => [foldKey(name), new Set(stems.map(foldKey))])));
// every idiom's complements: asked first, so that the name is folded only before one of them
const anyIdiomComplement = lazy(() => new Set(NAMES_HEADING_IDIOMS.flatMap(([, stems]) => stems.map(foldKey))));

/** The name heads an idiom with the word after it (`مسقط رأسه`: NAMES_HEADING_IDIOMS). */
function headsIdiom(source: string, match: LexiconMatch, next: Token | undefined): boolean {
  if (next?.prefix !== '' || !anyIdiomComplement().has(next.stem)) return false;
  return idiomComplements().get(foldKey(source.slice(match.start, match.end)))?.has(next.stem) ?? false;
}

// the vowel marks (U+064B–U+0652), of which the first three are tanween (names.ts, hasTanween)
const FIRST_VOWEL_MARK = 0x064b;
const LAST_TANWEEN = 0x064d;
const LAST_VOWEL_MARK = 0x0652;

/**
 * Which marks a name is written with in the source: none, vowel marks, or tanween among them. Read by
 * code: asked at every place matched, where a slice of the name and two regexes cost more.
 */
function writtenMarks(source: string, start: number, end: number): 'none' | 'vowel marks' | 'tanween' {
  let marks: 'none' | 'vowel marks' = 'none';
  for (let at = start; at < end; at++) {
    const code = source.charCodeAt(at);
    if (code < FIRST_VOWEL_MARK || code > LAST_VOWEL_MARK) continue;
    if (code <= LAST_TANWEEN) return 'tanween';
    marks = 'vowel marks';
  }
  return marks;
}

/** The readings the gazetteer writes as the name is written, vowel marks and all (all when none). */
function writtenReadings(readings: readonly PlaceReading[], written: string): readonly PlaceReading[] {
  return prefer(readings, (reading) => reading.canonical === written);
}

const isStateLike = (reading: PlaceReading): boolean =>
  reading.kind === 'country' || reading.kind === 'territory' || reading.kind === 'region';
const isCountry = (reading: PlaceReading): boolean => reading.kind === 'country' || reading.kind === 'territory';
const isCity = (reading: PlaceReading): boolean => reading.kind === 'city';

/** The proclitic letters the phrase index left out of the token at `at` (without their vowel marks). */
function strippedClitics(scan: Scan, at: number, match: LexiconMatch): string {
  const token = scan.stream.tokens[at]!;
  if (match.start === token.start) return '';
  // by index, not an iterator over a slice (asked at most places matched)
  const { source } = scan.stream;
  let letters = '';
  for (let at = token.start; at < match.start; at++) if (PROCLITIC_LETTERS.includes(source[at]!)) letters += source[at]!;
  return letters;
}

/**
 * Guards against a wrong clitic split turning a common word into a short name (كسول → سول), or a
 * person's name into ك `like` and a place (كلاوس → لاوس: news compares with a place far more seldom
 * than it names a Klaus).
 */
function cliticsFitName(scan: Scan, at: number, match: LexiconMatch): boolean {
  const stripped = strippedClitics(scan, at, match);
  if (stripped === '') return true;
  const token = scan.stream.tokens[at]!;
  if (stripped.includes(LIKE) && personNameWords().has(token.norm)) return false;
  const nameLetters = token.norm.length - stripped.length;
  return nameLetters > SHORT_NAME_LETTERS || [...stripped].every((letter) => CLITICS_BEFORE_SHORT_NAMES.includes(letter));
}

function nameConditionMet(scan: Scan, at: number, match: LexiconMatch, entry: PlaceEntry): boolean {
  switch (entry.condition) {
    case 'anywhere':
      return true;
    case 'after-trigger':
      return false;
    case 'place-context':
      return hasPlaceContext(scan, at, match);
    case 'place-evidence':
      return isNamedWithCountry(scan, at, match, entry) || hasPlaceEvidence(scan, at, match, entry);
    case 'named-with-country':
      return isNamedWithCountry(scan, at, match, entry);
    case 'country-in-article':
      // the article's countries are counted after the scan (dropWithoutTheirCountry)
      return !headsConstruct(scan, match);
    case 'not-after-definite-word': {
      const previous = scan.stream.tokens[at - 1];
      const nameEnd = scan.stream.tokens[match.next - 1]!;
      return previous === undefined || !mayTakeAdjective(previous, nameEnd) || hasPlaceContext(scan, at, match);
    }
  }
}

/**
 * A definite word follows the name (`الضفة الأخرى`, `الضفة الشرقية للنهر`), but for the adjectives of
 * WORDS_AFTER_SHORT_NAMES (`الضفة المحتلة`) and a conjunction's (`الضفة والقطاع`): the name is a common noun.
 */
function headsConstruct(scan: Scan, match: LexiconMatch): boolean {
  const next = scan.stream.tokens[match.next];
  if (next === undefined || next.kind !== 'word' || !hasArticle(next) || next.prefix.startsWith('و')) return false;
  return !hasKeyIn(next, wordsAfterShortNames());
}

/**
 * Whether the name right after the token could be its adjective: a feminine nisba (السعودية،
 * الشرقية) after a definite word in ة, ات or ي (`الحكومة`, `السلطات`, `الأراضي`) or one that agrees
 * so without them (`السوق`, `الأسهم`: FEMININE_AGREEING_NOUNS), a masculine one (الرمادي) after any
 * definite word. `الوزير السعودية` is a verb's subject and object.
 */
function mayTakeAdjective(token: Token, nameEnd: Token): boolean {
  if (!hasArticle(token)) return false;
  const masculineName = !nameEnd.norm.endsWith(FEMININE_ENDING);
  return masculineName || FEMININE_OR_PLURAL_ENDINGS.some((ending) => token.norm.endsWith(ending)) || hasKeyIn(token, feminineAgreeingNouns());
}

/**
 * A preposition of place before the name (`في مالي`, `بمالي`), or a place next to it in a list (`النيجر ومالي`).
 * The preposition takes a name with no proclitic: `في فترات` is `in periods`, not في and ف + Trat.
 */
function hasPlaceContext(scan: Scan, at: number, match: LexiconMatch): boolean {
  const { tokens } = scan.stream;
  const stripped = strippedClitics(scan, at, match);
  if (stripped.includes('ب') || stripped.includes('ل')) return true;
  if (stripped === '' && placePrepositions().has(scan.stream, at - 1)) return true;
  if (stripped.startsWith('و') && scan.found.at(-1)?.nextToken === at) return true;
  if (!tokens[match.next]?.prefix.startsWith('و')) return false;
  const following = scan.lexicon.match(scan.stream, match.next)?.value;
  return following?.role === 'place' && following.condition === 'anywhere';
}

/**
 * The name comes right after a place, joined by و, in a country the place is in or is (`صيدا وصور`,
 * `لبنان وصور`). A list of places says place to a name needing only context (`ايران وسورية`,
 * `اوسلو وشرم الشيخ`), but a name that is also a common word or a given name needs the list to be
 * of its country: `بالرباط وفدا` is "in Rabat, and a delegation" (وفدا, not Fada in Chad).
 */
function followsPlaceOfItsCountry(scan: Scan, at: number, match: LexiconMatch): boolean {
  const before = scan.found.at(-1);
  if (before?.nextToken !== at || match.value.role !== 'place') return false;
  const readings = match.value.readings;
  return before.readings.some((known) => known.countryCode !== null && readings.some((reading) => reading.countryCode === known.countryCode));
}

/**
 * A place of the name's country follows it, joined by و, that needs no evidence of its own (`زار الخليل
 * وبيت لحم`, `صور وصيدا`): a list of places, as followsPlaceOfItsCountry reads one the other way.
 */
function precedesPlaceOfItsCountry(scan: Scan, match: LexiconMatch, entry: PlaceEntry): boolean {
  if (!scan.stream.tokens[match.next]?.prefix.startsWith(CONJUNCTION)) return false;
  const following = scan.lexicon.match(scan.stream, match.next)?.value;
  if (following?.role !== 'place' || following.condition !== 'anywhere') return false;
  return following.readings.some((reading) => reading.countryCode !== null && isInCountry(entry, reading.countryCode));
}

/** A dateline (`جدة - …` at the start of a line), or its country beside it (`جدة السعودية`, `الخليل، فلسطين`). */
function isNamedWithCountry(scan: Scan, at: number, match: LexiconMatch, entry: PlaceEntry): boolean {
  const next = scan.stream.tokens[match.next];
  const nextCountry = nisbaCode(scan.stream.tokens, match.next);
  if (nextCountry !== null && isInCountry(entry, nextCountry)) return true;
  if (isPunctuation(next, CAPITAL_APPOSITION_MARKS)) {
    const after = scan.lexicon.match(scan.stream, match.next + 1)?.value;
    if (after?.role === 'place' && after.readings.some((reading) => reading.countryCode !== null && isInCountry(entry, reading.countryCode))) return true;
  }
  return isDateline(scan, at, match);
}

/** Whether one of the entry's readings is in the country. */
function isInCountry(entry: PlaceEntry, countryCode: string): boolean {
  return entry.readings.some((reading) => reading.countryCode === countryCode);
}

/**
 * More evidence for a name that is also a common word or a person's name (see NAMES_NEEDING_EVIDENCE):
 * a place before it in a list, or a preposition of place not followed by a definite word or a place
 * (`في صور` but not `في صور الأطفال`, `في ديربي مانشستر`, which are constructs).
 */
function hasPlaceEvidence(scan: Scan, at: number, match: LexiconMatch, entry: PlaceEntry): boolean {
  const { tokens } = scan.stream;
  const next = tokens[match.next];
  if (strippedClitics(scan, at, match).startsWith('و') && followsPlaceOfItsCountry(scan, at, match)) return true;
  if (precedesPlaceOfItsCountry(scan, match, entry)) return true;
  const afterPreposition = placePrepositions().has(scan.stream, at - 1);
  if (!afterPreposition || next === undefined || next.kind !== 'word') return afterPreposition;
  // a time word after it ends the phrase (`في جدة الشهر المقبل`); a place by a direction (`في الخليل
  // جنوب الضفة`), a conjunction, or punctuation
  if (hasKeyIn(next, wordsAfterAPlace())) return true;
  // a definite word or a place after it is the complement of a construct (`في صور الأطفال`, `في ديربي مانشستر`)
  const nextRole = scan.lexicon.match(scan.stream, match.next)?.value.role;
  if (hasArticle(next) || (next.prefix === '' && nextRole === 'place')) return false;
  // a trigger after it opens an apposition (`قرب غوما عاصمة إقليم …`, `في سعيدة مدينة …`), no family name
  if (nextRole === 'trigger') return true;
  // an indefinite adjective after it describes a common noun (`في مشهد مؤثر`, `في صور تاريخية`)
  if (looksLikeIndefiniteAdjective(next)) return false;
  // a person's given name is followed by the family name (`من سعيدة نغزة`)
  if (!entry.alsoPersonName || next.prefix.startsWith('و')) return true;
  return placePrepositions().has(scan.stream, match.next);
}

// folded: a participle in م (مؤثر, مروع, مختلفة) or a nisba (تاريخي, تاريخية), without a plural's or an adverb's ending
const PARTICIPLE_SHAPE = /^م\S{3,5}$/;
const NISBA_ENDINGS = ['ي', 'يه'];
const MIN_NISBA_LETTERS = 4;
const NOT_ADJECTIVE_ENDINGS = /(?:ات|ون|ين|ا)$/;

/**
 * Whether a bare word has the shape of an indefinite adjective: a participle in م (`مؤثر`, `مروعة`)
 * or a nisba (`تاريخية`, `درامي`); not a plural or an adverb in ا (`مواجهات`, `مجددا`), which may follow a place.
 */
function looksLikeIndefiniteAdjective(token: Token): boolean {
  if (token.kind !== 'word' || token.prefix !== '' || token.suffix !== '' || NOT_ADJECTIVE_ENDINGS.test(token.norm)) return false;
  // a noun of place in م is no participle (`مطار`, `ملعب`, `مسجد`)
  if (isLandmarkHead(token)) return false;
  const nisba = token.norm.length >= MIN_NISBA_LETTERS && NISBA_ENDINGS.some((ending) => token.norm.endsWith(ending));
  return (PARTICIPLE_SHAPE.test(token.norm) || nisba) && demonymCode(token) === null && !personNameWords().has(token.norm);
}

/**
 * Whether the name at `at` is alone in brackets after the words opening a line, a dash or colon after
 * them (`أنقرة (الأناضول) -`): a dateline's agency.
 */
function inDatelineBracket(scan: Scan, at: number, match: LexiconMatch): boolean {
  const { tokens } = scan.stream;
  if (!isPunctuation(tokens[at - 1], '(') || !isPunctuation(tokens[match.next], ')') || !isPunctuation(tokens[match.next + 1], `${DASHES}:`)) return false;
  return opensLineWithPlace(scan, at - 1);
}

/** Whether the place found last opens the line and ends at token `end` (a dateline's city before its credit). */
function opensLineWithPlace(scan: Scan, end: number): boolean {
  const city = scan.found.at(-1);
  return city !== undefined && city.nextToken === end && end - city.firstToken <= MAX_DATELINE_CITY_TOKENS && startsLine(scan.stream, city.firstToken);
}

/**
 * A name in a dateline's credit, after its slash (`إسطنبول/ الأناضول`) or alone in its brackets
 * (`أنقرة (الأناضول) -`, `عمان (بترا) -`): a place only with a reading `stays` keeps there, as a
 * dateline's city is (a country in the brackets, `عمان (الأردن) -`; a city or country after the slash,
 * `الرياض/ جدة`); any other is an agency named like a place (الأناضول is Anatolia, بترا Petra).
 */
function placeInCredit(scan: Scan, at: number, match: LexiconMatch, stays: (reading: PlaceReading) => boolean): PlaceProposal | null {
  const entry = match.value;
  if (entry.role !== 'place' || !entry.readings.some(stays)) return null;
  return knownPlaceFrom(scan, at, match, true);
}

/**
 * Whether the name at `at` follows a slash of a slash dateline (`إسطنبول/ الأناضول`): an author or the
 * agency stands there, not a place (text/lines).
 */
function inSlashDatelinePart(scan: Scan, at: number): boolean {
  const { stream } = scan;
  if (!isPunctuation(stream.tokens[at - 1], '/')) return false;
  let lineStart = at - 1;
  while (lineStart > 0 && at - lineStart < MAX_SLASH_DATELINE_TOKENS && !startsLine(stream, lineStart)) lineStart--;
  // the city opening the line: the first place found on it
  let k = scan.found.length;
  while (k > 0 && scan.found[k - 1]!.firstToken >= lineStart) k--;
  const city = scan.found[k];
  if (city === undefined || city.firstToken !== lineStart || !isPunctuation(stream.tokens[city.nextToken], '/')) return false;
  return slashDatelineParts(stream, lineStart).some(([first, next]) => first <= at && at < next);
}

/** The name opens a line and a dash, colon or parenthesis follows it: a dateline (`صور - …`, `جدة (…)`). */
function isDateline(scan: Scan, at: number, match: LexiconMatch): boolean {
  // the mark first, then the gap before the token (not a slice up to the name: a token holds no line break)
  return isPunctuation(scan.stream.tokens[match.next], DATELINE_MARKS) && startsLine(scan.stream, at);
}

/** Records what a trigger introduces (and a capital before it); returns the token to go on from. */
function readTrigger(scan: Scan, index: number, match: LexiconMatch, trigger: TriggerEntry): number {
  const { tokens } = scan.stream;
  const before = tokens[index - 1];
  if (trigger.spec.alsoTermOfOffice && before !== undefined && hasKeyIn(before, termOfOfficeWords())) return match.next;
  if (trigger.names !== 'one') return readTriggerList(scan, match, trigger);
  const place = trigger.definite
    ? placeAfterDefiniteTrigger(scan, match, trigger)
    : placeAfterTrigger(scan, index, match, trigger);
  // X، عاصمة Y: X is in Y's country. X، العاصمة الروسية (and no name after it): in the demonym's.
  if (trigger.spec.capitalOf && !trigger.definite && place !== null) {
    recordCapitalBefore(scan, index, sharedCountry(place.readings));
    placeCapitalBefore(scan, index, sharedCountry(place.readings));
  }
  if (trigger.spec.capitalOf && trigger.definite && place === null) {
    const demonymCountry = nisbaCode(tokens, match.next);
    if (demonymCountry !== null) recordCapitalBefore(scan, index, demonymCountry);
  }
  if (place === null) return match.next;
  const unknownWhere = place.strength === 2 && place.readings[0]!.countryCode === null;
  scan.found.push(unknownWhere && trigger.spec.division ? withCountry(place, pairedDivisionCountry(scan, index)) : place);
  return place.nextToken;
}

/**
 * The country of the division named right before the trigger at `index` by the same trigger, joined
 * by و (`إقليم تارودانت وإقليم شيشاوة`, `ولاية تيزي وزو وولاية بجاية`): divisions so paired lie in one
 * country, as a dual's do (listCountry). Null when none is so named.
 */
function pairedDivisionCountry(scan: Scan, index: number): string | null {
  const { tokens } = scan.stream;
  const trigger = tokens[index]!;
  const previous = scan.found.at(-1);
  if (!trigger.prefix.startsWith('و') || previous?.nextToken !== index) return null;
  return tokens[previous.firstToken - 1]?.stem === trigger.stem ? sharedCountry(previous.readings) : null;
}

/**
 * A trigger in the dual construct names two places joined by و (`بلدتي الباذان وطلوزة`, `محافظتي نينوى
 * والأنبار`), one in the plural construct a list of two or more so joined (`بلدات عيتا والقليلة
 * وطيرحرفا`), each read as after the singular trigger, without the trigger in the mention, even for
 * a camp or crossing (`مخيمي بلاطة وعسكر`: two mentions, `بلاطة` and `عسكر`). Two names at least must
 * be there: the dual's feminine form is also `my …` (`مدينتي جميلة` `my city is beautiful`), a plural
 * is often a common noun's (`قرى نائية`, `أحياء يرزقون`), and a trigger not followed by two names
 * introduces none.
 */
function readTriggerList(scan: Scan, match: LexiconMatch, trigger: TriggerEntry): number {
  const { spec } = trigger;
  const most = trigger.names === 'two' ? 2 : MAX_LISTED_PLACES;
  const names: PlaceProposal[] = [];
  for (let name = dualName(scan, match.next, spec, false); name !== null; name = dualName(scan, name.nextToken, spec, true)) {
    names.push(name);
    if (names.length === most) break;
  }
  if (names.length < 2) return match.next;
  // a plural before definite words no list knows is a construct (`مدن الشمال والجنوب`, the north's and
  // the south's cities; `قرى الريف والبادية`): a list of names has a known place or a bare name in it
  if (trigger.names === 'many' && names.every((name) => name.strength === 2 && hasArticle(scan.stream.tokens[name.firstToken]!))) return match.next;
  const last = names[names.length - 1]!;
  // ولايتي is also `the two terms of office` of two people (`بين ولايتي أوباما وبوش`), مقاطعتي two
  // boycotts: one name known as a place says places, as does a nisba after the last (`مقاطعتي كيبيك
  // وأونتاريو الكنديتين`)
  const ambiguous = spec.alsoTermOfOffice || (spec.unknownNeedsNisba === true && nisbaCode(scan.stream.tokens, last.nextToken) === null);
  if (ambiguous && names.every((name) => name.strength === 2)) return match.next;
  const countryCode = listCountry(names, trigger.names === 'two');
  for (const name of names) scan.found.push(inListCountry(scan, name, countryCode));
  return last.nextToken;
}

/**
 * The country of places of one kind named together, which lie in one country: a known one's
 * (`ولايتي خوست وبكتيكا`, `بلدتي كفرنبل وحاس`). In a list longer than a dual's, a town only the open
 * data knows is too often another country's namesake among many names (Cairo's الزيتون among Gaza's
 * quarters): a place a list of its own knows, or two of the open data that agree, say the country.
 */
function listCountry(names: readonly PlaceProposal[], dual: boolean): string | null {
  let openData: string | null = null;
  for (const name of names) {
    const countryCode = name.strength === 2 ? null : sharedCountry(name.readings);
    if (countryCode === null) continue;
    if (dual || !name.readings.every(isOpenDataReading) || openData === countryCode) return countryCode;
    openData = countryCode;
  }
  return null;
}

/**
 * The readings of a known name after a trigger, those of the trigger's kind first. A city's trigger
 * before a name the gazetteer knows only as a division (`مدينة درنة`: Libya's district) names the city
 * the division is named after, its seat: the division's reading as a city, so that its mentions
 * bare and after the trigger stay one place.
 */
function ofTriggerKind(readings: readonly PlaceReading[], spec: TriggerEntry['spec']): readonly PlaceReading[] {
  const ofKind = prefer(readings, (reading) => reading.kind === spec.kind);
  if (spec.kind !== 'city' || !ofKind.every((reading) => isDivision(reading.kind))) return ofKind;
  return ofKind.map((reading) => ({ ...reading, kind: 'city' }));
}

const isDivision = (kind: PlaceReading['kind']): boolean => kind === 'province' || kind === 'region';

/** An unknown place with no country, given `countryCode`; else as it is. */
function withCountry(place: PlaceProposal, countryCode: string | null): PlaceProposal {
  const reading = place.readings[0]!;
  if (place.strength !== 2 || reading.countryCode !== null || countryCode === null) return place;
  return placeProposal({ ...place, readings: [{ ...reading, countryCode }] });
}

/**
 * A place of a list that lies in `countryCode` (listCountry): an unknown one takes the country
 * (withCountry), and a town or district only the open data knows, of other countries alone, is their
 * namesake there (`أحياء الشجاعية والزيتون`: Gaza's الزيتون, not Cairo's), read as its reading in that
 * country or as a place of it the gazetteer does not know.
 */
function inListCountry(scan: Scan, place: PlaceProposal, countryCode: string | null): PlaceProposal {
  if (place.strength === 2 || countryCode === null) return withCountry(place, countryCode);
  if (!place.readings.every((reading) => isSmallPlace(reading.kind) && isOpenDataReading(reading))) return place;
  const there = place.readings.filter((reading) => reading.countryCode === countryCode);
  if (there.length > 0) return placeProposal({ ...place, readings: there });
  const key = `place:${foldKey(scan.stream.source.slice(place.start, place.end))}`;
  return placeProposal({ ...place, readings: [{ key, canonical: undefined, kind: place.readings[0]!.kind, countryCode }] });
}

/** One name after a dual or plural trigger, at token `at`; `conjoined`: one after the first, after و. */
function dualName(scan: Scan, at: number, spec: TriggerEntry['spec'], conjoined: boolean): PlaceProposal | null {
  const { tokens } = scan.stream;
  const token = tokens[at];
  if (token === undefined || (conjoined && !token.prefix.startsWith('و'))) return null;
  const named = knownNameAfterTrigger(scan, at, spec);
  if (named !== null) return placeProposal({ ...named, readings: ofTriggerKind(named.readings, spec) });
  const nameEnd = unknownNameAfterTriggerEnd(tokens, at, spec, conjoined, true);
  if (nameEnd === null) return null;
  const start = conjoined ? startAfterClitics(scan.stream, token, 1) : token.start;
  return unknownPlace(scan, at, start, nameEnd, spec.kind, nisbaCode(tokens, nameEnd));
}

/**
 * The known place a trigger introduces at token `at`, unless it is a lone name head the gazetteer
 * knows as a place (`عين`) that opens a longer name here (`مخيم عين الحلوة`).
 */
function knownNameAfterTrigger(scan: Scan, at: number, spec: TriggerEntry['spec']): PlaceProposal | null {
  const known = knownPlaceAt(scan, at, true);
  if (known === null || cliticAfterTrigger(scan, at, known)) return null;
  return opensLongerName(scan.stream.tokens, at, known.nextToken, spec) ? null : known;
}

/**
 * Whether the known place at token `at` was read without a proclitic other than و: a trigger is in
 * construct with its name, which takes no preposition (`مخيم كاكوما` is no ك `like` + a Japanese
 * town), while a dual's or a list's next name carries its و (`بلدتي الباذان وطلوزة`).
 */
function cliticAfterTrigger(scan: Scan, at: number, known: PlaceProposal): boolean {
  const token = scan.stream.tokens[at]!;
  const letters = scan.stream.source.slice(token.start, known.start);
  return [...letters].some((letter) => PROCLITIC_LETTERS.includes(letter) && letter !== CONJUNCTION);
}

/** Where an unknown name a trigger introduces at token `at` ends, or null (ولاية before a term-of-office word names none). */
function unknownNameAfterTriggerEnd(tokens: readonly Token[], at: number, spec: TriggerEntry['spec'], conjoined: boolean, dual = false): number | null {
  const nameEnd = unknownPlaceNameEnd(tokens, at, { definite: spec.definiteNames, masculine: spec.masculine }, conjoined);
  // a dual's names share one nisba after the second, or a known place beside them says places (readTriggerList)
  if (nameEnd === null || (spec.unknownNeedsNisba === true && !dual && nisbaCode(tokens, nameEnd) === null)) return null;
  return spec.alsoTermOfOffice && tokens[nameEnd] !== undefined && hasKeyIn(tokens[nameEnd]!, termOfOfficeWords()) ? null : nameEnd;
}

/**
 * The place after a trigger without the article. عاصمة is followed by what it is the capital of:
 * a known place, or a place another trigger introduces (`عاصمة إقليم …`).
 */
function placeAfterTrigger(scan: Scan, index: number, match: LexiconMatch, trigger: TriggerEntry): PlaceProposal | null {
  const { tokens } = scan.stream;
  const { spec } = trigger;
  const named = knownNameAfterTrigger(scan, match.next, spec);
  if (spec.cityPlace) return cityPlaceAfterTrigger(scan, index, match, spec, named);
  if (spec.closedByArm) return militaryBase(scan, index, match, named);
  if (spec.closedByProduct) return energyField(scan, index, match, named);
  const closedByNisba = spec.partOfName || spec.capitalOf ? null : longNameBeforeNisba(tokens, match.next, spec, named);
  if (closedByNisba !== null) return unknownPlace(scan, match.next, tokens[match.next]!.start, closedByNisba, spec.kind, nisbaCode(tokens, closedByNisba));
  if (spec.capitalOf) {
    if (named !== null) return named;
    const inner = scan.lexicon.match(scan.stream, match.next);
    const innerEntry = inner?.value;
    if (inner === null || innerEntry?.role !== 'trigger' || innerEntry.definite || innerEntry.spec.capitalOf) return null;
    return placeAfterTrigger(scan, match.next, inner, innerEntry);
  }
  if (named !== null) {
    // a division named after a river, sea or mountain (`ولاية نهر النيل`) is the division, not the feature
    if (spec.division && named.readings.every((reading) => reading.kind === 'feature')) {
      return unknownPlace(scan, match.next, tokens[match.next]!.start, named.nextToken, spec.kind, nisbaCode(tokens, named.nextToken));
    }
    // A corridor, camp or natural feature named after a town or a country is another place (`معبر
    // رفح`, `نهر النيجر`, `جبل لبنان`), in that country
    if (spec.partOfName && !named.readings.some((reading) => reading.kind === 'feature')) {
      return unknownPlace(scan, index, match.start, named.nextToken, spec.kind, sharedCountry(named.readings));
    }
    // a division is no country: one named as a country is its capital's division (`ولاية الجزائر`) or
    // another country's namesake (`ولاية جورجيا الأمريكية`, `إقليم الصومال في إثيوبيا`)
    const divisions = spec.division ? named.readings.filter((reading) => reading.kind !== 'country') : named.readings;
    if (divisions.length === 0) {
      return unknownPlace(scan, match.next, named.start, named.nextToken, spec.kind, nisbaCode(tokens, named.nextToken));
    }
    const readings = ofTriggerKind(divisions, spec);
    return placeProposal(spec.partOfName ? { ...named, start: match.start, firstToken: index, readings } : { ...named, readings });
  }
  // a kind of area, not a name (`منطقة حظر الطيران`, `مخيم تدريب`), bare as with the article
  // (locatedDefiniteName); a name head opens a name (`قصر هلال`)
  const first = tokens[match.next];
  if (first !== undefined && areaNouns().has(first.stem) && !isNameHead(first)) return null;
  const oneWordEnd = unknownNameAfterTriggerEnd(tokens, match.next, spec, false);
  // a town's name of one word and a definite one (`بلدة عيتا الشعب`); not after the trigger's
  // other nouns, where the definite word is their complement (`منطقة حظر الطيران`)
  const townName = spec.kind === 'city' && spec.definiteNames && oneWordEnd === match.next + 1 && !hasArticle(tokens[match.next]!);
  const bareEnd = townName && isDefiniteSecondWord(tokens, oneWordEnd) ? oneWordEnd + 1 : oneWordEnd;
  const nameEnd =
    (spec.alsoOffice && bareEnd !== null && !divisionFollows(scan, bareEnd) ? null : bareEnd) ??
    locatedDefiniteName(scan, match.next, spec) ??
    locatedNameWithoutNisba(scan, match.next, spec) ??
    locatedNameInHa(scan, match.next, spec) ??
    nameInYaBeforeAdjective(scan, match.next, spec);
  if (nameEnd === null) return null;
  // a demonym right after the name says its country (بلدة شوشة الأذربيجانية), as does a known place
  // after a direction (ولاية شمال دارفور)
  const countryCode = nisbaCode(tokens, nameEnd) ?? countryAfterDirection(scan, match.next, nameEnd);
  return spec.partOfName
    ? unknownPlace(scan, index, match.start, nameEnd, spec.kind, countryCode)
    : unknownPlace(scan, match.next, tokens[match.next]!.start, nameEnd, spec.kind, countryCode);
}

/**
 * A military base after its trigger (PlaceTriggerSpec.closedByArm): a known place or a name of one
 * word, or two after a name head (`قاعدة عين الأسد`), closed by an arm's adjective, which the mention
 * keeps with the trigger. A known place gives its country; an unknown name takes one where a place
 * after the adjective locates it (`قاعدة التنف العسكرية شرق سوريا`, readings.ts). A nationality after
 * the adjective is the force's, not the country's (`قاعدة حميميم الجوية الروسية` is in Syria): the base
 * ends after it, so that it locates nothing.
 */
function militaryBase(scan: Scan, index: number, match: LexiconMatch, named: PlaceProposal | null): PlaceProposal | null {
  const { tokens } = scan.stream;
  const nameEnd = named?.nextToken ?? unknownPlaceNameEnd(tokens, match.next, { definite: true, masculine: false });
  const arm = nameEnd === null ? undefined : tokens[nameEnd];
  if (nameEnd === null || arm === undefined || !armAdjectives().has(arm.norm)) return null;
  const base = unknownPlace(scan, index, match.start, nameEnd + 1, 'feature', named === null ? null : sharedCountry(named.readings));
  // the force's nationality is read past, out of the mention, so that no step takes it for the country
  const force = demonymAt(tokens, nameEnd + 1);
  return force === null ? base : { ...base, nextToken: force.next };
}

/**
 * An oil or gas field after its trigger (PlaceTriggerSpec.closedByProduct): a known place or a name of
 * one word, or two after a name head (`حقل غرب القرنة`), followed by its product, which the mention
 * leaves out but which is read past, so that a place after it may locate the field (`حقل كورمور للغاز
 * في قضاء جمجمال`, readings.ts). A known place gives its country.
 */
function energyField(scan: Scan, index: number, match: LexiconMatch, named: PlaceProposal | null): PlaceProposal | null {
  const { tokens } = scan.stream;
  const nameEnd = named?.nextToken ?? unknownPlaceNameEnd(tokens, match.next, { definite: true, masculine: true });
  const product = nameEnd === null ? undefined : tokens[nameEnd];
  if (nameEnd === null || product === undefined || !hasKeyIn(product, fieldProducts())) return null;
  const field = unknownPlace(scan, index, match.start, nameEnd, 'feature', named === null ? null : sharedCountry(named.readings));
  return { ...field, nextToken: nameEnd + 1 };
}

/**
 * Where a name of two or three words a country's nisba closes ends (nameBeforeNisbaEnd), when it is
 * longer than the known place at its start, which then opens with a name head (`سان لويس` in `مدينة
 * سان لويس أوبيسبو الأمريكية`): a known name of its own before other words is that place (`مدينة
 * حلب`), and its nisba may belong to a later noun.
 */
function longNameBeforeNisba(tokens: readonly Token[], at: number, spec: TriggerEntry['spec'], named: PlaceProposal | null): number | null {
  if (named !== null && !isNameHead(tokens[at]!)) return null;
  const end = nameBeforeNisbaEnd(tokens, at, spec.masculine);
  return end !== null && (named === null || end > named.nextToken) ? end : null;
}

/**
 * Where a name with the article ends after a trigger that takes none (منطقة: `منطقة النزاع` is a
 * common noun far more often), when a direction and a known place or a trigger with the article right
 * after the name locate it as a place (`منطقة البقيعة شرق المدينة`, `منطقة الشعب شمال بغداد`, and after
 * ولاية, `ولاية الحوز جنوب المغرب`: no term of office is located so); never a kind of area (AREA_NOUNS:
 * `منطقة العمليات شمال سوريا`). After ولاية a country's nisba also says a state (`ولاية الحوز
 * المغربية`), but for the offices ولاية is held of (`ولاية العهد السعودية`).
 */
function locatedDefiniteName(scan: Scan, at: number, spec: TriggerEntry['spec']): number | null {
  const { tokens } = scan.stream;
  const first = tokens[at];
  if (spec.definiteNames || first === undefined || !hasArticle(first) || areaNouns().has(first.stem)) return null;
  const end = unknownPlaceNameEnd(tokens, at, { definite: true, masculine: spec.masculine });
  const after = end === null ? undefined : tokens[end];
  if (end === null || after === undefined) return null;
  if (spec.alsoTermOfOffice && demonymCode(after) !== null) return stateBeforeNisba(first, after) ? end : null;
  if (after.prefix !== '' || !directionsAndAdjectives().has(after.norm)) return null;
  return isLocator(scan, end + 1) ? end : null;
}

/**
 * Where a bare name ends after a trigger that wants a nisba after an unknown name (مقاطعة, also a
 * boycott), when a direction and a known place say where it lies instead (`مقاطعة إيتوري شرق الكونغو`,
 * `مقاطعة سيندانغ بجنوب الفلبين`): a bare name only, as a definite word is what is boycotted. A boycott
 * of goods so located (`مقاطعة بضائع جنوب إسرائيل`) reads as a place: rare in news, and left so.
 */
function locatedNameWithoutNisba(scan: Scan, at: number, spec: TriggerEntry['spec']): number | null {
  const { tokens } = scan.stream;
  // a definite word after it is what is boycotted (`مقاطعة الانتخابات جنوب السودان`)
  if (spec.unknownNeedsNisba !== true || tokens[at] === undefined || hasArticle(tokens[at]!)) return null;
  const end = unknownPlaceNameEnd(tokens, at, { definite: false, masculine: spec.masculine });
  const after = end === null ? undefined : tokens[end];
  if (end === null || after === undefined || after.kind !== 'word' || (after.prefix !== '' && after.prefix !== 'ب')) return null;
  // a place, not the country's word: `مقاطعة شركات شمال البلاد` is a boycott
  return directionsAndAdjectives().has(after.stem) && isPlaceLocator(scan, end + 1) ? end : null;
}

/**
 * Where a name written in يه with a final ه ends after a masculine trigger (`إقليم أتشيه`, isNameInHa),
 * when a country's nisba follows it or a locating word and a known place do (`إقليم أتشيه في
 * إندونيسيا`, `إقليم أتشيه الإندونيسي`): bare, it is as often a word with the pronoun ه (`حي أبيه`).
 */
function locatedNameInHa(scan: Scan, at: number, spec: TriggerEntry['spec']): number | null {
  const { tokens } = scan.stream;
  if (!spec.masculine || !isNameInHa(tokens[at])) return null;
  const end = at + 1;
  const after = tokens[end];
  return (after?.prefix === ARTICLE && demonymCode(after) !== null) || isLocatedAt(scan, end) ? end : null;
}

/**
 * Where a bare name ending in ي ends after a masculine trigger (`ممر سيليغوري`), which names.ts reads
 * as an adjective (`ممر مائي`, `مخيم صيفي`), when a definite word follows it that is no time word:
 * the trigger is then in construct with a name, and the definite word agrees with the phrase (`ممر
 * سيليغوري الاستراتيجي`, `ممر سيليغوري الهندي`); an indefinite adjective takes none (`ممر إنساني
 * الأسبوع المقبل` is timed). Not after a head that also names an office (قضاء), nor after one that
 * wants a nisba (ميناء) unless the definite word is one.
 */
function nameInYaBeforeAdjective(scan: Scan, at: number, spec: TriggerEntry['spec']): number | null {
  const { tokens } = scan.stream;
  const name = tokens[at];
  if (!spec.masculine || spec.alsoOffice || name === undefined || name.kind !== 'word' || name.prefix !== '' || name.suffix !== '') return null;
  if (name.norm.length < MIN_NAME_IN_YA_LETTERS || !WRITTEN_YA.test(name.text) || hasTanween(name.text) || demonymCode(name) !== null) return null;
  const after = tokens[at + 1];
  if (after === undefined || after.kind !== 'word' || after.prefix !== ARTICLE || after.suffix !== '' || hasKeyIn(after, wordsAfterAPlace())) return null;
  if (spec.unknownNeedsNisba === true && demonymCode(after) === null) return null;
  return sameLine(scan.stream, at, at + 1) && unknownPlaceNameEnd(tokens, at, { definite: false, masculine: false }) === at + 1 ? at + 1 : null;
}

/**
 * Whether a name with the article after ولاية and the nisba after it are a state's (`ولاية الحوز
 * المغربية`): the nisba feminine, agreeing with ولاية, and the name no office held nor a feminine noun
 * the nisba could agree with instead (`ولاية الحكومة الليبية`, `ولاية البعثة الأممية` are mandates).
 */
function stateBeforeNisba(name: Token, nisba: Token): boolean {
  return nisba.norm.endsWith(FOLDED_TA_MARBUTA) && !name.norm.endsWith(FOLDED_TA_MARBUTA) && !officesHeld().has(name.stem);
}

/**
 * Whether the division a district lies in follows the district's name, which ends before token `at`:
 * a direction (a trigger allowed after it) and a known place (`قضاء سنجار غرب الموصل`), or a
 * division's trigger on ب or after في (`مديرية حيس بمحافظة الحديدة`, `قضاء تلعفر في محافظة نينوى`).
 * Not a bare في and a place: `قضاء عطلة في دبي` is spending a holiday there.
 */
function divisionFollows(scan: Scan, at: number): boolean {
  const { tokens } = scan.stream;
  const next = tokens[at];
  if (next === undefined || next.kind !== 'word') return false;
  if (next.prefix === '' && directionsAndAdjectives().has(next.norm)) return isLocatedAt(scan, at);
  const triggerAt = next.prefix === 'ب' ? at : next.prefix === '' && next.norm === 'في' ? at + 1 : -1;
  const entry = triggerAt < 0 ? undefined : scan.lexicon.match(scan.stream, triggerAt)?.value;
  return entry?.role === 'trigger' && !entry.definite && entry.spec.division === true && entry.spec.alsoOffice !== true;
}

/**
 * Whether what follows a name ending before token `end` says where it lies (readings.ts, locates): ب
 * on a place, or locating words and a trigger, then a locator (`وسط العاصمة`, `ببغداد`, `جنوب مدينة الموصل`).
 */
function isLocatedAt(scan: Scan, end: number): boolean {
  const { tokens } = scan.stream;
  for (let k = end; k <= end + MAX_LOCATING_TOKENS && k < tokens.length; k++) {
    if (locates(tokens, end, k) && isLocator(scan, k)) return true;
  }
  return false;
}

/**
 * Whether a known place, a trigger with the article (`المدينة`, `العاصمة`) or a word for the country
 * (`البلاد`: COUNTRY_NOUNS) is at token `at`: what may locate a place before it.
 */
function isLocator(scan: Scan, at: number): boolean {
  // (`at` may be past the text's end: a direction that ends it, `في منطقة القبائل شرق`)
  const token = scan.stream.tokens[at];
  if (token === undefined) return false;
  if (hasKeyIn(token, countryNouns())) return true;
  return isPlaceLocator(scan, at);
}

/** Whether a known place, or a trigger with the article (`المدينة`, `العاصمة`), is at token `at`. */
function isPlaceLocator(scan: Scan, at: number): boolean {
  const match = scan.lexicon.match(scan.stream, at);
  if (match === null) return false;
  const entry = match.value;
  return (entry.role === 'trigger' && entry.definite) || knownPlaceFrom(scan, at, match, true) !== null;
}

/**
 * A street or square after its trigger (PlaceTriggerSpec.cityPlace): a place it is named after, a
 * person's name or an unknown name, and then a known place or a trigger with the article that locates
 * it (readings.ts, locates: `وسط العاصمة`, `ببغداد`), whose country it takes when the readings are chosen. `named`: the known place right after the trigger.
 */
function cityPlaceAfterTrigger(scan: Scan, index: number, match: LexiconMatch, spec: TriggerEntry['spec'], named: PlaceProposal | null): PlaceProposal | null {
  const { tokens } = scan.stream;
  const nameEnd = named?.nextToken ?? unknownNameAfterTriggerEnd(tokens, match.next, spec, false);
  if (nameEnd === null || areaNouns().has(tokens[match.next]!.stem)) return null;
  const place = unknownPlace(scan, index, match.start, nameEnd, spec.kind, null);
  if (isLocatedAt(scan, nameEnd)) return place;
  scan.unlocated.push(place);
  return null;
}

/**
 * A street or square named with no place after it is one where the text names it so elsewhere (`في
 * ميدان التحرير وسط القاهرة … وعاد المتظاهرون إلى ميدان التحرير`): same trigger, same name, one key. It
 * replaces what was read inside it (a town of the open data named `التحرير`).
 */
function addNamedAgain(scan: Scan): void {
  if (scan.unlocated.length === 0) return;
  const located = new Set(scan.found.map((place) => place.readings[0]!.key));
  for (const place of scan.unlocated) {
    if (!located.has(place.readings[0]!.key)) continue;
    scan.found = scan.found.filter((other) => other.nextToken <= place.firstToken || other.firstToken >= place.nextToken);
    scan.found.push(place);
  }
}

const positionalAdjectives = lazy(() => new Set(POSITIONAL_ADJECTIVES.map(foldKey)));
const countryNouns = lazy(() => new Set(COUNTRY_NOUNS.map(foldKey)));
const newTownAdjective = lazy(() => foldKey(NEW_TOWN_ADJECTIVE));
// the article alone, as a token's prefix
const ARTICLE = 'ال';
const areaNouns = lazy(() => new Set(AREA_NOUNS.map(foldKey)));
const armAdjectives = lazy(() => new Set(ARM_ADJECTIVES.map(foldKey)));
const fieldProducts = lazy(() => new Set(FIELD_PRODUCTS.map(foldKey)));
const officesHeld = lazy(() => new Set(OFFICES_HELD.map(foldKey)));
// ة once folded
const FOLDED_TA_MARBUTA = 'ه';
// a phrase index of words: asked at every place matched, it slices no key of the word before (hasKeyIn would)
const prayerNouns = lazy(() => wordSet(PRAYER_NOUNS));
const directionWords = lazy(() => new Set(DIRECTIONS.map(foldKey)));
const directionsAndAdjectives = lazy(() => new Set([...DIRECTIONS, ...DIRECTION_ADJECTIVES].map(foldKey)));

/** The country of a name made of a direction and a known place (`شمال دارفور`), or null. */
function countryAfterDirection(scan: Scan, at: number, nameEnd: number): string | null {
  if (nameEnd !== at + 2 || !hasKeyIn(scan.stream.tokens[at]!, directionWords())) return null;
  const known = knownPlaceAt(scan, at + 1, true);
  return known !== null && known.nextToken === nameEnd ? sharedCountry(known.readings) : null;
}

/**
 * Whether a known name of one token after a trigger is only the head of a compound name that goes on
 * (`عين` in `مخيم عين الحلوة`, `بيت` in `بلدة بيت جن`): the gazetteer's one-word place is then not
 * what the trigger names.
 */
function opensLongerName(tokens: readonly Token[], at: number, knownEnd: number, spec: TriggerEntry['spec']): boolean {
  if (knownEnd !== at + 1) return false;
  // a camp or crossing is often named after a person whose given name is also a town's (`مخيم نور
  // شمس`, `مخيم عقبة جبر`); a town after other triggers keeps its reading (`بلدية الخليل حسن …`)
  if (!isNameHead(tokens[at]!)) return spec.partOfName && personNameEnd(tokens, at) !== null;
  const compoundEnd = unknownPlaceNameEnd(tokens, at, { definite: spec.definiteNames, masculine: spec.masculine });
  return compoundEnd !== null && compoundEnd > knownEnd;
}

/** After `المدينة`, `العاصمة` …: a known place, or after a demonym an unknown one of its country. */
function placeAfterDefiniteTrigger(scan: Scan, match: LexiconMatch, trigger: TriggerEntry): PlaceProposal | null {
  const { tokens } = scan.stream;
  const demonym = demonymAt(tokens, match.next);
  const demonymCountry = demonym?.code ?? null;
  const at = demonym?.next ?? match.next;
  // a name that needs context is, after a definite noun, its adjective (`المنطقة الشمالية`, `المدينة
  // القديمة`); not one without the article, which only a place's name or a predicate is, and the
  // gazetteer's names needing only context are no predicates (`العاصمة سكوبيه`)
  const entry = scan.lexicon.match(scan.stream, at)?.value;
  const nameFits = entry?.role === 'place' && (entry.condition === 'anywhere' || (entry.condition === 'place-context' && !hasArticle(tokens[at]!)));
  const named = demonymCountry !== null || nameFits ? knownPlaceAt(scan, at, true) : null;
  if (named !== null) {
    const ofKind = ofTriggerKind(named.readings, trigger.spec);
    const readings = demonymCountry === null ? ofKind : prefer(ofKind, (reading) => reading.countryCode === demonymCountry);
    return placeProposal({ ...named, readings });
  }
  // a word joined by و after the demonym goes on with what else was hit, no name (العاصمة الفرنسية وأجزاء أخرى)
  if (demonymCountry === null || tokens[at]?.prefix.startsWith('و')) return null;
  const nameEnd = unknownPlaceNameEnd(tokens, at, { definite: false, masculine: trigger.spec.masculine });
  return nameEnd === null ? null : unknownPlace(scan, at, tokens[at]!.start, nameEnd, trigger.spec.kind, demonymCountry);
}

/** `X، عاصمة …`: records X (tokens before the comma at `index - 1`) as a city unless it is a place already. */
function recordCapitalBefore(scan: Scan, index: number, countryCode: string | null): void {
  const { tokens } = scan.stream;
  if (!isPunctuation(tokens[index - 1], CAPITAL_APPOSITION_MARKS)) return;
  const previous = scan.found.at(-1);
  for (const first of [index - 3, index - 2]) {
    if (first < 0 || (previous !== undefined && previous.nextToken > first)) continue;
    if (unknownPlaceNameEnd(tokens, first, CAPITAL_NAME_RULES) === index - 1) {
      scan.found.push(unknownPlace(scan, first, tokens[first]!.start, index - 1, 'city', countryCode));
      return;
    }
  }
}

/**
 * `مدينة X عاصمة Y` with no comma: X, a place its trigger found with no country, right before عاصمة, is
 * in Y's country, as after a comma (recordCapitalBefore), which it names whatever lies between.
 */
function placeCapitalBefore(scan: Scan, index: number, countryCode: string | null): void {
  const previous = scan.found.at(-1);
  if (countryCode === null || previous === undefined || previous.nextToken !== index) return;
  scan.found[scan.found.length - 1] = withCountry(previous, countryCode);
}

/** `صحيفة القدس`, `موقع روسيا اليوم`: the place name is the outlet's; returns the token after it. */
function afterOutletName(scan: Scan, match: LexiconMatch, needsNameEnding: boolean): number {
  const named = knownPlaceAt(scan, match.next, true);
  if (named === null) return match.next;
  if (!needsNameEnding) return named.nextToken;
  const ending = scan.stream.tokens[named.nextToken];
  return ending !== undefined && hasKeyIn(ending, outletNameEndings()) ? named.nextToken + 1 : match.next;
}

/** A place the gazetteer does not know, keyed by its folded name so that its mentions merge. */
function unknownPlace(
  scan: Scan,
  firstToken: number,
  start: number,
  nextToken: number,
  kind: PlaceReading['kind'],
  countryCode: string | null,
): PlaceProposal {
  const end = scan.stream.tokens[nextToken - 1]!.end;
  const key = `place:${foldKey(scan.stream.source.slice(start, end))}`;
  return { start, end, firstToken, nextToken, readings: [{ key, canonical: undefined, kind, countryCode }], strength: 2, withConjunction: undefined, needsItsCountry: false };
}

function toCandidate(place: PlaceProposal, reading: PlaceReading): EntityCandidate {
  const { start, end, firstToken, nextToken, strength } = place;
  const { key, kind } = reading;
  const { canonical, countryCode } = reading;
  return entityCandidate({ category: 'places', start, end, firstToken, nextToken, key, canonical, kind, countryCode: countryCode ?? undefined, strength });
}
