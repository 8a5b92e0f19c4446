import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { personNameWords } from '../contracts/person-names';
import { isConjunctionLetter, isPrepositionLetter } from '../text/clitics';
import { startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { normShape } from '../text/word-shapes';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import { ACCUSATIVE_VERBAL_NOUN, FAMILY_NAME_FIRST_COUNTRIES, LONG_FEMININE_PLURAL, isCommonNoun } from './names';
import { nameSkeleton } from './skeleton';

// The name of God, which closes compound names, joined or not (نصر الله، نصرالله): no feminine noun
const GOD = 'الله';

/** The keys of the people a word may refer to, by the word as written (folded, without a conjunction). */
type Referents = Map<string, Set<string>>;

interface NamedInFull {
  /** Last words of names of two words or more (`ماكرون` of `إيمانويل ماكرون`). */
  surnames: Referents;
  /**
   * First words of names by which Gulf and royal usage names a person again (`الشيخ محمد`, `الأمير
   * فيصل`): a chain of descent (`محمد بن زايد آل نهيان`, `صباح الأحمد الجابر`) or a regnal name
   * (`محمد السادس`).
   */
  givenNames: Referents;
  /**
   * The first words of givenNames and of every other name of three words or more (`شي` of `شي جين
   * بينغ`), which the surname of another person after it tells apart from a name of two words.
   */
  openers: Referents;
  /** The keys of every name of the article, by the skeleton of its last word. */
  lastWords: Referents;
  /**
   * Every word of names of two words or more, as written (`لولا` of `لولا دا سيلفا`): read only for a name
   * of three words another name opens (sideBySide), so built on first need from `fullNames`, where it
   * cost a Map and a Set per word of every name.
   */
  words: Referents | null;
  /** The candidates of names of two words or more. */
  fullNames: EntityCandidate[];
  /**
   * The first words of names of two words or more read after a title, by the title's head and the word
   * (`الملكة رانيا` of `الملكة رانيا العبدالله`).
   */
  titledOpeners: Referents;
  /** Where each person is first named. */
  firstStart: Map<string, number>;
  /**
   * The first words of names whose bearer writes the family name first (`شي` of `شي جين بينغ`, `كيم` of
   * `كيم جونغ أون`): news names such a person again by that word alone, as it names others by the last.
   */
  familyNames: Referents;
}


/**
 * How news refers again to a person it has named in full, read over the people candidates before
 * they are merged (merge.ts then finds the surnames alone in free words). Every word is compared as
 * written: a skeleton alone would take a given name for a surname (ماريا for ماير).
 * - a one-word name after a title that opens one chain of descent or regnal name of the article is
 *   that person (`الشيخ محمد` after `الشيخ محمد بن زايد آل نهيان`, `الإمام علي` after `علي بن أبي
 *   طالب`), and so are its other mentions; not where two such names open with it;
 * - two words a reading took for one name (a verb's subject and what follows it) are two people when
 *   the first refers to a person named in full and the second is another's surname after a
 *   preposition or و (`واتصل شولتس بماكرون`, `وقال زيلينسكي لستارمر`), and one when the first refers
 *   to a person named before and the second is a noun the verb takes as object, which neither the
 *   lists nor open data hold as a name word nor any name of the article ends with (`وأقام الرئيس
 *   ماكرون مأدبة`, `وعقد الأمير محمد اجتماعا`): a name known in full goes on with no unknown noun.
 */
export function withReferencesRead(stream: TokenStream, found: readonly EntityCandidate[], isFree: (index: number) => boolean): NamesRead {
  const aliases = new Map<string, string>();
  const candidates = withAliases(stream, found, isFree, aliases);
  const named = namedInFull(stream, candidates);
  if (named === null) return { candidates, aliases, familyNames: new Map() };
  const lex = peopleLexicon();
  const byGivenName = givenNameReferences(stream, named, candidates);
  for (const [key, person] of familyNameReferences(stream, named, candidates)) byGivenName.set(key, person);
  const read: EntityCandidate[] = [];
  for (const c of candidates) {
    const person = byGivenName.get(c.key);
    if (person !== undefined) read.push(entityCandidate({ ...c, key: person }));
    else if (c.nextToken - c.firstToken === 2 && c.key.indexOf(' ') === c.key.lastIndexOf(' ')) {
      for (const piece of twoReferences(stream, lex, named, c)) read.push(piece);
    } else if (c.nextToken - c.firstToken >= 3) {
      for (const piece of sideBySide(stream, lex, named, c)) read.push(piece);
    } else read.push(c);
  }
  return { candidates: read, aliases, familyNames: onlyReferents(named.familyNames) };
}

export interface NamesRead {
  candidates: readonly EntityCandidate[];
  /** The last words of people's other names (`حميدتي`, `الكيماوي`), by skeleton, with their keys: surnames alone for merge.ts. */
  aliases: ReadonlyMap<string, string>;
  /** The family names written first (`شي`, `كيم`) of one person each, as written, with that person's key: found alone by merge.ts. */
  familyNames: ReadonlyMap<string, string>;
}

/**
 * The candidates with the other names a person's full name introduces made that person's: a laqab
 * or kunya after `المعروف`, `الملقب`, `المكنى` and ب (`محمد حمدان دقلو المعروف بحميدتي`, `المكنى بأبي
 * محمد`), or a kunya or name in brackets right after it (`محمود عباس (أبو مازن)`). Every candidate
 * of that other name is the person's (`وأكد أبو مازن`); its last word goes into `aliases` unless it is
 * a given name.
 */
function withAliases(stream: TokenStream, candidates: readonly EntityCandidate[], isFree: (index: number) => boolean, aliases: Map<string, string>): readonly EntityCandidate[] {
  const { tokens } = stream;
  const lex = peopleLexicon();
  const renamed = new Map<string, string>();
  const added: EntityCandidate[] = [];
  for (const c of candidates) {
    if (!c.key.includes(' ')) continue;
    const span = aliasSpan(stream, lex, c.nextToken);
    if (span === null || !isFree(span.first) || !isFree(span.next - 1)) continue;
    const other = candidates.find((o) => o.firstToken === span.first && o.nextToken === span.next);
    // the other name's key as a reading of it elsewhere has it (وقال أبو مازن إن)
    const key = other?.key ?? tokens.slice(span.first, span.next).map((t, k) => nameSkeleton(t.norm, k === 0 ? span.skip : 0)).join(' ');
    if (key !== c.key) renamed.set(key, c.key);
    if (other === undefined && span.introduced) {
      added.push(entityCandidate({ category: 'people', start: span.start, end: tokens[span.next - 1]!.end, firstToken: span.first, nextToken: span.next, key: c.key, strength: 2 }));
    }
    // its last word is found alone as a surname is (الكيماوي), but not a given name (مازن of أبو مازن)
    const last = tokens[span.next - 1]!.norm.slice(span.next - span.first === 1 ? span.skip : 0);
    if (!lex.givenNames.has(last)) aliases.set(nameSkeleton(last), c.key);
  }
  if (renamed.size === 0 && added.length === 0) return candidates;
  return [...candidates.map((o) => (renamed.has(o.key) ? entityCandidate({ ...o, key: renamed.get(o.key)! }) : o)), ...added];
}

// The stem of الملقب، الملقبة: a nickname, which may be any noun
const LAQAB = 'ملقب';

/**
 * The other name after a full name ending before `at`: after an alias word and ب, one word or a
 * kunya (`introduced`), or in brackets a kunya or a name a reading found. A word with a pronoun or
 * one the lists hold as a noun is what the person is known for (`المعروف بمواقفه`, `المعروف بالاعتدال`
 * has the article and is left too), not a name.
 */
function aliasSpan(stream: TokenStream, lex: PeopleLexicon, at: number): { first: number; next: number; start: number; skip: number; introduced: boolean } | null {
  const { tokens } = stream;
  const head = tokens[at];
  if (head === undefined) return null;
  if (head.kind === 'punctuation') {
    if (head.text !== '(') return null;
    const kunya = tokens[at + 1]?.kind === 'word' && lex.kunyas.has(tokens[at + 1]!.norm) ? 1 : 0;
    const close = tokens[at + 2 + kunya];
    if (close?.text !== ')' || tokens[at + 1 + kunya]?.kind !== 'word') return null;
    return { first: at + 1, next: at + 2 + kunya, start: tokens[at + 1]!.start, skip: 0, introduced: kunya === 1 };
  }
  if (head.prefix !== 'ال' || !lex.aliasWords.has(head.stem)) return null;
  const name = tokens[at + 1];
  // a laqab may be a noun with the article (الملقب بالشبح), but only where it is named as one
  const article = head.stem.startsWith(LAQAB) ? 'بال' : 'ب';
  if (name === undefined || name.kind !== 'word' || (name.prefix !== 'ب' && name.prefix !== article) || name.suffix !== '') return null;
  if (isCommonNoun(lex, name.stem)) return null;
  // a kunya goes on with its name (بأبي محمد), a given name with a laqab (بعلي الكيماوي)
  const after = tokens[at + 2];
  const kunya = lex.kunyas.has(name.stem) && after?.kind === 'word' && after.prefix === '';
  const laqab = lex.givenNames.has(name.stem) && after?.kind === 'word' && after.prefix === 'ال' && !lex.notNameWords.has(after.norm);
  return { first: at + 1, next: at + 2 + (kunya || laqab ? 1 : 0), start: startAfterClitics(stream, name, 1), skip: 1, introduced: true };
}

function namedInFull(stream: TokenStream, candidates: readonly EntityCandidate[]): NamedInFull | null {
  const lex = peopleLexicon();
  const { particles, patronymics, ordinals, compoundNameEnds } = lex;
  const named: NamedInFull = {
    surnames: new Map(),
    givenNames: new Map(),
    openers: new Map(),
    lastWords: new Map(),
    words: null,
    fullNames: [],
    titledOpeners: new Map(),
    firstStart: new Map(),
    familyNames: new Map(),
  };
  for (const c of candidates) {
    // (the key's words by its spaces, not split: this runs for every name of every text)
    const { key } = c;
    const firstSpace = key.indexOf(' ');
    const lastSpace = key.lastIndexOf(' ');
    add(named.lastWords, key.slice(lastSpace + 1), key);
    if (firstSpace < 0) continue;
    named.firstStart.set(c.key, Math.min(named.firstStart.get(c.key) ?? c.start, c.start));
    named.fullNames.push(c);
    const first = stream.tokens[c.firstToken]!;
    // a key may have more words than the name has tokens (عبدالله, one token, is keyed عبد الله): the
    // second word is read only inside the name, never past the text's end
    const second = c.nextToken - c.firstToken > 1 ? stream.tokens[c.firstToken + 1] : undefined;
    const last = stream.tokens[c.nextToken - 1]!;
    add(named.surnames, last.norm, c.key);
    const given = written(first, key.slice(0, firstSpace));
    if (given === null || particles.has(given)) continue;
    if (c.titles !== undefined) add(named.titledOpeners, titledWord(c.titles, given), c.key);
    const threeWords = lastSpace !== firstSpace;
    const chain = threeWords && second !== undefined && (patronymics.has(second.norm) || (second.prefix === 'ال' && !compoundNameEnds.has(second.norm)));
    const regnal = last.prefix === 'ال' && ordinals.has(last.stem);
    if (chain || regnal) add(named.givenNames, given, c.key);
    if (chain || regnal || threeWords) add(named.openers, given, c.key);
    if (writesFamilyNameFirst(stream, lex, c)) add(named.familyNames, given, c.key);
  }
  return named.firstStart.size > 0 ? named : null;
}

/**
 * The one-word names (keys) that are the given name of one chain or regnal name, with that name's
 * key: those a title introduced somewhere (`الشيخ محمد`, `السيدة عائشة`), since a given name alone
 * is how only such a person is named again. A name a longer one ends with is that one's (merge.ts).
 * So is a given name after the head of the title that introduced one name opening with it (`الملكة
 * رانيا` after `الملكة رانيا العبدالله`, `الرئيس بشار` after `الرئيس السوري بشار الأسد`): the title
 * names the same person again, after the full name: a word read alone before it may be another
 * person's name cut short (`السيد كي` of a name the reading lost, before `السيد كي ماكيلر`).
 */
function givenNameReferences(stream: TokenStream, named: NamedInFull, candidates: readonly EntityCandidate[]): Map<string, string> {
  const references = new Map<string, string>();
  for (const c of candidates) {
    if (c.titles === undefined || c.nextToken - c.firstToken !== 1 || c.key.includes(' ') || hasOther(named.lastWords.get(c.key), c.key)) continue;
    const word = written(stream.tokens[c.firstToken]!, c.key);
    if (word === null) continue;
    // (named again after the title: a word read alone before the full name may be another's, cut short)
    const titled = only(named.titledOpeners.get(titledWord(c.titles, word)), c.key);
    // (where chains open with the word, they decide: two leave it to neither)
    const chains = named.givenNames.get(word);
    const person = chains !== undefined ? only(chains, c.key) : titled !== undefined && named.firstStart.get(titled)! < c.start ? titled : undefined;
    if (person !== undefined) references.set(c.key, person);
  }
  return references;
}

// A family name written first and its given names are syllables: the longest, written in Arabic, of four
// letters (بينغ، جونغ); a name of three such words is no Arabic or Western name (`شي جين بينغ`, `بان كي مون`)
const MAX_SYLLABLE_WORD_LETTERS = 4;
const MIN_SYLLABLE_NAME_WORDS = 3;

/**
 * Whether the name read writes its family name first: its bearer is a national of a country that writes
 * it so (`الرئيس الصيني شي جين بينغ`, `زعيم كوريا الشمالية كيم جونغ أون`), or the name is three
 * syllables or more, none with a clitic or the article, none a particle, none but the first a given name
 * of the lists (`وقال كيم جونغ أون`; not `حسن علي حسن`, `زيد بن علي`). An Arabic or Western name is
 * named again by its last word (`محمد` alone names no محمد بن سلمان).
 */
function writesFamilyNameFirst(stream: TokenStream, lex: PeopleLexicon, c: EntityCandidate): boolean {
  if (c.nationality !== undefined) return FAMILY_NAME_FIRST_COUNTRIES.includes(c.nationality);
  if (c.nextToken - c.firstToken < MIN_SYLLABLE_NAME_WORDS) return false;
  for (let at = c.firstToken; at < c.nextToken; at++) {
    const token = stream.tokens[at]!;
    if (token.kind !== 'word' || token.prefix !== '' || token.suffix !== '' || token.norm.length > MAX_SYLLABLE_WORD_LETTERS) return false;
    if (lex.particles.has(token.norm) || lex.patronymics.has(token.norm) || (at > c.firstToken && lex.givenNames.has(token.norm))) return false;
  }
  return true;
}

/**
 * The one-word names (keys) that are the family name written first of one person named in full (`وأكد
 * شي` after `شي جين بينغ`), with that person's key. Not where two people share it (`كيم جونغ أون` and
 * `كيم يو جونغ`) or a name of the article ends with it.
 */
function familyNameReferences(stream: TokenStream, named: NamedInFull, candidates: readonly EntityCandidate[]): Map<string, string> {
  const references = new Map<string, string>();
  if (named.familyNames.size === 0) return references;
  for (const c of candidates) {
    if (c.nextToken - c.firstToken !== 1 || c.key.includes(' ') || hasOther(named.lastWords.get(c.key), c.key)) continue;
    const word = written(stream.tokens[c.firstToken]!, c.key);
    const person = word === null ? undefined : only(named.familyNames.get(word), c.key);
    if (person !== undefined) references.set(c.key, person);
  }
  return references;
}

/** The words that refer to one key alone, with it. */
function onlyReferents(referents: Referents): Map<string, string> {
  const single = new Map<string, string>();
  for (const [word, keys] of referents) if (keys.size === 1) single.set(word, keys.values().next().value!);
  return single;
}

/**
 * A candidate of two words read again: two people, one, or as it was (see withReferencesRead). A
 * title before it stays with the first.
 */
function twoReferences(stream: TokenStream, lex: PeopleLexicon, named: NamedInFull, c: EntityCandidate): EntityCandidate[] {
  const firstToken = stream.tokens[c.firstToken]!;
  const second = stream.tokens[c.firstToken + 1]!;
  const first = written(firstToken, c.key.slice(0, c.key.indexOf(' ')));
  if (first === null) return [c];
  // the second word names another person after a clitic; a given name of the lists may be this one's own
  const other = c.titles === undefined && !lex.givenNames.has(second.stem) ? surnameAfterClitic(second, named.surnames, c.key) : null;
  if (other !== null) {
    const firstPerson = only(union(named.surnames.get(first), named.openers.get(first)), c.key, other.person);
    if (firstPerson === undefined) return [c];
    return [
      entityCandidate({ ...c, key: firstPerson, end: firstToken.end, nextToken: c.firstToken + 1 }),
      entityCandidate({ ...c, key: other.person, start: startAfterClitics(stream, second, other.skip), firstToken: c.firstToken + 1, titles: undefined }),
    ];
  }
  if (!isObjectNoun(lex, second) || hasOther(named.lastWords.get(nameSkeleton(second.norm)), c.key)) return [c];
  // a given name of the lists with no title before it may open another name (ترأس عباس X)
  if (c.titles === undefined && lex.givenNames.has(first)) return [c];
  const person = only(union(named.surnames.get(first), named.givenNames.get(first)), c.key);
  // named in full before: the name read here is that person's, not a new one
  if (person === undefined || named.firstStart.get(person)! >= c.start) return [c];
  return [entityCandidate({ ...c, key: person, end: firstToken.end, nextToken: c.firstToken + 1 })];
}


/**
 * A name of three words or more read as two people side by side (`والتقى أولاف شولتس ترامب`, `وهنأ
 * خافيير ميلي لولا`: a verb's subject and its object): its words but the last are a name of the
 * article read on its own elsewhere, and the last word, no given name of the lists, is as written a
 * word of one other person's name of the article (a clitic the splitter saw is the name's own letter
 * there: لولا as ل + ولا; وترامب is written so in none) that shares no other word with it
 * (not جورج دبليو بوش beside جورج بوش, nor عبد الله بن زايد beside محمد بن زايد). The title stays with
 * the first.
 */
function sideBySide(stream: TokenStream, lex: PeopleLexicon, named: NamedInFull, c: EntityCandidate): EntityCandidate[] {
  const last = stream.tokens[c.nextToken - 1]!;
  if (lex.givenNames.has(last.norm)) return [c];
  const cut = c.key.lastIndexOf(' ');
  const firstKey = c.key.slice(0, cut);
  // (a key of as many words as tokens: a first word read without its conjunction keeps its place)
  if (!named.firstStart.has(firstKey) || c.key.split(' ').length !== c.nextToken - c.firstToken) return [c];
  const other = only(wordsOfNames(stream, named).get(last.norm), c.key, firstKey);
  if (other === undefined) return [c];
  const own = firstKey.split(' ');
  if (other.split(' ').some((word) => own.includes(word))) return [c];
  const before = stream.tokens[c.nextToken - 2]!;
  return [
    entityCandidate({ ...c, key: firstKey, end: before.end, nextToken: c.nextToken - 1 }),
    entityCandidate({ ...c, key: other, start: last.start, firstToken: c.nextToken - 1, titles: undefined, nationality: undefined }),
  ];
}

/** NamedInFull.words, built on first need. */
function wordsOfNames(stream: TokenStream, named: NamedInFull): Referents {
  if (named.words === null) {
    named.words = new Map();
    for (const c of named.fullNames) for (let at = c.firstToken; at < c.nextToken; at++) add(named.words, stream.tokens[at]!.norm, c.key);
  }
  return named.words;
}

/**
 * A noun shaped as a verb's object that neither the lists nor open data hold as a name word: a noun
 * with its pronoun (تعليماته), a verbal noun in the accusative (اجتماعا، استقبالا), a feminine noun or
 * its plural (مأدبة، اتفاقيات), a listed noun.
 */
function isObjectNoun(lex: PeopleLexicon, token: Token): boolean {
  if (token.kind !== 'word' || token.prefix !== '') return false;
  const word = token.norm;
  if (lex.givenNames.has(word, normShape(token)) || personNameWords().has(word, normShape(token)) || word.endsWith(GOD)) return false;
  // a pronoun: no name word takes one (تعليماته); the feminine is ة folded to ه (مأدبة، أهمية)
  return token.suffix !== '' || ACCUSATIVE_VERBAL_NOUN.test(word) || (word.length >= 4 && word.endsWith('ه')) || LONG_FEMININE_PLURAL.test(word) || isCommonNoun(lex, word);
}

/** The person whose surname the word is after a conjunction or preposition (بماكرون، لستارمر). */
function surnameAfterClitic(token: Token, surnames: Referents, self: string): { person: string; skip: number } | null {
  if (token.kind !== 'word' || token.suffix !== '' || token.prefix.startsWith('ال')) return null;
  const word = token.norm;
  const conjunction = isConjunctionLetter(word.charCodeAt(0)) ? 1 : 0;
  const clitics = conjunction + (isPrepositionLetter(word.charCodeAt(conjunction)) ? 1 : 0);
  for (let skip = clitics; skip >= 1; skip--) {
    const person = only(surnames.get(word.slice(skip)), self);
    if (person !== undefined) return { person, skip };
  }
  return null;
}

/** A given name with the head (first word) of the title it was read after, as titledOpeners holds them. */
function titledWord(titles: readonly string[], word: string): string {
  const title = titles[0]!;
  const space = title.indexOf(' ');
  return (space < 0 ? title : title.slice(0, space)) + ' ' + word;
}

/** The word as a name's key reads it (`skeleton`): the token as written, or without its conjunction. */
function written(token: Token, skeleton: string): string | null {
  if (nameSkeleton(token.norm) === skeleton) return token.norm;
  return nameSkeleton(token.norm, 1) === skeleton ? token.norm.slice(1) : null;
}

function add(referents: Referents, word: string, key: string): void {
  const keys = referents.get(word);
  if (keys) keys.add(key);
  // (a Set made from an array goes through its iterator: twice the cost, for every word of every name)
  else referents.set(word, new Set<string>().add(key));
}

function union(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  return a === undefined ? b : b === undefined ? a : new Set([...a, ...b]);
}

/** Whether `keys` holds a key other than `self`. */
function hasOther(keys: ReadonlySet<string> | undefined, self: string): boolean {
  return keys !== undefined && (keys.size > 1 || !keys.has(self));
}

/** The one key of `keys` other than those left out, or undefined when there are none or several. */
function only(keys: ReadonlySet<string> | undefined, ...leftOut: string[]): string | undefined {
  let found: string | undefined;
  for (const key of keys ?? []) {
    if (leftOut.includes(key)) continue;
    if (found !== undefined) return undefined;
    found = key;
  }
  return found;
}
