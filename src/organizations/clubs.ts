// Clubs across one article. News names a club once as such (`نادي الوداد`, `فريق الوداد`) or in a
// fixture (`تعادل فريقا الوداد والرجاء`, `فاز الوداد على الرجاء بهدفين`), then by its bare name
// (`وقال مدرب الرجاء`): the article's memory of its clubs makes those bare names the clubs too, as
// the people merge does for surnames. A club named after a place (`نادي برشلونة`) is not
// remembered: a bare `برشلونة` stays the city, the place recognizer's; but a city's name that a
// masculine nisba qualifies in an article of matches (`ليون الفرنسي`), or that a club's society word
// opens (`دينامو كييف`), is the club there. A foreign name no list knows, qualified so (`بنفيكا
// البرتغالي`), or a side of a table of results (`بنفيكا ( البرتغال ) - …`), is remembered.
import type { EntityCandidate } from '../contracts/candidate';
import { compoundDemonymCode, demonymCode } from '../contracts/demonyms';
import { DASHES, PhraseIndex, hasArticle, isPunctuation, startAfterClitics, type TokenStream } from '../text/phrases';
import { sameLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import { personNameWords } from '../contracts/person-names';
import { countryNisbaAt, isDefiniteWord, isNameAdjective, masculineNisba, organizationFound, type ArticleBodies } from './found';
import { CLUB_KEY } from './names';
import { arabicShaped, FOREIGN_FIRST_LETTERS, foreignNameEnd, foreignShaped, foreignWordAt, mayBeForeignWord, PREPOSITION_FIRST_LETTERS } from './foreign';
import { countryAt } from './national';
import type { OrganizationTables } from './tables';

/** A club's name has at most this many words (`النجم الرياضي الساحلي`). */
const MAX_CLUB_WORDS = 3;
/** The clitics a verb of a result may carry: a conjunction (`وفاز`, `فتعادل`) or none. */
const VERB_PREFIXES: readonly string[] = ['', 'و', 'ف'];
/** Marks that end a sentence: a result's match words count within its sentence. */
const SENTENCE_ENDS = '.!?؟\n';

/** A side of a fixture: tokens [first, next). */
interface Side {
  first: number;
  next: number;
}

/**
 * A word that can be (part of) a club's name as written: a word without a pronoun suffix, not a
 * function word, time word, description or demonym. `prefixes` are the clitics it may carry; a
 * first letter the splitter took for one (clubWordForm) is the name's own.
 */
function isClubWord(tables: OrganizationTables, token: Token | undefined, prefixes: readonly string[]): boolean {
  if (token === undefined || token.kind !== 'word' || token.suffix !== '') return false;
  const bare = clubWordForm(tables, token, prefixes);
  if (bare === null || tables.functionWords.has(bare) || tables.nameEndingWords.has(bare) || tables.notNameComplements.has(bare)) return false;
  return demonymCode(token) === null && !isCountryNisba(tables, token);
}

/**
 * A force's noun at `first` with the article (CLUB_FORCE_WORDS: `الجيش`) before a definite adjective of
 * its own, no demonym (`الجيش الملكي`): as a side, a club named after the force. Alone or with its
 * country (`الجيش السوري`) it is the force.
 */
function isForceClub(tables: OrganizationTables, tokens: readonly Token[], first: number, prefixes: readonly string[]): boolean {
  const word = tokens[first];
  const adjective = tokens[first + 1];
  if (word?.kind !== 'word' || word.suffix !== '' || !hasArticle(word) || !prefixes.includes(word.prefix) || !tables.clubForces.has('ال' + word.stem)) return false;
  return adjective !== undefined && isDefiniteWord(adjective) && isNameAdjective(tables, adjective) && demonymCode(adjective) === null && !isCountryNisba(tables, adjective);
}

/**
 * A definite nisba of a country the demonyms lack, made of its name's first word (`البوروندي`,
 * `الكونغولي` of `الكونغو`, `التشادي`): a nationality, standing for a national team or a player
 * (`تعادل مع ضيفه البوروندي`), never a club's name. A club's nisba-shaped name is of no country
 * (`الأهلي`, `الإسماعيلي`).
 */
function isCountryNisba(tables: OrganizationTables, token: Token): boolean {
  const stem = token.stem;
  if (!hasArticle(token) || !stem.endsWith('ي')) return false;
  const countries = tables.countryStems;
  return countries.has(stem) || countries.has(stem.slice(0, -1)) || (stem.endsWith('لي') && countries.has(stem.slice(0, -2)));
}

/**
 * The word as a club's name has it, without a conjunction (`الرجاء`, `بوروسيا`), or null when its
 * clitics are none of `prefixes`. A ب، ك، ل or ف that the splitter took off a foreign-looking word
 * whose rest has no Arabic shape is the name's own (`بوروسيا`, `بريمن`, `فيردر`, `بلوزداد`; not
 * `فخسر`), as `بنفيكا` is read in foreignClubNameAt; so are ف and one of them (`فلامنغو`).
 */
function clubWordForm(tables: OrganizationTables, token: Token, prefixes: readonly string[]): string | null {
  const prefix = token.prefix;
  if (prefixes.includes(prefix)) return prefix.endsWith('ال') ? 'ال' + token.stem : token.stem;
  const conjunction = prefix.startsWith('و') && prefixes.includes('و') ? 1 : 0;
  if (conjunction === 0 && !prefixes.includes('')) return null;
  const letter = prefix.slice(conjunction);
  // two letters too, ف and a preposition's (`فلامنغو` as ف + ل + امنغو)
  const taken = letter.length === 1 ? FOREIGN_FIRST_LETTERS.has(letter) : letter.length === 2 && letter[0] === 'ف' && PREPOSITION_FIRST_LETTERS.has(letter[1]!);
  if (!taken || arabicShaped(token.stem, true)) return null;
  const whole = token.norm.slice(conjunction);
  return mayBeForeignWord(tables, whole) ? whole : null;
}

/**
 * A side that runs up to a known end (`فاز X على`, `فريقا X وY`): one to three club words, the first
 * with its own clitics, or a place's name whole (`برشلونة`, which the splitter reads as ب + رشلونة).
 */
function sideBefore(stream: TokenStream, tables: OrganizationTables, first: number, end: number, firstPrefixes: readonly string[]): Side | null {
  const tokens = stream.tokens;
  // the last word or two may be the club's country (`فاز الترجي التونسي على …`, `صن داونز الجنوب أفريقي`)
  const nameEnd = withoutCountry(tokens, { first, next: end }).name.next;
  if (end <= first || nameEnd - first > MAX_CLUB_WORDS) return null;
  if (tables.placeNames.endAt(stream, first) === end) return { first, next: end };
  if (!isClubWord(tables, tokens[first], firstPrefixes) && !(end - first > 1 && isForceClub(tables, tokens, first, firstPrefixes))) return null;
  // a foreign word after a club's society word is read whole, as findSelfNamedClubs reads it (`ريال بيتيس`),
  // and so is the word after an Arabic one (`نهضة بركان`, `اتحاد العاصمة`)
  const societyName = tables.clubCityPrefixes.has(tokens[first]!.norm) ? foreignNameAfterPrefix(tables, tokens, first + 1) : societyNameEnd(tables, tokens, first);
  for (let k = first + 1; k < nameEnd; k++) if (!isClubWord(tables, tokens[k], ['', 'ال']) && societyName !== k + 1) return null;
  return { first, next: end };
}

/**
 * A side with no marked end (`على Y`, `وY`): its first word and the definite adjectives after it
 * (`الرجاء البيضاوي`). A first word without the article followed by another bare word may be a name
 * of two words or a construct (`على حساب الوداد`): a name of two words only when the
 * second is foreign-looking or a place's name (`على بوروسيا دورتموند`, `مع سيلتا فيغو`, `على شباب
 * بلوزداد`, its ب the name's own), the first is no person's name word (`على مارين لوبان`) and the name
 * plainly ends after it (`بهدفين`, a conjunction, punctuation); else no side.
 */
function openSide(tables: OrganizationTables, stream: TokenStream, first: number, firstPrefixes: readonly string[]): Side | null {
  const tokens = stream.tokens;
  const head = tokens[first];
  // a club the lexicon names whole (`على صن داونز`, `أمام كايزر تشيفز`: its ك the name's own), whatever
  // its words look like, after a clitic the side may take
  const known = tables.known.match(stream, first);
  const clitic = known === null || known.start === head!.start ? '' : head!.prefix;
  if (known !== null && known.value.kind === 'sports' && (clitic === '' || firstPrefixes.includes(clitic))) {
    return { first, next: countryNisbaAt(tokens, known.next)?.next ?? known.next };
  }
  // a foreign name whose first letters the splitter took for a preposition and the article (`مع
  // بالميراس`, `أمام كالياري`): the side's preposition takes no second one, so the word is read whole
  if (readsWholeAfterPreposition(tables, head, firstPrefixes)) return { first, next: countryNisbaAt(tokens, first + 1)?.next ?? first + 1 };
  // `على ضيفه الجنوب أفريقي`: a nisba of two words is no side
  if ((!isClubWord(tables, head, firstPrefixes) && !isForceClub(tables, tokens, first, firstPrefixes)) || compoundDemonymCode(head, tokens[first + 1]) !== null) return null;
  let next = first + 1;
  const society = societyNameEnd(tables, tokens, first);
  if (society !== null) return { first, next: countryNisbaAt(tokens, society)?.next ?? society };
  if (!head!.prefix.endsWith('ال')) {
    const after = tokens[next];
    if (after === undefined || after.kind !== 'word') return { first, next };
    // the club's country ends it (`مع ميلان الإيطالي`, `مع بنفيكا الجنوب أفريقي`)
    const country = countryNisbaAt(tokens, next);
    if (country !== null) return { first, next: country.next };
    const end = secondNameWordEnd(tables, stream, next);
    if (end !== null && !personNameWords().has(clubWordForm(tables, head!, firstPrefixes)!)) return { first, next: countryNisbaAt(tokens, end)?.next ?? end };
    // another name word after it, unread: a name of two words, or a construct (`على حساب الوداد`);
    // a function or time word ends the side (`على بنفيكا في`, `على برشلونة أمس`)
    return isClubWord(tables, after, ['', 'ال']) ? null : { first, next };
  }
  while (next - first < MAX_CLUB_WORDS && tokens[next] !== undefined && isDefiniteWord(tokens[next]!) && isNameAdjective(tables, tokens[next]!)) {
    if (demonymCode(tokens[next]) !== null || tables.nameEndingWords.has(tokens[next]!.norm)) break;
    next++;
  }
  // the club's country ends it (`على النجم الساحلي التونسي`)
  return { first, next: countryNisbaAt(tokens, next)?.next ?? next };
}

/**
 * Whether a side's first word, after its preposition (`firstPrefixes` without a conjunction), is a
 * foreign name whose ب، ك or ل and article the splitter took off (`بالميراس` as ب + ال + ميراس,
 * `كالياري`): a preposition takes no second one, so the word is read whole, when its rest has no Arabic
 * shape and it is foreign-looking (`بالمباراة` is none). Not after و, which a preposition may follow.
 */
function readsWholeAfterPreposition(tables: OrganizationTables, word: Token | undefined, firstPrefixes: readonly string[]): boolean {
  if (word?.kind !== 'word' || word.suffix !== '' || firstPrefixes.some((prefix) => prefix.startsWith('و'))) return false;
  const prefix = word.prefix;
  if (prefix.length !== 3 || !prefix.endsWith('ال') || !PREPOSITION_FIRST_LETTERS.has(prefix[0]!)) return false;
  return !arabicShaped(word.stem, true) && mayBeForeignWord(tables, word.norm) && personNameWords().has(word.norm) === false;
}

/**
 * The end of a club's name that an Arabic society word at `first` opens (CLUB_SOCIETY_WORDS: `نهضة
 * بركان`, `اتحاد العاصمة`, `شبيبة القبائل`, `شباب بلوزداد`): the word after it, read whole (`بركان` is
 * no ب + ركان) with or without the article, a noun of places too (`العاصمة`: USM Alger), when it is no
 * function, time or match word (`فاز شباب بهدفين`) and no demonym. Null otherwise, and for a society
 * word with the article or a pronoun (`الشباب`, `شبابه`: the young people).
 */
function societyNameEnd(tables: OrganizationTables, tokens: readonly Token[], first: number): number | null {
  const society = tokens[first];
  if (society === undefined || society.kind !== 'word' || society.suffix !== '' || hasArticle(society) || !tables.clubSocieties.has(society.stem)) return null;
  const word = tokens[first + 1];
  if (word === undefined || word.kind !== 'word' || word.suffix !== '' || demonymCode(word) !== null || isMatchWord(tables, word)) return null;
  const { prefix } = word;
  if (prefix !== '' && prefix !== 'ال' && !(prefix.length === 1 && FOREIGN_FIRST_LETTERS.has(prefix))) return null;
  return tables.functionWords.has(word.norm) || tables.nameEndingWords.has(word.norm) ? null : first + 2;
}

/**
 * The end of a club name's second word at `at`, read whole (`بلوزداد` is no ب + لوزداد), when it is
 * foreign-looking or a place's name and the name plainly ends after it: nothing, a mark, a number,
 * a function word, a word with a clitic or the article. Null otherwise.
 */
function secondNameWordEnd(tables: OrganizationTables, stream: TokenStream, at: number): number | null {
  const tokens = stream.tokens;
  const word = tokens[at]!;
  if (!isClubWord(tables, word, [''])) return null;
  // a word read whole past its first letter is foreign-looking already (clubWordForm)
  if (word.prefix === '' && !mayBeForeignWord(tables, word.norm) && tables.placeNames.endAt(stream, at) !== at + 1) return null;
  // a third word of the name or of the sentence, unread: no side (`على X Y أمس` may be a word)
  return isClubWord(tables, tokens[at + 1], ['']) ? null : at + 1;
}

/**
 * A side without the masculine nisba of a country that ends it (`الترجي التونسي` → `الترجي`), and that
 * country: the club's name is remembered and keyed without it, as `نادي الهلال السعودي` is.
 */
function withoutCountry(tokens: readonly Token[], side: Side): { name: Side; nationality: string | null } {
  // a nisba of two words (`الجنوب أفريقي`) is read from its first
  for (const length of [1, 2]) {
    const country = side.next - side.first > length ? countryNisbaAt(tokens, side.next - length) : null;
    if (country?.next === side.next) return { name: { first: side.first, next: side.next - length }, nationality: country.code };
  }
  return { name: side, nationality: null };
}

/** A side without a club's head that opens it bare before more words (`فريق بيراميدز` → `بيراميدز`), as a head's phrase keys a club. */
function withoutClubHead(tables: OrganizationTables, tokens: readonly Token[], side: Side): Side {
  const head = tokens[side.first]!;
  const opens = side.next - side.first > 1 && head.prefix === '' && head.suffix === '' && tables.clubHeads.has(head.stem);
  return opens ? { first: side.first + 1, next: side.next } : side;
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
  const second = waw < 0 ? null : openSide(tables, stream, waw, secondPrefixes);
  return first && second ? { sides: [first, second], certain: true } : null;
}

/**
 * The sides of a fixture: whether they are clubs without further evidence, and whether a side named
 * like a city is its club there (`places`: in the mouth of a goal or before a score), not remembered.
 */
interface Fixture {
  sides: Side[];
  certain: boolean;
  places?: boolean;
}

/** The two sides of the fixture cued at `cue` (one after a rival's noun or a goal's), or null. */
function readFixture(tables: OrganizationTables, stream: TokenStream, cue: number): Fixture | null {
  const tokens = stream.tokens;
  const word = tokens[cue]!;
  // `في مرمى العين`: a goal is a team's, whatever its name; but a goalkeeper's (`في مرمى بن فوستر`)
  if (word.prefix === '' && word.suffix === '' && tables.goal.nouns.has(word.norm) && tokens[cue - 1]?.norm === 'في') {
    const side = !scoresGoals(tables, stream, cue) || personNameWords().has(tokens[cue + 1]?.norm ?? '') ? null : openSide(tables, stream, cue + 1, ['', 'ال']);
    return side && { sides: [side], certain: true, places: true };
  }
  // `بعد فوزه على ضيفه الرجاء`: the rival's noun after a side's preposition opens the other side alone
  if (isOpponent(tables, word)) {
    const second = SIDE_PREPOSITIONS.has(tokens[cue - 1]?.norm ?? '') ? openSide(tables, stream, pastOpponent(tables, tokens, cue), ['', 'ال']) : null;
    return second && { sides: [second], certain: false };
  }
  // a host's verb ending in ه, which the splitter takes for a pronoun (`يواجه` as يواج + ه), is read whole
  const whole = word.norm.slice(word.prefix.length);
  if (word.suffix !== '' && tables.fixtureVerbs.get(whole) !== '') return null;
  if (tables.fixturePairWords.has(word.norm) || tables.fixturePairWords.has(word.stem)) return pairAfter(tables, stream, cue, ['', 'ال'], ['و', 'وال']);
  // `مباراة الأهلي والزمالك`: the match of two definite sides, neither a word of the match itself
  // (`مباراة الذهاب والإياب`; a side of a result may be one: `الملعب التونسي` is a club)
  if (word.prefix === '' && tables.fixtureNouns.has(word.norm)) {
    const pair = pairAfter(tables, stream, cue, ['ال'], ['وال']);
    return pair !== null && pair.sides.every((side) => !isMatchWord(tables, tokens[side.first]!)) ? pair : null;
  }
  const between = tables.fixtureVerbs.get(word.suffix === '' ? word.stem : whole) ?? tables.fixtureVerbs.get(word.norm);
  // the verb, not the noun (`التعادل المفاجئ مع …`, `بتعادل سلبي مع …`: a verb takes no preposition)
  if (between === undefined || hasArticle(word) || !VERB_PREFIXES.includes(word.prefix)) return null;
  // a host's verb has a rival's noun between the sides (`يستقبل الأهلي ضيفه الترجي`), the others a preposition
  const ends = (token: Token | undefined): boolean => token !== undefined && (between === '' ? isOpponent(tables, token) : token.norm === between);
  let end = cue + 1;
  // a side of three words and its country's nisba of two (`صن داونز الجنوب أفريقي`) at most
  while (end <= cue + MAX_CLUB_WORDS + 2 && tokens[end] !== undefined && !ends(tokens[end])) end++;
  const first = sideBefore(stream, tables, cue + 1, end, ['', 'ال']);
  if (first !== null && ends(tokens[end])) {
    const rival = between === '' ? end : end + 1;
    const second = openSide(tables, stream, pastOpponent(tables, tokens, rival), ['', 'ال']);
    // a rival named by its noun alone (`تغلب الوداد على ضيفه بهدفين`): the first side alone, where the
    // sentence scores goals (`فاز المرشح على منافسه في الجولة الثانية` is an election's round)
    if (second === null) return tokens[rival] !== undefined && isOpponent(tables, tokens[rival]!) && scoresGoals(tables, stream, cue) ? { sides: [first], certain: true } : null;
    // a score right after the sides makes them teams, a city's club too (`تغلب ليون على مرسيليا 2 - 1`);
    // a result over a guest or host is a match (`فاز فريق بيراميدز على ضيفه النجم الساحلي`)
    const rivalNoun = tokens[rival];
    const hosted = between !== '' && rivalNoun !== undefined && isOpponent(tables, rivalNoun) && tables.opponents.hosting.has(rivalNoun.stem);
    return { sides: [first, second], certain: isScore(tokens, second.next) || hosted, places: isScore(tokens, second.next) };
  }
  // `تعادل X وY`
  const waw = wawWithin(tokens, cue + 1, MAX_CLUB_WORDS);
  const before = sideBefore(stream, tables, cue + 1, waw, ['', 'ال']);
  const second = before && openSide(tables, stream, waw, ['و', 'وال']);
  return before && second ? { sides: [before, second], certain: false } : null;
}

/** `نادي`, folded: a club's head that names a club wherever it stands (`فريق` is any team: `فريق خبراء`). */
const CLUB_NOUN = 'نادي';

/** Words before the other side of a result (`على`, `مع`, `أمام`, `ضد`), folded. */
const SIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['علي', 'مع', 'امام', 'ضد']);

/** A rival's noun with its pronoun and no clitic (`ضيفه`, `منافسها`; OPPONENT_NOUNS): a side follows it. */
function isOpponent(tables: OrganizationTables, word: Token): boolean {
  return word.kind === 'word' && word.prefix === '' && word.suffix !== '' && tables.opponents.nouns.has(word.stem);
}

/**
 * The token after a rival's noun at `at` and its epithet (`على غريمه التقليدي الرجاء` → الرجاء), where
 * the side opens; `at` when there is no such noun (`على الرجاء`).
 */
function pastOpponent(tables: OrganizationTables, tokens: readonly Token[], at: number): number {
  const word = tokens[at];
  if (word === undefined || !isOpponent(tables, word)) return at;
  return tables.opponents.epithets.has(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
}

/** Whether the sentence around token `at` speaks of a match (`بهدفين`, `في الدوري`). */
function speaksOfMatch(tables: OrganizationTables, stream: TokenStream, at: number): boolean {
  return inSentence(stream, at, (token) => isMatchWord(tables, token));
}

/** `بهدف`, folded: before a definite word, "in order to". */
const AIM = 'بهدف';

/**
 * Whether the sentence around token `at` scores goals (SCORING_WORDS: `سجل هدفين`, `فاز بهدف`); `بهدف`
 * before a definite word is "in order to" (`بهدف الوصول إلى`).
 */
function scoresGoals(tables: OrganizationTables, stream: TokenStream, at: number): boolean {
  const tokens = stream.tokens;
  const aim = (token: Token, k: number): boolean => token.norm === AIM && tokens[k + 1] !== undefined && isDefiniteWord(tokens[k + 1]!);
  return inSentence(stream, at, (token, k) => (tables.goal.scoring.has(token.stem) || tables.goal.scoring.has(token.norm)) && !aim(token, k));
}

/** Whether a word of the sentence around token `at` passes `test`. */
function inSentence(stream: TokenStream, at: number, test: (token: Token, index: number) => boolean): boolean {
  const tokens = stream.tokens;
  const within = (k: number): boolean => tokens[k] !== undefined && !isPunctuation(tokens[k], SENTENCE_ENDS);
  let first = at;
  while (within(first - 1)) first--;
  for (let k = first; within(k); k++) {
    if (test(tokens[k]!, k)) return true;
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

/** Clubs an article names by themselves: the mentions, and the folded names of those whose bare name is the club elsewhere. */
interface SelfNamedClubs {
  mentions: EntityCandidate[];
  remembered: { name: string; stem: string }[];
}

/**
 * Clubs whose name itself says so. A city's club (`دينامو كييف`, `سسكا موسكو الروسي`; or, in an
 * article of matches, `ليون الفرنسي`, `هامبورغ الألماني`: a city is feminine in Arabic, `ليون
 * الفرنسية` is the city, so the masculine nisba qualifies the club the city names), not remembered: a
 * bare `ليون` stays the city. And in an article of matches, a foreign word no list knows before a
 * masculine country nisba (`بنفيكا البرتغالي`, `سلتيك الاسكتلندي`; foreignClubNameAt), remembered:
 * its bare name is no city's, and the article's later `بنفيكا` is the club. The nisba is part of the
 * mention, as an outlet's is. And the sides of a table of results (readResultLine), remembered but
 * a city's.
 */
function findSelfNamedClubs({ stream, tables, cues, taken, all }: ArticleBodies, scoreLines: readonly Side[][]): SelfNamedClubs {
  const tokens = stream.tokens;
  const found: SelfNamedClubs = { mentions: [], remembered: [] };
  // a city's club is keyed by its mention (`ليون الفرنسي`), a foreign name by the name alone (`name`), as it is remembered
  // a club found by itself whose name is no place's is remembered: its bare name is the club elsewhere
  const remember = (side: Side, name = sideName(tokens, side)): void => {
    if (!isPlaceName(stream, tables, side)) found.remembered.push({ name, stem: tokens[side.first]!.stem });
  };
  const add = (side: Side, nationality: string | null, name = sideName(tokens, side)): boolean => {
    if (!isFree(taken, side)) return false;
    const mention = clubMention(stream, side, name);
    if (nationality !== null) mention.nationality = nationality;
    found.mentions.push(mention);
    taken.fill(1, side.first, side.next);
    return true;
  };
  // the match words are among the cues the recognizer met
  const speaksOfMatches = cues.some((cue) => isMatchWord(tables, tokens[cue]!));
  const namesTeam = all.some((body) => body.kind === 'sports');
  for (const cue of cues) {
    // with the conjunction too, as a second club (`دينامو كييف وسسكا موسكو`); the mention leaves it out
    const word = tokens[cue]!;
    // (a match word may be an everyday word, `بهدف` "in order to": a club or team named says the
    // article is about sport; `اتفاقية اتحاد باريس بهدف …` is a treaty's union)
    const society = speaksOfMatches && namesTeam ? societyCityEnd(stream, tables, cue) : null;
    if (society !== null) {
      add({ first: cue, next: society }, null);
      continue;
    }
    // `فريق سيمبا`, `نادي بيراميدز`: the head in the mention, the name remembered
    // (before a country's nisba the nisba's reading below takes the name: `نادي أرسنال الإنجليزي`)
    const named = speaksOfMatches || word.stem === CLUB_NOUN ? foreignNameAfterHead(stream, tables, cue) : null;
    const nisba = named === null ? null : countryNisbaAt(tokens, named);
    if (named !== null && nisba === null && speaksOfMatches) {
      const name = { first: cue + 1, next: named };
      if (add({ first: cue, next: named }, null, sideName(tokens, name))) remember(name);
      continue;
    }
    // `نادي` says it is a club where no match word does (`تأهل نادي بيرسبوليس الإيراني`), with the nisba's
    // mention (the head out), as the reading below gives it in an article of matches
    if (named !== null && nisba !== null && !speaksOfMatches) {
      const name = { first: cue + 1, next: named };
      if (add({ first: cue + 1, next: nisba.next }, nisba.code, sideName(tokens, name))) remember(name);
      continue;
    }
    if (!tables.clubCityPrefixes.has(word.prefix === 'و' ? word.norm.slice(1) : word.norm) || countsBefore(tables, tokens[cue - 1])) continue;
    const city = tables.placeNames.endAt(stream, cue + 1);
    const end = city ?? foreignNameAfterPrefix(tables, tokens, cue + 1);
    if (end === null) continue;
    const nationality = masculineNisba(tokens[end]);
    const side = { first: cue, next: nationality === null ? end : end + 1 };
    // a foreign name is no city's: the article's bare `ريال سوسيداد` elsewhere is the club
    if (add(side, nationality) && city === null) remember({ first: cue, next: end });
  }
  // a table of scores is about matches by itself when it has two lines
  if (speaksOfMatches || scoreLines.length > 1) {
    for (const side of scoreLines.flat()) {
      if (add(side, null)) remember(side);
    }
  }
  // and so is a table of results (`X ( بلد ) - Y ( بلد ) 2 - 1`) of two lines
  const resultLines: TableSide[][] = [];
  for (let j = 1; j < tokens.length; j++) {
    if (!isPunctuation(tokens[j], DASHES)) continue;
    const sides = readResultLine(stream, tables, j);
    if (sides.length > 0) resultLines.push(sides);
  }
  if (speaksOfMatches || resultLines.length > 1) {
    for (const side of resultLines.flat()) {
      if (add(side, side.nationality)) remember(side);
    }
  }
  if (!speaksOfMatches) return found;
  for (let j = 1; j < tokens.length; j++) {
    // a nisba of one word or two opens with the article alone: the test before the call, at every token
    if (!isDefiniteWord(tokens[j]!)) continue;
    const nisba = countryNisbaAt(tokens, j);
    if (nisba === null || isFeminineElative(tokens[j - 1]!, tokens[j]!)) continue;
    const { code: nationality, next: after } = nisba;
    let city = false;
    for (let first = j - 1; first >= Math.max(0, j - MAX_CITY_WORDS); first--) {
      if (tables.placeNames.endAt(stream, first) !== j || demonymCode(tokens[first]) !== null) continue;
      city = true;
      // a competition named by its place is no club (`كأس أفريقيا الجنوب أفريقي`: the cup, then a player's nisba)
      if (first > 0 && isMatchWord(tables, tokens[first - 1]!)) break;
      const lead = foreignWordBeforeCity(stream, tables, first);
      const side = { first: first - 1, next: after };
      const name = `${lead} ${sideName(tokens, { first, next: j })}`;
      if (lead === null) add({ first, next: after }, nationality);
      else if (add(side, nationality, name)) remember(side, name);
      break;
    }
    const foreign = city ? null : foreignClubBefore(stream, tables, j);
    const side = { first: foreign?.first ?? j - 1, next: after };
    // a competition named by its sponsor is no club (`دوري روشن السعودي`, `دوري نجوم قطر`)
    if (foreign !== null && !namesCompetition(tokens[foreign.first - 1]) && add(side, nationality, foreign.name)) remember(side, foreign.name);
  }
  return found;
}

/**
 * The end of a club's foreign name after its head at `cue` (`فريق سيمبا`, `نادي بيراميدز`, `فريق
 * أسيك أبيدجان`): a club's head without the article or a pronoun, then a foreign name (foreignNameEnd;
 * not `فريق دبلوماسي`, `فريق إسعاف`, `فريق خبراء`: what the team is or does). Asked in an article of
 * matches. Null when none.
 */
function foreignNameAfterHead(stream: TokenStream, tables: OrganizationTables, cue: number): number | null {
  const head = stream.tokens[cue]!;
  if (head.suffix !== '' || hasArticle(head) || !tables.clubHeads.has(head.stem)) return null;
  return foreignNameEnd(stream, tables, cue + 1, MAX_CLUB_WORDS);
}

/**
 * The end of a city's club that an Arabic society word at `cue` opens (`مولودية وهران`, `نهضة بركان`,
 * `هلال الشلف`), or null: the society word without the article (with و: `وحسنية أكادير`), none of
 * those that name young people, a future or folk as often (`شباب غزة`), then a place's name that is no
 * country's (`اتحاد المغرب العربي`) nor a noun of places (`المدينة`). Asked in
 * an article of matches that names a club or team; like `دينامو كييف`, the club is not remembered and
 * a bare `وهران` stays the city.
 */
function societyCityEnd(stream: TokenStream, tables: OrganizationTables, cue: number): number | null {
  const word = stream.tokens[cue]!;
  if (word.suffix !== '' || (word.prefix !== '' && word.prefix !== 'و') || !tables.clubSocieties.has(word.stem) || tables.everydayClubSocieties.has(word.stem)) return null;
  const city = tables.placeNames.endAt(stream, cue + 1);
  // a place named by a noun of places (`المدينة`, Medina; `العاصمة`) is as often that noun
  if (city === null || tables.notNameComplements.has(stream.tokens[cue + 1]!.norm)) return null;
  return countryAt(stream, tables, cue + 1) === null ? city : null;
}

/**
 * Nouns of a competition (دوري، كأس، بطولة), written folded as tokens are, not folded by a call: a
 * call at a module's top is code every bundle that reaches the module keeps (`sentences` grew 7.4 →
 * 11.3 kB). A name after one is the competition's (`دوري روشن`, `كأس زايد`).
 */
const COMPETITION_NOUNS: ReadonlySet<string> = new Set(['دوري', 'كاس', 'بطوله']);

/** Whether the word is a competition's noun without the article or a pronoun (COMPETITION_NOUNS). */
function namesCompetition(word: Token | undefined): boolean {
  return word !== undefined && word.kind === 'word' && word.suffix === '' && !hasArticle(word) && COMPETITION_NOUNS.has(word.stem);
}

/**
 * The end of a club's foreign name after its society word (`ريال سوسيداد`, `ريال بيتيس`, `بوروسيا
 * مونشنغلادباخ`), at `at`: a foreign-looking word without the article, a pronoun or a demonym, read
 * whole (`بيتيس` is no ب + يتيس: no preposition stands inside a club's name), a person's name word too
 * (`بيتيس` is one), and no match word (`فاز ريال بهدفين`, its short name). Null otherwise.
 */
function foreignNameAfterPrefix(tables: OrganizationTables, tokens: readonly Token[], at: number): number | null {
  const word = tokens[at];
  if (word === undefined || word.kind !== 'word' || word.suffix !== '' || hasArticle(word) || demonymCode(word) !== null) return null;
  if (word.prefix !== '' && !FOREIGN_FIRST_LETTERS.has(word.prefix)) return null;
  return foreignShaped(tables, word.norm) && !isMatchWord(tables, word) ? at + 1 : null;
}

/** A number before a club's society word makes it a currency: `مليون ريال سعودي`, `500 ريال شهريا`. */
function countsBefore(tables: OrganizationTables, before: Token | undefined): boolean {
  return before !== undefined && (before.kind === 'number' || tables.numberWords.has(before.stem));
}

/** Words before a side of a result that name no one (`خسر أمام X`, `مباراة ضد X`): grammar words. */
const SIDE_OPENERS: ReadonlySet<string> = new Set(['امام', 'ضد']);

/**
 * The foreign word that opens a club's name before its city's (`فيردر` of `فيردر بريمن الألماني`,
 * `باير` is a name word too and is not read): the word as the name has it, or null. The word before
 * it must open a side: nothing, a mark, a function word, `أمام`/`ضد`, a verb of a result or a rival's
 * noun, which a side follows (`مع مضيفه فيردر بريمن الألماني`; `جماهير ليون الفرنسي` after a verb is a
 * construct: Lyon's fans).
 */
function foreignWordBeforeCity(stream: TokenStream, tables: OrganizationTables, city: number): string | null {
  const tokens = stream.tokens;
  const word = tokens[city - 1];
  if (word === undefined || !isClubWord(tables, word, ['', 'و'])) return null;
  const form = clubWordForm(tables, word, ['', 'و'])!;
  if (!mayBeForeignWord(tables, form) || tables.placeNames.endAt(stream, city - 1, word.prefix.startsWith('و') ? 1 : 0) !== null) return null;
  const before = tokens[city - 2];
  const opens =
    before === undefined ||
    before.kind !== 'word' ||
    tables.functionWords.has(before.norm) ||
    SIDE_OPENERS.has(before.norm) ||
    tables.fixtureVerbs.has(before.stem) ||
    isOpponent(tables, before);
  return opens ? form : null;
}

/**
 * The club's foreign name at `at`, before a masculine country nisba (`بنفيكا`, `ارسنال`), not a
 * player's, a verb's or a noun's: the folded name without a conjunction, or null. A player is written so too (`ميسي الأرجنتيني`, `صلاح المصري`), and a verb or a
 * noun before a nisba standing for a player (`وسجل البرازيلي`, `مدرب الفرنسي`), so the word must be
 * foreign-looking and no word of a person's name (mayBeForeignWord: Wikidata's name words hold the
 * players, ميسي، رونالدو، صلاح، هنري), no place (the city's club above) and no body the lexicon knows.
 * A ب، ك or ل the splitter took off is read as the name's own letter (`بنفيكا`, `كورينثيانز`), as an
 * outlet's name is, unless the rest is an Arabic noun (`بهدف`): a preposition before a club
 * (`لارسنال`) is lost. The word before it may be no definite word (`اللاعب X`, a title) and no
 * foreign-looking word (`شونسوكي ناكامورا`: a name of two words, a person's as often as a club's).
 */
function foreignClubNameAt(stream: TokenStream, tables: OrganizationTables, at: number): string | null {
  return nameBefore(stream, tables, at - 1) ? null : foreignWordAt(stream, tables, at);
}

/**
 * The club's foreign name before the nisba at `nisba`, and its first token. After a side's opener
 * (opensTwoWordSide), two bare words are one name, never the second alone (`على ضيفه أورلاندو بايرتس`,
 * `على منافسه نوفاك ديوكوفيتش الصربي`): a club's when the second is foreign-looking (mayBeForeignWord)
 * and the first is no person's name word (`ريفرز يونايتد`, `نوفاك`) but a place's name (`كانو بيلارز`),
 * foreign-looking, or any word after a rival's noun, where no noun in construct stands (`على ضيفه أسيك
 * ميموزا`); a person's or unread otherwise. After `أو` a first word of an Arabic noun's shape is a
 * noun in construct (`أو جمهور بنفيكا البرتغالي`): the club is the one word, as elsewhere
 * (foreignClubNameAt). Null when there is no club.
 */
function foreignClubBefore(stream: TokenStream, tables: OrganizationTables, nisba: number): { first: number; name: string } | null {
  const tokens = stream.tokens;
  const opener = tokens[nisba - 3];
  const before = tokens[nisba - 2];
  const last = tokens[nisba - 1];
  // a place's name is read whole (`كانو` is no ك + انو); looked up only after an opener (asked at every nisba of an article of matches)
  const opens = opensTwoWordSide(tables, opener);
  const place = opens && tables.placeNames.endAt(stream, nisba - 2) === nisba - 1;
  if (opens && (place || isClubWord(tables, before, [''])) && isClubWord(tables, last, [''])) {
    const lead = place ? before!.norm : clubWordForm(tables, before!, [''])!;
    const second = clubWordForm(tables, last!, [''])!;
    const afterRival = isOpponent(tables, opener!);
    const opensName = place || ((afterRival || foreignShaped(tables, lead)) && !personNameWords().has(lead));
    const club = opensName && mayBeForeignWord(tables, second);
    if (club && tables.placeNames.endAt(stream, nisba - 1) === null && tables.known.match(stream, nisba - 2) === null) return { first: nisba - 2, name: `${lead} ${second}` };
    if (club || afterRival || personNameWords().has(lead) || !arabicShaped(lead)) return null;
  }
  const one = foreignClubNameAt(stream, tables, nisba - 1);
  return one === null ? null : { first: nisba - 1, name: one };
}

/**
 * A word that opens a side of two words: a rival's noun (`ضيفه`) or `أو` between sides (`الأهلي
 * المصري أو كانو بيلارز النيجيري`). Not a preposition: `أمام جماهير بنفيكا` is a noun in construct
 * of a shape no list tells from a name.
 */
function opensTwoWordSide(tables: OrganizationTables, word: Token | undefined): boolean {
  return word !== undefined && (isOpponent(tables, word) || word.norm === 'او');
}

/** Tokens in a line of scores at most: two sides of three words, two goals and a dash. */
const MAX_SCORE_LINE_TOKENS = 9;

/**
 * The lines of an article that are results, each a line of its own with two sides and their goals:
 * `X - Y 1-0` (or `2 - 1`) and `X 2 Y 1`; a side is one to three club words (`ريال مدريد`,
 * `الكوكب المراكشي`), a goal a number of one or two digits or `صفر`. Read from the numbers that end a
 * line: a text without one costs a look at each number.
 */
function readScoreLines(stream: TokenStream, tables: OrganizationTables): Side[][] {
  const { tokens } = stream;
  const lines: Side[][] = [];
  for (let last = 0; last < tokens.length; last++) {
    if (!isGoals(tokens[last]) || sameLine(stream, last, last + 1)) continue;
    let start = last;
    while (start > 0 && last - start < MAX_SCORE_LINE_TOKENS && sameLine(stream, start - 1, start)) start--;
    if (start > 0 && sameLine(stream, start - 1, start)) continue;
    const sides = readScoreLine(tables, tokens, start, last + 1);
    if (sides !== null) lines.push(sides);
  }
  return lines;
}

/** The two sides of the line of tokens [start, end), `X - Y 1-0` or `X 2 Y 1`, or null. */
function readScoreLine(tables: OrganizationTables, tokens: readonly Token[], start: number, end: number): Side[] | null {
  const first = scoreSide(tables, tokens, start);
  if (first === null) return null;
  const dashed = isPunctuation(tokens[first.next], DASHES);
  const second = scoreSide(tables, tokens, first.next + 1);
  if (second === null) return null;
  // `X - Y` and the score after both, or each side's goals after it
  const scored = dashed ? isScore(tokens, second.next) && second.next + 3 === end : isGoals(tokens[first.next]) && isGoals(tokens[second.next]) && second.next + 1 === end;
  return scored ? [first, second] : null;
}

/** One to three club words from `first`, the first without a conjunction (a side of a score line), or null. */
function scoreSide(tables: OrganizationTables, tokens: readonly Token[], first: number): Side | null {
  let next = first;
  while (next - first < MAX_CLUB_WORDS && isClubWord(tables, tokens[next], ['', 'ال'])) next++;
  return next === first ? null : { first, next };
}

const NO_GOALS = 'صفر';

/** A team's goals: a number of one or two digits, or `صفر`. */
function isGoals(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // asked of every token of every article: the word's length before the string comparison, which costs a call
  return token.kind === 'number' ? token.text.length <= 2 : token.kind === 'word' && token.norm.length === NO_GOALS.length && token.norm === NO_GOALS;
}

/** A side of a line of results, with the country its brackets name (null for a region: `انكلترا`). */
interface TableSide extends Side {
  nationality: string | null;
}

/**
 * The two sides of a line in a table of results, `X ( بلد ) - Y ( بلد ) 2 - 1`, around the dash at
 * `dash`: a club's name and its country in brackets on each side, and the score after; both sides
 * are clubs, whatever their names (a city's too: `ليون ( فرنسا )`). A side is one to three words
 * without the article (`ريال مدريد`, `مانشستر يونايتد`) or one definite word (`الأهلي`), so the
 * table's heading before it stays out (`المجموعة السادسة بنفيكا`). Empty when the line is no such.
 */
function readResultLine(stream: TokenStream, tables: OrganizationTables, dash: number): TableSide[] {
  const tokens = stream.tokens;
  const first = bracketedPlaceBefore(stream, tables, dash);
  if (first === null) return [];
  let open = dash + 1;
  while (open <= dash + MAX_CLUB_WORDS && tokens[open]?.kind === 'word') open++;
  const second = bracketedPlaceBefore(stream, tables, open + placeBracketLength(stream, tables, open));
  if (second === null || second.first !== dash + 1 || !isScore(tokens, second.after)) return [];
  return [first, second];
}

/** Tokens from the `(` at `open` past its `)` when they bracket a place's name (`( البرتغال )`), else 0. */
function placeBracketLength(stream: TokenStream, tables: OrganizationTables, open: number): number {
  if (!isPunctuation(stream.tokens[open], '(')) return 0;
  const end = tables.placeNames.endAt(stream, open + 1);
  return end !== null && isPunctuation(stream.tokens[end], ')') ? end + 1 - open : 0;
}

/**
 * The side before a bracketed place that ends at token `end` (`بنفيكا ( البرتغال )`), with the
 * country, and the token after the bracket; null when there is none.
 */
function bracketedPlaceBefore(stream: TokenStream, tables: OrganizationTables, end: number): (TableSide & { after: number }) | null {
  const tokens = stream.tokens;
  if (!isPunctuation(tokens[end - 1], ')')) return null;
  let open = end - 3;
  while (open > end - 6 && open >= 0 && !isPunctuation(tokens[open], '(')) open--;
  if (open < 1 || placeBracketLength(stream, tables, open) !== end - open) return null;
  let first = open;
  while (first > open - MAX_CLUB_WORDS && isBareNameWord(tables, tokens[first - 1])) first--;
  if (first === open && isClubWord(tables, tokens[open - 1], ['ال'])) first--;
  if (first === open) return null;
  return { first, next: open, nationality: countryAt(stream, tables, open + 1)?.code ?? null, after: end };
}

/** A word without the article or a pronoun and no function word, read whole: a foreign name's (`بنفيكا`, `ريال`). */
function isBareNameWord(tables: OrganizationTables, token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.suffix === '' && !hasArticle(token) && !tables.functionWords.has(token.norm);
}

/** A score at token `at`: goals, a dash, goals (`2 - 1`, `صفر - 1`). */
function isScore(tokens: readonly Token[], at: number): boolean {
  return isGoals(tokens[at]) && isPunctuation(tokens[at + 1], DASHES) && isGoals(tokens[at + 2]);
}

/**
 * Whether the word at `at`, before a club's name, may be a title or a name's first word: a definite
 * word (`اللاعب`), or a word without the article or a pronoun that may be foreign, read whole (`بايرن`
 * is no ب + ايرن) unless it is a head noun after a preposition (`لنادي`). A foreign-looking person's
 * name word is one too (`نوفاك ديوكوفيتش الصربي`, `أورلاندو بايرتس`): the word after it is the second of
 * a name, a player's or a club's, never a club alone.
 */
function nameBefore(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const word = stream.tokens[at];
  if (word === undefined || word.kind !== 'word') return false;
  if (hasArticle(word)) return true;
  const whole = word.prefix.startsWith('و') ? word.norm.slice(1) : word.norm;
  return word.suffix === '' && foreignShaped(tables, whole) && !tables.introducers.has(stream, at);
}

/**
 * A word written with ى after a feminine noun is the feminine elative agreeing with it, not a nisba
 * written with ى as Egyptian print does (`الأهلى المصرى`): `الزاوية اليمنى` is "the right corner",
 * not a Yemeni club of Zawiya (folding made اليمنى the nisba اليمني).
 */
function isFeminineElative(before: Token, word: Token): boolean {
  return word.text.endsWith('ى') && before.norm.endsWith('ه');
}


/**
 * The clubs of the article: the sides of its fixtures (`cues` are the tokens of fixture words the
 * recognizer met), then every bare mention of a club it named (with a head or in a fixture) outside
 * the organizations found (`taken`). Returns the new mentions.
 */
export function findClubs(article: ArticleBodies): EntityCandidate[] {
  const { stream, tables, all: found, cues, taken } = article;
  const scoreLines = readScoreLines(stream, tables);
  // most articles name no club and have no fixture word or score: nothing to build for them
  if (cues.length === 0 && scoreLines.length === 0 && !found.some((body) => body.kind === 'sports')) return [];
  const selfNamed = findSelfNamedClubs(article, scoreLines);
  const cityClubs = selfNamed.mentions;
  const tokens = stream.tokens;
  const clubs = new Map<string, string>();
  // the stems of the clubs' first words as the article writes them: only a token with one of them is looked up
  const firstStems = new Set<string>();
  for (const { name, stem } of selfNamed.remembered) {
    clubs.set(name, CLUB_KEY + name);
    // the splitter may take the name's letter for a preposition (بنفيكا as ب + نفيكا), or not (لبنفيكا)
    firstStems.add(stem).add(name);
  }
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
      const { name: country, nationality } = withoutCountry(tokens, side);
      // a club's head opening the side is no part of the name remembered (`فريق بيراميدز` … `مدرب بيراميدز`)
      const named = withoutClubHead(tables, tokens, country);
      if (!isFree(taken, side) || isTeamAnaphor(stream, tables, side)) continue;
      // a city's club only where the fixture says so (a goal's, a score's), and not remembered; a country's side is its national team
      const city = isPlaceName(stream, tables, named);
      if (city && (fixture.places !== true || tables.countries.match(stream, named.first) !== null)) continue;
      const name = sideName(tokens, named);
      if (!city) {
        clubs.set(name, CLUB_KEY + name);
        firstStems.add(tokens[named.first]!.stem);
      }
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
    if (namesStadium(tables, tokens[i - 1], after)) continue;
    mentions.push(
      organizationFound(stream, { start: match.start, firstToken: i, nextToken: match.next }, { key: match.value, kind: 'sports', strength: 2 }).candidate,
    );
    i = match.next - 1;
  }
  return mentions;
}

/**
 * Whether a remembered club's name between `before` and `after` is part of a stadium's name: after a
 * stadium's noun (`ملعب`, `استاد`) and before one more bare name word (`استاد سلتيك بارك`, its ب the
 * word's own: a stem of three letters or of no Arabic shape), no function, match word or demonym. The
 * club's own ground named by the club alone (`على ملعب الهلال`, `ملعب الأهلي بالقاهرة`, `بمدينة
 * غلاسكو`, `بهدف`) is still the club.
 */
function namesStadium(tables: OrganizationTables, before: Token | undefined, after: Token | undefined): boolean {
  if (before === undefined || before.suffix !== '' || hasArticle(before) || !tables.stadiumNouns.has(before.stem)) return false;
  if (after?.kind !== 'word' || after.suffix !== '' || hasArticle(after) || tables.functionWords.has(after.norm) || isMatchWord(tables, after)) return false;
  const own = after.prefix === '' || (PREPOSITION_FIRST_LETTERS.has(after.prefix) && (after.stem.length <= 3 || !arabicShaped(after.stem, true)));
  return own && demonymCode(after) === null;
}

/**
 * A side that opens with a club's or team's head and the article (`الفريق`, `النادي`, `المنتخب`, `الفريق
 * الضيف`): the team the text spoke of, no club's name (`وتعادل الفريق مع الترسانة`: the other side is one).
 */
function isTeamAnaphor(stream: TokenStream, tables: OrganizationTables, side: Side): boolean {
  const word = stream.tokens[side.first]!;
  return hasArticle(word) && tables.teamHeads.has('ال' + word.stem);
}

function isFree(taken: Uint8Array, side: Side): boolean {
  for (let k = side.first; k < side.next; k++) if (taken[k] === 1) return false;
  return true;
}
