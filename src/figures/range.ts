import { sameOrder } from './carried';
import { isScore, runsOnAsCode } from './context';
import { readNumberPhrase, roundFloat, type NumberPhrase } from './parse-number';
import type { TokenReader } from './token-reader';
import { readUnitAfter, type UnitMatch } from './units';
import { getUnitLexicon } from './unit-words';

export interface Range {
  second: NumberPhrase;
  min: number;
  max: number;
  /** The unit of either end; the second end's unit applies to both (بين 5 و10%). */
  unit?: UnitMatch;
  /** Token index after the range and its unit. */
  end: number;
}

/**
 * The range the number `first` opens, if any: `5-10`، `5 – 10`، `بين 5 و10`، `من 5 إلى 10`،
 * `من 5 حتى 10`، `من عشرة لعشرين`. The ends must rise (من 10 إلى 5 is a change, not a range: see
 * carried.ts). A multiplier on the second end applies to a bare first end of one order with the number
 * before it (sameOrder): بين 5 و10 آلاف → 5000–10000, but بين 500 و2 مليون stays 500–2000000, and
 * من 7 إلى 5 ملايين falls from 7 million, a change. `من` does not open a range after a qualifier that
 * ends in it (أكثر من).
 */
export function readRange(
  reader: TokenReader,
  first: NumberPhrase,
  firstUnit: UnitMatch | undefined,
  qualified: boolean,
): Range | undefined {
  if (first.value === null) return undefined;
  const afterFirst = firstUnit && firstUnit.end > first.end ? firstUnit.end : first.end;
  const opened = secondEndStart(reader, first.first, afterFirst, qualified);
  // a bare number, إلى and a number with its multiplier or unit is a range without من (بلغت الخسائر 2
  // إلى 3 مليارات، بالسجن 3 إلى 5 سنوات): the multiplier scales both ends; a second end with neither
  // (صعد المؤشر 2 إلى 3000 نقطة) is where the first went, no range
  const bare = opened === undefined && !qualified && !firstUnit && first.scale === 1 && reader.hasStemIn(afterFirst, reader.lexicon.rangeTo);
  const secondStart = opened ?? (bare ? afterFirst + 1 : undefined);
  if (secondStart === undefined) return undefined;
  const second = readNumberPhrase(reader, secondStart);
  if (!second || second.value === null || second.definite || runsOnAsCode(reader, second)) return undefined;
  const secondUnit = readUnitAfter(reader, second.end, false);
  if (bare && second.scale === 1 && secondUnit === undefined) return undefined;
  if (firstUnit && secondUnit && firstUnit.code !== secondUnit.code) return undefined;
  // a match's score, even the lower side first (خسر الفريق 0-2), is two figures (isScoreSecond)
  if (!firstUnit && !secondUnit && reader.isMark(afterFirst, reader.lexicon.dashes) && isScore(reader, first, second)) return undefined;
  let min = first.value;
  if (first.scale === 1 && second.scale > 1 && !firstUnit && sameOrder(min, second)) min = roundFloat(min * second.scale);
  if (!(min < second.value)) return undefined;
  const unit = secondUnit ?? firstUnit;
  return { second, min, max: second.value, ...(unit ? { unit } : {}), end: secondUnit?.end ?? second.end };
}

/** Where the second end starts, after a dash, or after و / إلى when بين / من opened the range. */
function secondEndStart(reader: TokenReader, first: number, after: number, qualified: boolean): number | undefined {
  const lexicon = reader.lexicon;
  if (reader.isMark(after, lexicon.dashes)) return after + 1;
  const opener = reader.at(reader.indexBeforeOpeningMarks(first));
  if (!opener || opener.kind !== 'word') return undefined;
  if (opener.stem === lexicon.rangeBetween) {
    const joiner = reader.at(after);
    if (joiner?.kind !== 'word') return undefined;
    if (joiner.norm === 'و') return after + 1;
    // و written on the second end (و10، وعشرة)
    return joiner.prefix.startsWith('و') || joiner.norm.startsWith('و') ? after : undefined;
  }
  if (opener.norm !== lexicon.rangeFrom || qualified) return undefined;
  if (reader.hasStemIn(after, lexicon.rangeTo)) return after + 1;
  // لـ for إلى, spoken and written: من عشرة لعشرين، من 10 لـ20
  const joiner = reader.at(after);
  if (joiner?.kind !== 'word') return undefined;
  if (joiner.norm === lexicon.rangeToLetter) return after + 1;
  return joiner.prefix === lexicon.rangeToLetter ? after : undefined;
}

/**
 * The first end of a range written as its unit's word alone, which counts one (من سنة إلى ثلاث سنوات،
 * بين عام وثلاثة أعوام، من ساعة حتى 4 ساعات): the token index of that word, where the range starts,
 * when the number `second` ends it with the same unit (the caller asks for time units only). The word has no clitic, and no token before
 * `taken` (the figure before's) is read.
 */
export function readOneUnitBefore(reader: TokenReader, second: NumberPhrase, unit: UnitMatch, taken: number): number | undefined {
  const lexicon = reader.lexicon;
  const numeral = reader.at(second.first)!;
  // و written on the number (وثلاثة) or on its own, after بين; إلى or حتى after من
  const andOnNumber = numeral.start < second.start && numeral.norm.startsWith('و');
  let word: number;
  let opener: string;
  if (andOnNumber || reader.norm(second.first - 1) === 'و') {
    word = andOnNumber ? second.first - 1 : second.first - 2;
    opener = lexicon.rangeBetween;
  } else if (reader.hasStemIn(second.first - 1, lexicon.rangeTo)) {
    word = second.first - 2;
    opener = lexicon.rangeFrom;
  } else {
    return undefined;
  }
  if (word - 1 < taken) return undefined;
  const token = reader.at(word);
  if (token?.kind !== 'word' || token.prefix !== '' || token.suffix !== '' || reader.norm(word - 1) !== opener || !reader.isWord(word - 1)) return undefined;
  const match = reader.lookup(word, getUnitLexicon().units);
  return match?.entry.code === unit.code && match.prefix === '' ? word : undefined;
}
