// The caller's own names (createExtractor), compiled: what the stages read in TextContext.
import type { OrganizationKind, PlaceKind } from './entity';
import type { PhraseIndex } from '../text/phrases';

/** What one user name stands for. */
export interface UserName {
  category: 'people' | 'places' | 'organizations';
  /** `user:<category>:<index>`: every name of one entry is one entity. */
  key: string;
  canonical: string;
  kind?: PlaceKind | OrganizationKind;
  countryCode?: string;
}

/** A user lexicon ready to use: one phrase index over every name and variant. */
export type CompiledLexicon = PhraseIndex<UserName>;
