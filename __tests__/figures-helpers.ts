// Shared helpers for the figures tests: run the recognizer as extract() does and check the offset
// contract every figure must keep.
import { recognizeFigures } from '../src/figures/recognize';
import type { Figure } from '../src/figures/types';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';

/** Every figure in `text`, after checking the contract every figure must keep. */
export function figuresIn(text: string): Figure[] {
  const view = normalize(text);
  const figures = recognizeFigures({ source: text, view, tokens: tokenizeNormalized(view), referenceDate: null });
  let previousEnd = 0;
  for (const figure of figures) {
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = figure.end;
    if (figure.qualifier) expect(text.slice(figure.qualifier.start, figure.qualifier.end)).toBe(figure.qualifier.text);
    if (figure.nounSpan) {
      expect(text.slice(figure.nounSpan.start, figure.nounSpan.end)).toBe(figure.nounSpan.text);
      expect(figure.noun).toBe(figure.nounSpan.text);
    }
    expect(JSON.parse(JSON.stringify(figure))).toEqual(figure);
  }
  return figures;
}

/** The one figure in `text`. */
export function onlyFigure(text: string): Figure {
  const figures = figuresIn(text);
  expect(figures).toHaveLength(1);
  return figures[0]!;
}
