import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { isConjunctionLetter, isPrepositionLetter } from '../text/clitics';
import { lazy } from '../text/lazy';
import { sameLine } from '../text/lines';
import { startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import { HOUSE_OF } from './reader';
import { withReferencesRead } from './references';
import { isSpeechVerb } from './reported';
import { headOfSkeleton, nameSkeleton, skeletonHead, skeletonInitial } from './skeleton';

const GOD = 'الله';
const ARTICLE = 'ال';
// بن, the particle of descent news names a son again with (بن سلمان، بن لادن)
const BIN = 'بن';
// the nisba's ending as folded (ى and ي are one)
const NISBA = 'ي';
// Prepositions before which a compound of the name of God is as often what it says (على فضل الله)
const GRACE_PREPOSITIONS: readonly string[] = ['على', 'علي', 'من', 'في', 'الى'];

// A surname written with fewer letters is too likely to be an ordinary word to be matched alone.
const MIN_SURNAME_LETTERS = 4;

interface Person {
  words: string[];
  candidates: EntityCandidate[];
}

// A word that only shares a surname's skeleton, not its letters, is taken for it only if the skeleton
// is this long: a short skeleton is shared by everyday words (رئيس and رايس are رس, ثانوي and ثاني ثن).
const MIN_VARIANT_SKELETON = 4;

/**
 * Merges the people candidates that name one person and adds the mentions by surname alone.
 * `earlierNames` are the person keys found in earlier pieces of the same text.
 * A name joins a person when its skeleton words equal theirs or end theirs (`بوتين` joins
 * `فلاديمير بوتين`; `سيرجي لافروف` joins `سيرغي لافروف`). Then every free word whose skeleton is a
 * known person's surname (`وبوتين`, `ماكرون`) becomes a mention of that person. Every returned
 * candidate carries its person's key.
 */
export function mergePeople(
  stream: TokenStream,
  candidates: readonly EntityCandidate[],
  isFree: (tokenIndex: number) => boolean,
  earlierNames: readonly string[] = [],
): EntityCandidate[] {
  // a guess (strength 1) stands only beside stronger evidence for the same person, here or earlier
  const read = withReferencesRead(stream, candidates, isFree);
  const confirmed = groupPeople(read.candidates).filter(
    (person) => person.candidates.some((c) => c.strength > 1) || earlierNames.some((name) => endsWith(name.split(' '), person.words)),
  );
  const taken = new Uint8Array(stream.tokens.length);
  for (const person of confirmed) for (const c of person.candidates) taken.fill(1, c.firstToken, c.nextToken);
  const surnames = new Map<string, Person>();
  // names from earlier pieces of a long text: their surnames count here too (the key joins them later)
  const earlier = earlierNames.map((name): Person => ({ words: name.split(' '), candidates: [] }));
  for (const person of [...earlier, ...confirmed]) {
    const surname = person.words[person.words.length - 1]!;
    if (person.words.length < 2 || endsWithNoSurname(stream, person) || endsWithFathersName(person.words)) continue;
    // two people of one family name (جو بايدن، هانتر بايدن): the name alone is the one named first
    const held = surnames.get(surname);
    if (held === undefined || held.candidates.length === 0 || firstNamed(person) < firstNamed(held)) surnames.set(surname, person);
  }
  // a person's other name of one word (المعروف بحميدتي) is found alone as a surname is
  for (const [alias, key] of read.aliases) {
    const person = confirmed.find((p) => p.words.join(' ') === key);
    if (person !== undefined && !surnames.has(alias)) surnames.set(alias, person);
  }
  const unread = (at: number): boolean => !taken[at] && isFree(at);
  for (const found of [...familyNameMentions(stream, read.familyNames, confirmed, unread), ...sonOfMentions(stream, confirmed, unread)]) {
    found.person.candidates.push(found.mention);
    taken.fill(1, found.mention.firstToken, found.mention.nextToken);
  }
  const bare = bareSurnames(stream, confirmed, surnames);
  const compounds = compoundSurnames(stream, confirmed);
  if (surnames.size === 0 && compounds.size === 0) return withPersonKeys(confirmed);
  // the surnames as written here: a word spelled otherwise is a variant (باشنيان for باشينيان)
  const written = new Map<Person, Set<string>>();
  for (const person of confirmed) {
    const forms = new Set<string>();
    for (const c of person.candidates) {
      const last = stream.tokens[c.nextToken - 1]!;
      forms.add(last.norm).add(last.stem);
      // a definite name after a preposition (الملقب بالشبح) is written with its article alone
      if (last.prefix.length > 2 && last.prefix.endsWith('ال')) forms.add(`ال${last.stem}`);
    }
    written.set(person, forms);
  }
  // a skeleton keeps a word's first letter, so most words are ruled out before one is built: no
  // memory of answers either, which would cost a Map probe at every word to save one at a few
  const heads = surnameHeads(surnames.keys());
  // (a plain loop: the engine called a callback at every word of the text)
  const { tokens } = stream;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    // a word too short for a surname is ruled out before its skeleton is begun (and a word another
    // recognizer holds before its token is read at all)
    if (taken[index] || !isFree(index) || token.kind !== 'word' || token.norm.length < MIN_SURNAME_LETTERS) continue;
    if (token.norm === GOD) {
      const found = compoundAt(stream, index, compounds, unread);
      if (found) found.person.candidates.push(found.mention);
      continue;
    }
    // a definite word can only be a definite surname (الكاظمي), and then it is matched whole, after
    // its clitics too (والكاظمي، بالكاظمي، للكاظمي)
    const clitics = cliticsBeforeArticle(token);
    const definite = clitics >= 0;
    // the definite word after its clitics is read where it stands when the article is whole and nothing
    // follows the stem (والكاظمي), and made only where لل fused the article or a suffix follows: a string
    // made for every word of و، ب or ل and the article cost 21 M instructions a pass of the bench's news (1%)
    const inPlace = clitics <= 0 || (token.suffix === '' && token.norm.startsWith(ARTICLE, clitics));
    const source = inPlace ? token.norm : ARTICLE + token.stem;
    const from = inPlace && clitics > 0 ? clitics : 0;
    const match = surnameMatch(source, from, definite, surnames, heads);
    if (!match) continue;
    const word = from > 0 ? source.slice(from) : source;
    if (!writtenAlike(word, match, definite, written.get(match.person))) continue;
    if (bare.size > 0 && !definite && bare.has(nameSkeleton(word, match.skip)) && !standsAsBareSurname(stream, index, word.slice(match.skip))) continue;
    if ((isEverydayWord(word, match) && !opensReport(stream, index)) || (definite && qualifiesNoun(stream, index))) continue;
    match.person.candidates.push(
      entityCandidate({
        category: 'people',
        start: startAfterClitics(stream, token, definite ? clitics : match.skip),
        end: token.end,
        firstToken: index,
        nextToken: index + 1,
        key: '',
        strength: 2,
      }),
    );
  }
  return withPersonKeys([...confirmed, ...earlier]);
}

// A family name written first of two letters (شي، لي) is matched after و or ف alone: after a preposition
// too many words of two letters are something else (بشي for بشيء, something)
const MIN_FAMILY_NAME_AFTER_PREPOSITION = 3;

/**
 * The free words that are the family name written first of one person (`وأكد شي أن` after `شي جين
 * بينغ`, `وكيم` after `كيم جونغ أون`; references.ts finds which), matched as written after a conjunction
 * or preposition. Not a word the lists know (`هو`, `ما` for هو جينتاو: he, what; `بان` for بأن), nor one with
 * the article.
 */
function familyNameMentions(
  stream: TokenStream,
  familyNames: ReadonlyMap<string, string>,
  people: readonly Person[],
  free: (at: number) => boolean,
): { person: Person; mention: EntityCandidate }[] {
  const found: { person: Person; mention: EntityCandidate }[] = [];
  if (familyNames.size === 0) return found;
  const lex = peopleLexicon();
  const persons = new Map<string, Person>();
  for (const [name, key] of familyNames) {
    const person = people.find((p) => endsWith(p.words, key.split(' ')));
    // (nor a Latin letter spelt out, سي of إتش.إس.بي.سي)
    const known = lex.notNameWords.has(name) || lex.complementizers.has(name) || lex.commonNouns.has(name) || lex.ambiguousGivenNames.has(name) || lex.latinLetters.has(name);
    if (person !== undefined && !known) persons.set(name, person);
  }
  if (persons.size === 0) return found;
  stream.tokens.forEach((token, index) => {
    if (token.kind !== 'word' || token.prefix.includes(ARTICLE) || !free(index)) return;
    const word = token.norm;
    const conjunction = isConjunctionLetter(word.charCodeAt(0)) ? 1 : 0;
    const clitics = conjunction + (isPrepositionLetter(word.charCodeAt(conjunction)) ? 1 : 0);
    // (a syllable after it makes it another's name: وكانت كيم أوك, beside كيم جونغ إيل)
    for (let skip = 0; skip <= clitics; skip++) {
      const name = word.slice(skip);
      const person = persons.get(name);
      if (person === undefined || (skip > conjunction && name.length < MIN_FAMILY_NAME_AFTER_PREPOSITION)) continue;
      if (opensOtherSyllableName(stream, lex, index)) return;
      const mention = entityCandidate({ category: 'people', start: startAfterClitics(stream, token, skip), end: token.end, firstToken: index, nextToken: index + 1, key: '', strength: 2 });
      found.push({ person, mention });
      return;
    }
  });
  return found;
}

// A syllable of a name written family name first, as news writes one in Arabic letters (أوك، جونغ، بينغ)
const MAX_SYLLABLE_LETTERS = 4;

/**
 * Whether a syllable follows the word at `index` on its line: a word without clitics of four letters or
 * fewer that is no function word, complementizer or listed noun (`كيم أوك`), which makes the family name
 * another person's name, not a mention alone.
 */
function opensOtherSyllableName(stream: TokenStream, lex: PeopleLexicon, index: number): boolean {
  const next = stream.tokens[index + 1];
  if (next === undefined || next.kind !== 'word' || next.prefix !== '' || next.suffix !== '' || next.norm.length > MAX_SYLLABLE_LETTERS) return false;
  if (!sameLine(stream, index, index + 1)) return false;
  return !lex.notNameWords.has(next.norm) && !lex.complementizers.has(next.norm) && !lex.commonNouns.has(next.norm);
}

/**
 * The free `بن` and father's name of one person whose name ends so (`وقدم بن شيبان درع النادي` after `سعيد بن
 * شيبان`, `" بن لادن مصمم "` after `أسامة بن لادن`): the name by which news names such a person again, where
 * the father's name alone is the father (endsWithFathersName).
 */
function sonOfMentions(stream: TokenStream, people: readonly Person[], free: (at: number) => boolean): { person: Person; mention: EntityCandidate }[] {
  const found: { person: Person; mention: EntityCandidate }[] = [];
  const byFather = new Map<string, Person | null>();
  for (const person of people) {
    if (!endsWithFathersName(person.words)) continue;
    const father = person.words[person.words.length - 1]!;
    byFather.set(father, byFather.has(father) ? null : person);
  }
  if (byFather.size === 0) return found;
  stream.tokens.forEach((token, index) => {
    const name = stream.tokens[index + 1];
    if (token.kind !== 'word' || token.norm !== BIN || name === undefined || name.kind !== 'word' || name.prefix !== '' || !free(index) || !free(index + 1)) return;
    const person = byFather.get(nameSkeleton(name.norm));
    if (person === undefined || person === null) return;
    found.push({ person, mention: entityCandidate({ category: 'people', start: token.start, end: name.end, firstToken: index, nextToken: index + 2, key: '', strength: 2 }) });
  });
  return found;
}

/**
 * The skeletons of definite family names shaped as a nisba without their article (`قذافي` for `معمر
 * القذافي`, `غنوشي` for `راشد الغنوشي`), added to `surnames` for the person: the Maghreb and foreign copy
 * write such a name without it too (`وكان قذافي قد حكم`). Other definite family names are nouns without
 * it (`الدراجة`: a bicycle). Not where the bare skeleton is another person's surname already.
 */
function bareSurnames(stream: TokenStream, people: readonly Person[], surnames: Map<string, Person>): Set<string> {
  const bare = new Set<string>();
  for (const person of people) {
    const surname = person.words[person.words.length - 1]!;
    if (person.words.length < 2 || surnames.get(surname) !== person || !person.candidates.some((c) => isDefiniteNisba(stream.tokens[c.nextToken - 1]!))) continue;
    const skeleton = surname.slice(ARTICLE.length);
    if (skeleton.length < MIN_VARIANT_SKELETON - 1 || surnames.has(skeleton)) continue;
    surnames.set(skeleton, person);
    bare.add(skeleton);
  }
  return bare;
}

/** A definite word ending as a nisba (القذافي، الغنوشي), with no other clitic. */
function isDefiniteNisba(token: Token): boolean {
  return token.prefix === ARTICLE && token.suffix === '' && token.stem.endsWith(NISBA);
}

/**
 * Whether a word without the article at `index` stands for a definite family name (`word`, its clitics
 * off): it is no adjective (a demonym: `مسؤول سوداني` is no mention of السوداني; nor a listed noun), no
 * given name of the lists or name word of open data (`بشير` for البشير, `مهدي` for المهدي: another
 * person's given name) and no other word the lists know, and it stands
 * where a name does and an adjective does not (opensReport: `وكان قذافي`, `وقال غنوشي`).
 */
function standsAsBareSurname(stream: TokenStream, index: number, word: string): boolean {
  const token = stream.tokens[index]!;
  if (!word.endsWith(NISBA)) return false;
  const lex = peopleLexicon();
  if (token.suffix !== '' || demonymCode(token) !== null || lex.givenNames.has(word) || personNameWords().has(word) || lex.commonNouns.has(word) || lex.notNameWords.has(word)) return false;
  return opensReport(stream, index);
}

/**
 * The people whose name is or ends in a compound of the name of God (`حسن نصر الله`, `محمد حسين فضل
 * الله`; not after عبد, a given name), by the compound's first word as written: the compound is their
 * surname, found alone as a surname is (`وهاجم نصر الله`).
 */
function compoundSurnames(stream: TokenStream, people: readonly Person[]): Map<string, Person> {
  const compounds = new Map<string, Person>();
  for (const person of people) {
    for (const c of person.candidates) {
      const before = stream.tokens[c.nextToken - 2];
      const last = stream.tokens[c.nextToken - 1]!;
      if (c.nextToken - c.firstToken < 2 || last.norm !== GOD || before === undefined || before.stem === 'عبد') continue;
      if (!compounds.has(before.norm)) compounds.set(before.norm, person);
    }
  }
  return compounds;
}

/** A compound surname (`نصر الله`, `ونصر الله`) whose الله is at `index`, and its person. */
function compoundAt(
  stream: TokenStream,
  index: number,
  compounds: ReadonlyMap<string, Person>,
  free: (at: number) => boolean,
): { person: Person; mention: EntityCandidate } | null {
  const first = stream.tokens[index - 1];
  if (compounds.size === 0 || first === undefined || first.kind !== 'word' || !free(index - 1)) return null;
  const word = first.norm;
  // after a preposition the compound is as often what it says, God's grace or victory (بفضل الله، على فضل الله)
  if (GRACE_PREPOSITIONS.includes(stream.tokens[index - 2]?.norm ?? '')) return null;
  const conjunction = isConjunctionLetter(word.charCodeAt(0)) ? 1 : 0;
  for (let skip = 0; skip <= conjunction; skip++) {
    const person = compounds.get(word.slice(skip));
    if (person === undefined) continue;
    const start = startAfterClitics(stream, first, skip);
    return { person, mention: entityCandidate({ category: 'people', start, end: stream.tokens[index]!.end, firstToken: index - 1, nextToken: index + 1, key: '', strength: 2 }) };
  }
  return null;
}

/**
 * Gives people candidates found apart (in the pieces of a long text) one key per person, by the
 * same rule as mergePeople, without looking for more mentions.
 */
export function unifyPeople(candidates: readonly EntityCandidate[]): EntityCandidate[] {
  return withPersonKeys(groupPeople(candidates));
}

/** A name joins a person when its skeleton words equal theirs or end theirs; the fullest name leads. */
function groupPeople(candidates: readonly EntityCandidate[]): Person[] {
  const people: Person[] = [];
  // two names of one person share their last word, so only those are compared
  const byLastWord = new Map<string, Person[]>();
  const named = candidates.map((candidate) => ({ candidate, words: wordsOf(candidate) }));
  named.sort((a, b) => b.words.length - a.words.length || a.candidate.start - b.candidate.start);
  for (const { candidate, words } of named) {
    const last = words[words.length - 1]!;
    const sameLast = byLastWord.get(last);
    const person = (sameLast && firstOfName(sameLast, words)) ?? longerChain(people, words);
    if (person) {
      person.candidates.push(candidate);
    } else {
      const created = { words, candidates: [candidate] };
      people.push(created);
      if (sameLast) sameLast.push(created);
      else byLastWord.set(last, [created]);
    }
  }
  return people;
}

/**
 * The person named first of those whose name ends with `words` or that ends theirs: a family name alone
 * is the one the article names first. A father's name alone is the father: `الملك سلمان` is no mention
 * of `محمد بن سلمان`.
 */
function firstOfName(people: readonly Person[], words: readonly string[]): Person | undefined {
  let first: Person | undefined;
  for (const person of people) {
    const isName = (endsWith(person.words, words) && !(words.length === 1 && endsWithFathersName(person.words))) || endsWith(words, person.words);
    if (isName && (first === undefined || firstNamed(person) < firstNamed(first))) first = person;
  }
  return first;
}

/**
 * The one person whose name opens with a chain of descent (`محمد بن زايد`) and goes on after it (`محمد بن
 * زايد آل نهيان`): news names such a person again by the chain alone. Not where two names open so.
 */
function longerChain(people: readonly Person[], words: readonly string[]): Person | undefined {
  if (words.length < 3 || !patronymicSkeletons().has(words[1]!)) return undefined;
  let found: Person | undefined;
  for (const person of people) {
    if (person.words.length <= words.length || !words.every((word, k) => person.words[k] === word)) continue;
    if (found !== undefined) return undefined;
    found = person;
  }
  return found;
}

/** Where a person is first named in this piece. */
function firstNamed(person: Person): number {
  let start = Infinity;
  for (const c of person.candidates) start = Math.min(start, c.start);
  return start;
}

/**
 * Whether the surname matched is an everyday word too (سعيد `happy`, سلام `peace`): `إنه سعيد بالفوز`,
 * `اتفاق سلام` name nobody.
 */
function isEverydayWord(word: string, match: SurnameMatch): boolean {
  return peopleLexicon().ambiguousGivenNames.has(word.slice(match.skip));
}

/**
 * Letters of the clitics before a word's article (والكاظمي: 1), or -1 for a word without one. After
 * ل the article's alef is not written (للكاظمي): its lam stays in the mention, as in the others.
 */
function cliticsBeforeArticle(token: Token): number {
  const { prefix } = token;
  if (prefix.endsWith('ال')) return prefix.length - 2;
  return prefix.endsWith('لل') ? prefix.length - 1 : -1;
}

/**
 * Whether a definite surname that is a demonym qualifies the definite noun before it (`الجيش
 * السوداني`, `الشعب السوداني`: Sudanese, not محمد شياع السوداني). With a clitic it qualifies nothing
 * (`الأمريكي بالسوداني`, `التهنئة للسوداني`).
 */
function qualifiesNoun(stream: TokenStream, index: number): boolean {
  const before = stream.tokens[index - 1];
  const token = stream.tokens[index]!;
  return token.prefix === 'ال' && before !== undefined && before.kind === 'word' && cliticsBeforeArticle(before) >= 0 && demonymCode(token) !== null;
}

/**
 * Whether the word stands where a person's name does and an adjective does not: a reporting verb's
 * subject (`وقال سلام`, `وأكد سعيد`), a sentence's first word (`وصالح أكد ذلك`), after a function word
 * (`وكان مبارك`, `أن سعيد`); not after a noun it may qualify (`اتفاق سلام`) nor a pronoun (`إنه سعيد`).
 */
function opensReport(stream: TokenStream, index: number): boolean {
  const before = stream.tokens[index - 1];
  if (before === undefined || before.kind === 'punctuation') return true;
  const lex = peopleLexicon();
  return isSpeechVerb(lex, before) || (before.kind === 'word' && before.suffix === '' && lex.notNameWords.has(before.stem));
}

function withPersonKeys(people: readonly Person[]): EntityCandidate[] {
  const keyed: EntityCandidate[] = [];
  for (const person of people) {
    const key = person.words.join(' ');
    // a candidate that has its person's key and strength already is kept as it is, not copied
    for (const c of person.candidates) keyed.push(c.key === key && c.strength > 1 ? c : entityCandidate({ ...c, key, strength: Math.max(c.strength, 2) as 2 | 3 }));
  }
  return keyed;
}

/**
 * Whether a person's name ends with a word that alone names no one: a regnal number (`عبدالله
 * الثاني`, `لويس الرابع عشر`; `الشوط الثاني`), the second half of a compound given name (`شمس
 * الدين`; `رجال الدين`) or the name of God after عبد or another word (`أبو عبد الله`, `حسن نصر الله`: every
 * الله of the article is no mention of him), or a title after آل (`عبد العزيز آل الشيخ`: every other الشيخ is a title). It
 * is no surname.
 */
function endsWithNoSurname(stream: TokenStream, person: Person): boolean {
  const { ordinals, ordinalTens, compoundNameEnds, abdNameWords, titleHeads } = peopleLexicon();
  return person.candidates.some((c) => {
    const last = stream.tokens[c.nextToken - 1]!;
    const before = c.nextToken - c.firstToken >= 2 ? stream.tokens[c.nextToken - 2]! : undefined;
    const afterAbd = (before?.stem === 'عبد' && abdNameWords.has(last.norm)) || (before !== undefined && last.norm === GOD);
    const houseTitle = before?.norm === HOUSE_OF && titleHeads.match(stream, c.nextToken - 1) !== null;
    return ordinals.has(last.stem) || ordinalTens.has(last.norm) || compoundNameEnds.has(last.norm) || afterAbd || houseTitle;
  });
}

// The particles of descent after which a name is a father's alone: not Mauritania's ولد, whose father's
// name is the family name too (`محمد ولد الغزواني`, then `غزواني`)
const SON_OF = [BIN, 'ابن', 'بنت'];
const patronymicSkeletons = lazy(() => new Set(SON_OF.map((word) => nameSkeleton(word))));

/**
 * Whether a name (its skeleton words) ends in بن and a name (`محمد بن سلمان`, `محمد بن راشد`): the last
 * word is the father's, which alone names the father (`الملك سلمان`, `الشيخ راشد`), not this person.
 * With its particle it is this person's (`بن سلمان`), as its longer names are.
 */
function endsWithFathersName(words: readonly string[]): boolean {
  return words.length >= 3 && patronymicSkeletons().has(words[words.length - 2]!);
}

function wordsOf(candidate: EntityCandidate): string[] {
  return candidate.key.split(' ');
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  for (let k = 0; k < tail.length; k++) if (whole[offset + k] !== tail[k]) return false;
  return true;
}

/**
 * Whether a word matched by skeleton may stand for the surname: written as it is here, or, for a
 * surname from an earlier piece (whose spelling is not at hand) and for a variant, a word without the
 * article whose skeleton is long enough. A definite surname is an Arabic family name, spelled one way:
 * the skeleton of الجنيبي is also that of الجانب and الجنوب, of أولمرت that of المرات.
 */
function writtenAlike(word: string, match: SurnameMatch, definite: boolean, forms: ReadonlySet<string> | undefined): boolean {
  // a preposition before a surname that is also an everyday word makes the word (لصالح `in favour of`)
  const preposition = match.skip > (isConjunctionLetter(word.charCodeAt(0)) ? 1 : 0);
  if (preposition && peopleLexicon().ambiguousGivenNames.has(word.slice(match.skip))) return false;
  if (forms === undefined) return true;
  if (forms.has(word.slice(match.skip))) return true;
  return !definite && nameSkeleton(word, match.skip).length >= MIN_VARIANT_SKELETON;
}

interface SurnameMatch {
  person: Person;
  /** Letters of clitics before the surname. */
  skip: number;
}

/**
 * The surnames' first letters and skeleton heads (headOfSkeleton), one bit each by their low bits: most
 * words are ruled out by their first letter, before a head is read. A bit tested at every word costs
 * less than a Set's hashing; a word another's bit lets through is still looked up whole.
 */
interface SurnameHeads {
  initials: Int32Array;
  heads: Int32Array;
}

// (a power of two; 512 bits hold the Arabic letters' codes apart, and 64 bytes are a typed array small
// enough for the engine to keep on its heap: a larger one is allocated apart, at a cost per text)
const INITIAL_BITS = 512;
const HEAD_BITS = 512;

function surnameHeads(skeletons: Iterable<string>): SurnameHeads {
  const heads: SurnameHeads = { initials: new Int32Array(INITIAL_BITS / 32), heads: new Int32Array(HEAD_BITS / 32) };
  for (const skeleton of skeletons) {
    setBit(heads.initials, skeleton.charCodeAt(0));
    setBit(heads.heads, headBit(headOfSkeleton(skeleton)));
  }
  return heads;
}

/** A head's bit: its letters mixed, as its low bits are the last letter's alone. */
const headBit = (head: number): number => Math.imul(head, 0x9e3779b1) >>> 16;

function setBit(bits: Int32Array, value: number): void {
  const bit = value & (bits.length * 32 - 1);
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(bits: Int32Array, value: number): boolean {
  const bit = value & (bits.length * 32 - 1);
  return ((bits[bit >>> 5]! >>> (bit & 31)) & 1) !== 0;
}

/**
 * The person whose surname a word from `from` is, allowing a conjunction and a preposition before it
 * (ولبوتين); a `definite` word is matched whole.
 */
function surnameMatch(word: string, from: number, definite: boolean, surnames: ReadonlyMap<string, Person>, heads: SurnameHeads): SurnameMatch | null {
  if (word.length - from < MIN_SURNAME_LETTERS) return null;
  const conjunction = isConjunctionLetter(word.charCodeAt(from)) ? 1 : 0;
  const clitics = definite ? 0 : conjunction + (isPrepositionLetter(word.charCodeAt(from + conjunction)) ? 1 : 0);
  for (let skip = 0; skip <= clitics; skip++) {
    const person = personFrom(word, from + skip, surnames, heads);
    if (person) return { person, skip };
  }
  return null;
}

function personFrom(word: string, at: number, surnames: ReadonlyMap<string, Person>, heads: SurnameHeads): Person | undefined {
  if (word.length - at < MIN_SURNAME_LETTERS || !hasBit(heads.initials, skeletonInitial(word, at))) return undefined;
  return hasBit(heads.heads, headBit(skeletonHead(word, at))) ? surnames.get(nameSkeleton(word, at)) : undefined;
}
