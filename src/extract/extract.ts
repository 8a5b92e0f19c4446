import { recognizeDates } from '../dates/recognize';
import { recognizeEntities } from '../entities/recognize';
import { expectString } from '../errors';
import { recognizeFigures } from '../figures/recognize';
import { resolveFigures } from '../resolve/resolve';
import { normalize } from '../text/normalize';
import { tokenizeNormalized } from '../text/tokenize';
import type { ExtractOptions, Extraction } from '../types';
import type { TextContext } from './context';
import { resolveExtractOptions } from './options';

/**
 * Reads Arabic news text and returns its people, places, organizations, figures and dates.
 * Every mention's offsets point into `text` itself. The pipeline: normalize once → tokens →
 * recognizers propose spans → the resolver settles overlaps.
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  expectString(text, 'extract');
  const { referenceDate } = resolveExtractOptions(options);
  const view = normalize(text);
  const ctx: TextContext = { source: text, view, tokens: tokenizeNormalized(view), referenceDate };
  const { dates, reference } = recognizeDates(ctx);
  const figures = resolveFigures(recognizeFigures(ctx), dates);
  const { people, places, organizations } = recognizeEntities(ctx, dates, figures);
  return { people, places, organizations, figures, dates, reference };
}
