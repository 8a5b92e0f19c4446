// The output contract. Fields are only ever added (optional) by later versions, never renamed.

/** A span of the caller's original string: `text === source.slice(start, end)` (UTF-16 offsets). */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

/** One real-world person, place or organization, with every mention of it in text order. */
export interface Entity {
  /** Canonical name: the fullest mention. */
  name: string;
  mentions: Mention[];
}

/** A numeric quantity. `value` is null for vague quantities (عشرات، مئات). */
export interface Figure extends Mention {
  value: number | null;
}

/** A temporal expression. `value` is ISO 8601 (date, month, year, date-time or `start/end` range), or null. */
export interface DateMention extends Mention {
  value: string | null;
}

export interface Extraction {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
  figures: Figure[];
  dates: DateMention[];
}

export interface ExtractOptions {
  /**
   * Anchors relative and year-less dates (أمس، الجمعة، 9 نوفمبر). A Date, or an ISO 8601 string
   * (`2020-11-16` or `2020-11-16T21:30:00Z`).
   */
  referenceDate?: string | Date;
}
