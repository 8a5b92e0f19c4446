// Places news names in a time phrase (بتوقيت طهران، حسب توقيت مكة المكرمة، 10:00 GMT), mapped to the
// IANA zone whose rules give the UTC offset on the day in question. Hand-kept. A city that names two
// zones (عمان: Amman or Oman) is left out rather than guessed.

/**
 * [place or zone name as written, IANA time zone]. A country whose CLDR name news writes (مصر، العراق)
 * is in COUNTRY_TIME_ZONES by its code instead: its name is read from the countries table every
 * tokenizing bundle carries, where a name written here would weigh six bytes a letter again.
 */
export const TIME_ZONE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['غرينتش', 'UTC'],
  ['غرينيتش', 'UTC'],
  ['جرينتش', 'UTC'],
  ['جرينيتش', 'UTC'],
  ['جرينش', 'UTC'],
  ['GMT', 'UTC'],
  ['UTC', 'UTC'],
  ['العالمي', 'UTC'],
  ['مكة المكرمة', 'Asia/Riyadh'],
  ['مكة', 'Asia/Riyadh'],
  ['الرياض', 'Asia/Riyadh'],
  ['السعودية', 'Asia/Riyadh'],
  ['القاهرة', 'Africa/Cairo'],
  ['القدس', 'Asia/Jerusalem'],
  ['القدس المحتلة', 'Asia/Jerusalem'],
  ['تل أبيب', 'Asia/Jerusalem'],
  ['غزة', 'Asia/Gaza'],
  ['فلسطين', 'Asia/Hebron'],
  ['رام الله', 'Asia/Hebron'],
  ['بيروت', 'Asia/Beirut'],
  ['دمشق', 'Asia/Damascus'],
  ['بغداد', 'Asia/Baghdad'],
  ['طهران', 'Asia/Tehran'],
  ['موسكو', 'Europe/Moscow'],
  ['أنقرة', 'Europe/Istanbul'],
  ['إسطنبول', 'Europe/Istanbul'],
  ['الدوحة', 'Asia/Qatar'],
  ['أبوظبي', 'Asia/Dubai'],
  ['أبو ظبي', 'Asia/Dubai'],
  ['دبي', 'Asia/Dubai'],
  ['الإمارات', 'Asia/Dubai'],
  ['المنامة', 'Asia/Bahrain'],
  ['مسقط', 'Asia/Muscat'],
  ['صنعاء', 'Asia/Aden'],
  ['عدن', 'Asia/Aden'],
  ['الخرطوم', 'Africa/Khartoum'],
  ['الرباط', 'Africa/Casablanca'],
  ['نواكشوط', 'Africa/Nouakchott'],
  ['لندن', 'Europe/London'],
  ['باريس', 'Europe/Paris'],
  ['برلين', 'Europe/Berlin'],
  ['بروكسل', 'Europe/Brussels'],
  ['كييف', 'Europe/Kyiv'],
  ['باكو', 'Asia/Baku'],
  ['يريفان', 'Asia/Yerevan'],
  ['واشنطن', 'America/New_York'],
  ['نيويورك', 'America/New_York'],
  ['بكين', 'Asia/Shanghai'],
  ['طوكيو', 'Asia/Tokyo'],
  ['نيودلهي', 'Asia/Kolkata'],
  ['إسلام آباد', 'Asia/Karachi'],
  ['كابول', 'Asia/Kabul'],
];

/**
 * [ISO 3166-1 code, IANA time zone] of countries named by their CLDR name (بتوقيت مصر، حسب توقيت العراق),
 * and of the capitals that share it (الكويت، تونس، الجزائر).
 */
export const COUNTRY_TIME_ZONES: ReadonlyArray<readonly [string, string]> = [
  ['EG', 'Africa/Cairo'],
  ['LB', 'Asia/Beirut'],
  ['SY', 'Asia/Damascus'],
  ['IQ', 'Asia/Baghdad'],
  ['JO', 'Asia/Amman'],
  ['IR', 'Asia/Tehran'],
  ['RU', 'Europe/Moscow'],
  ['TR', 'Europe/Istanbul'],
  ['QA', 'Asia/Qatar'],
  ['BH', 'Asia/Bahrain'],
  ['YE', 'Asia/Aden'],
  ['SD', 'Africa/Khartoum'],
  ['LY', 'Africa/Tripoli'],
  ['MR', 'Africa/Nouakchott'],
  ['MA', 'Africa/Casablanca'],
  ['DZ', 'Africa/Algiers'],
  ['TN', 'Africa/Tunis'],
  ['KW', 'Asia/Kuwait'],
];
