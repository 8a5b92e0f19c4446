// Choosing between the readings of an ambiguous name: عمان (Oman or Amman), طرابلس (Libya or
// Lebanon), تونس (the country or its capital), الكونغو (either Congo).
//
// 1. Context next to the name narrows the readings (see recognize.ts): a city trigger (`مدينة`,
//    `العاصمة`) keeps cities, a state title (`سلطنة`) keeps countries, a demonym (`العاصمة الأردنية`)
//    keeps places of its country, and vowel marks written as the gazetteer writes one reading
//    (`عُمان`, `عمّان`) keep that one.
// 2. If the readings left still disagree on the country, the reading whose country the article
//    names nearest (another place in it, or a demonym: `مسقط`, `الأردن`, `العماني`) wins.
// 3. Otherwise the gazetteer's order decides: countries before regions before cities, so plain
//    `عمان` with nothing around it is Oman.
import { demonymCode } from '../contracts/demonyms';
import type { Token } from '../text/tokenize';
import type { PlaceReading } from './gazetteer';

/** Keeps the readings that satisfy `wanted`, or all of them when none does: context prefers, it never empties. */
export function prefer(readings: readonly PlaceReading[], wanted: (reading: PlaceReading) => boolean): readonly PlaceReading[] {
  const kept = readings.filter(wanted);
  return kept.length > 0 ? kept : readings;
}

/** The country all readings agree on; null when they name none or disagree. */
export function sharedCountry(readings: readonly PlaceReading[]): string | null {
  const first = readings[0]?.countryCode ?? null;
  return readings.every((reading) => reading.countryCode === first) ? first : null;
}

/** Whether the readings name different countries (one of them none counts as different). */
export function countriesDisagree(readings: readonly PlaceReading[]): boolean {
  return readings.some((reading) => reading.countryCode !== readings[0]?.countryCode);
}

/** A place the recognizer found, with the readings its context left. */
export interface ReadingsAt {
  firstToken: number;
  readings: readonly PlaceReading[];
}

/** One reading per found place (step 2 and 3 above). */
export function chooseReadings(found: readonly ReadingsAt[], tokens: readonly Token[]): PlaceReading[] {
  const chosen = found.map((place) => place.readings[0]!);
  const undecided = found.flatMap((place, k) => (countriesDisagree(place.readings) ? [k] : []));
  if (undecided.length === 0) return chosen;

  const evidence: { token: number; countryCode: string }[] = [];
  found.forEach((place, k) => {
    const countryCode = chosen[k]!.countryCode;
    if (countryCode !== null && !countriesDisagree(place.readings)) evidence.push({ token: place.firstToken, countryCode });
  });
  tokens.forEach((token, index) => {
    const countryCode = demonymCode(token);
    if (countryCode !== null) evidence.push({ token: index, countryCode });
  });

  for (const k of undecided) {
    const place = found[k]!;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const reading of place.readings) {
      for (const clue of evidence) {
        const distance = Math.abs(clue.token - place.firstToken);
        if (clue.countryCode === reading.countryCode && distance < bestDistance) {
          bestDistance = distance;
          chosen[k] = reading;
        }
      }
    }
  }
  return chosen;
}
