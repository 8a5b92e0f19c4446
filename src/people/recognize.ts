import type { Claim } from '../entities/claims';
import type { EntityCandidate } from '../entities/candidate';
import { demonymCode } from '../entities/demonyms';
import type { TextContext } from '../extract/context';
import type { TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import { nameSkeleton } from './skeleton';

// Longest name read after a title or given name, in words that are not particles: given + father + grandfather + family.
const MAX_NAME_WORDS = 4;
// How far a title may run with its complements (`الممثل الخاص للأمين العام للناتو لمنطقة القوقاز`).
const MAX_TITLE_WORDS = 10;
const OPENING_MARKS = '"“«\'';
// Most names read in one list or chain of و (بكل من X وY وZ …): bounds the lookahead.
const MAX_LIST_NAMES = 8;
// A name nobody lists has a given name and a family name, perhaps a father's name between.
const MIN_UNLISTED_WORDS = 2;
const MAX_UNLISTED_WORDS = 3;

interface Reader {
  stream: TokenStream;
  tokens: readonly Token[];
  claims: readonly (Claim | undefined)[];
  lex: PeopleLexicon;
}

/**
 * Proposes people from these kinds of evidence, strongest first: a title or role before a name
 * (`الرئيس الروسي فلاديمير بوتين`), a known given name starting a name of two words or more
 * (`إيمانويل ماكرون`), a byline (`كتب محمد عبد العظيم - أحمد عرفة`), and for names no lexicon
 * knows, a reporting verb with reported speech after the name (`قال X Y إن`), a list introducer
 * (`بكل من X Y وZ W`) or a و after a person found. A title with no name after it (`الرئيس`)
 * proposes nothing. Names stop at what other recognizers claimed (places,
 * organizations, dates, figures), at punctuation and at words that cannot be names. Later mentions by
 * surname alone are found when mentions are merged (src/people/merge.ts).
 */
export function recognizePeople(ctx: TextContext, claims: readonly (Claim | undefined)[]): EntityCandidate[] {
  const reader: Reader = {
    stream: { source: ctx.source, view: ctx.view, tokens: ctx.tokens },
    tokens: ctx.tokens,
    claims,
    lex: peopleLexicon(),
  };
  const found: EntityCandidate[] = [];
  for (let index = 0; index < reader.tokens.length; ) {
    const person = personAt(reader, index);
    if (person.length === 0) {
      index++;
      continue;
    }
    found.push(...person);
    index = person[person.length - 1]!.nextToken;
  }
  return found;
}

function personAt(reader: Reader, index: number): EntityCandidate[] {
  if (reader.claims[index]) return [];
  const listed = listAt(reader, index);
  if (listed.length > 0) return listed;
  const known = knownPersonAt(reader, index);
  const found = known.length > 0 ? known : reportedPersonAt(reader, index);
  return found.length > 0 ? [...found, ...coordinatedAfter(reader, found[found.length - 1]!)] : [];
}

/** A person named with evidence of its own: a byline, a title, a known given name. */
function knownPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (index >= reader.tokens.length || reader.claims[index]) return [];
  const byline = bylineAt(reader, index);
  if (byline.length > 0) return byline;
  const title = titleAt(reader, index);
  if (title) {
    let at = title.next;
    if (isMark(reader.tokens[at], '،,')) at++;
    if (isMark(reader.tokens[at], OPENING_MARKS)) at++;
    const name = readName(reader, at);
    if (name) return titledName(reader, name, title);
    // `السيد لامي`: a word after a title that looks like preposition + noun may still be a surname;
    // proposed as a guess the merger keeps only if a stronger mention names the same person
    const guess = readName(reader, at, true);
    return guess && guess.next - guess.first === 1 ? [candidate(reader, guess, 1, title)] : [];
  }
  const given = reader.tokens[index]!;
  if (isGivenName(reader, given, false)) {
    const name = readName(reader, index);
    if (name && name.next - name.first >= 2) return [candidate(reader, name, 2)];
  }
  // a compound given name (عبد الحكيم، عبد الرحمن) followed by a family name, or a given name that is
  // also a common word followed by one (سامي عبد الرزاق): the particle shows a name
  if ((given.norm === 'عبد' && !hasPreposition(given)) || isGivenName(reader, given, true)) {
    const name = readName(reader, index);
    if (name && name.next - name.first >= 3 && hasParticle(reader, name)) return [candidate(reader, name, 2)];
  }
  return [];
}

/**
 * A name right after a title. One word after a bare indefinite head is its adjective (`قال متحدث
 * عسكري`, `مستشار سابق`), no name. One word that a definite word follows is more often a noun in
 * construct (`أكد الوزير حرص الحكومة`, `بحث الرئيس سبل التعاون`) than a name: it is only a guess,
 * unless the two words are a name the reporting of speech confirms (`قال الروائي سليم الحداد إن`).
 */
function titledName(reader: Reader, name: NameSpan, title: TitleMatch): EntityCandidate[] {
  const { tokens } = reader;
  const next = tokens[name.next];
  const single = name.next - name.first === 1 && !isGivenName(reader, tokens[name.first]!, true);
  if (single && title.bare) return [];
  const construct = next !== undefined && next.prefix === 'ال' && !reader.claims[name.next] && !isNotNameWord(reader.lex, next);
  if (!single || !construct || !sameLine(reader, name.first, name.next)) {
    return [candidate(reader, name, 3, title)];
  }
  const pair = { first: name.first, next: name.next + 1 };
  if (isUnlistedNameWord(reader, name.first, false, false) && introducesSpeech(reader, pair.next)) return [candidate(reader, pair, 3, title)];
  return [candidate(reader, name, 1, title)];
}

/**
 * `قال X Y إن`: the subject of a reporting verb, when no other evidence names it, is a name nobody
 * lists only if its two or three words look like one (unlistedNameAt). Sources quoted without a
 * name (`قال مصدر مسؤول إن`) look just like it, so the reading stands on its own (strength 2) only
 * when what follows it is how reported speech goes on: `إن`/`أن`, a colon, `، ` and a title, `في
 * بيان`, `لوكالة …`. Otherwise it is a guess the merger keeps only beside a stronger mention of the
 * same person.
 */
function reportedPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (!isSpeechVerb(reader.lex, reader.tokens[index]!) || !sameLine(reader, index, index + 1)) return [];
  const known = knownPersonAt(reader, index + 1);
  if (known.length > 0) return known;
  const name = unlistedNameAt(reader, index + 1, false);
  return name ? [candidate(reader, name, introducesSpeech(reader, name.next) ? 2 : 1)] : [];
}

/**
 * `بكل من X وY`, `وهم X، Y وZ`: after a word that opens a list of people, every element is a
 * person, with a title, a known given name or a name of two or three words that looks like one.
 * A list needs two elements, or the introducer was something else (`هم` the pronoun).
 */
function listAt(reader: Reader, index: number): EntityCandidate[] {
  const introducer = reader.lex.listIntroducers.match(reader.stream, index);
  if (!introducer) return [];
  let at = introducer.next;
  if (isMark(reader.tokens[at], ':')) at++;
  const names: EntityCandidate[] = [];
  while (names.length < MAX_LIST_NAMES && sameLine(reader, index, at)) {
    const element = listElementAt(reader, at);
    if (element.length === 0) break;
    names.push(...element);
    at = element[element.length - 1]!.nextToken;
    if (isMark(reader.tokens[at], '،,')) at++;
    else if (!startsWithConjunction(reader.tokens[at])) break;
  }
  return names.length >= 2 ? names : [];
}

/** One element of a list of people: a known person, or an unlisted name that ends where a noun phrase would. */
function listElementAt(reader: Reader, at: number): EntityCandidate[] {
  const known = knownPersonAt(reader, at);
  if (known.length > 0) return known;
  const name = unlistedNameAt(reader, at, startsWithConjunction(reader.tokens[at]));
  return name && endsPhrase(reader, name.next) ? [candidate(reader, name, 2)] : [];
}

/**
 * `X Y وZ W`: names joined by و to a person just found are people too when they look like names.
 * They have no evidence of their own, so they must end where a noun phrase could not go on (an
 * unknown word after `ووفد مرافق` may be an adjective); they are as sure as the name they follow.
 * A known person after the conjunction is left to the main loop, which goes on from it.
 */
function coordinatedAfter(reader: Reader, previous: EntityCandidate): EntityCandidate[] {
  const names: EntityCandidate[] = [];
  let at = previous.nextToken;
  while (names.length < MAX_LIST_NAMES && startsWithConjunction(reader.tokens[at]) && sameLine(reader, at - 1, at)) {
    if (knownPersonAt(reader, at).length > 0) break;
    const name = unlistedNameAt(reader, at, true);
    if (!name || !endsPhrase(reader, name.next)) break;
    names.push(candidate(reader, name, previous.strength));
    at = name.next;
  }
  return names;
}

/**
 * A name of two or three words that no lexicon knows, starting at `first` (after the conjunction
 * when `joined`): every word looks like a name (isUnlistedNameWord), and a word with the article only
 * follows a particle (عبد الرحمن، أبو الغيط).
 */
function unlistedNameAt(reader: Reader, first: number, joined: boolean): NameSpan | null {
  const token = reader.tokens[first];
  if (token === undefined || token.prefix !== (joined ? 'و' : '')) return null;
  const name = readName(reader, first);
  if (!name) return null;
  let words = 0;
  for (let at = name.first; at < name.next; at++) {
    const word = reader.tokens[at]!;
    if (reader.lex.particles.has(word.norm) || (isDefinite(word) && reader.lex.particles.has(reader.tokens[at - 1]!.norm))) continue;
    if (isDefinite(word) || !isUnlistedNameWord(reader, at, joined && at === first, words > 0)) return null;
    words++;
  }
  return words >= MIN_UNLISTED_WORDS && words <= MAX_UNLISTED_WORDS ? name : null;
}

/**
 * Whether a word no lexicon lists as a name may still be one. Known given names may; common nouns
 * and adjectives of news (مصدر، مسؤولون، مطلعة), adverbial accusatives (قائلا، مشيرا) and pronoun
 * suffixes may not. A nisba (عسكري، أمنية، هاتفيا) is an adjective unless a given name comes right before it: then
 * it is a family name (حسن روحاني).
 */
function isUnlistedNameWord(reader: Reader, index: number, joined: boolean, afterFirst: boolean): boolean {
  const { tokens, lex } = reader;
  const token = tokens[index]!;
  if (isGivenName(reader, token, false)) return true;
  const word = joined ? token.stem : token.norm;
  // the و may be the word's own letter (وجها لوجه), so a joined word is checked whole too
  const common = isCommonNoun(lex, word) || (joined && isCommonNoun(lex, token.norm));
  if (token.suffix !== '' || common || lex.titleLinks.has(word) || /^م...+ا$/.test(word)) return false;
  if (!/ي[اه]?$/.test(word)) return true;
  const first = afterFirst ? tokens[index - 1] : undefined;
  return first !== undefined && isGivenName(reader, first, true);
}

/** A listed common noun, or one with a plural, dual or feminine ending (مسؤولون، مطلعة). */
function isCommonNoun(lex: PeopleLexicon, word: string): boolean {
  if (lex.commonNouns.has(word)) return true;
  return lex.nounEndings.some((ending) => word.length > ending.length + 1 && word.endsWith(ending) && lex.commonNouns.has(word.slice(0, -ending.length)));
}

function isSpeechVerb(lex: PeopleLexicon, token: Token): boolean {
  if (token.kind !== 'word') return false;
  return lex.speechVerbs.has(token.norm) || ((token.prefix === 'و' || token.prefix === 'ف') && lex.speechVerbs.has(token.stem));
}

/**
 * Whether what starts at token `at` carries on a report after its speaker: a complementizer (إن،
 * بأن), a colon, a comma and the speaker's title, `في بيان`, or a lam to an outlet (لوكالة، للصحفيين،
 * لرويترز).
 */
function introducesSpeech(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at];
  if (token === undefined || !sameLine(reader, at - 1, at)) return false;
  if (isMark(token, ':')) return true;
  if (isMark(token, '،,')) return titleAt(reader, at + 1) !== null;
  if (token.kind !== 'word') return false;
  if (lex.complementizers.has(token.norm)) return true;
  const next = tokens[at + 1];
  if (token.norm === 'في') return next !== undefined && next.prefix === '' && lex.statementNouns.has(next.norm);
  const toOutlet = lex.audienceNouns.has(token.stem) || reader.claims[at]?.category === 'organizations';
  return (token.prefix === 'ل' || token.prefix === 'لل') && toOutlet;
}

/**
 * Whether a name read without evidence of its own ends where a noun phrase could not go on: at a
 * mark, a claimed span, a function word, a preposition, the next و or a line break. An unknown word
 * right after it may be an adjective of a common noun.
 */
function endsPhrase(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  if (token === undefined || token.kind !== 'word' || reader.claims[at] || !sameLine(reader, at - 1, at)) return true;
  return isNotNameWord(reader.lex, token) || hasPreposition(token) || startsWithConjunction(token);
}

function startsWithConjunction(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.prefix === 'و';
}

function hasParticle(reader: Reader, name: NameSpan): boolean {
  for (let at = name.first; at < name.next; at++) if (reader.lex.particles.has(reader.tokens[at]!.norm)) return true;
  return false;
}

interface TitleMatch {
  text: string;
  next: number;
  nationality?: string;
  /** An indefinite head with nothing after it (`متحدث`, `نائب`): a noun an adjective may follow. */
  bare: boolean;
}

/** A title head and its complements: domains, demonyms, claimed places and bodies, ل‑ and باسم links. */
function titleAt(reader: Reader, index: number): TitleMatch | null {
  const head = reader.lex.titleHeads.match(reader.stream, index);
  if (!head) return null;
  let at = head.next;
  let nationality: string | undefined;
  while (at < reader.tokens.length && at - index < MAX_TITLE_WORDS) {
    const token = reader.tokens[at]!;
    const claim = reader.claims[at];
    const demonym = demonymCode(token);
    if (demonym) {
      nationality ??= demonym;
      at++;
    } else if (claim && (claim.category === 'places' || claim.category === 'organizations')) {
      nationality ??= claim.countryCode ?? claim.nationality;
      at = claim.nextToken;
    } else if (reader.lex.titleLinks.has(token.norm) && linksOn(reader, at + 1)) {
      // المتحدث باسم الكرملين، أمين مجلس الأمن في أرمينيا: a link word only when a body, place or domain follows
      at++;
    } else if (isTitleComplement(reader, token) || reader.lex.titleHeads.match(reader.stream, at)) {
      at = reader.lex.titleHeads.match(reader.stream, at)?.next ?? at + 1;
    } else if (token.kind === 'word' && token.prefix === 'ال' && !claim) {
      // a definite word after a title qualifies it (رئيس الحكومة المكلف، الوزير السابق): a name
      // starts with a word without the article; a definite surname alone (الرئيس السيسي) is found
      // later as a surname of a fuller mention
      at++;
    } else {
      break;
    }
  }
  const end = reader.tokens[at - 1]!.end;
  const first = reader.tokens[index]!;
  const bare = at === head.next && !isDefinite(first) && first.suffix === '';
  const title: TitleMatch = { text: reader.stream.source.slice(head.start, end), next: at, bare };
  if (nationality) title.nationality = nationality;
  return title;
}

function linksOn(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  return token !== undefined && (reader.claims[index] !== undefined || isTitleComplement(reader, token) || demonymCode(token) !== null);
}

function isTitleComplement(reader: Reader, token: Token): boolean {
  if (token.kind !== 'word') return false;
  const { titleDomains } = reader.lex;
  if (titleDomains.has(token.norm)) return true;
  // للأمين، لمنطقة، للشؤون: a lam carries the title on to what it is of
  return (token.prefix === 'ل' || token.prefix === 'لل') && (titleDomains.has('ال' + token.stem) || titleDomains.has(token.stem));
}

interface NameSpan {
  first: number;
  next: number;
}

/**
 * The name starting at token `first`: up to four name words. A word with the article is a name word
 * only after a particle (`عبد العظيم`) or as the last word after a given name (`بشار الأسد`). A word
 * joined by و starts a new phrase, so it ends the name.
 */
function readName(reader: Reader, first: number, trustPreposition = false): NameSpan | null {
  const { tokens, lex } = reader;
  let at = first;
  let words = 0;
  // particles are bounded too, or a run of them (عبد عبد عبد …) is read again from every start: quadratic time
  let particles = 0;
  while (at < tokens.length && words < MAX_NAME_WORDS && particles <= MAX_NAME_WORDS) {
    const token = tokens[at]!;
    if (!isNameWord(reader, at) || (at > first && !sameLine(reader, at - 1, at))) break;
    // A name takes no preposition (بإبلاغ، لمنطقة end one), but foreign names often start with what
    // looks like one (بوتين، لافروف): trusted after a first name word, or when the caller says so.
    if (at === first && !trustPreposition && hasPreposition(token)) break;
    const previous = tokens[at - 1];
    const afterParticle = at > first && previous !== undefined && lex.particles.has(previous.norm);
    if (at > first && token.prefix.startsWith('و') && !afterParticle) break;
    if (isDefinite(token) && !afterParticle) {
      // a family name with the article closes a name that is clearly one: right after a given name
      // (بشار الأسد) or after a particle pair (عبد الفتاح السيسي)
      const read = at - first;
      if ((read === 1 && isGivenName(reader, tokens[first]!, true)) || (read >= 2 && lex.particles.has(tokens[first]!.norm))) at++;
      break;
    }
    // a third word must itself look like a name part: a given name (a father's name), a particle or what follows one
    const isParticle = lex.particles.has(token.norm);
    if (words >= 2 && !afterParticle && !isParticle && !isGivenName(reader, token, true)) break;
    // a particle and its word count as one (محمد بن سلمان بن عبد العزيز آل سعود)
    if (isParticle) particles++;
    else words++;
    at++;
  }
  if (at === first) return null;
  // a particle cannot end a name (`عبد` alone)
  while (at > first && lex.particles.has(tokens[at - 1]!.norm)) at--;
  return at > first ? { first, next: at } : null;
}

function isNameWord(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  if (!token || token.kind !== 'word' || reader.claims[index]) return false;
  if (token.norm.length < 2 || isNotNameWord(reader.lex, token)) return false;
  if (demonymCode(token) || reader.lex.titleDomains.has(token.norm)) return false;
  return !reader.lex.titleHeads.match(reader.stream, index);
}

/**
 * Function words and reporting verbs are not names. Folding ى into ي makes the preposition على look
 * like the name علي: written with ي, the word is taken for the name.
 */
function isNotNameWord(lex: PeopleLexicon, token: Token): boolean {
  const stop = lex.notNameWords.has(token.norm) || lex.notNameWords.has(token.stem);
  return stop && !(lex.givenNames.has(token.norm) && token.text.endsWith('ي'));
}

function hasPreposition(token: Token): boolean {
  return /[بلك]/.test(token.prefix.replace(/(ال|لل)$/, ''));
}

function isDefinite(token: Token): boolean {
  return token.prefix.endsWith('ال') || token.prefix.endsWith('لل');
}

function isGivenName(reader: Reader, token: Token, evenAmbiguous: boolean): boolean {
  const key = token.prefix === 'و' || token.prefix === 'ف' ? token.stem : token.norm;
  if (!reader.lex.givenNames.has(key) && !reader.lex.givenNames.has(token.norm)) return false;
  return evenAmbiguous || !reader.lex.ambiguousGivenNames.has(key);
}

/** `كتب X - Y` / `بقلم X` at the start of a line: every name in the list is an author. */
function bylineAt(reader: Reader, index: number): EntityCandidate[] {
  const token = reader.tokens[index]!;
  if (!reader.lex.bylineWords.has(token.norm) || !startsLine(reader, index)) return [];
  const authors: EntityCandidate[] = [];
  let at = index + 1;
  for (;;) {
    const name = readName(reader, at);
    if (!name || name.next - name.first < 2) break;
    authors.push(candidate(reader, name, 2));
    at = name.next;
    if (!isMark(reader.tokens[at], '-–—،,') || !sameLine(reader, index, at + 1)) break;
    at++;
  }
  return authors;
}

function startsLine(reader: Reader, index: number): boolean {
  if (index === 0) return true;
  const between = reader.stream.source.slice(reader.tokens[index - 1]!.end, reader.tokens[index]!.start);
  return between.includes('\n');
}

function sameLine(reader: Reader, from: number, to: number): boolean {
  const a = reader.tokens[from];
  const b = reader.tokens[to];
  return a !== undefined && b !== undefined && !reader.stream.source.slice(a.end, b.start).includes('\n');
}

function isMark(token: Token | undefined, marks: string): boolean {
  return token !== undefined && (token.kind === 'punctuation' || token.kind === 'symbol') && marks.includes(token.norm);
}

function candidate(reader: Reader, name: NameSpan, strength: 1 | 2 | 3, title?: TitleMatch): EntityCandidate {
  const first = reader.tokens[name.first]!;
  const last = reader.tokens[name.next - 1]!;
  // a conjunction on the first word is not part of the name (وإيمانويل ماكرون); right after a title no
  // conjunction can stand, so the splitter took a name's first letter for one (المطربة فيروز)
  const start = !title && (first.prefix === 'و' || first.prefix === 'ف') ? first.stemStart : first.start;
  const words = reader.tokens.slice(name.first, name.next).map((t, k) => (k === 0 && start !== t.start ? t.stem : t.norm));
  const found: EntityCandidate = {
    category: 'people',
    start,
    end: last.end,
    firstToken: name.first,
    nextToken: name.next,
    key: words.map((word) => nameSkeleton(word)).join(' '),
    strength,
  };
  if (title) {
    found.titles = [title.text];
    if (title.nationality) found.nationality = title.nationality;
  }
  return found;
}
