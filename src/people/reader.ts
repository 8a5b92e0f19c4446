// What every stage of the people recognizer reads, and the word tests several stages share.
import type { Claim } from '../contracts/claims';
import { personNameWords } from '../contracts/person-names';
import { isLandmarkHead } from '../contracts/landmarks';
import { isPrepositionLetter } from '../text/clitics';
import { hasArticle, type TokenStream } from '../text/phrases';
import { sameLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import { normShape, stemShape } from '../text/word-shapes';
import type { PeopleLexicon } from './lexicon';
import type { NameSpan } from './names';

export interface Reader {
  stream: TokenStream;
  tokens: readonly Token[];
  /** What other recognizers (places, organizations, dates, figures) hold, by token: names stop there. */
  claims: readonly (Claim | undefined)[];
  lex: PeopleLexicon;
  /** Whether the text writes the preposition على with ي (علي) and never with ى: read on first need. */
  alaWithYa?: boolean;
  /** Whether the text writes ة as ه throughout (endsInWrittenHeh): read on first need. */
  hehForTehMarbuta?: boolean;
  /** The last name known.ts read (readName's first token, `trustPreposition` and answer), kept for the other readings of that token. */
  lastName?: { at: number; whole: boolean; name: NameSpan | null };
  /** The kinds of verb (PeopleLexicon.verbKinds) of the token reported.ts last asked about, and its index. */
  verbKindsAt?: number;
  verbKinds?: number;
}

export const COMMAS = '،,';

/** آل as folded: `the house of`, before a family's name (آل سعود، آل الشيخ). */
export const HOUSE_OF = 'ال';

const ALA = 'على';
const ALI = 'علي';

/**
 * Whether علي at `at` is the preposition على as the text writes it, not the name: the text never
 * writes على (as Egyptian news often does not: 25 of the 249 bench articles), this علي is written with
 * ي, no given name comes before it, and a word follows that no name goes on with, neither a given
 * name, particle nor function word (حنفي جبالي علي مشروع القانون، وحصل علي مطالب العمال; not قال محمد
 * علي رئيس الجمعية، علي عبد الله صالح).
 */
export function isAlaWrittenWithYa(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.norm !== ALI || token.prefix !== '') return false;
  reader.alaWithYa ??= !reader.stream.source.includes(ALA);
  if (!reader.alaWithYa || reader.stream.source.slice(token.start, token.end) !== ALI) return false;
  // after a given name علي is the father's name (محمد علي رئيس الجمعية), as it is before one
  const before = reader.tokens[at - 1];
  if (before !== undefined && before.kind === 'word' && isGivenName(reader, before, true)) return false;
  const next = reader.tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || reader.claims[at + 1] !== undefined) return false;
  return !isGivenName(reader, next, true) && !reader.lex.particles.has(next.norm) && !isNotNameWord(reader.lex, next);
}

/**
 * Whether a word that folding ends in ـيه, as it ends a feminine nisba (أمنية folded to أمنيه), is
 * written with ه by a text that does not write ة as ه: then it is no adjective but a name that ends so
 * (جوزيه، أندريه، ديديه، دولانويه). In ANERcorp's training text the 338 words outside names written
 * ـيه are nearly all a word and its pronoun (فيه، عليه، لاعبيه), which the clitic splitter takes
 * apart, and a handful are adjectives; 27 are words of people's names. A text writes ة as ه when it
 * writes no ة and a definite nisba with ه (isDefiniteNisbaWithHeh).
 */
export function endsInWrittenHeh(reader: Reader, token: Token): boolean {
  return token.text.endsWith('يه') && !writesTehAsHeh(reader);
}

/** Whether the text writes ة as ه throughout (isDefiniteNisbaWithHeh): read on first need. */
export function writesTehAsHeh(reader: Reader): boolean {
  reader.hehForTehMarbuta ??= !reader.stream.source.includes('ة') && reader.tokens.some(isDefiniteNisbaWithHeh);
  return reader.hehForTehMarbuta;
}

/**
 * A definite feminine nisba written with ه (الحكوميه، والمصريه): the sign of a text that writes ة as ه
 * throughout, as some Egyptian sources do.
 */
function isDefiniteNisbaWithHeh(token: Token): boolean {
  return token.kind === 'word' && token.prefix.endsWith('ال') && token.stem.length >= 4 && token.text.endsWith('يه');
}

/**
 * Whether the word is a given name. `evenAmbiguous` also takes names that are everyday words (سعيد
 * `happy`) and the words open data lists in people's names (Wikidata: غازي، فوزي, but also many
 * words): these propose a name only where the context already points at one (a title, a name opened).
 */
export function isGivenName(reader: Reader, token: Token, evenAmbiguous: boolean): boolean {
  const conjunction = hasConjunction(token);
  const key = conjunction ? token.stem : token.norm;
  const { givenNames, ambiguousGivenNames } = reader.lex;
  const listed = givenNames.has(token.norm, normShape(token)) || (conjunction && givenNames.has(key, stemShape(token)));
  if (!listed) return evenAmbiguous && isOpenDataName(reader.lex, token, key);
  return evenAmbiguous || !ambiguousGivenNames.has(key);
}

/**
 * A given name the lists know as an everyday word too (سعيد `happy`, أمل `hope`): alone, it is a name
 * only where other evidence says so. (Open data's name words are not counted: most are foreign names
 * no everyday word shares, بوليكاربو.)
 */
export function isEverydayNameWord(lex: PeopleLexicon, token: Token): boolean {
  return lex.ambiguousGivenNames.has(hasConjunction(token) ? token.stem : token.norm);
}

/**
 * Whether the word at `index` is a title, or the name after a title, that follows a noun of a place in
 * construct (`مستشفى الملك فيصل`, `بمسجد الشيخ زايد`, `حي السيدة زينب`), a monarch's name with its
 * number (`مطار محمد الخامس`) or a given name (`مطار حمد الدولي`): the title and name are the place's name (LANDMARK_HEADS), unless the title has a pronoun (`عن طريق مهاجمه X`). A definite noun is not in construct (`قال مدير المستشفى الدكتور …`
 * names the doctor).
 */
export function namesLandmark(stream: TokenStream, lex: PeopleLexicon, index: number): boolean {
  const { tokens } = stream;
  if (isLandmarkHead(tokens[index - 1]) && (isTitleWithoutPronoun(stream, lex, index) || isRegnal(stream, lex, index) || namesakeAt(stream, lex, index))) return true;
  return isLandmarkHead(tokens[index - 2]) && isTitleWithoutPronoun(stream, lex, index - 1) && lex.titleHeads.match(stream, index - 1)?.next === index;
}

/** A title head at `at` without a pronoun: one with a pronoun names no place (عن طريق مهاجمه X: by way of its striker X). */
function isTitleWithoutPronoun(stream: TokenStream, lex: PeopleLexicon, at: number): boolean {
  return stream.tokens[at]?.suffix === '' && lex.titleHeads.match(stream, at) !== null;
}

/**
 * A listed given name right after the landmark's noun (`مطار حمد الدولي`, `مدرسة أحمد شوقي`): the
 * noun needs what it is of, and a person's name there is its namesake. Not after عن: `عن طريق X` is
 * `by way of X`, the person who did it.
 */
function namesakeAt(stream: TokenStream, lex: PeopleLexicon, index: number): boolean {
  const token = stream.tokens[index]!;
  return token.prefix === '' && lex.givenNames.has(token.norm, normShape(token)) && stream.tokens[index - 2]?.norm !== 'عن';
}

/** A word and a definite ordinal after it (`محمد الخامس`, `الحسن الثاني`): a monarch's name, which landmarks take as theirs (`مطار محمد الخامس`). */
function isRegnal(stream: TokenStream, lex: PeopleLexicon, index: number): boolean {
  const ordinal = stream.tokens[index + 1];
  return ordinal !== undefined && ordinal.prefix === 'ال' && lex.ordinals.has(ordinal.stem);
}

/**
 * A word of people's names in open data that is neither a particle (ابن), a function word nor one of
 * the nouns news names people by (كبير المفاوضين، صاحب الشركة), with no pronoun suffix.
 */
function isOpenDataName(lex: PeopleLexicon, token: Token, key: string): boolean {
  // (the suffix first: asked of most words, it spares a word with a pronoun the lookups)
  if (token.suffix !== '') return false;
  // the word whole too: a name's own first letter may be taken for a conjunction (فوزي)
  const listed = personNameWords().has(token.norm, normShape(token)) || (key !== token.norm && personNameWords().has(key, stemShape(token)));
  return listed && !lex.particles.has(key) && !lex.notNameWords.has(key) && !lex.commonNouns.has(key);
}

/**
 * أن and إن after ب، ل or ك as written (بأن، لأن، كأنه): folded, بأن is بان, a name in open data (Ban
 * Ki-moon), and the clitic splitter leaves it whole, so only the hamza tells the complementizer.
 */
const HAMZA_COMPLEMENTIZER = /^[وف]?[بلك][أإ]ن(?:ه|ها|هم|نا)?$/;
/** Whether a word may be HAMZA_COMPLEMENTIZER: three to six letters, أ or إ second or third (after one clitic or two). */
function mayBeHamzaComplementizer(text: string): boolean {
  return text.length >= 3 && text.length <= 6 && (isAlefWithHamza(text.charCodeAt(1)) || isAlefWithHamza(text.charCodeAt(2)));
}

/** أ or إ. */
const isAlefWithHamza = (code: number): boolean => code === 0x623 || code === 0x625;

// A hamza or alif maqsura as written (إلى، فالى), which a foreign name written in Arabic letters lacks
const WRITTEN_HAMZA_OR_YA = /[أإآءى]/;
// A preposition before a word written with a hamza on its alif (لأمين، بإمام)
const PREPOSITION_BEFORE_HAMZA = /^[وف]?[بلك][أإآ]/;

/**
 * Function words and reporting verbs are not names. Folding ى into ي makes the preposition على look
 * like the name علي: written with ي, the word is taken for the name. A listed given name whole whose
 * first letter the splitter took for a preposition before a head (`لامين` as ل + أمين) is the name.
 */
export function isNotNameWord(lex: PeopleLexicon, token: Token): boolean {
  // asked of most words: the length (six letters at most: فلأنها) and the hamza's place spare the rest a regex
  if (mayBeHamzaComplementizer(token.text) && HAMZA_COMPLEMENTIZER.test(token.text)) return true;
  // (the stem is the norm itself where the splitter took nothing off: looked up once then)
  const stop = lex.notNameWords.has(token.norm) || (token.stem !== token.norm && lex.notNameWords.has(token.stem));
  if (!stop) return false;
  // (written without the hamza the head has after ل: لأمين الصندوق is to the treasurer)
  const ownsPreposition = hasPreposition(token) && !lex.notNameWords.has(token.norm) && !PREPOSITION_BEFORE_HAMZA.test(token.text);
  const listedWhole = lex.givenNames.has(token.norm, normShape(token)) && (token.text.endsWith('ي') || ownsPreposition);
  return !listedWhole && !isFaName(lex, token) && !opensWithMadda(token) && !hasOtherHamza(lex, token);
}

/**
 * Whether a word the splitter read as ف and a function word is a name open data holds whole (`فالي` as
 * ف + إلى: Fally): written with no hamza and no ى, which the function word has (فإلى، فالى), and not ف
 * before a complementizer, which news writes without its hamza too (فان for فإن), nor a word the lists
 * know whole (فيه).
 */
function isFaName(lex: PeopleLexicon, token: Token): boolean {
  if (token.prefix !== 'ف' || token.suffix !== '' || WRITTEN_HAMZA_OR_YA.test(token.text)) return false;
  return !lex.notNameWords.has(token.norm) && !lex.complementizers.has(token.stem) && personNameWords().has(token.norm);
}

/**
 * Whether the word is written with the other hamza than the function word it folds to: `إمام` (imam,
 * a family name: عادل إمام) is not `أمام` (before). A word written without one (`امام`) stays that word.
 */
function hasOtherHamza(lex: PeopleLexicon, token: Token): boolean {
  const hamza = lex.notNameHamzas.get(token.stem);
  if (hamza === undefined || hamza === '') return false;
  const written = token.text[token.stemStart - token.start];
  return (written === 'أ' || written === 'إ') && written !== hamza;
}

// آ, which folding writes as ا
const ALEF_MADDA = 0x622;

/**
 * Whether the word's stem is written with آ first and folds to a word with the article (آلان, Alain,
 * folds to الان as الآن `now` does): the article's alif carries no madda, so the word is a foreign given
 * name that folding made look like a function word. Not آن (`it is time`), a word of its own that
 * folds as أن does.
 */
function opensWithMadda(token: Token): boolean {
  return token.stem.startsWith('ال') && token.text.charCodeAt(token.stemStart - token.start) === ALEF_MADDA;
}

/** Whether a formula of blessing said after a person's name starts at `at` (HONORIFIC_FORMULAS). */
export function isHonorificAt(reader: Reader, at: number): boolean {
  return reader.lex.honorifics.match(reader.stream, at) !== null;
}

/** Whether the word carries و or ف, which join it to what came before and are no part of it (وقال، وإيمانويل). */
export function hasConjunction(token: Token): boolean {
  return token.prefix === 'و' || token.prefix === 'ف';
}

/** Whether the word carries the preposition ل, alone or fused with the article (لوكالة، للأمين). */
export function hasLam(token: Token): boolean {
  return token.prefix === 'ل' || token.prefix === 'لل';
}

/**
 * The title head at `index` (the lexicon's match), unless the word is a given name of the lists whole
 * whose first letter the splitter took for a preposition before a head (`لامين` as ل + أمين: Lamine).
 */
export function titleHeadAt(stream: TokenStream, lex: PeopleLexicon, index: number): ReturnType<PeopleLexicon['titleHeads']['match']> {
  const head = lex.titleHeads.match(stream, index);
  const token = stream.tokens[index]!;
  if (head === null || head.next !== index + 1 || !hasPreposition(token) || hasArticle(token)) return head;
  return lex.givenNames.has(token.norm, normShape(token)) ? null : head;
}

/** Whether ب, ل or ك stands among the word's proclitics before its article (بالرئيس، لمحمد); a fused لل counts as the article. */
export function hasPreposition(token: Token): boolean {
  const { prefix } = token;
  const beforeArticle = prefix.endsWith('ال') || prefix.endsWith('لل') ? prefix.length - 2 : prefix.length;
  for (let k = 0; k < beforeArticle; k++) if (isPrepositionLetter(prefix.charCodeAt(k))) return true;
  return false;
}

/**
 * Whether a one-word place claimed at `at`, right after a title, is a given name (رئيسة الوزراء
 * الإيطالية جورجيا ميلوني): the lists or open data know the word as a name, and a word without the
 * article that is no function word, no claim and no accusative follows it, where a family name goes on
 * (not ووصل الرئيس الفنزويلي سوريا قادما من ماليزيا). Asked only after a title already qualified (by
 * a demonym, a body): a bare title's place, and a domain's in construct, is its complement (الأميرة
 * صوفيا، وزير خارجية جورجيا).
 */
export function isGivenNamePlace(reader: Reader, at: number): boolean {
  const claim = reader.claims[at];
  const given = reader.tokens[at];
  const after = reader.tokens[at + 1];
  if (claim?.category !== 'places' || claim.nextToken !== at + 1 || given === undefined || after === undefined) return false;
  if (given.prefix !== '' || !isGivenName(reader, given, true)) return false;
  // a word in the accusative (قادما، مبتسما) says how the bearer of the title came: a place's verb goes on
  const accusative = after.norm.endsWith('ا') && !isGivenName(reader, after, true);
  return !accusative && familyMayFollow(reader, at + 1, false);
}

/**
 * Whether a place claimed at `at` is a compound given name (صلاح الدين, an Iraqi governorate): two
 * words, a given name the lists know and a second half of a compound name (COMPOUND_NAME_ENDS), with a
 * family name that may be going on after it (familyMayFollow, the article allowed).
 */
export function isCompoundNamePlace(reader: Reader, at: number): boolean {
  const claim = reader.claims[at];
  const given = reader.tokens[at];
  const end = reader.tokens[at + 1];
  if (claim?.category !== 'places' || claim.nextToken !== at + 2 || given === undefined || end === undefined) return false;
  if (given.prefix !== '' || end.prefix !== 'ال' || !reader.lex.givenNames.has(given.norm) || !reader.lex.compoundNameEnds.has(end.norm)) return false;
  return familyMayFollow(reader, at + 2, true);
}

/**
 * Whether the word at `at` may be a family name going on after a given name a place holds: a word of
 * the same line, with no clitic but the article where `definite` may be, no claim and no function word.
 */
function familyMayFollow(reader: Reader, at: number, definite: boolean): boolean {
  const word = reader.tokens[at];
  if (word === undefined || word.kind !== 'word' || reader.claims[at] || !sameLine(reader.stream, at - 1, at)) return false;
  return (word.prefix === '' || (definite && word.prefix === 'ال')) && !isNotNameWord(reader.lex, word);
}

/**
 * Whether the word at `at` is a foreign given name written without its hamza, whose أل the splitter
 * took for the article (الفارو ميخيا for ألفارو, الفونسو, البرتو): it ends in و, as no definite
 * adjective after a title does (الأيسر، الشاب، الدولي), the word whole is a name word of the lists or
 * open data, the lists know no word in its stem, and a name word of the lists or open data follows
 * on the line. Asked of a definite word after a title, where such words otherwise qualify the head.
 */
export function isNameWithoutHamza(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  // asked of every definite word after a title: the shape is tested before any lookup
  if (token.prefix !== 'ال' || !token.stem.endsWith('و') || token.suffix !== '' || reader.claims[at]) return false;
  const { lex } = reader;
  if (lex.givenNames.has(token.stem, stemShape(token)) || lex.commonNouns.has(token.stem) || lex.notNameWords.has(token.stem)) return false;
  const whole = lex.givenNames.has(token.norm, normShape(token)) || personNameWords().has(token.norm, normShape(token));
  const family = reader.tokens[at + 1];
  if (!whole || family === undefined || family.kind !== 'word' || family.prefix !== '' || reader.claims[at + 1]) return false;
  return sameLine(reader.stream, at, at + 1) && !isNotNameWord(lex, family) && isGivenName(reader, family, true);
}

/**
 * Whether the word at `at` is a given name with the article that a particle of descent or a regnal
 * number follows (الوليد بن طلال، الحبيب بن يحيى، الحسن الثاني): the name's first word, not a definite
 * word qualifying a title before it (الرئيس السابق بن علي: السابق is no given name). The stem is a
 * given name of the lists, the article its only clitic; a word follows the particle on the same line.
 */
export function opensWithDefiniteGiven(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token === undefined || token.prefix !== 'ال' || token.suffix !== '' || next === undefined || reader.claims[at]) return false;
  const regnal = next.prefix === 'ال' && lex.ordinals.has(next.stem) && !reader.claims[at + 1];
  const after = tokens[at + 2];
  const descent = lex.patronymics.has(next.norm) && after !== undefined && after.kind === 'word';
  if (!(regnal || descent) || !sameLine(reader.stream, at, regnal ? at + 1 : at + 2)) return false;
  return lex.givenNames.has(token.stem, stemShape(token));
}

/**
 * Whether the word at `at` opens a name with its article: a given name written so (DEFINITE_GIVEN_NAMES)
 * before a given name of the lists or open data or a particle of descent on the same line (`الروائي
 * الطيب صالح`, `الزعيم الحبيب بورقيبة`, `المختار ولد اجاي`), or any listed given name before a particle of descent or a regnal number
 * (opensWithDefiniteGiven). Asked after a title, where a definite word otherwise qualifies the title
 * (`الروائي الكبير نجيب محفوظ`: كبير is no given name written so).
 */
export function opensNameWithArticle(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  const next = reader.tokens[at + 1];
  if (token === undefined || next === undefined || token.prefix !== 'ال' || token.suffix !== '' || reader.claims[at]) return false;
  if (reader.lex.definiteGivenNames.has(token.norm) && next.kind === 'word' && next.prefix === '' && next.suffix === '' && !reader.claims[at + 1]) {
    if (sameLine(reader.stream, at, at + 1) && isGivenName(reader, next, true) && !isNotNameWord(reader.lex, next)) return true;
    // or before a particle of descent and the word it takes (`الوزير الأول المختار ولد اجاي`, `الطيب
    // بن علي`): the particle says a name goes on, as a given name after it does
    const after = reader.tokens[at + 2];
    if (reader.lex.patronymics.has(next.norm) && after !== undefined && after.kind === 'word' && sameLine(reader.stream, at, at + 2)) return true;
  }
  return opensWithDefiniteGiven(reader, at);
}
