// Whether the clause before a bare weekday speaks of the future (ستعقد اللجنة اجتماعها الأحد، من
// المقرر أن يصل الوفد الخميس): then the weekday is the next such day, not the last one. Only the
// words before the weekday in its own sentence are read, and only a few of them.
import { lazy } from '../text/lazy';
import { isPunctuation, wordSet, type TokenStream } from '../text/phrases';

/** Words that put what follows in the future. */
const FUTURE_MARKERS = [
  'سوف',
  'يعتزم',
  'تعتزم',
  'يعتزمون',
  'المقرر',
  'المنتظر',
  'المتوقع',
  'المرتقب',
  'المرتقبة',
  'يرتقب',
];

/** Adjectives of a later period (الأسبوع المقبل): they mark the future of a weekday, not of a calendar date. */
const LATER_PERIOD_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة'];

/**
 * Words of the future-verb shape (سـ then ي ت ن: سيزور، ستعقد، سنعلن) that are nouns or names, not
 * verbs, beyond those the shape test already sets aside (سيـا، ستي، سا without a hamza): they must
 * not put a weekday in the future.
 */
const FUTURE_SHAPED_NOUNS = [
  'سيطرة', 'سيدة', 'سيدات', 'سيناء', 'سيناريو', 'سيول', 'سيرة', 'ستين', 'ستون', 'ستوديو',
  'سنوات', 'سنوي', 'سنوية', 'سنويا', 'سنين', 'سنتين', 'سنغافورة', 'سنتات', 'سألت', 'سأله', 'سألها', 'سألته', 'سألوا',
  'سيبيريا', 'سيئول', 'سيئة',
];

/**
 * Words after which a clause of its own begins, with its own verb (أفظع مما وقع يوم 11 سبتمبر، سيناقش
 * ما جرى الأحد): a future marker before them is not the date's.
 */
const CLAUSE_OPENERS = ['ما', 'مما', 'عما'];

/** How many tokens before the weekday are read. */
const REACH = 8;
const SENTENCE_ENDS = '.!?؟؛;\n';
/** The imperfect prefixes a future سـ stands before (ا for أ: سأزور). */
const IMPERFECT_PREFIXES = 'يتنا';
const MIN_FUTURE_VERB_LENGTH = 4;

const futureMarkers = lazy(() => wordSet(FUTURE_MARKERS));
const laterPeriodWords = lazy(() => wordSet(LATER_PERIOD_WORDS));
const futureShapedNouns = lazy(() => wordSet(FUTURE_SHAPED_NOUNS));
const clauseOpeners = lazy(() => wordSet(CLAUSE_OPENERS));

/**
 * Whether a word before token `index`, in the same sentence, marks the future. `byLaterPeriod`: an
 * adjective of a later period counts (الأسبوع المقبل يزور الوفد … الخميس); it does not for a calendar
 * date, which as often names what came before that period (يغادر الأحد المقبل بعد لقاء 3 مارس).
 */
export function speaksOfFuture(stream: TokenStream, index: number, byLaterPeriod = true): boolean {
  const tokens = stream.tokens;
  // a bracket closed before the date holds an aside; one still open holds the date, which the words
  // outside it do not govern (سيغموند فرويد (6 مايو 1856 - 23 سبتمبر 1939))
  let closedBrackets = 0;
  for (let at = index - 1; at >= 0 && at >= index - REACH; at--) {
    const token = tokens[at]!;
    if (isPunctuation(token, SENTENCE_ENDS) || stream.source.slice(token.end, tokens[at + 1]!.start).includes('\n')) return false;
    if (isPunctuation(token, ')')) closedBrackets++;
    if (isPunctuation(token, '(') && closedBrackets-- === 0) return false;
    if (token.kind !== 'word') continue;
    if (clauseOpeners().has(stream, at)) return false;
    if ((futureMarkers().has(stream, at) && !afterComparative(stream, at)) || isFutureVerb(stream, at)) return true;
    if (byLaterPeriod && laterPeriodWords().has(stream, at)) return true;
  }
  return false;
}

/** `أسرع من المتوقع`, `أكثر من المنتظر`: an expectation compared with, not a future (an أفعل word, then من). */
function afterComparative(stream: TokenStream, index: number): boolean {
  const comparative = stream.tokens[index - 2];
  return stream.tokens[index - 1]?.norm === 'من' && comparative?.kind === 'word' && /^و?ا[^ا]{3}$/.test(comparative.norm);
}

/**
 * سـ on an imperfect verb (سيزور، وستعقد، سأزور): the tokenizer split it off a listed verb, or the
 * letters after the conjunction have the shape and are no listed noun. The shape is read with the
 * hamzas the normalized word has folded: سـ + أ is the first person (سأزور), سـ + ا a noun or a
 * past verb (سابق، ساعة، سامسونغ، ساهم: never a future in ANERcorp); سيـا/ستـا/سنـا with a plain
 * alef are nouns (سياسة، سيارة، سياق، ستار) where سيأتي has its hamza; ستيـ is a foreign name
 * (ستيفن، ستيوارت).
 */
function isFutureVerb(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index]!;
  if (token.prefix.endsWith('س')) return true;
  const conjunction = token.norm.startsWith('و') || token.norm.startsWith('ف') ? 1 : 0;
  const norm = token.norm.slice(conjunction);
  if (norm.length < MIN_FUTURE_VERB_LENGTH || norm[0] !== 'س' || !IMPERFECT_PREFIXES.includes(norm[1]!)) return false;
  if (norm[1] === 'ت' && norm[2] === 'ي') return false;
  if (norm[1] === 'ا' || norm[2] === 'ا') {
    // the letters as written, without marks: the alef at the same place holds its hamza or not
    const written = stream.source.slice(token.start, token.end).replace(MARKS, '');
    const alef = norm[1] === 'ا' ? 1 : 2;
    if (written[conjunction + alef] !== 'أ') return false;
  }
  return !futureShapedNouns().has(stream, index);
}

/** Short vowels, shadda, sukun, dagger alef and tatweel: marks the normalized word leaves out. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
