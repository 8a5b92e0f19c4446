import type { DateReference } from '../../dates/types';
import type { Organization, Person, Place } from '../../contracts/entity';
import { currencyInCountry, measureElsewhere } from '../../figures/units';
import type { Figure } from '../../figures/types';

const ISO_CODE = /^[A-Z]{3}$/;
const SPACE = /\s/;
// How far into the text a wire dateline's city is looked for (a headline or two before it).
const DATELINE_REACH = 600;
/** What follows a dateline city: a dash, a comma, or the agency in brackets. */
const AFTER_DATELINE_CITY = /^\s*[-–—،,(]/;

/**
 * The country the article is from or about: that of its dateline city (`الكويت - …`, the city on
 * the line of the dateline date), else the one country that has more than half of the mentions that
 * name a country: the text's places, its organizations tied to a country (`الحكومة الكويتية`, a
 * state's body, says as plainly as `الكويت` whose budget is in دينار) and its people whose title gives
 * their nationality (`وزير المالية السعودي X` speaks of riyals). undefined when neither is clear.
 */
export function articleCountry(
  text: string,
  places: readonly Place[],
  organizations: readonly Organization[],
  people: readonly Person[],
  reference: DateReference,
): string | undefined {
  const located = places.flatMap((place) => (place.countryCode ? place.mentions.map((mention) => ({ mention, country: place.countryCode! })) : []));
  located.sort((a, b) => a.mention.start - b.mention.start);
  for (const { mention, country } of located) {
    if (mention.start > DATELINE_REACH) break;
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    const opensLine = text.slice(lineStart, mention.start).trim() === '';
    const onDatelineLine = reference.source === 'dateline' && reference.start !== undefined && lineStart <= reference.start && mention.start < reference.start;
    if ((opensLine && AFTER_DATELINE_CITY.test(text.slice(mention.end, mention.end + 3))) || onDatelineLine) return country;
  }
  const counts = new Map<string, number>();
  let mentions = located.length;
  for (const { country } of located) counts.set(country, (counts.get(country) ?? 0) + 1);
  for (const entity of [...organizations, ...people]) {
    if (entity.nationality === undefined) continue;
    counts.set(entity.nationality, (counts.get(entity.nationality) ?? 0) + entity.mentions.length);
    mentions += entity.mentions.length;
  }
  for (const [country, count] of counts) if (count * 2 > mentions) return country;
  return undefined;
}

/**
 * Figures in an ambiguous currency word (ريال، دينار، درهم، جنيه) get the code that word has in the
 * article's country (دينار in a Kuwaiti story → KWD); where the country is unclear, or the word is
 * not that country's currency, the word stays.
 */
export function resolveCurrencies(figures: Figure[], country: () => string | undefined): void {
  // the article's country is worked out only when a figure needs it
  const ambiguous = figures.filter((figure) => figure.kind === 'money' && figure.unit !== undefined && !ISO_CODE.test(figure.unit));
  if (ambiguous.length === 0) return;
  const code = country();
  for (const figure of ambiguous) {
    const resolved = code === undefined ? undefined : currencyInCountry(figure.unit!, code);
    if (resolved !== undefined) figure.unit = resolved;
    else measureWhereNoCurrency(figure);
  }
}

/**
 * A figure in a currency word that is a measure where its currency is not settled (أوقية, the ouguiya
 * only in a Mauritanian story) becomes that measure, its unit word, the figure's last, as unitSpan.
 */
function measureWhereNoCurrency(figure: Figure): void {
  const measure = measureElsewhere(figure.unit!);
  if (measure === undefined) return;
  let wordStart = figure.text.length;
  while (wordStart > 0 && !SPACE.test(figure.text[wordStart - 1]!)) wordStart--;
  figure.kind = 'measure';
  figure.unit = measure;
  figure.unitSpan = { text: figure.text.slice(wordStart), start: figure.start + wordStart, end: figure.end };
}
