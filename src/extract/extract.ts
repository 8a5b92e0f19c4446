import { expectString } from '../errors';
import type { ExtractOptions, Extraction } from '../types';
import { resolveExtractOptions } from './options';

/**
 * Reads Arabic news text and returns its people, places, organizations, figures and dates.
 * Every mention's offsets point into `text` itself. Recognizers fill their arrays as they land;
 * until then an array is empty.
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  expectString(text, 'extract');
  resolveExtractOptions(options);
  return { people: [], places: [], organizations: [], figures: [], dates: [] };
}
