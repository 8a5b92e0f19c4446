import type { Mention } from '../mention';

/** A numeric quantity. `value` is null for vague quantities (عشرات، مئات). */
export interface Figure extends Mention {
  value: number | null;
}
