import { recognizeDates } from '../dates/recognize';
import type { DateMention, DateReference } from '../dates/types';
import { placeWeekends, type WeekendMention } from '../dates/weekend';
import { lazy } from '../text/lazy';
import type { EntityCandidate } from '../contracts/candidate';
import { recognizeEntities } from './entities';
import type { ModelWithRules } from '../model/model';
import { shippedModel } from '../model/shipped';
import { buildEntities } from './resolve/entities';
import { expectOptions, expectString } from '../text/errors';
import { recognizeFigures } from '../figures/recognize';
import type { Figure } from '../figures/types';
import { unifyPeople } from '../people/merge';
import { articleCountry, resolveCurrencies } from './resolve/currencies';
import { withoutWordsOfNames } from './resolve/overlaps';
import { resolveFigures } from './resolve/figures';
import { normalizePart } from '../text/normalize';
import { tokenizeNormalized } from '../text/tokenize';
import type { ExtractOptions, ExtractorOptions, Extraction } from './output';
import { compileLexicon } from './user-lexicon';
import type { CompiledLexicon } from '../contracts/user-names';
import type { TextContext } from '../contracts/context';
import { resolveExtractOptions, type ResolvedExtractOptions } from '../contracts/options';
import { pieces } from './pieces';

/**
 * Reads Arabic news text and returns its people, places, organizations, figures and dates.
 * Every mention's offsets point into `text` itself. The pipeline: normalize once → tokens →
 * recognizers propose spans → the resolver settles overlaps → mentions grouped into entities.
 * A very long text is tokenized and recognized piece by piece (see pieces.ts); the first piece's
 * reference date (the option, else its dateline) anchors the others.
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  return extractChecked(null, text, options);
}

/**
 * An `extract` that finds the caller's own people, places and organizations first (names with
 * variants, kind, country code). The lexicon is checked and compiled here, once: each call costs
 * what `extract` costs plus one lookup per token. Bad entries throw a TypeError or RangeError naming
 * the entry (`createExtractor(): lexicon.places[2].countryCode must be …`).
 */
export function createExtractor(options?: ExtractorOptions): (text: string, options?: ExtractOptions) => Extraction {
  // the one options check every export shares (text/errors): same rejections, same wording
  const { lexicon: entries } = expectOptions(options, 'createExtractor', ['lexicon']);
  const lexicon = entries === undefined ? null : compileLexicon(entries, 'createExtractor');
  return (text, callOptions) => extractChecked(lexicon, text, callOptions);
}

function extractChecked(userLexicon: CompiledLexicon | null, text: string, options?: ExtractOptions): Extraction {
  expectString(text, 'extract');
  const resolved = resolveExtractOptions(options);
  return extractWith(text, resolved, resolved.model ? shippedModel() : null, userLexicon);
}

/**
 * extract() with the entity model given: the shipped one, none (rules only), or in training a model
 * being learned or a stand-in that records what the model would read.
 */
export function extractWith(
  text: string,
  resolved: ResolvedExtractOptions,
  model: ModelWithRules | null,
  userLexicon: CompiledLexicon | null = null,
): Extraction {
  // each piece's lists, joined once at the end (see joined)
  const figureParts: Figure[][] = [];
  const dateParts: DateMention[][] = [];
  const weekendParts: WeekendMention[][] = [];
  const candidateParts: EntityCandidate[][] = [];
  const personKeys = new Set<string>();
  let reference: DateReference | undefined;
  let referenceDate = resolved.referenceDate;
  const ranges = pieces(text);
  for (const [from, to] of ranges) {
    const view = normalizePart(text, from, to);
    const tokens = tokenizeNormalized(view);
    const ctx: TextContext = { source: text, view, tokens, meemReadings: new Uint8Array(tokens.length), referenceDate, userLexicon };
    const found = recognizeDates(ctx);
    if (!reference) {
      reference = found.reference;
      if (!referenceDate && reference.value) referenceDate = new Date(`${reference.value}T00:00:00Z`);
    }
    const pieceFigures = resolveFigures(recognizeFigures(ctx), found.dates);
    const pieceEntities = recognizeEntities(ctx, found.dates, pieceFigures, [...personKeys], model);
    for (const c of pieceEntities) if (c.category === 'people' && c.key.includes(' ')) personKeys.add(c.key);
    candidateParts.push(pieceEntities);
    dateParts.push(withoutWordsOfNames(found.dates, pieceEntities));
    figureParts.push(withoutWordsOfNames(pieceFigures, pieceEntities));
    weekendParts.push(found.weekends);
  }
  const candidates = joined(candidateParts);
  const figures = joined(figureParts);
  const dates = joined(dateParts);
  const weekends = joined(weekendParts);
  // pieces group their own people; across pieces the same names must become one person again
  const settled =
    ranges.length === 1
      ? candidates
      : [...candidates.filter((c) => c.category !== 'people'), ...unifyPeople(candidates.filter((c) => c.category === 'people'))];
  const places = buildEntities(text, settled, 'places');
  const organizations = buildEntities(text, settled, 'organizations');
  const people = buildEntities(text, settled, 'people');
  const settledReference = reference ?? { value: null, source: 'none' };
  // the article's country, worked out once and only when a currency word or a weekend needs it
  const country = lazy(() => articleCountry(text, places, organizations, people, settledReference));
  resolveCurrencies(figures, country);
  placeWeekends(weekends, country);
  return {
    people,
    places,
    organizations,
    figures,
    dates,
    reference: settledReference,
  };
}

/**
 * The pieces' lists as one list, made at its full length and filled: a list grown by push is copied
 * at each growth, and text dense in figures (a megabyte of 1م holds 333,334) copied its figures list
 * over and over, each copy a fresh allocation of the heap's large objects. One piece's list is
 * returned as is.
 */
function joined<T>(parts: readonly T[][]): T[] {
  if (parts.length === 1) return parts[0]!;
  let length = 0;
  for (const part of parts) length += part.length;
  const all = new Array<T>(length);
  let k = 0;
  for (const part of parts) for (let i = 0; i < part.length; i++) all[k++] = part[i]!;
  return all;
}
