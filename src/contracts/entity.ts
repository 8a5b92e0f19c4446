import type { OrganizationKind } from '../data/organizations/shapes';
import type { PlaceKind } from '../data/places/shapes';
import type { Mention } from './mention';

// the kinds of places and organizations are the lexicons': declared beside their tables, which import no code
export type { OrganizationKind, PlaceKind };

/** What every entity has: a name and every mention of it in text order. */
interface NamedEntity {
  /** Canonical name: the gazetteer's name when the entity is known, else its fullest mention. */
  name: string;
  /** Every span of the text that names this entity, in text order; never empty. */
  mentions: Mention[];
  /**
   * What found it, each once, in this order: `lexicon` (a gazetteer or list entry), `pattern` (the
   * words around it: a title, a reporting verb, a head noun, a given name), `layout` (where it stands:
   * a byline, a credit line), `model` (the learned entity model, where no rule found it). Always
   * given by khabar 0.2 and later (schema 2.1.0).
   */
  evidence?: Evidence[];
}

/** One real-world person, with every mention of them in text order. */
export interface Person extends NamedEntity {
  /**
   * Stable within one result: `person-1`, `person-2` …, numbered by first mention.
   * @pattern ^person-[1-9][0-9]*$
   */
  id: string;
  /** Titles and roles as written before the name (`الرئيس الروسي`), in order of first use. */
  titles?: string[];
  /**
   * ISO 3166-1 alpha-2 code of the nationality the text states (`الروسي` → RU).
   * @pattern ^[A-Z]{2}$
   */
  nationality?: string;
}

/** One real-world place (country, city, region …), with every mention of it in text order. */
export interface Place extends NamedEntity {
  /**
   * Stable within one result: `place-1`, `place-2` …, numbered by first mention.
   * @pattern ^place-[1-9][0-9]*$
   */
  id: string;
  /** What the place is. */
  kind?: PlaceKind;
  /**
   * ISO 3166-1 alpha-2 code of the country the place is, or is in.
   * @pattern ^[A-Z]{2}$
   */
  countryCode?: string;
}

/** One real-world organization (ministry, international body, outlet, party …), with every mention of it in text order. */
export interface Organization extends NamedEntity {
  /**
   * Stable within one result: `organization-1`, `organization-2` …, numbered by first mention.
   * @pattern ^organization-[1-9][0-9]*$
   */
  id: string;
  /** What kind of body it is. */
  kind?: OrganizationKind;
  /**
   * ISO 3166-1 alpha-2 code of the country the text ties the body to (`وزارة الخارجية الروسية` → RU).
   * @pattern ^[A-Z]{2}$
   */
  nationality?: string;
}

/** A person, a place or an organization. */
export type Entity = Person | Place | Organization;

export type EntityCategory = 'people' | 'places' | 'organizations';

/** The entity type of each category of the result. */
export interface EntityOf {
  people: Person;
  places: Place;
  organizations: Organization;
}

/**
 * What found an entity: `lexicon` a gazetteer or list entry, `pattern` the words around it (a title,
 * a reporting verb, a head noun, a given name), `layout` where it stands (a byline, a credit line),
 * `model` the learned entity model.
 */
export type Evidence = 'lexicon' | 'pattern' | 'layout' | 'model';
