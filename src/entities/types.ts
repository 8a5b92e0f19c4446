import type { Mention } from '../mention';

/** What a place is: kinds a gazetteer entry or a trigger word can tell. */
export type PlaceKind = 'country' | 'territory' | 'city' | 'region' | 'continent' | 'feature';

/** One real-world person, place or organization, with every mention of it in text order. */
export interface Entity {
  /**
   * Stable within one result: `person-1`, `place-3`, `organization-2`, numbered by first mention.
   * @pattern ^(person|place|organization)-[1-9][0-9]*$
   */
  id: string;
  /** Canonical name: the gazetteer's name when the entity is known, else its fullest mention. */
  name: string;
  /** Every span of the text that names this entity, in text order; never empty. */
  mentions: Mention[];
  /** Places: PlaceKind; organizations: what kind of body (ministry, international, media, party, company, agency, government, military, other). */
  kind?: string;
  /** People: titles and roles as written before the name (`الرئيس الروسي`), in order of first use. */
  titles?: string[];
  /**
   * People and organizations: ISO 3166-1 alpha-2 code of the nationality the text states (`الروسي` → RU).
   * @pattern ^[A-Z]{2}$
   */
  nationality?: string;
  /**
   * Places: ISO 3166-1 alpha-2 code of the country the place is, or is in.
   * @pattern ^[A-Z]{2}$
   */
  countryCode?: string;
}

export type EntityCategory = 'people' | 'places' | 'organizations';
