import type { NormalizedText } from '../text/normalize';
import type { Token } from '../text/tokenize';

/** What every recognizer reads: the original text, its normalized view and its tokens, computed once. */
export interface TextContext {
  source: string;
  view: NormalizedText;
  tokens: readonly Token[];
  /** Midnight UTC of the caller's reference day, or null when none was given. */
  referenceDate: Date | null;
}
