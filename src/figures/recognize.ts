import type { TextContext } from '../extract/context';
import type { Figure } from './types';

/** Proposes every figure in the text. Not yet implemented: issue #3. */
export function recognizeFigures(_ctx: TextContext): Figure[] {
  return [];
}
