// khabar's public API. Everything a user can import is listed here.
export { createExtractor, extract } from './extract/extract';
export { normalize, NormalizedText, type NormalizeOptions } from './text/normalize';
export { tokenize, type Token, type TokenKind } from './text/tokenize';
export { sentences, type Span } from './text/sentences';
export { parseDate, parseDates, type ParseDateOptions } from './dates/parse-date';
export { parseNumber } from './figures/parse-number';
export { validate, type ValidateOptions, type ValidationResult } from './schema/validate';
export type { FigureApprox, FigureKind } from './figures/types';
export type { DateCalendar, DateConflict, DateGranularity, DateKind, PartOfDay } from './dates/types';
export type {
  DateMention,
  DateReference,
  Entity,
  Evidence,
  ExtractOptions,
  ExtractorOptions,
  Extraction,
  Figure,
  Mention,
  Organization,
  OrganizationKind,
  Person,
  Place,
  PlaceKind,
  UserLexicon,
  UserLexiconEntry,
} from './extract/output';
