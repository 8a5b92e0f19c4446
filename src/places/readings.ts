// Choosing between the readings of an ambiguous name: عمان (Oman or Amman), طرابلس (Libya or
// Lebanon), تونس (the country or its capital), الكونغو (either Congo).
//
// 1. Context next to the name narrows the readings (see recognize.ts): a city trigger (`مدينة`,
//    `العاصمة`) keeps cities, a state title (`سلطنة`) keeps countries, a demonym (`العاصمة الأردنية`)
//    keeps places of its country, and vowel marks written as the gazetteer writes one reading
//    (`عُمان`, `عمّان`) keep that one.
// 2. If the readings left still disagree on the country, the reading whose country the article
//    names nearest (another place in it, or a demonym: `مسقط`, `الأردن`, `العماني`) wins.
// 3. If no country the article names settles it, a monarchy's word for its state or its ruler
//    (`المملكة`, `الملك`, `السلطنة`: MONARCHY_WORDS) keeps the reading in a country so ruled, where the
//    article names no other such country, which the word would rather be about (`قال الصفدي في عمان إن
//    المملكة …` is Amman; beside `السعودية`, `المملكة` is Saudi Arabia and says nothing of عمان).
// 4. Otherwise the gazetteer's order decides: countries before regions before cities, so plain
//    `عمان` with nothing around it is Oman.
// 5. A town or district of the open data that the place after it locates (`حي الزيتون جنوب مدينة
//    غزة`, `حي النصر في بغداد`, `بالقاهرة`) lies in that place's country (see locatedReadings).
// 6. A place only its trigger found, still with no country, lies in the text's one country if it
//    names only one (see inTheOnlyCountryNamed).
import { demonymAt, type TextDemonym } from '../contracts/demonyms';
import { DIRECTION_ADJECTIVES, DIRECTIONS, LOCATING_WORDS, MONARCHY_WORDS, PLACE_TRIGGERS } from '../data/places/places-context';
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';
import { hasKeyIn, wordSet, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { PlaceReading } from './gazetteer';

/** Keeps the readings that satisfy `wanted`, or all of them when none does: context prefers, it never empties. */
export function prefer(readings: readonly PlaceReading[], wanted: (reading: PlaceReading) => boolean): readonly PlaceReading[] {
  const kept = readings.filter(wanted);
  return kept.length > 0 ? kept : readings;
}

/** The country all readings agree on; null when they name none or disagree. */
export function sharedCountry(readings: readonly PlaceReading[]): string | null {
  const first = readings[0]?.countryCode ?? null;
  return countriesDisagree(readings) ? null : first;
}

/** Whether the readings name different countries (one of them none counts as different). */
export function countriesDisagree(readings: readonly PlaceReading[]): boolean {
  // a plain loop, no closure: asked at every place matched, and of namesakes with many readings
  for (let k = 1; k < readings.length; k++) if (readings[k]!.countryCode !== readings[0]!.countryCode) return true;
  return false;
}

/** A place the recognizer found, with the readings its context left. */
export interface ReadingsAt {
  start: number;
  end: number;
  firstToken: number;
  nextToken: number;
  readings: readonly PlaceReading[];
}

/** One reading per found place (steps 2 to 6 above). */
export function chooseReadings(found: readonly ReadingsAt[], stream: TokenStream, demonyms: () => readonly TextDemonym[]): PlaceReading[] {
  const chosen = byNearestCountry(found, stream, demonyms);
  locatedReadings(found, chosen, stream.tokens, stream.source);
  inTheOnlyCountryNamed(chosen, demonyms);
  return chosen;
}

function byNearestCountry(found: readonly ReadingsAt[], stream: TokenStream, demonyms: () => readonly TextDemonym[]): PlaceReading[] {
  const chosen = found.map((place) => place.readings[0]!);
  // a plain loop, not flatMap: every place of every article passes here, and few are undecided
  const undecided: number[] = [];
  for (let k = 0; k < found.length; k++) if (countriesDisagree(found[k]!.readings)) undecided.push(k);
  if (undecided.length === 0) return chosen;

  const evidence: { token: number; countryCode: string }[] = [];
  found.forEach((place, k) => {
    const countryCode = chosen[k]!.countryCode;
    if (countryCode !== null && !countriesDisagree(place.readings)) evidence.push({ token: place.firstToken, countryCode });
  });
  for (const { at, code } of demonyms()) evidence.push({ token: at, countryCode: code });

  for (const k of undecided) {
    const place = found[k]!;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const reading of place.readings) {
      for (const clue of evidence) {
        const distance = Math.abs(clue.token - place.firstToken);
        if (clue.countryCode === reading.countryCode && distance < bestDistance) {
          bestDistance = distance;
          chosen[k] = reading;
        }
      }
    }
    if (bestDistance === Number.POSITIVE_INFINITY) chosen[k] = monarchyReading(place.readings, evidence, stream) ?? chosen[k]!;
  }
  return chosen;
}

// phrase indexes of words, asked of every token of an article: a word's keys without its clitics are
// shaped and most ruled out by one bit, not sliced and hashed (hasKeyIn would)
const monarchies = lazy(() => MONARCHY_WORDS.map(([words, countries]) => ({ words: wordSet(words), countries: new Set(countries) })));

/**
 * Step 3: the one reading in a monarchy whose word the article uses, where the article names no
 * other country so ruled (`evidence`: the countries it names); null when none or several fit.
 */
function monarchyReading(readings: readonly PlaceReading[], evidence: readonly { countryCode: string }[], stream: TokenStream): PlaceReading | null {
  for (const { words, countries } of monarchies()) {
    const ruled = readings.filter((reading) => reading.countryCode !== null && countries.has(reading.countryCode));
    if (ruled.length !== 1) continue;
    const own = ruled[0]!.countryCode;
    if (evidence.some((clue) => clue.countryCode !== own && countries.has(clue.countryCode))) continue;
    for (let at = 0; at < stream.tokens.length; at++) if (words.has(stream, at)) return ruled[0]!;
  }
  return null;
}

/**
 * Step 5, in `chosen`: a town, district or region its trigger found with no country that nothing
 * located (`غمرت المياه مدينة تاونزفيل`) lies in the one country the text names, when the country
 * itself or its demonym is named (`قالت السلطات الأسترالية …`) and no place of another country is: a
 * list of places may cross a border (`محافظة البصرة وولاية صغد`), and the open data's small places
 * are too often namesakes to count either way.
 */
function inTheOnlyCountryNamed(chosen: PlaceReading[], demonyms: () => readonly TextDemonym[]): void {
  // settlements and divisions: a base, camp or river is often named with a foreign force's or people's
  // nationality (`قاعدة حميميم الجوية الروسية`)
  const unknownWhere = (reading: PlaceReading): boolean =>
    reading.countryCode === null && reading.kind !== 'feature' && reading.key.startsWith(UNKNOWN_KEY);
  if (!chosen.some(unknownWhere)) return;
  let only: string | null = null;
  let named = false;
  const agrees = (countryCode: string | null, namesCountry: boolean): boolean => {
    if (countryCode === null) return true;
    if (only !== null && countryCode !== only) return false;
    only = countryCode;
    named ||= namesCountry;
    return true;
  };
  const placesAgree = chosen.every(
    (reading) => (isSmallPlace(reading.kind) && isOpenDataReading(reading)) || agrees(reading.countryCode, reading.kind === 'country' || reading.kind === 'territory'),
  );
  if (!placesAgree || !demonyms().every(({ code }) => agrees(code, true)) || !named) return;
  for (let k = 0; k < chosen.length; k++) if (unknownWhere(chosen[k]!)) chosen[k] = { ...chosen[k]!, countryCode: only };
}

const locatingWords = lazy(() => new Set([...DIRECTIONS, ...DIRECTION_ADJECTIVES, ...LOCATING_WORDS].map(foldKey)));
const triggerWords = lazy(() => new Set(PLACE_TRIGGERS.map(([word]) => foldKey(word))));
// the open data's small places: the gazetteer's towns and districts, whose names are often words
export const isSmallPlace = (kind: PlaceReading['kind']): boolean => kind === 'town' || kind === 'district';
const OPEN_DATA_KEYS = ['geonames:', 'egypt:'];
/** Whether the reading is a place of the open data (GeoNames, Egypt's places), which holds many namesakes. */
export const isOpenDataReading = (reading: PlaceReading): boolean => OPEN_DATA_KEYS.some((prefix) => reading.key.startsWith(prefix));
// between a place and the one locating it: two directions and a trigger (`شمال شرق مدينة`)
export const MAX_LOCATING_TOKENS = 3;
// the article on an adjective agreeing with a place
const ARTICLE = 'ال';
// a place found by its trigger alone
const UNKNOWN_KEY = 'place:';

/**
 * Step 4, in `chosen`: a place whose chosen reading is a small place of the open data, or a place its
 * trigger found with no country (`حي باب الوادي بالجزائر`), followed by a country's nisba (`ولاية
 * فيكتوريا الأسترالية` is no district of Alexandria) or by a locating word (a direction,
 * its adjective or LOCATING_WORDS, a trigger after it allowed: `جنوب مدينة`) or written on ب (`حي الزيتون
 * بالقاهرة`) and then a place of one country, takes its reading in that country; with none, it is a
 * place of that country the gazetteer does not know, keyed by its name (Cairo's الزيتون is not Gaza's,
 * nor a Palestinian النصر Baghdad's). Small places only: a city near a border may be located from
 * across it.
 */
function locatedReadings(found: readonly ReadingsAt[], chosen: PlaceReading[], tokens: readonly Token[], source: string): void {
  for (let k = 0; k < found.length; k++) {
    const reading = chosen[k]!;
    const unknownWhere = reading.countryCode === null && reading.key.startsWith(UNKNOWN_KEY);
    if (!unknownWhere && (!isSmallPlace(reading.kind) || !isOpenDataReading(reading))) continue;
    const place = found[k]!;
    const after = tokens[place.nextToken];
    const countryCode = (after?.prefix === ARTICLE ? (demonymAt(tokens, place.nextToken)?.code ?? null) : null) ?? locatorCountry(found, chosen, tokens, k);
    if (countryCode === null || countryCode === reading.countryCode) continue;
    chosen[k] = place.readings.find((other) => other.countryCode === countryCode) ?? {
      key: `${UNKNOWN_KEY}${foldKey(source.slice(place.start, place.end))}`,
      canonical: undefined,
      kind: reading.kind,
      countryCode,
    };
  }
}

/** The country of the place after place `k` where it locates place `k` (see locatedReadings), else null. */
function locatorCountry(found: readonly ReadingsAt[], chosen: readonly PlaceReading[], tokens: readonly Token[], k: number): string | null {
  const locator = found[k + 1];
  if (locator === undefined || countriesDisagree(locator.readings) || !locates(tokens, found[k]!.nextToken, locator.firstToken)) return null;
  return chosen[k + 1]!.countryCode;
}

/**
 * Whether tokens `from` up to the place at `to` say the place locates what is before them: ب on the
 * place, or one or two locating words (`شمال شرق`) and a trigger after them.
 */
export function locates(tokens: readonly Token[], from: number, to: number): boolean {
  if (from === to) return tokens[to]!.prefix.startsWith('ب');
  if (to - from > MAX_LOCATING_TOKENS) return false;
  // a trigger on ب (`معتمدية سبيطلة بولاية القصرين`, `حي الشجاعية بمدينة غزة`)
  if (to === from + 1 && tokens[from]!.prefix.startsWith('ب')) return hasKeyIn(tokens[from]!, triggerWords());
  let k = from;
  while (k < to && tokens[k]!.prefix === '' && hasKeyIn(tokens[k]!, locatingWords())) k++;
  if (k === from || k - from > 2) return false;
  return k === to || (k + 1 === to && hasKeyIn(tokens[k]!, triggerWords()));
}
