import type { NormalizedText } from '../text/normalize';
import type { Token } from '../text/tokenize';
import type { CompiledLexicon } from './user-names';

/** What every recognizer reads: the original text, its normalized view and its tokens, computed once. */
export interface TextContext {
  source: string;
  view: NormalizedText;
  tokens: readonly Token[];
  /** One slot per token for the shared reading of م after a number (see TokenStream), filled as asked. */
  meemReadings?: Uint8Array;
  /** Midnight UTC of the caller's reference day, or null when none was given. */
  referenceDate: Date | null;
  /** The caller's own names (createExtractor), found before the built-in recognizers; absent or null when none. */
  userLexicon?: CompiledLexicon | null;
}
