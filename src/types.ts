// The output contract. Fields are only ever added (optional) by later versions, never renamed.
import type { DateMention, DateReference } from './dates/types';
import type { Figure } from './figures/types';
import type { Entity } from './entities/types';
import type { Mention } from './mention';

export type { DateMention, DateReference, Entity, Figure, Mention };


export interface Extraction {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  figures: Figure[];
  dates: DateMention[];
  /** The reference date that anchored relative and year-less dates, and its source. */
  reference: DateReference;
}

export interface ExtractOptions {
  /**
   * Anchors relative and year-less dates (أمس، الجمعة، 9 نوفمبر). A Date, or an ISO 8601 string
   * (`2020-11-16` or `2020-11-16T21:30:00Z`).
   */
  referenceDate?: string | Date;
}
