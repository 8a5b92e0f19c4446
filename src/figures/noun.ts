import type { Mention } from '../contracts/mention';
import { isConjunctionLetter, isPrepositionLetter } from '../text/clitics';
import { hasArticle } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { TokenReader } from './token-reader';
import { getUnitLexicon } from './unit-words';
import { DEMONYMS } from '../data/places/demonyms';
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';

/** At most this many adjectives are taken after a counted noun (موقعاً عسكرياً أرمينياً). */
const MAX_ADJECTIVES = 3;
// Tanwin marks (ً ٌ ٍ): a noun with tanwin is indefinite and so cannot head a construct (إضافة).
const TANWIN = /[\u064B-\u064D]/;

/**
 * What the number starting at token `first` counts, as written: the noun right after it (token `index`) with what belongs to it, stopping at the
 * first word that cannot (a preposition, a word with a clitic, a verb-shaped word, punctuation).
 * - A number takes an indefinite noun: `4 آلاف شخص` → شخص, `“1049” طفلاً` → طفلاً, `بضعة آلاف متظاهر`.
 * - A vague quantity may also take a definite one: `عشرات الجنود` → الجنود.
 * - Either may take it through من: `عشرات الآلاف من اللاجئين` → اللاجئين.
 * - The noun may have one construct complement when it can head a construct (`عربة نقل`، `نقطة مراقبة`)
 *   and then adjectives shaped like adjectives: nisba (-ي، -ية، -يا، -يين), participles (م-),
 *   or a few common ones (`عربة نقل مصفحة`، `موقعاً عسكرياً أرمينياً`).
 */
export function readCountedNoun(
  reader: TokenReader,
  first: number,
  index: number,
  vague: boolean,
): { mention: Mention; end: number } | undefined {
  let head = index;
  // past a closing quote only when the quote holds the number alone (“1049” طفلاً): a number inside a
  // quoted title («كأس 2025») counts nothing outside it
  if (reader.isMark(first - 1, reader.lexicon.openingMarks)) {
    while (reader.isMark(head, reader.lexicon.closingMarks)) head++;
  }
  let definite: boolean;
  if (vague && isNounAt(reader, head, 'ال')) definite = true;
  else if (!endsUnannexed(reader, first, index) && isNounAt(reader, head, '')) definite = false;
  else if (reader.norm(head) === reader.lexicon.partitive && isNounAt(reader, head + 1, 'ال')) {
    head++;
    definite = true;
  } else return undefined;
  let end = head + 1;
  const headToken = reader.at(head)!;
  // not a word that takes a day (3 أشخاص فجر اليوم، 5 جرحى يوم الجمعة): the time of the event, no construct
  if (!definite && canHeadConstruct(headToken) && isNounAt(reader, end, '') && !looksLikeVerb(reader.at(end)!) && !isAccusativeParticiple(reader.at(end)!) && !reader.hasStemIn(end, reader.lexicon.dayTakers)) end++;
  const adjectivePrefix = definite ? 'ال' : '';
  for (let n = 0; n < MAX_ADJECTIVES && isAdjectiveAt(reader, end, adjectivePrefix, headToken); n++) end++;
  const start = headToken.start;
  const stop = reader.at(end - 1)!.end;
  return { mention: { text: reader.ctx.source.slice(start, stop), start, end: stop }, end };
}

/**
 * Whether the number of tokens [first, end) ends in a multiplier with nunation after a number
 * (20 مليونا، عشرون ألفا): one not annexed to a noun, so the word after it is not what it counts (دفع
 * منها 20 مليونا مقدما), though من may still bring one (20 ألفا من اللاجئين). A multiplier alone may be
 * a dual annexed to its noun (مليونا دولار, two million), and is not asked.
 */
function endsUnannexed(reader: TokenReader, first: number, end: number): boolean {
  return end - 1 > first && reader.lexicon.unannexedMultipliers.has(reader.norm(end - 1));
}

/**
 * What a definite cardinal counts. It follows its noun as an adjective does (الأطفال الثلاثة، الدول
 * الخمس), so the noun is the definite word right before it, as written, and only that word: with an
 * adjective between (الجنود الجرحى الثلاثة) the adjective is what is taken, since reaching further back
 * cannot tell a noun from the subject of a verb. A word with a clitic before its article (والأطفال) is
 * not taken. Does not reach back before token `floor`.
 */
export function readCountedNounBefore(reader: TokenReader, first: number, floor: number): Mention | undefined {
  const index = first - 1;
  if (index < floor || !isNounAt(reader, index, 'ال')) return undefined;
  const token = reader.at(index)!;
  return { text: reader.ctx.source.slice(token.start, token.end), start: token.start, end: token.end };
}

const NOON = 0x0646;

/**
 * A countable noun that states its own count: in the dual, two (هدفين، شخصان، بدبابتين), with a
 * numeral that stresses it (طفلين اثنين); in the singular with واحد after it, one (نقطة واحدة).
 */
export interface DualNoun {
  /** The noun as written, without its proclitics. */
  noun: Mention;
  /** The figure's text: the noun and its numeral. */
  count: Mention;
  value: 1 | 2;
  /** Token index after it. */
  end: number;
}

/**
 * The dual of a listed countable noun at token `index`, without the article or a pronoun: a definite
 * dual (الطرفين، الرئيسان) names two already known, an indefinite one counts them. Only listed nouns
 * are read, so a word that merely ends like a dual (عثمان، لبنان، بيان، المواطنين) never is.
 */
export function readDualNoun(reader: TokenReader, index: number): DualNoun | undefined {
  const token = reader.at(index);
  // this runs on every word that is no number: a dual ends in ن
  if (!token || token.kind !== 'word' || token.norm.charCodeAt(token.norm.length - 1) !== NOON || hasArticle(token)) return undefined;
  const match = reader.lookup(index, reader.lexicon.dualNouns);
  if (!match || match.prefix.endsWith('ال')) return undefined;
  const source = reader.ctx.source;
  const noun: Mention = { text: source.slice(match.start, token.end), start: match.start, end: token.end };
  const next = reader.at(index + 1);
  const stressed = next?.kind === 'word' && next.prefix === '' && reader.lexicon.dualEmphasis.has(next.norm);
  if (!stressed) return { noun, count: noun, value: 2, end: index + 1 };
  const count: Mention = { text: source.slice(match.start, next.end), start: match.start, end: next.end };
  return { noun, count, value: 2, end: index + 2 };
}

/** واحد as normalized, which واحدة (ة is ه) and واحدا extend by a letter. */
const ONE = 'واحد';

/**
 * Whether واحد/واحدة/واحدا, without a clitic, follows token `index`: the count of a singular before it.
 * Asked at nearly every word, twice (readUnitAlone, readOneNoun): a length and a prefix test, no regular expression.
 */
export function isOneAfter(reader: TokenReader, index: number): boolean {
  const next = reader.at(index + 1);
  if (next?.kind !== 'word') return false;
  const { norm } = next;
  if (norm.length !== ONE.length && norm.length !== ONE.length + 1) return false;
  if (!norm.startsWith(ONE)) return false;
  return norm.length === ONE.length || norm.endsWith('ا') || norm.endsWith('ه');
}

/**
 * A listed countable noun in the singular with واحد/واحدة after it (نقطة واحدة، مقعدا واحدا، بشخص
 * واحد): a count of one, which a lone واحد is not (see NumberPhrase.loneOne). Indefinite only: الحزب
 * الواحد is "the single party".
 */
export function readOneNoun(reader: TokenReader, index: number): DualNoun | undefined {
  const token = reader.at(index);
  // this runs on every word that is no number: the numeral after it is looked at first
  if (!token || token.kind !== 'word' || !isOneAfter(reader, index) || hasArticle(token)) return undefined;
  const match = reader.lookup(index, reader.lexicon.singularNouns);
  if (!match || match.prefix.endsWith('ال')) return undefined;
  const source = reader.ctx.source;
  const noun: Mention = { text: source.slice(match.start, token.end), start: match.start, end: token.end };
  const one = reader.at(index + 1)!;
  const count: Mention = { text: source.slice(match.start, one.end), start: match.start, end: one.end };
  return { noun, count, value: 1, end: index + 2 };
}

/**
 * A content word with exactly `prefix` as its clitics: not a particle, number, unit, month or verb,
 * not a lone letter nor a Latin letter spelt out. No Arabic noun is one letter: one after a number is an abbreviation (م for
 * ميلادي, متر or مساء; د for دقيقة) or a stray letter, never what the number counts.
 */
function isNounAt(reader: TokenReader, index: number, prefix: string): boolean {
  const token = reader.at(index);
  if (!token || token.kind !== 'word' || token.norm.length < 2 || ownParts(token).prefix !== prefix) return false;
  const lexicon = reader.lexicon;
  if (reader.hasStemIn(index, lexicon.notNouns) || reader.hasStemIn(index, lexicon.months)) return false;
  // a particle the splitter left whole with its و or ف (وما، ومن، ولا: 3 ملايين نسمة وما زال …)
  if (token.prefix === '' && isConjunctionLetter(token.norm.charCodeAt(0)) && lexicon.notNouns.has(token.norm.slice(1))) return false;
  if (reader.hasStemIn(index, lexicon.timesOfDay)) return false;
  // a word that puts a date after it (36 مليون مستخدم مطلع 2025، نهاية العام) says when, not what
  if (reader.hasStemIn(index, lexicon.timePrepositions)) return false;
  // a Latin letter spelt out opens a model name (طائرات إف 16): it is not what the number counts
  if (lexicon.letterNames.has(token.norm)) return false;
  if (reader.lookup(index, lexicon.numbers) || reader.lookup(index, getUnitLexicon().units)) return false;
  // past-tense plural verbs (قتلوا، أصيبوا) follow counts as often as nouns do
  return !(token.norm.length >= 5 && token.norm.endsWith('وا'));
}

/**
 * Whether token `index` is an adjective of the counted noun `head`: a nisba (not an imperfect verb
 * in ي that ends like one: أطفال يعاني), a participle or a common adjective, that agrees with a
 * feminine singular head (نقطة مرتفعا is the index's state, the verb's: it closed 120 points up).
 */
function isAdjectiveAt(reader: TokenReader, index: number, prefix: string, head: Token): boolean {
  if (!isNounAt(reader, index, prefix)) return false;
  const token = reader.at(index)!;
  const stem = ownParts(token).stem;
  if (!(isNisba(stem) ? !isImperfectInYeh(stem) : isParticiple(stem) || reader.lexicon.adjectives.has(stem))) return false;
  // the word as written, whose ا the splitter may have left with a pronoun it read (مشتبها)
  return !(head.norm.charCodeAt(head.norm.length - 1) === HEH && token.norm.charCodeAt(token.norm.length - 1) === ALEF);
}

/**
 * An imperfect verb in ي ending in ي (يعاني، يأتي، ينتمي), which the nisba's ending fits: a word of
 * that shape that is no demonym (يمني، ياباني، يوناني).
 */
function isImperfectInYeh(stem: string): boolean {
  return stem.charCodeAt(0) === YEH && stem.charCodeAt(stem.length - 1) === YEH && !yehDemonyms().has(stem);
}

/** The demonyms that begin with ي, folded: the only nisbas an imperfect's shape can be. */
const yehDemonyms = lazy(() => new Set(DEMONYMS.flatMap(([, forms]) => forms.map(foldKey)).filter((form) => form.charCodeAt(0) === YEH)));

/**
 * A word's proclitics and stem as a noun reads them. The splitter takes the first letter of لاجئاً
 * for the preposition ل, but a word governed by a preposition cannot end in the accusative alif, so
 * such a letter belongs to the word. (وا is a plural verb ending, not the accusative.) It takes the
 * first letter of فيلما، فنادق، فلاحين (and a ل after it) for the conjunction ف, which never stands
 * between a count and its noun or a noun and its adjective, so a word whose proclitics start with ف
 * is read whole: a function word it then is (فقط، فيما، فكان) is not a noun (isNounAt). Not before
 * an alef, where ف does open a verb (20 فارتفع، فأصيب), nor و, which opens the next clause right after
 * a count (قتل 3 وجرح 5).
 */
function ownParts(token: Token): { prefix: string; stem: string } {
  const { prefix, stem, norm } = token;
  const accusative = norm.endsWith('ا') && !norm.endsWith('وا');
  if (prefix.length === 1 && isPrepositionLetter(prefix.charCodeAt(0)) && accusative) return { prefix: '', stem: prefix + stem };
  if (prefix.length > 0 && prefix.length <= 2 && prefix.charCodeAt(0) === FEH && !(prefix.length === 1 && stem.charCodeAt(0) === ALEF)) return { prefix: '', stem: norm };
  return { prefix, stem };
}

const YEH = 0x064a;
const HEH = 0x0647;
const ALEF = 0x0627;
const WAW = 0x0648;
const TEH = 0x062a;
const FEH = 0x0641;

/** -ي، -يه (ية folded)، -يا (accusative)، -يين، -يون، -يات, read off the last letters: asked of most words after a count. */
function isNisba(stem: string): boolean {
  const n = stem.length;
  if (n < 4) return false;
  const last = stem.charCodeAt(n - 1);
  const before = stem.charCodeAt(n - 2);
  if (last === YEH) return true;
  if (last === HEH || last === ALEF) return before === YEH;
  const third = stem.charCodeAt(n - 3);
  if (last === NOON) return (before === YEH || before === WAW) && third === YEH;
  return last === TEH && before === ALEF && third === YEH;
}

/** Active and passive participles of derived verbs start with م (مصفحة، مدرعة، مؤقتة، مسلحين). */
function isParticiple(stem: string): boolean {
  return stem.length >= 4 && stem.startsWith('م');
}

/**
 * A participle in the accusative (مرتفعا، متصدرا، مشتبها): no construct complement, which is genitive,
 * but an adjective or the state of the verb's subject (أغلق عند 120 نقطة مرتفعا).
 */
function isAccusativeParticiple(token: Token): boolean {
  const norm = token.norm;
  return norm.charCodeAt(norm.length - 1) === ALEF && isParticiple(norm);
}

/**
 * Whether a noun can be followed by a construct complement: not with tanwin, not a sound masculine
 * plural that kept its ن (مدنيين), not an indefinite accusative written with a bare alef (طفلا).
 */
function canHeadConstruct(token: Token): boolean {
  const norm = token.norm;
  return !TANWIN.test(token.text) && !norm.endsWith('ين') && !norm.endsWith('ون') && !norm.endsWith('ا');
}

/**
 * Verb shapes that cannot be a construct complement: a past verb with the feminine or first-person
 * ت (تمت، بلغت), an imperfect with ي (يعمل) or a plural future (سيؤدون). Nouns of these shapes after a
 * counted noun are rare.
 */
function looksLikeVerb(token: Token): boolean {
  const norm = token.norm;
  return norm.endsWith('ت') || (norm.length >= 4 && norm.startsWith('ي')) || isFuturePlural(norm);
}

/** A plural future verb: سـ, an imperfect's ي or ت, and ون (41 ألف جزائري سيؤدون الحج). */
function isFuturePlural(norm: string): boolean {
  return norm.length >= 5 && (norm.startsWith('سي') || norm.startsWith('ست')) && norm.endsWith('ون');
}
