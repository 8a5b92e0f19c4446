import type { EntityCategory, OrganizationKind, PlaceKind } from './entity';

/**
 * A span a recognizer proposes as a person, place or organization. The resolver settles overlaps
 * between candidates and merges those that name the same thing into one entity.
 */
export interface EntityCandidate {
  category: EntityCategory;
  /** Original offsets of the mention, without attached proclitics (و، ب، ل …). */
  start: number;
  end: number;
  /** Token indexes: the first token of the mention and the one after its last. */
  firstToken: number;
  nextToken: number;
  /**
   * Candidates with the same category and key are one entity: a gazetteer id (`AM`, `city:Asia/Baku`),
   * an organization's lexicon id, or for people a name skeleton the people merger refines.
   */
  key: string;
  /** The canonical name when a lexicon knows the entity (CLDR's `أرمينيا`); otherwise the fullest mention names it. */
  canonical?: string;
  /** Places: a PlaceKind; organizations: an OrganizationKind. */
  kind?: PlaceKind | OrganizationKind;
  countryCode?: string;
  nationality?: string;
  titles?: string[];
  /** Evidence strength: a lexicon entry (3) beats a trigger pattern (2) beats a contextual guess (1) when spans overlap. */
  strength: 1 | 2 | 3;
}
