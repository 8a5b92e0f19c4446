// The output contract. Fields are only ever added (optional) by later versions, never renamed.
import type { DateMention, DateReference } from '../dates/types';
import type { Figure } from '../figures/types';
import type { Entity, Evidence, Organization, OrganizationKind, Person, Place, PlaceKind } from '../contracts/entity';
import type { Mention } from '../contracts/mention';
import type { ExtractOptions } from '../contracts/options';

export type { DateMention, DateReference, Entity, Evidence, ExtractOptions, Figure, Mention, Organization, OrganizationKind, Person, Place, PlaceKind };

/**
 * What `extract` reads in one Arabic news text: its people, places, organizations, figures and dates,
 * each with the exact UTF-16 offsets of its mentions in the caller's string. Every field is plain JSON.
 */
export interface Extraction {
  /** People named in the text, one entity per person, ordered by first mention. */
  people: Person[];
  /** Places named in the text (countries, cities, regions …), one entity per place, ordered by first mention. */
  places: Place[];
  /** Organizations named in the text (ministries, international bodies, media, parties …), one entity per organization, ordered by first mention. */
  organizations: Organization[];
  /** Numeric quantities (counts, money, percentages, measures, ages, durations, vague plurals) in text order. */
  figures: Figure[];
  /** Dates, times and date ranges in text order, resolved against `reference` where the text leaves them relative or year-less. */
  dates: DateMention[];
  /** The reference date that anchored relative and year-less dates, and its source. */
  reference: DateReference;
}

/** One name the caller knows, with the other ways text writes it. */
export interface UserLexiconEntry {
  /** The canonical name (`محمد حمدان دقلو`); the entity's `canonical` when it is found. */
  name: string;
  /** Other names and spellings of the same one (`حميدتي`); each is found as a mention of it. */
  variants?: string[];
  /** Places: a PlaceKind (`city` …); organizations: an OrganizationKind (`party` …); people have none. */
  kind?: PlaceKind | OrganizationKind;
  /**
   * Places: ISO 3166-1 alpha-2 code of the country it lies in; people and organizations: of their nationality.
   * @pattern ^[A-Z]{2}$
   */
  countryCode?: string;
}

/** The caller's own names, by category. */
export interface UserLexicon {
  people?: UserLexiconEntry[];
  places?: UserLexiconEntry[];
  organizations?: UserLexiconEntry[];
}

/** Options of createExtractor. */
export interface ExtractorOptions {
  /** Names found first, before khabar's own recognizers. */
  lexicon?: UserLexicon;
}

