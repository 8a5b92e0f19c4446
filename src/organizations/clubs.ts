// Clubs across one article. News names a club once as such (`نادي الوداد`, `فريق الوداد`) or in a
// fixture (`تعادل فريقا الوداد والرجاء`, `فاز الوداد على الرجاء بهدفين`), then by its bare name
// (`وقال مدرب الرجاء`): the article's memory of its clubs makes those bare names the clubs too, as
// the people merge does for surnames. A club named after a place (`نادي برشلونة`) is not
// remembered: a bare `برشلونة` stays the city, the place recognizer's; but a city's name that a
// masculine nisba qualifies in an article of matches (`ليون الفرنسي`), or that a club's society word
// opens (`دينامو كييف`), is the club there.
import type { EntityCandidate } from '../contracts/candidate';
import { demonymCode } from '../contracts/demonyms';
import { PhraseIndex, hasArticle, isPunctuation, startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { isDefiniteWord, isNameAdjective, organizationFound, type ArticleBodies } from './found';
import { CLUB_KEY } from './names';
import type { OrganizationTables } from './tables';

/** A club's name has at most this many words (`النجم الرياضي الساحلي`). */
const MAX_CLUB_WORDS = 3;
/** Marks that end a sentence: a result's match words count within its sentence. */
const SENTENCE_ENDS = '.!?؟\n';

/** A side of a fixture: tokens [first, next). */
interface Side {
  first: number;
  next: number;
}

/**
 * A word that can be (part of) a club's name as written: a word without a pronoun suffix, not a
 * function word, time word, description or demonym. `prefixes` are the clitics it may carry.
 */
function isClubWord(tables: OrganizationTables, token: Token | undefined, prefixes: readonly string[]): boolean {
  if (token === undefined || token.kind !== 'word' || token.suffix !== '' || !prefixes.includes(token.prefix)) return false;
  const bare = token.prefix.endsWith('ال') ? 'ال' + token.stem : token.stem;
  if (tables.functionWords.has(bare) || tables.nameEndingWords.has(bare) || tables.notNameComplements.has(bare)) return false;
  return demonymCode(token) === null;
}

/**
 * A side that runs up to a known end (`فاز X على`, `فريقا X وY`): one to three club words, the first
 * with its own clitics, or a place's name whole (`برشلونة`, which the splitter reads as ب + رشلونة).
 */
function sideBefore(stream: TokenStream, tables: OrganizationTables, first: number, end: number, firstPrefixes: readonly string[]): Side | null {
  const tokens = stream.tokens;
  if (end <= first || end - first > MAX_CLUB_WORDS) return null;
  if (tables.placeNames.endAt(stream, first) === end) return { first, next: end };
  if (!isClubWord(tables, tokens[first], firstPrefixes)) return null;
  // the last word may be the club's country (`فاز الترجي التونسي على …`)
  const nameEnd = end - first > 1 && masculineNisba(tokens[end - 1]) !== null ? end - 1 : end;
  for (let k = first + 1; k < nameEnd; k++) if (!isClubWord(tables, tokens[k], ['', 'ال'])) return null;
  return { first, next: end };
}

/**
 * A side with no marked end (`على Y`, `وY`): its first word and the definite adjectives after it
 * (`الرجاء البيضاوي`). A first word without the article followed by another bare word may be a name
 * of two words or a word of the sentence (`على برشلونة أمس`): no side.
 */
function openSide(tables: OrganizationTables, tokens: readonly Token[], first: number, firstPrefixes: readonly string[]): Side | null {
  const head = tokens[first];
  if (!isClubWord(tables, head, firstPrefixes)) return null;
  let next = first + 1;
  if (!head!.prefix.endsWith('ال')) {
    // a bare or definite word after it: a name of two words, or a construct (`على حساب الوداد`)
    const after = tokens[next];
    return after !== undefined && after.kind === 'word' && (after.prefix === '' || after.prefix === 'ال') ? null : { first, next };
  }
  while (next - first < MAX_CLUB_WORDS && tokens[next] !== undefined && isDefiniteWord(tokens[next]!) && isNameAdjective(tables, tokens[next]!)) {
    if (demonymCode(tokens[next]) !== null || tables.nameEndingWords.has(tokens[next]!.norm)) break;
    next++;
  }
  // the club's country ends it (`على النجم الساحلي التونسي`)
  return { first, next: masculineNisba(tokens[next]) === null ? next : next + 1 };
}

/**
 * A side without the masculine nisba of a country that ends it (`الترجي التونسي` → `الترجي`), and that
 * country: the club's name is remembered and keyed without it, as `نادي الهلال السعودي` is.
 */
function withoutCountry(tokens: readonly Token[], side: Side): { name: Side; nationality: string | null } {
  const nationality = side.next - side.first > 1 ? masculineNisba(tokens[side.next - 1]) : null;
  return { name: nationality === null ? side : { first: side.first, next: side.next - 1 }, nationality };
}

/** The token at or after `from` within `limit` tokens whose prefix starts with و (the second side of `X وY`). */
function wawWithin(tokens: readonly Token[], from: number, limit: number): number {
  for (let k = from + 1; k <= from + limit && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind !== 'word') return -1;
    if (token.prefix.startsWith('و')) return k;
  }
  return -1;
}

/** Two sides joined by و right after the word at `cue` (`فريقا X وY`), clubs without further evidence; their first words' clitics. */
function pairAfter(tables: OrganizationTables, stream: TokenStream, cue: number, firstPrefixes: readonly string[], secondPrefixes: readonly string[]): { sides: Side[]; certain: boolean } | null {
  const waw = wawWithin(stream.tokens, cue + 1, MAX_CLUB_WORDS);
  const first = sideBefore(stream, tables, cue + 1, waw, firstPrefixes);
  const second = waw < 0 ? null : openSide(tables, stream.tokens, waw, secondPrefixes);
  return first && second ? { sides: [first, second], certain: true } : null;
}

/** The two sides of the fixture cued at `cue`, and whether they are clubs without further evidence. */
function readFixture(tables: OrganizationTables, stream: TokenStream, cue: number): { sides: Side[]; certain: boolean } | null {
  const tokens = stream.tokens;
  const word = tokens[cue]!;
  if (word.suffix !== '') return null;
  if (tables.fixturePairWords.has(word.norm) || tables.fixturePairWords.has(word.stem)) return pairAfter(tables, stream, cue, ['', 'ال'], ['و', 'وال']);
  // `مباراة الأهلي والزمالك`: the match of two definite sides, neither a word of the match itself
  // (`مباراة الذهاب والإياب`; a side of a result may be one: `الملعب التونسي` is a club)
  if (word.prefix === '' && tables.fixtureNouns.has(word.norm)) {
    const pair = pairAfter(tables, stream, cue, ['ال'], ['وال']);
    return pair !== null && pair.sides.every((side) => !isMatchWord(tables, tokens[side.first]!)) ? pair : null;
  }
  const between = tables.fixtureVerbs.get(word.stem) ?? tables.fixtureVerbs.get(word.norm);
  // the verb, not the noun (`التعادل المفاجئ مع …`)
  if (between === undefined || hasArticle(word)) return null;
  let end = cue + 1;
  while (end <= cue + MAX_CLUB_WORDS && tokens[end] !== undefined && tokens[end]!.norm !== between) end++;
  const first = sideBefore(stream, tables, cue + 1, end, ['', 'ال']);
  if (first !== null && tokens[end]?.norm === between) {
    const second = openSide(tables, tokens, end + 1, ['', 'ال']);
    return second && { sides: [first, second], certain: false };
  }
  // `تعادل X وY`
  const waw = wawWithin(tokens, cue + 1, MAX_CLUB_WORDS);
  const before = sideBefore(stream, tables, cue + 1, waw, ['', 'ال']);
  const second = before && openSide(tables, tokens, waw, ['و', 'وال']);
  return before && second ? { sides: [before, second], certain: false } : null;
}

/** Whether the sentence around token `at` speaks of a match (`بهدفين`, `في الدوري`). */
function speaksOfMatch(tables: OrganizationTables, stream: TokenStream, at: number): boolean {
  const tokens = stream.tokens;
  const inSentence = (k: number): boolean => tokens[k] !== undefined && !isPunctuation(tokens[k], SENTENCE_ENDS);
  let first = at;
  while (inSentence(first - 1)) first--;
  for (let k = first; inSentence(k); k++) {
    if (isMatchWord(tables, tokens[k]!)) return true;
  }
  return false;
}

function isMatchWord(tables: OrganizationTables, token: Token): boolean {
  return tables.matchWords.has(token.stem) || tables.matchWords.has(token.norm);
}

/** The folded name of a side, without the clitics of its first word: its key and the phrase remembered. */
function sideName(tokens: readonly Token[], side: Side): string {
  return tokens
    .slice(side.first, side.next)
    .map((token, k) => (k === 0 && token.prefix.startsWith('و') ? token.norm.slice(1) : token.norm))
    .join(' ');
}

/** Whether the tokens [first, next) are a place's name, whole: a club named after a place is not remembered. */
function isPlaceName(stream: TokenStream, tables: OrganizationTables, side: Side): boolean {
  const places = tables.placeNames;
  const conjunction = stream.tokens[side.first]!.prefix.startsWith('و') ? 1 : 0;
  return (places.endAt(stream, side.first) ?? places.endAt(stream, side.first, conjunction)) === side.next;
}

function clubMention(stream: TokenStream, side: Side, name: string): EntityCandidate {
  const token = stream.tokens[side.first]!;
  // the mention leaves the conjunction out (والرجاء → الرجاء), keeps the article
  const start = startAfterClitics(stream, token, token.prefix.startsWith('و') ? 1 : 0);
  return organizationFound(stream, { start, firstToken: side.first, nextToken: side.next }, { key: CLUB_KEY + name, kind: 'sports', strength: 2 }).candidate;
}

/** The most words of a city's name a club is named after (`سان سيباستيان`). */
const MAX_CITY_WORDS = 3;

/**
 * Clubs named after their city, where the name itself says so: a club's society word before the
 * city (`دينامو كييف`, `سسكا موسكو الروسي`), or, in an article of matches, a masculine nisba of a
 * country after the city (`ليون الفرنسي`, `هامبورغ الألماني`): a city is feminine in Arabic (`ليون
 * الفرنسية` is the city), so the masculine adjective qualifies the club the city names. The nisba is
 * part of the mention, as an outlet's is. Not remembered: a bare `ليون` stays the city.
 */
function findCityClubs({ stream, tables, cues, taken }: ArticleBodies): EntityCandidate[] {
  const tokens = stream.tokens;
  const mentions: EntityCandidate[] = [];
  const add = (side: Side, nationality: string | null): void => {
    if (!isFree(taken, side)) return;
    const found = clubMention(stream, side, sideName(tokens, side));
    if (nationality !== null) found.nationality = nationality;
    mentions.push(found);
    taken.fill(1, side.first, side.next);
  };
  for (const cue of cues) {
    if (!tables.clubCityPrefixes.has(tokens[cue]!.norm)) continue;
    const end = tables.placeNames.endAt(stream, cue + 1);
    if (end === null) continue;
    const nationality = masculineNisba(tokens[end]);
    add({ first: cue, next: nationality === null ? end : end + 1 }, nationality);
  }
  // the match words are among the cues the recognizer met
  if (!cues.some((cue) => isMatchWord(tables, tokens[cue]!))) return mentions;
  for (let j = 1; j < tokens.length; j++) {
    const nationality = masculineNisba(tokens[j]);
    if (nationality === null || isFeminineElative(tokens[j - 1]!, tokens[j]!)) continue;
    for (let first = j - 1; first >= Math.max(0, j - MAX_CITY_WORDS); first--) {
      if (tables.placeNames.endAt(stream, first) !== j || demonymCode(tokens[first]) !== null) continue;
      add({ first, next: j + 1 }, nationality);
      break;
    }
  }
  return mentions;
}

/**
 * A word written with ى after a feminine noun is the feminine elative agreeing with it, not a nisba
 * written with ى as Egyptian print does (`الأهلى المصرى`): `الزاوية اليمنى` is "the right corner",
 * not a Yemeni club of Zawiya (folding made اليمنى the nisba اليمني).
 */
function isFeminineElative(before: Token, word: Token): boolean {
  return word.text.endsWith('ى') && before.norm.endsWith('ه');
}

/** The country of a definite masculine nisba (`الفرنسي`; not `الفرنسية`), or null. */
function masculineNisba(token: Token | undefined): string | null {
  if (token === undefined || !isDefiniteWord(token) || !token.norm.endsWith('ي')) return null;
  return demonymCode(token);
}

/**
 * The clubs of the article: the sides of its fixtures (`cues` are the tokens of fixture words the
 * recognizer met), then every bare mention of a club it named (with a head or in a fixture) outside
 * the organizations found (`taken`). Returns the new mentions.
 */
export function findClubs(article: ArticleBodies): EntityCandidate[] {
  const { stream, tables, all: found, cues, taken } = article;
  // most articles name no club and have no fixture word: nothing to build for them
  if (cues.length === 0 && !found.some((body) => body.kind === 'sports')) return [];
  const cityClubs = findCityClubs(article);
  const tokens = stream.tokens;
  const clubs = new Map<string, string>();
  // the stems of the clubs' first words as the article writes them: only a token with one of them is looked up
  const firstStems = new Set<string>();
  for (const body of found) {
    if (body.kind === 'sports' && body.key.startsWith(CLUB_KEY) && body.nextToken - body.firstToken > 1) {
      const side = { first: body.firstToken + 1, next: body.nextToken };
      if (isPlaceName(stream, tables, side)) continue;
      clubs.set(body.key.slice(CLUB_KEY.length), body.key);
      firstStems.add(tokens[side.first]!.stem);
    }
  }
  // a city's club found above is known too (`فاز الهلال السعودي على العين الإماراتي`)
  const knownClub = (side: Side): boolean =>
    found.some((body) => body.kind === 'sports' && body.firstToken <= side.first && side.next <= body.nextToken) ||
    cityClubs.some((body) => body.firstToken <= side.first && side.next <= body.nextToken) ||
    clubs.has(sideName(tokens, withoutCountry(tokens, side).name));
  const mentions: EntityCandidate[] = cityClubs;
  for (const cue of cues) {
    const fixture = readFixture(tables, stream, cue);
    if (fixture === null || fixture.sides.some((side) => !isFree(taken, side) && !knownClub(side))) continue;
    if (!fixture.certain && !fixture.sides.some(knownClub) && !speaksOfMatch(tables, stream, cue)) continue;
    for (const side of fixture.sides) {
      const { name: named, nationality } = withoutCountry(tokens, side);
      if (!isFree(taken, side) || isPlaceName(stream, tables, named)) continue;
      const name = sideName(tokens, named);
      clubs.set(name, CLUB_KEY + name);
      firstStems.add(tokens[side.first]!.stem);
      const mention = clubMention(stream, side, name);
      if (nationality !== null) mention.nationality = nationality;
      mentions.push(mention);
      taken.fill(1, side.first, side.next);
    }
  }
  if (clubs.size === 0) return mentions;
  const remembered = new PhraseIndex([...clubs]);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || !firstStems.has(tokens[i]!.stem)) continue;
    const match = remembered.match(stream, i);
    if (match === null || !isFree(taken, { first: i, next: match.next })) continue;
    // a definite adjective after the name makes another name of it (الهلال الأحمر is not الهلال)
    const after = tokens[match.next];
    if (after !== undefined && isDefiniteWord(after) && isNameAdjective(tables, after)) continue;
    mentions.push(
      organizationFound(stream, { start: match.start, firstToken: i, nextToken: match.next }, { key: match.value, kind: 'sports', strength: 2 }).candidate,
    );
    i = match.next - 1;
  }
  return mentions;
}

function isFree(taken: Uint8Array, side: Side): boolean {
  for (let k = side.first; k < side.next; k++) if (taken[k] === 1) return false;
  return true;
}
