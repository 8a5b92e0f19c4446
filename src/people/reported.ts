import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import { candidate } from './candidate';
import { knownPersonAt } from './known';
import { APPOINTMENT_VERB, OFFICE_VERB, SPEECH_VERB, type PeopleLexicon } from './lexicon';
import { endsPlainly, isKnownWord, isNameWord, isUnlistedNameWord, kunyaAt, mayOwnPreposition, ownsPreposition, readName, unlistedNameAt, type NameSpan } from './names';
import { COMMAS, hasConjunction, isEverydayNameWord, isGivenName, type Reader } from './reader';
import { isPunctuation } from '../text/phrases';
import { introducesSpeech } from './speech';
import { opensHeldTitle, titleAt } from './titles';


/**
 * `قال X Y إن`: the subject of a reporting verb, when no other evidence names it, is a name nobody
 * lists only if its two or three words look like one (unlistedNameAt). Sources quoted without a
 * name (`قال مصدر مسؤول إن`) look just like it, so the reading stands on its own (strength 2) only
 * when what follows it is how reported speech goes on: `إن`/`أن`, a colon, `، ` and a title, `في
 * بيان`, `لوكالة …`. Otherwise it is a guess the merger keeps only beside a stronger mention of the
 * same person.
 */
export function reportedPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if ((verbKindsAt(reader, index) & SPEECH_VERB) === 0 || !sameLine(reader.stream, index, index + 1)) return [];
  const known = knownPersonAt(reader, index + 1);
  if (known.length > 0) return known;
  const name = unlistedNameAt(reader, index + 1, false) ?? reportedSurnameAt(reader, index + 1) ?? reportedKunyaAt(reader, index + 1);
  // (no conjunction stands after the verb: a ف on the name's first word is its own letter, فتحي)
  if (name) return [candidate(reader, name, introducesSpeech(reader, name.next) || hasTitleInApposition(reader, name.next) ? 2 : 1, undefined, true)];
  const everyday = everydayGivenNameAt(reader, index + 1);
  return everyday ? [candidate(reader, everyday, 2)] : [];
}

// و and the article, as the splitter reads the first letters of والتقى
const CONJUNCTION_AND_ARTICLE = 'وال';

/**
 * `وانتقد X Y رئيس حزب الخضر`, `والتقى X Y، وزير الخارجية،`: after a verb of what office holders do at
 * `index`, a name nobody lists with its office in apposition after it (hasTitleInApposition) is the
 * verb's subject; without the office the words may be its object or anything else, and no guess is
 * made. Null where no such verb stands: such a verb opens no other reading (no name, title or list),
 * so the caller asks for none.
 */
export function officeHolderAt(reader: Reader, index: number): EntityCandidate[] | null {
  if ((verbKindsAt(reader, index) & OFFICE_VERB) === 0) return null;
  const name = sameLine(reader.stream, index, index + 1) ? unlistedNameAt(reader, index + 1, false) : null;
  return name && hasTitleInApposition(reader, name.next) ? [candidate(reader, name, 2, undefined, true)] : [];
}

/**
 * `عين X Y سفيرا لدى فرنسا`, `وعين مكانه X Y`, `عين الرئيس X Y وزيرا للمالية`: after a verb of
 * appointment or election at `index` and its subject if one stands there (a title, a body or place
 * another recognizer claimed, or a definite noun: `وانتخب البرلمان X Y رئيسا له`), a name nobody lists (unlistedNameAt),
 * right there or after the place of the one it replaces (`مكانه`, REPLACEMENT_WORDS), is the verb's
 * object where the office given follows it in the accusative (isAccusativeOffice), or after that place
 * where the name plainly ends. The subject's title is not the appointee's: the president appoints a
 * minister. Without either sign the words after such a verb are left to the other readings.
 */
export function appointeeAt(reader: Reader, index: number): EntityCandidate[] {
  if ((verbKindsAt(reader, index) & APPOINTMENT_VERB) === 0) return [];
  const claim = reader.claims[index + 1];
  const noun = reader.tokens[index + 1];
  const definite = noun !== undefined && noun.kind === 'word' && noun.prefix === 'ال' && noun.suffix === '' && claim === undefined;
  const subject =
    claim !== undefined && (claim.category === 'organizations' || claim.category === 'places')
      ? claim.nextToken
      : (titleAt(reader, index + 1)?.next ?? (definite ? index + 2 : index + 1));
  const place = reader.tokens[subject];
  const replaced = place !== undefined && place.prefix === '' && reader.lex.replacementWords.has(place.norm);
  const at = replaced ? subject + 1 : subject;
  if (!sameLine(reader.stream, index, at)) return [];
  // (a name a listed given name opens may have more than unlistedNameAt reads: كمال الدين حداد)
  const first = reader.tokens[at];
  const listed = first !== undefined && first.prefix === '' && isGivenName(reader, first, true) ? readName(reader, at) : null;
  const name = unlistedNameAt(reader, at, false) ?? (listed !== null && listed.next - listed.first >= 2 ? listed : null);
  if (name === null) return [];
  const given = isAccusativeOffice(reader, name.next) || (replaced && endsPlainly(reader, name.next));
  return given ? [candidate(reader, name, 2, undefined, true)] : [];
}

/**
 * Whether the office someone is made stands at `at` in the indefinite accusative, a word whole
 * (`وزيرا للمالية`, `سفيرا لدى`, `رئيسا له`): a title head of one word without the article and the
 * accusative's alif. Not before an adjective in the accusative: `عين الرئيس X Y سفيرا جديدا` is X Y
 * appointing a new ambassador, the office the verb's object itself.
 */
function isAccusativeOffice(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  // (the word whole: the splitter reads وزيرا as و + زيرا)
  if (token === undefined || token.kind !== 'word' || token.suffix !== '' || !token.norm.endsWith('ا')) return false;
  if (!reader.lex.indefiniteHeads.has(token.norm.slice(0, -1)) || !sameLine(reader.stream, at - 1, at)) return false;
  const after = reader.tokens[at + 1];
  return after === undefined || after.kind !== 'word' || after.prefix !== '' || !after.norm.endsWith('ا');
}

/**
 * Whether a title in apposition starts at `at`, the office of the name before it (`أعلن إسياس أفورقي
 * رئيس إريتريا`, `وأكدت سلمى حداد وزيرة التعاون الدولي`, `وأعلن X Y المستشار السياسي للجبهة`): a head
 * without a clitic that what it is of completes (a domain, a demonym, a place or body), on the name's
 * line. A source named without a name is named by an adjective (`قال مصدر مسؤول`), not by an office
 * in construct after it; a head alone (`قال X Y الرئيس`) or one that is an everyday noun too (`الفريق`)
 * says nothing of the words before it.
 */
function hasTitleInApposition(reader: Reader, at: number): boolean {
  // (after a comma too: `X Y، وزير الخارجية،`)
  if (isPunctuation(reader.tokens[at], COMMAS) && sameLine(reader.stream, at, at + 1)) at++;
  const head = reader.tokens[at];
  if (head === undefined || head.kind !== 'word' || (head.prefix !== '' && head.prefix !== 'ال') || head.suffix !== '' || !sameLine(reader.stream, at - 1, at)) return false;
  // kin or an assistant in construct completes the title after it (`X Y مساعد وزيرة الخارجية`، `X Y نجل الرئيس`)
  if (opensHeldTitle(reader, at)) return titleAt(reader, at + 1)?.ambiguous === false;
  const title = titleAt(reader, at);
  return title !== null && title.complemented && !title.ambiguous;
}

/**
 * `قال ناصر الحداد إن`, `وأكد سامي سالم الشاعر أن`: a name that a given name which is an everyday
 * word too opens (ناصر `victor`, سامي `lofty`) and that goes on with a family name, as the subject of
 * a reporting verb with reported speech right after it. Alone such a given name opens a name only
 * with a particle (knownPersonAt); speech after the verb's subject shows it is the speaker. So does a
 * name word of open data shaped as a nisba (يسري، صبري: unlistedNameAt takes it for an adjective)
 * before a family name whose first letter the splitter took for ب or ل (`قال يسري بوزوق إن`): an
 * adjective takes no preposition before the speech (ownsPreposition).
 */
function everydayGivenNameAt(reader: Reader, at: number): NameSpan | null {
  const given = reader.tokens[at];
  const family = reader.tokens[at + 1];
  if (given === undefined || given.prefix !== '') return null;
  const openData = family !== undefined && isGivenName(reader, given, true) && ownsPreposition(reader, family);
  if (!isEverydayNameWord(reader.lex, given) && !openData) return null;
  const name = readName(reader, at);
  return name !== null && name.next - name.first >= 2 && introducesSpeech(reader, name.next) ? name : null;
}

/**
 * `قال كانتي إن`, `وأكد بوين أن`: one word between a reporting verb and its complementizer is the
 * speaker's surname when open data holds it as a name word (isGivenName: no pronoun, none of the
 * nouns news names sources by, which open data holds none of: `قال مسؤول إن`, `قال خبراء إن`) and
 * it is no word a list of the recognizer knows (isKnownWord), demonym, title or claimed span
 * (isNameWord). A given name of the lists alone (`قال محمد إن`, `قال سعيد إن`) is no full name and
 * is left out, as it is everywhere else.
 */
function reportedSurnameAt(reader: Reader, at: number): NameSpan | null {
  const next = reader.tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || !reader.lex.complementizers.has(next.norm) || !sameLine(reader.stream, at, at + 1)) return null;
  // (the one told may stand there too: وقال لي إن, he told me that)
  if (reader.lex.addresseePronouns.has(reader.tokens[at]!.norm)) return null;
  return surnameAlone(reader, at);
}

/**
 * `قال ابن كيران إن`, `وأكد أبو عبيدة أن`: a kunya or a family name in ابن (kunyaAt) between a
 * reporting verb and reported speech, at once or after a title in apposition (`وقال أبو عبيدة
 * الناطق باسم الكتائب إن`).
 */
function reportedKunyaAt(reader: Reader, at: number): NameSpan | null {
  const name = kunyaAt(reader, at);
  return name && reader.tokens[name.next]?.kind === 'word' && introducesSpeech(reader, name.next) ? name : null;
}

/**
 * The word at `at` as a surname alone: a name word of open data no list knows otherwise, unclaimed,
 * with no clitic of its own, and none of the names of God that follow عبد in given names (open data
 * holds الله from عبد الله: `قال الخبير أحمد ذكر الله إن` has no person الله).
 */
function surnameAlone(reader: Reader, at: number): NameSpan | null {
  const token = reader.tokens[at];
  // a name's own first letter may look like a preposition (كانتي as ك + انتي, بوين as ب + وين)
  if (token === undefined || (token.prefix !== '' && !mayOwnPreposition(reader, token)) || token.suffix !== '' || !isNameWord(reader, at)) return null;
  if (reader.lex.abdNameWords.has(token.norm)) return null;
  return isGivenName(reader, token, true) && !isKnownWord(reader, token.norm) ? { first: at, next: at + 1 } : null;
}

/**
 * `ومرر X كرة`, `وسدد X ركلة`: in a match report a player is often named by his surname alone as
 * the subject of a verb of play with the ball right after it (PLAY_VERBS, PLAY_OBJECTS). Taken only
 * for a word open data holds as a name word that no list knows otherwise and no other recognizer
 * claimed (a city or a club named as such elsewhere: `وسدد برشلونة`), as reportedSurnameAt asks.
 */
export function playerAt(reader: Reader, index: number): EntityCandidate[] {
  const verb = reader.tokens[index]!;
  if (verb.kind !== 'word') return [];
  const key = hasConjunction(verb) ? verb.stem : verb.norm;
  if (!reader.lex.scoringVerbs.has(key)) return [];
  const { playVerbs, playObjects, scoredObjects } = reader.lex;
  if (playVerbs.has(key) && isObject(reader, index + 2, playObjects)) {
    const name = surnameAlone(reader, index + 1);
    if (name && sameLine(reader.stream, index, index + 2)) return [candidate(reader, name, 2)];
  }
  const name = isObject(reader, index + 3, scoredObjects) ? scorerAt(reader, index + 1) : null;
  return name && sameLine(reader.stream, index, index + 3) ? [candidate(reader, name, 2)] : [];
}

/** Whether the word at `at` is one of `objects`, with no pronoun on it. */
function isObject(reader: Reader, at: number, objects: ReadonlySet<string>): boolean {
  const object = reader.tokens[at];
  return object !== undefined && object.kind === 'word' && object.suffix === '' && objects.has(object.norm);
}

/**
 * `سجل X Y الهدف الأول`, `وسدد X Y كرة`: two words between a verb of scoring or play and what it
 * scores or plays are a player's name when a given name of the lists or open data opens them, no
 * everyday one (`سجل أمل`), the second looks like a family name, and neither is claimed: a club of
 * the lexicon or a place scores too (`سجل ريال مدريد هدفا`, `وأضاف باريس سان جيرمان الهدف`), and
 * open data holds many clubs' words as names (ريال، مدريد). A family name with the article, as the
 * Gulf and Egypt write most (`سجل سالم الدوسري هدف الفوز`), is one readName closes after the given
 * name (no listed noun, no noun an adjective qualifies); an ordinal there is the player's rank
 * (`سجل محمد الثاني`), no name.
 */
function scorerAt(reader: Reader, at: number): NameSpan | null {
  const given = reader.tokens[at];
  const family = reader.tokens[at + 1];
  // a name's own first letter may look like a preposition (كيليان as ك + يليان)
  if (given === undefined || family === undefined || (given.prefix !== '' && !mayOwnPreposition(reader, given))) return null;
  if (!isNameWord(reader, at) || !isNameWord(reader, at + 1) || !isGivenName(reader, given, true) || isEverydayNameWord(reader.lex, given)) return null;
  if (family.prefix === 'ال') return !reader.lex.rankAdjectives.has(family.stem) && readName(reader, at)?.next === at + 2 ? { first: at, next: at + 2 } : null;
  if (family.prefix !== '') return null;
  return isUnlistedNameWord(reader, at + 1, false, true) && !isKnownWord(reader, family.norm) ? { first: at, next: at + 2 } : null;
}

/** A reporting verb, with a conjunction on it or none (`قال`, `وأكد`). */
export function isSpeechVerb(lex: PeopleLexicon, token: Token): boolean {
  return (verbKinds(lex, token) & SPEECH_VERB) !== 0;
}

/**
 * The kinds of verb at token `index` (verbKinds), kept on the reader: three readings ask at each word
 * a reading may start at (a reporting verb, a verb of office holders: `استقبل`، `وانتقد`, of appointment).
 */
function verbKindsAt(reader: Reader, index: number): number {
  if (reader.verbKindsAt !== index) {
    reader.verbKinds = verbKinds(reader.lex, reader.tokens[index]!);
    reader.verbKindsAt = index;
  }
  return reader.verbKinds!;
}

/**
 * The kinds of verb the word is (the lexicon's verbKinds bits), with a conjunction on it or none. A verb
 * that opens with ال (التقى) has it taken for the article after و (`والتقى` is و + ال + تقى to the
 * splitter): the word without its first letter is the verb then.
 */
function verbKinds(lex: PeopleLexicon, token: Token): number {
  if (token.kind !== 'word') return 0;
  let kinds = lex.verbKinds.get(token.norm) ?? 0;
  if (hasConjunction(token)) kinds |= lex.verbKinds.get(token.stem) ?? 0;
  if (token.prefix === CONJUNCTION_AND_ARTICLE) kinds |= lex.verbKinds.get(token.norm.slice(1)) ?? 0;
  return kinds;
}
