// Expressions that only mean something against the reference date: relative days (اليوم، أمس،
// غداً …), relative periods (الأسبوع الماضي، الشهر الجاري، العام المقبل …) and the anchors that
// follow a month or weekday (نوفمبر الماضي، الأحد المقبل).
import type { Anchor, RelativePeriod } from './expression';
import { lazy } from '../text/lazy';
import { STARTING_FROM_WORDS } from '../data/dates/time-prepositions';
import { type PhraseMatch, type TokenStream } from '../text/phrases';
import { dateIndex, dateWordSet } from './word-group';

const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['اليوم', 0],
  ['أمس', -1],
  ['الأمس', -1],
  ['البارحة', -1],
  ['أول أمس', -2],
  ['أول من أمس', -2],
  ['أمس الأول', -2],
  ['غدا', 1],
  ['الغد', 1],
  ['بعد غد', 2],
  ['بعد الغد', 2],
  // last night: the night before the reference's day, named by the day it began
  ['الليلة الماضية', -1],
  ['الليلة الفائتة', -1],
  // spoken forms (Egypt, the Levant, the Gulf)
  ['بكرة', 1],
  ['بكرا', 1],
  ['امبارح', -1],
  ['مبارح', -1],
];

/**
 * الآن names the reference day only where something runs from it (اعتبارا من الآن، من الآن فصاعدا).
 * Elsewhere news uses it for "at present, at this stage" (نتحدث الآن عن، الأمر الرئيسي الآن) or, after
 * حتى/إلى/لحد, for "so far": no calendar day in either.
 */
const NOW_WORD = 'الآن';
const NOW_FROM = 'من';
const NOW_ONWARD = ['فصاعدا', 'وصاعدا'];

/** Days counted from the last day the text named, not from the reference: في اليوم التالي. */
const NEIGHBOUR_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['اليوم التالي', 1],
  ['اليوم السابق', -1],
  ['الليلة التالية', 1],
];

/** Anchors by their masculine form; each also with its feminine ة (الماضية، المقبلة، الجاية). */
const ANCHOR_ADJECTIVES: ReadonlyArray<readonly [string, Anchor]> = [
  ['الماضي', 'past'],
  ['المنصرم', 'past'],
  ['الفائت', 'past'],
  ['الجاري', 'current'],
  ['الحالي', 'current'],
  ['المقبل', 'next'],
  ['القادم', 'next'],
  // spoken forms
  ['الجاي', 'next'],
  ['الفايت', 'past'],
];
const SPOKEN_ANCHORS: ReadonlyArray<readonly [string, Anchor]> = [
  ['اللي جاي', 'next'],
  ['اللي فات', 'past'],
];
/** Every anchor (built on first use, so a bundle that reads no date keeps none of it). */
const allAnchors = lazy((): (readonly [string, Anchor])[] => [
  ...ANCHOR_ADJECTIVES.flatMap(([word, anchor]) => [[word, anchor] as const, [`${word}ة`, anchor] as const]),
  ...SPOKEN_ANCHORS,
]);

/** How many periods an anchor moves from the reference's own: الماضي -1, الجاري 0, المقبل 1. */
/**
 * Two periods back or ahead, after the period noun: الأسبوع قبل الماضي (the week before last), العام ما
 * بعد المقبل; each also with the feminine ة for السنة (السنة قبل الماضية).
 */
const SECOND_ANCHORS: ReadonlyArray<readonly [string, number]> = [
  ['قبل الماضي', -2],
  ['ما قبل الماضي', -2],
  ['بعد المقبل', 2],
  ['ما بعد المقبل', 2],
  ['بعد القادم', 2],
  ['ما بعد القادم', 2],
];

export const ANCHOR_OFFSETS: Readonly<Record<Anchor, number>> = { past: -1, current: 0, next: 1 };

/** The week, also a unit of a month's parts (الأسبوع الأول من مارس). */
export const WEEK_NOUN = 'الأسبوع';
export const PERIOD_UNITS: ReadonlyArray<readonly [string, RelativePeriod['unit']]> = [
  [WEEK_NOUN, 'week'],
  ['الشهر', 'month'],
  ['العام', 'year'],
  ['السنة', 'year'],
];

/** `هذا العام`, `هذه السنة`: the current period written with a demonstrative. */
const DEMONSTRATIVES = ['هذا', 'هذه'] as const;

/**
 * After اليوم, a definite ordinal or nisba adjective makes it "the Nth/national/next day", not today:
 * اليوم الأول، اليوم التالي، اليوم الوطني، اليوم نفسه، and so does a number after الـ (اليوم الـ100)
 * and a relative clause (في اليوم الذي سقطت فيه الحكومة: the day on which).
 */
const DAY_ADJECTIVES = [
  'الأول',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الأخير',
  'السابق',
  'نفسه',
  'ذاته',
  'الذي',
];

/** News outlets whose name ends in اليوم (روسيا اليوم، المصري اليوم): the word is part of a name there. */
const OUTLETS_BEFORE_TODAY = ['روسيا', 'المصري', 'فلسطين', 'العرب', 'الإمارات'];

export const relativeDays = lazy(() => dateIndex(RELATIVE_DAYS));
export const nowWord = lazy(() => dateIndex([[NOW_WORD, 0] as const]));
export const startingFromWords = lazy(() => dateWordSet(STARTING_FROM_WORDS));
const nowOnward = lazy(() => dateWordSet(NOW_ONWARD));
export const neighbourDays = lazy(() => dateIndex(NEIGHBOUR_DAYS));
const anchors = lazy(() => dateIndex(allAnchors()));
const dayAdjectives = lazy(() => dateWordSet(DAY_ADJECTIVES));
const outlets = lazy(() => dateWordSet(OUTLETS_BEFORE_TODAY));

export const relativePeriods = lazy(() => {
  const entries: [string, RelativePeriod][] = [];
  for (const [unitWord, unit] of PERIOD_UNITS) {
    // السنة is feminine and takes feminine anchors; the others masculine ones
    const feminine = unitWord.endsWith('ة');
    for (const [anchorWord, anchor] of allAnchors()) {
      if (anchorWord.endsWith('ة') === feminine) {
        entries.push([`${unitWord} ${anchorWord}`, { type: 'period', unit, offset: ANCHOR_OFFSETS[anchor] }]);
      }
    }
    for (const [anchorWords, offset] of SECOND_ANCHORS) {
      entries.push([`${unitWord} ${anchorWords}${feminine ? 'ة' : ''}`, { type: 'period', unit, offset }]);
    }
    entries.push([`${feminine ? DEMONSTRATIVES[1] : DEMONSTRATIVES[0]} ${unitWord}`, { type: 'period', unit, offset: 0 }]);
  }
  return dateIndex(entries);
});

/** A relative day word at `index` (offset in days from the reference), unless it is part of a name or "the Nth day". */
export function matchRelativeDay(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const match = relativeDays().match(stream, index);
  // a phrase of two words opens with no preposition: باول أمس is Powell, yesterday (ب + اول to the splitter);
  // the article is the phrase's own (الليلة الماضية)
  if (match !== null && match.next - index > 1 && /[بكل]/.test(stream.tokens[index]!.prefix.replace(/ال$/, ''))) return null;
  if (match === null || match.value !== 0) return match;
  const next = stream.tokens[match.next];
  if (next !== undefined && next.kind === 'word' && (dayAdjectives().has(stream, match.next) || isNisbaAdjective(next.norm))) {
    return null;
  }
  // اليوم الـ100 للحرب: a number after the article written apart is the day's rank
  if (next?.norm === 'ال' && stream.tokens[match.next + 1]?.kind === 'number') return null;
  return index > 0 && outlets().has(stream, index - 1) ? null : match;
}

/** الآن as the point something runs from (اعتبارا من الآن، من الآن فصاعدا): the reference day (offset 0). */
export function matchNow(stream: TokenStream, index: number): PhraseMatch<number> | null {
  const tokens = stream.tokens;
  const now = tokens[index];
  // the word itself, no conjunction or preposition on it (والآن، للآن)
  if (now === undefined || now.prefix !== 'ال' || tokens[index - 1]?.norm !== NOW_FROM) return null;
  if (!startingFromWords().has(stream, index - 2) && !nowOnward().has(stream, index + 1)) return null;
  return nowWord().match(stream, index);
}

/** A definite adjective in -ي (الوطني، العالمي، التالي، الثاني): the article, then a stem ending in ي. */
function isNisbaAdjective(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 4 && norm.endsWith('ي');
}

/** اليوم التالي، اليوم السابق: a day counted from the last day the text named. */
export function matchNeighbourDay(stream: TokenStream, index: number): PhraseMatch<number> | null {
  return neighbourDays().match(stream, index);
}

export function matchRelativePeriod(stream: TokenStream, index: number): PhraseMatch<RelativePeriod> | null {
  return relativePeriods().match(stream, index);
}

export function matchAnchor(stream: TokenStream, index: number): PhraseMatch<Anchor> | null {
  return anchors().match(stream, index);
}

/** The anchors in the dual (المقبلين، الماضيين), which follow two days joined by و (يومي الجمعة والسبت المقبلين). */
const dualAnchors = lazy(() => dateIndex(ANCHOR_ADJECTIVES.map(([word, anchor]) => [`${word}ين`, anchor] as const)));

export function matchDualAnchor(stream: TokenStream, index: number): PhraseMatch<Anchor> | null {
  return dualAnchors().match(stream, index);
}
