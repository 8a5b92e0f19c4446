// Time-zone phrases (بتوقيت طهران، حسب توقيت مكة المكرمة، GMT) and the UTC offset a zone has on a
// given local day and time, computed from the IANA rules through Intl so daylight saving is right.
import { COUNTRY_TIME_ZONES, TIME_ZONE_NAMES } from '../data/dates/time-zones';
import { countryNamesAr } from '../text/countries';
import { toDayNumber } from './calendar';
import { lazy } from '../text/lazy';
import { type TokenStream } from '../text/phrases';
import { dateIndex, dateWordSet } from './word-group';

/** Words that introduce a zone: بتوقيت طهران، بالتوقيت المحلي، حسب توقيت القاهرة، وفق توقيت غرينتش. */
const ZONE_INTRODUCERS = ['توقيت', 'التوقيت', 'حسب توقيت', 'وفق توقيت', 'وفقا لتوقيت', 'بحسب توقيت'];
/** Zones written right after a time with no introducer (10:00 GMT, 20:36 غرينتش). */
const BARE_ZONES = new Set(['UTC']);
const LOCAL_TIME = ['المحلي'];

const zoneNames = lazy(() => {
  const zones = new Map(COUNTRY_TIME_ZONES);
  const countries = countryNamesAr().flatMap(([code, name]) => (zones.has(code) ? [[name, zones.get(code)!] as const] : []));
  return dateIndex([...TIME_ZONE_NAMES, ...countries]);
});
const introducers = lazy(() => dateIndex(ZONE_INTRODUCERS.map((phrase) => [phrase, true] as const)));
const localTime = lazy(() => dateWordSet(LOCAL_TIME));

/** A zone phrase at `index`: the IANA zone (null for local time) and the token after the phrase. */
export interface ZoneMatch {
  zone: string | null;
  end: number;
  next: number;
}

export function matchTimeZone(stream: TokenStream, index: number): ZoneMatch | null {
  const introducer = introducers().match(stream, index);
  if (introducer === null) {
    const bare = zoneNames().match(stream, index);
    return bare !== null && BARE_ZONES.has(bare.value) ? { zone: bare.value, end: bare.end, next: bare.next } : null;
  }
  const zone = zoneNames().match(stream, introducer.next);
  if (zone !== null) return { zone: zone.value, end: zone.end, next: zone.next };
  const local = localTime().match(stream, introducer.next);
  return local === null ? null : { zone: null, end: local.end, next: local.next };
}

const offsetFormat = (zone: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
// A formatter costs far more to make than to use: one per zone the lexicon knows, made once.
const offsetFormats = lazy(
  () => new Map([...new Set(TIME_ZONE_NAMES.map(([, zone]) => zone))].map((zone) => [zone, offsetFormat(zone)] as const)),
);

const MS_PER_MINUTE = 60_000;
const OFFSET = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/** The zone's offset from UTC, in minutes, at a UTC instant. */
function offsetMinutesAt(format: Intl.DateTimeFormat, instant: number): number {
  const name = format.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = OFFSET.exec(name);
  if (match === null || match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+03:30`: the UTC offset `zone` has at that local date and time (DST included). */
export function utcOffset(zone: string, year: number, month: number, day: number, hour: number, minute: number): string {
  const format = offsetFormats().get(zone) ?? offsetFormat(zone);
  const local = (toDayNumber(year, month, day) * 24 * 60 + hour * 60 + minute) * MS_PER_MINUTE;
  // the offset depends on the instant, which depends on the offset: two rounds settle it (DST gaps included)
  const first = offsetMinutesAt(format, local);
  const offset = offsetMinutesAt(format, local - first * MS_PER_MINUTE);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
