// Whether the clause before a bare weekday or year-less date speaks of the future (ستعقد اللجنة
// اجتماعها الأحد، من المقرر أن يصل الوفد الخميس): then it is the next such day, not the last one; or,
// for a year-less date, of the past (وكان الوزير قد أعلن في 20 ديسمبر، منذ 7 أكتوبر): then the last
// such date, not the nearest. Only the words before the date in its own sentence are read, and only
// a few of them.
import { foldKey } from '../text/fold-key';
import { lazy } from '../text/lazy';
import { hasArticle, isPunctuation, type TokenStream } from '../text/phrases';
import { matchAnchor } from './relative';
import { matchMonth } from './months';
import { countryNamesAr } from '../text/countries';
import { dateWordSet } from './word-group';

/**
 * A forecast speaks of what is to come, even in the past tense (توقعت الأرصاد أمطارا الثلاثاء), and
 * governs a long clause: what it forecasts and where come before the time (تتوقع الأرصاد أمطارا غزيرة
 * على المناطق الشمالية … حتى صباح الثلاثاء), so it is read further back than the other markers.
 */
const FORECAST_VERBS = ['يتوقع', 'تتوقع', 'توقع', 'توقعت'];

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
  ...FORECAST_VERBS,
];

/**
 * Words of the future-verb shape (سـ then ي ت ن: سيزور، ستعقد، سنعلن) that are nouns or names, not
 * verbs, beyond those the shape test already sets aside (سيـا، ستي، سا without a hamza): they must
 * not put a weekday in the future.
 */
const FUTURE_SHAPED_NOUNS = [
  'سيطرة', 'سيدة', 'سيدات', 'سيناء', 'سيناريو', 'سيول', 'سيرة', 'ستين', 'ستون', 'ستوديو',
  'سنوات', 'سنوي', 'سنوية', 'سنويا', 'سنين', 'سنتين', 'سنتات', 'سألت', 'سأله', 'سألها', 'سألته', 'سألوا',
  'سيبيريا', 'سيئول', 'سيئة',
  // money and measures of economic and weather news (74 دولارا و30 سنتا، سيولة، سندات; سنتيم، 5 سنتيمترات
  // are read by their shape: see isFutureVerb)
  'سنتا', 'سنتان', 'سنتي', 'سيولة', 'سندات',
  'سيناتور', 'سيتي',
  // cities of that shape, often a dateline's first word (سيدني - أعلنت الحكومة الأربعاء); countries
  // (سنغافورة، سيراليون، سيشل) are read from the countries table
  'سيدني', 'ستوكهولم', 'ستراسبورغ', 'ستانفورد', 'سيفاستوبول', 'ستافنغر', 'سيوة', 'سيهات',
];

/**
 * Words after which a clause of its own begins, with its own verb (أفظع مما وقع يوم 11 سبتمبر، سيناقش
 * ما جرى الأحد): a future marker before them is not the date's.
 */
const CLAUSE_OPENERS = ['ما', 'مما', 'عما'];

/**
 * Words that put their clause in the past: the auxiliaries كان and قد (لقد، وقد), whose verb is a
 * past one once no imperfect stands between them and the date (قد يعقد is "may hold"), and منذ.
 * A past verb alone has no mark (عقدت is also a noun's shape), so it is not read.
 */
const PAST_MARKERS = ['كان', 'كانت', 'كانوا', 'قد', 'لقد', 'منذ'];

/**
 * Words that open a clause of its own (قال إن الوفد …، المؤتمر الذي …): a past marker before them is not
 * the date's. The relative pronouns also bound a forecast's reach (speaksOfFuture).
 */
const COMPLEMENTIZER = 'أن';
const RELATIVE_PRONOUNS = ['الذي', 'التي', 'الذين'];

/** How many tokens before the date are read. */
const REACH = 8;
/** How many a forecast's verb is looked for (see FORECAST_VERBS). */
const FORECAST_REACH = 20;
const SENTENCE_ENDS = '.!?؟؛;\n';
/** The imperfect prefixes a future سـ stands before (ا for أ: سأزور). */
const IMPERFECT_PREFIXES = 'يتنا';
const MIN_FUTURE_VERB_LENGTH = 4;
const MIN_IMPERFECT_LENGTH = 3;
/** An imperfect in ت of four letters is as often a past (تحدث، تقدم): see isImperfectVerb. */
const MIN_FEMININE_IMPERFECT_LENGTH = 5;

const futureMarkers = lazy(() => dateWordSet(FUTURE_MARKERS));
const forecastVerbs = lazy(() => dateWordSet(FORECAST_VERBS));
const relativeHeads = lazy(() => dateWordSet(RELATIVE_PRONOUNS));
const futureShapedNouns = lazy(() => dateWordSet([...FUTURE_SHAPED_NOUNS, ...countryNamesAr().map(([, name]) => name).filter((name) => name[0] === 'س')]));
const clauseOpeners = lazy(() => dateWordSet(CLAUSE_OPENERS));
// looked up by stem (أنه، بأن) or without و/ف, which the clitic splitter does not always take off (وكانت)
const pastMarkers = lazy(() => new Set(PAST_MARKERS.map(foldKey)));
const clauseHeads = lazy(() => new Set([COMPLEMENTIZER, ...RELATIVE_PRONOUNS].map(foldKey)));

/** What the clause of a year-less date says of its time: the future, the past, or nothing. */
export type Tense = 'future' | 'past' | null;

/**
 * The tense of the clause before token `index` (see the markers above); the future first, as for a
 * weekday but without a later period (see speaksOfFuture).
 */
export function clauseTense(stream: TokenStream, index: number): Tense {
  if (speaksOfFuture(stream, index, false)) return 'future';
  return readBack(stream, index, REACH, (at) => {
    if (isPastMarker(stream, at)) return true;
    const word = withoutConjunction(stream.tokens[at]!.norm);
    // an imperfect verb (يعقد، تنطلق) has its own time; a noun of that shape only loses the cue
    return clauseOpeners().has(stream, at) || clauseHeads().has(stream.tokens[at]!.stem) || clauseHeads().has(word) || isImperfect(word) ? false : undefined;
  })
    ? 'past'
    : null;
}

/**
 * Whether the clause before token `index` speaks of what is still ahead: a marker of the future
 * (speaksOfFuture), or before any past auxiliary an imperfect verb (تنتهي المهلة، يعود الوفد), which
 * news uses for the present and what is planned. A past verb has no mark (see PAST_MARKERS), so a
 * clause with neither (عاد، أفرج عنه) is not ahead: a count after it is measured from an event the
 * text tells, not from the reference.
 */
export function speaksOfWhatIsAhead(stream: TokenStream, index: number): boolean {
  if (speaksOfFuture(stream, index)) return true;
  return readBack(stream, index, REACH, (at) => {
    if (isPastMarker(stream, at) || clauseOpeners().has(stream, at)) return false;
    return isImperfect(withoutConjunction(stream.tokens[at]!.norm)) && !futureShapedNouns().has(stream, at) ? true : undefined;
  });
}

/**
 * Words of an imperfect verb's shape that are nouns or names (يوسف، تونس; month names, يناير، تشرين، are
 * read as months: see speaksOfWeekdayAhead), or verbs
 * whose time is not ahead: تمت is a past (تمت الموافقة الأحد); يأتي/تأتي open news' formula of what
 * came before (يأتي ذلك بعد …); يذكر/يشار recall it.
 */
const IMPERFECT_SHAPED_NOT_AHEAD = [
  'يوسف', 'يحيى', 'يونس', 'يعقوب', 'ياسر', 'ياسين', 'يزيد', 'يسرى', 'تامر', 'تميم', 'توفيق', 'تيسير',
  'تونس', 'تعز', 'يهود', 'يمين',
  'تمت', 'يأتي', 'تأتي', 'يذكر', 'يشار',
];

/** Words that negate an imperfect into the past (لم يصل الوفد الأحد: did not arrive). */
const PAST_NEGATORS = ['لم', 'لما'];

/**
 * Prepositions of what a clause follows (يصل الوفد بعد هجوم الجمعة): the weekday after them is that
 * event's, which the verb before does not place.
 */
const EVENT_PREPOSITIONS = ['بعد', 'عقب', 'إثر'];

/**
 * Prepositions a verb never follows: a word of the past's shape after one is a name (يصل الوفد إلى
 * بيروت الأحد، في تكريت), not a clause of its own.
 */
const NOUN_PREPOSITIONS = ['إلى', 'في', 'من', 'عن', 'على'];

const imperfectShapedNotAhead = lazy(() => new Set(IMPERFECT_SHAPED_NOT_AHEAD.map(foldKey)));
const nounPrepositions = lazy(() => new Set(NOUN_PREPOSITIONS.map(foldKey)));
const pastNegators = lazy(() => new Set(PAST_NEGATORS.map(foldKey)));
const eventPrepositions = lazy(() => new Set(EVENT_PREPOSITIONS.map(foldKey)));
/** قد, as tokens have it (no letter of it folds): a constant, as a call at import would stay in every bundle. */
const MAY = 'قد';

/**
 * Whether a bare weekday's clause speaks of a day ahead: a future marker (speaksOfFuture), or an
 * imperfect verb before it in its own clause (يصل الوفد الأحد، ويلتقي الفريق يوم الجمعة، قال إن المجلس
 * يجتمع الاثنين), which news uses for what is planned, not for what it reports done. Not when the verb
 * is negated into the past (لم يصل) or a past auxiliary governs it (كان المجلس يعقد; قد يعقد is "may
 * hold", ahead), nor when a clause of its own stands between: a clause head (أن، الذي), an event's
 * preposition (يأتي ذلك بعد هجوم الجمعة) or a verb of the past's shape (تشهد البلاد احتجاجات اندلعت الجمعة).
 */
export function speaksOfWeekdayAhead(stream: TokenStream, index: number): boolean {
  if (speaksOfFuture(stream, index)) return true;
  let verb = false;
  let past = false;
  readBack(stream, index, REACH, (at) => {
    const token = stream.tokens[at]!;
    const word = withoutConjunction(token.norm);
    if (isPastMarker(stream, at)) {
      past = !(verb && (token.stem === MAY || word === MAY));
      return false;
    }
    if (pastNegators().has(word)) {
      past = verb;
      return false;
    }
    if (clauseOpeners().has(stream, at) || clauseHeads().has(token.stem) || clauseHeads().has(word) || eventPrepositions().has(word)) return false;
    if (verb) return undefined;
    if (hasArticle(token) || (token.prefix !== '' && token.prefix !== 'و' && token.prefix !== 'ف')) return undefined;
    // the word without a pronoun after it (ويبحثه، تأديتهم, whose ة is written ت before it)
    const stem = token.prefix === '' ? withoutConjunction(token.stem) : token.stem;
    // before a pronoun, a last ت is a noun's ة (جلسته); after a preposition, a name's (إلى بيروت)
    if (token.suffix === '' && isPastShaped(stem) && !afterNounPreposition(stream, at)) return false;
    verb = (isImperfectVerb(stem, token.suffix === '' ? stream.source[token.end - 1]! : '') || isImperfectBeforeFeminine(stream, at, stem)) && matchMonth(stream, at) === null;
    return undefined;
  });
  return verb && !past;
}

/**
 * An imperfect verb in ي or ت (يصل، تنطلق، تستضيف، يبدأ), not a noun of that shape: one ending in ات or the
 * accusative ا (تصريحات، تقريرا; أ is a hamza, يبدأ), or written with ة (تظاهرة; the fold makes it ه, which a verb may end
 * in: يتوجه), a verbal noun تفعيل (تقرير، تعيين), or a listed word (IMPERFECT_SHAPED_NOT_AHEAD). In ت, a
 * past of the fifth and sixth forms has the same letters (تحدث، تقدم، تراجع، تراجعت): four letters, an
 * alef after the second or a last ت are left out, so only the longer imperfects count (تنطلق، تستأنف).
 * ن (نعقد) is left out too: it opens as many nouns (نظيره، نائب).
 */
function isImperfectVerb(word: string, writtenLast: string): boolean {
  if (word.length < MIN_IMPERFECT_LENGTH || word.startsWith('يوم') || writtenLast === 'ة') return false;
  const last = word[word.length - 1]!;
  // an alef the fold made of a hamza's seat is the verb's own letter (يبدأ، تلجأ), not the accusative's
  if ((last === 'ا' && writtenLast !== 'أ') || word.endsWith('ات')) return false;
  if (word[0] === 'ت') {
    if (word.length < MIN_FEMININE_IMPERFECT_LENGTH || last === 'ت' || word[2] === 'ا' || (word.length === 5 && word[3] === 'ي')) return false;
  } else if (word[0] !== 'ي') {
    return false;
  }
  return !imperfectShapedNotAhead().has(word);
}

/**
 * A verb in ت of four letters (تعقد، تبدأ، تقدم) is an imperfect when a feminine subject follows it
 * (تعقد اللجنة اجتماعها، تقدم الحكومة ميزانيتها): the past of that shape (تقدم، تحدث) would carry the
 * feminine's ت with her (تقدمت الحكومة). A masculine subject leaves it unread (تحدث الوزير).
 */
function isImperfectBeforeFeminine(stream: TokenStream, at: number, word: string): boolean {
  if (word.length !== MIN_FEMININE_IMPERFECT_LENGTH - 1 || word[0] !== 'ت' || word[2] === 'ا') return false;
  const subject = stream.tokens[at + 1];
  return subject !== undefined && subject.kind === 'word' && hasArticle(subject) && subject.suffix === '' && stream.source[subject.end - 1] === 'ة' && !imperfectShapedNotAhead().has(word);
}

/** Whether the word before token `at` is a preposition (see NOUN_PREPOSITIONS). */
function afterNounPreposition(stream: TokenStream, at: number): boolean {
  const before = stream.tokens[at - 1];
  return before !== undefined && before.kind === 'word' && nounPrepositions().has(before.norm);
}

/**
 * A third person feminine past (اندلعت، وقعت، أعلنت): a clause of its own, whose weekday is its event's.
 * The imperfect's shape (تمت) and the plural's ات are not it.
 */
function isPastShaped(word: string): boolean {
  return word.length >= 4 && word.length <= 6 && word.endsWith('ت') && !word.endsWith('ات') && word[0] !== 'ي' && word[0] !== 'ت';
}

function isPastMarker(stream: TokenStream, at: number): boolean {
  const { stem, norm } = stream.tokens[at]!;
  return pastMarkers().has(stem) || pastMarkers().has(withoutConjunction(norm));
}

/**
 * Whether a word before token `index`, in the same sentence, marks the future. `byLaterPeriod`: an
 * adjective of a later period counts (الأسبوع المقبل يزور الوفد … الخميس); it does not for a calendar
 * date, which as often names what came before that period (يغادر الأحد المقبل بعد لقاء 3 مارس).
 */
export function speaksOfFuture(stream: TokenStream, index: number, byLaterPeriod = true): boolean {
  // past the other markers' reach only a forecast's verb is looked for, and not across a relative
  // clause with a verb of its own (… القرار الذي أعلنه البنك الأحد); one in the imperfect (المرتفعات
  // التي يزيد علوها) describes what is forecast, and أن opens it
  let relative = false;
  return readBack(stream, index, FORECAST_REACH, (at) => {
    // a past auxiliary puts the date's own clause in the past (توقع … بعد أن كان البنك قد رفع الفائدة الأحد)
    if (clauseOpeners().has(stream, at) || isPastMarker(stream, at)) return false;
    relative ||= relativeHeads().has(stream, at) && !isImperfect(withoutConjunction(stream.tokens[at + 1]?.norm ?? ''));
    if (index - at > REACH) return relative ? false : forecastVerbs().has(stream, at) ? !afterComparative(stream, at) : undefined;
    if ((futureMarkers().has(stream, at) && !afterComparative(stream, at)) || isFutureVerb(stream, at)) return true;
    // an anchor of a later period (الأسبوع المقبل) marks the future of a weekday, not of a calendar date
    return byLaterPeriod && matchAnchor(stream, at)?.value === 'next' ? true : undefined;
  });
}

/**
 * Reads the words before token `index` in its sentence, nearest first and at most `reach` tokens back,
 * until `decide` answers (true or false) for one; false when none does.
 */
function readBack(stream: TokenStream, index: number, reach: number, decide: (at: number) => boolean | undefined): boolean {
  const tokens = stream.tokens;
  // a bracket closed before the date holds an aside; one still open holds the date, which the words
  // outside it do not govern (سيغموند فرويد (6 مايو 1856 - 23 سبتمبر 1939))
  let closedBrackets = 0;
  for (let at = index - 1; at >= 0 && at >= index - reach; at--) {
    const token = tokens[at]!;
    if (isPunctuation(token, SENTENCE_ENDS) || stream.source.slice(token.end, tokens[at + 1]!.start).includes('\n')) return false;
    if (isPunctuation(token, ')')) closedBrackets++;
    if (isPunctuation(token, '(') && closedBrackets-- === 0) return false;
    if (token.kind !== 'word') continue;
    const answer = decide(at);
    if (answer !== undefined) return answer;
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
  const norm = withoutConjunction(token.norm);
  const conjunction = token.norm.length - norm.length;
  if (norm.length < MIN_FUTURE_VERB_LENGTH || norm[0] !== 'س' || !IMPERFECT_PREFIXES.includes(norm[1]!)) return false;
  if ((norm[1] === 'ت' && norm[2] === 'ي') || norm.startsWith(CENTIME)) return false;
  if (norm[1] === 'ا' || norm[2] === 'ا') {
    // the letters as written, without marks: the alef at the same place holds its hamza or not
    const written = stream.source.slice(token.start, token.end).replace(MARKS, '');
    const alef = norm[1] === 'ا' ? 1 : 2;
    if (written[conjunction + alef] !== 'أ') return false;
  }
  return !futureShapedNouns().has(stream, index);
}

/** سنتيم and سنتيمتر with their plurals open no future verb (سنتابع، سنتخذ have no ي there). */
const CENTIME = 'سنتيم';

/** Short vowels, shadda, sukun, dagger alef and tatweel: marks the normalized word leaves out. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The shape of a third- or first-person imperfect, its conjunction taken off (يعقد، وتنطلق، نعلن), not
 * يوم/يومي, which name a day; أ is left out, since it opens as many past verbs (أعلن).
 */
function isImperfect(norm: string): boolean {
  return norm.length >= MIN_IMPERFECT_LENGTH && 'يتن'.includes(norm[0]!) && !norm.startsWith('يوم');
}

const withoutConjunction = (norm: string): string => (norm.startsWith('و') || norm.startsWith('ف') ? norm.slice(1) : norm);
