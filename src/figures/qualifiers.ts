import type { Mention } from '../contracts/mention';
import type { FigureApprox } from './types';
import { WILDCARD_WORD, type LexiconPhrase } from './lexicon';
import type { TokenReader } from './token-reader';

export interface QualifierMatch {
  approx: FigureApprox;
  mention: Mention;
  /** Tokens [first, end). */
  first: number;
  end: number;
}

/**
 * The qualifier written right before the number at token `first` (نحو، أكثر من، ما لا يقل عن،
 * تقل أعمارهم عن، >), skipping an opening quote, and not reaching back before token `floor`. Its first
 * word may carry a proclitic (بنحو، لأكثر، وما), which stays out of the mention. The longest match wins.
 */
export function readQualifierBefore(reader: TokenReader, first: number, floor: number): QualifierMatch | undefined {
  let last = first - 1;
  while (last >= floor && reader.isMark(last, reader.lexicon.openingMarks)) last--;
  const token = last >= floor ? reader.at(last) : undefined;
  if (!token) return undefined;
  if (token.kind !== 'word') {
    const sign = reader.lexicon.comparisonSigns.get(token.norm);
    return sign ? { approx: sign, mention: { text: token.text, start: token.start, end: token.end }, first: last, end: last + 1 } : undefined;
  }
  // a one-word qualifier is also its own first word, so it may carry a clitic: look it up by stem too
  const byForm = reader.lexicon.qualifiersBefore.get(token.norm);
  const byStem = token.stem !== token.norm ? reader.lexicon.qualifiersBefore.get(token.stem) : undefined;
  // asked of the word before every number: most are no qualifier's last word, and need no list built
  const candidates = byForm && byStem ? [...byForm, ...byStem] : byForm ?? byStem;
  if (!candidates) return undefined;
  let best: QualifierMatch | undefined;
  for (const phrase of candidates) {
    const match = matchBackward(reader, phrase, last);
    if (match && match.first >= floor && (!best || match.first < best.first)) best = match;
  }
  return best && reachesAsResult(reader, best.first) ? undefined : best;
}

/** Whether the qualifier's first word is a verb of reaching with the lam of result (ليصل إلى: the level reached, REACH_VERBS). */
function reachesAsResult(reader: TokenReader, first: number): boolean {
  const token = reader.at(first)!;
  return token.prefix.endsWith('ل') && reader.lexicon.reachVerbs.has(token.stem);
}

/** A qualifier written after the figure, from token `index` (10 أشخاص على الأقل، 50 عاما تقريبا). */
export function readQualifierAfter(reader: TokenReader, index: number): QualifierMatch | undefined {
  const match = reader.matchForward(index, reader.lexicon.qualifiersAfter);
  if (!match) return undefined;
  const start = reader.at(index)!.start;
  const stop = reader.at(match.end - 1)!.end;
  return {
    approx: match.value,
    mention: { text: reader.ctx.source.slice(start, stop), start, end: stop },
    first: index,
    end: match.end,
  };
}

/**
 * Matches `phrase` ending at token `last`, right to left. A wildcard stands for zero or one word.
 * Only the phrase's first word may carry a proclitic.
 */
function matchBackward(reader: TokenReader, phrase: LexiconPhrase<FigureApprox>, last: number): QualifierMatch | undefined {
  const words = phrase.words;
  const match = (wordIndex: number, tokenIndex: number): { first: number; start: number } | undefined => {
    const word = words[wordIndex]!;
    if (word === WILDCARD_WORD) {
      return (
        match(wordIndex - 1, tokenIndex) ??
        (reader.isWord(tokenIndex) ? match(wordIndex - 1, tokenIndex - 1) : undefined)
      );
    }
    const start = reader.findWord(tokenIndex, word, wordIndex === 0);
    if (start < 0) return undefined;
    return wordIndex === 0 ? { first: tokenIndex, start } : match(wordIndex - 1, tokenIndex - 1);
  };
  const found = match(words.length - 1, last);
  if (!found) return undefined;
  const end = reader.at(last)!.end;
  return {
    approx: phrase.value,
    mention: { text: reader.ctx.source.slice(found.start, end), start: found.start, end },
    first: found.first,
    end: last + 1,
  };
}
