import type { EntityCandidate } from '../src/contracts/candidate';
import { recognizePlaces } from '../src/places/recognize';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';

export interface FoundPlace {
  text: string;
  key: string;
  kind: string | undefined;
  countryCode: string | undefined;
  strength: number;
}

/** The raw candidates recognizePlaces proposes for `text`. */
export function placeCandidates(text: string): EntityCandidate[] {
  const view = normalize(text);
  return recognizePlaces({ source: text, view, tokens: tokenizeNormalized(view), referenceDate: null });
}

/** The places of `text`, each with the text its offsets cover. */
export function places(text: string): FoundPlace[] {
  return placeCandidates(text).map((c) => ({
    text: text.slice(c.start, c.end),
    key: c.key,
    kind: c.kind,
    countryCode: c.countryCode,
    strength: c.strength,
  }));
}

/** Just the mention texts. */
export function placeTexts(text: string): string[] {
  return places(text).map((p) => p.text);
}
