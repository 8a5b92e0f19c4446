// The policy that says how much evidence each name of the open-data gazetteer (GeoNames and Egypt's
// districts, src/contracts/open-data-places.ts) needs before it counts as a place.
import type { OpenDataPlace } from '../contracts/open-data-places';
import { lazy } from '../text/lazy';
import { NEWS_REGION_COUNTRIES } from '../data/places/geonames.generated';
import { DIRECTION_ADJECTIVES } from '../data/places/places';
import { foldKey } from '../text/fold-key';

/**
 * How much a name needs around it to count as a place, loosest first (see recognize.ts):
 * - anywhere;
 * - not-after-definite-word: not as the adjective of a definite noun before it (`المنطقة الشرقية`);
 * - place-context: a preposition of place, a trigger, or another place beside it;
 * - place-evidence: a trigger, a dateline, its country or governorate beside it (`جدة السعودية`), a
 *   place of its country beside it in a list (`صيدا وصور`, `الخليل وبيت لحم`, not `بالرباط وفدا`), or a preposition of place that is not the head of a construct (`في
 *   صور` but not `في صور الأطفال`);
 * - named-with-country: a trigger, a dateline, or its country beside it, no less (a village whose
 *   name is a word: `في الصورة` is `in the picture`);
 * - after-trigger: only right after a trigger word (`مدينة العيون`).
 */
export type NameCondition =
  | 'anywhere'
  | 'not-after-definite-word'
  | 'place-context'
  | 'place-evidence'
  | 'named-with-country'
  | 'country-in-article'
  | 'after-trigger';

export const CONDITIONS_LOOSEST_FIRST: readonly NameCondition[] = [
  'anywhere',
  'not-after-definite-word',
  'place-context',
  'place-evidence',
  'named-with-country',
  'country-in-article',
  'after-trigger',
];

// Cities of this size are known well enough to be named bare; smaller ones need context.
const WELL_KNOWN_POPULATION = 100_000;
// Far from the Arab world only a metropolis or a great province is named bare (its names are
// transliterations, which meet Arabic words: تاما، حصار); the known ones are in CLDR and the hand list.
const WELL_KNOWN_ABROAD = 1_000_000;
const TOWN_POPULATION = 20_000;
// A one-word name of three letters or fewer (after the article) is too often a word (فاس، صور، بنها).
const SHORT_NAME_LETTERS = 3;
const ARTICLE = 'ال';
// folded nisba endings: ي (الرمادي `grey`), ية (الشرقية `eastern`)
const NISBA_ENDINGS = ['ي', 'يه'];

const directionAdjectives = lazy(() => new Set(DIRECTION_ADJECTIVES.map(foldKey)));
const newsRegion = lazy(() => new Set(NEWS_REGION_COUNTRIES));

/**
 * The condition of one name of an open-data place (folded). `isGivenName` says whether the word is
 * also used in people's names, which makes the name need evidence like a common word.
 */
export function openDataCondition(name: string, place: OpenDataPlace, isGivenName: (word: string) => boolean): NameCondition {
  const oneWord = !name.includes(' ');
  const bare = name.startsWith(ARTICLE) ? name.slice(ARTICLE.length) : name;
  const strictest = place.population >= TOWN_POPULATION ? 'place-evidence' : 'named-with-country';
  if (oneWord && (isGivenName(name) || isGivenName(bare))) return strictest;
  if (oneWord && directionAdjectives().has(name)) return 'place-context';
  const threshold = newsRegion().has(place.countryCode) ? WELL_KNOWN_POPULATION : WELL_KNOWN_ABROAD;
  const wellKnown = place.population >= threshold || (place.kind === 'province' && newsRegion().has(place.countryCode));
  if (wellKnown && (!oneWord || bare.length > SHORT_NAME_LETTERS)) {
    // a definite nisba (الرمادي، السليمانية، الشرقية) is also the adjective of a definite noun
    const nisba = oneWord && name.startsWith(ARTICLE) && NISBA_ENDINGS.some((ending) => name.endsWith(ending));
    return nisba ? 'not-after-definite-word' : 'anywhere';
  }
  if (!oneWord && place.kind === 'province' && !name.startsWith(ARTICLE) && name.split(' ').every((word) => word.length > SHORT_NAME_LETTERS && !isGivenName(word))) {
    // a province named by words no sequence of Arabic words is written as: none short, none a given
    // name, the first without the article (`كيفو الشمالية`, `منغوليا الداخلية`, `تامل نادو`)
    return 'anywhere';
  }
  if (!oneWord || !newsRegion().has(place.countryCode)) return 'place-context';
  return strictest;
}
