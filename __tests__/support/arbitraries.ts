// fast-check generators for the robustness tests: text of any shape, and text built from the pieces
// Arabic news is made of (clitic-laden words, digits of three scripts, the library's own lexicon words)
// mixed with the characters that tend to break text code (marks, tatweel, bidi controls, presentation
// forms, lone surrogates, odd spaces). Vocabulary comes from src/data so it follows the recognizers.
import fc from 'fast-check';
import { GIVEN_NAMES } from '../../src/data/people/given-names';
import { GREGORIAN_MONTH_NAMES_CLDR, HIJRI_MONTH_NAMES_CLDR } from '../../src/data/dates/months.generated';
import { GREGORIAN_MONTH_VARIANTS } from '../../src/data/dates/months';
import {
  FEW_WORDS,
  FRACTION_WORDS,
  SCALE_NUMBER_WORDS,
  TENS_NUMBER_WORDS,
  UNIT_NUMBER_WORDS,
  VAGUE_PLURAL_WORDS,
} from '../../src/data/figures/numbers';
import { TITLE_DOMAINS, TITLE_HEADS } from '../../src/data/people/person-titles';
import { countryNamesAr } from '../../src/text/countries';
import { TIME_PREPOSITIONS } from '../../src/data/dates/time-prepositions';
import { WEEKDAY_NAMES } from '../../src/data/dates/weekdays';
import { KNOWN_ORGANIZATIONS } from '../../src/data/organizations/organizations';
import { PLACE_TRIGGERS } from '../../src/data/places/places-context';
import { CLDR_CITIES } from '../../src/data/places/places.generated';
import { TIME_ZONE_NAMES } from '../../src/data/dates/time-zones';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../../src/data/figures/qualifiers';
import { PERCENT_PHRASES, UNIT_WORDS } from '../../src/data/figures/units';
import { seedArticles } from '../helpers';

const fromCode = (code: number): string => String.fromCharCode(code);
const codeIn = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map(fromCode);
const pick = (values: readonly string[]): fc.Arbitrary<string> => fc.constantFrom(...values);

/** Any sequence of UTF-16 code units: lone surrogates, unpaired halves and noncharacters included. */
const anyCodeUnits = fc.string({ unit: codeIn(0, 0xffff), maxLength: 80 });

/** Strings of every unit fast-check knows, and raw code units. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  anyCodeUnits,
);

const LETTERS = codeIn(0x0621, 0x064a);
const PERSIAN_LETTERS = pick(['ی', 'ے', 'ک', 'ۀ', 'ۃ', 'ہ', 'ھ', 'ٱ', 'پ', 'چ', 'ژ', 'گ']);
/** Tashkeel, dagger alef, Quranic marks. */
const MARKS = fc.oneof(codeIn(0x064b, 0x0652), fc.constant('\u0670'), codeIn(0x06d6, 0x06ed));
const TATWEEL = 'ـ';
/** ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings and overrides, isolates, word joiner, BOM. */
const INVISIBLES = pick(['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2060', '\ufeff']);
const ODD_SPACES = pick(['\u00a0', '\u202f', '\u2007', '\u2009', '\u3000', '\u0085', '\u2028', '\u2029']);
const PRESENTATION_FORMS = fc.oneof(codeIn(0xfb50, 0xfdff), codeIn(0xfe70, 0xfeff));
const LONE_SURROGATE = codeIn(0xd800, 0xdfff);
const PUNCTUATION = pick(['،', '؛', '؟', '«', '»', '“', '”', '(', ')', '[', ']', '.', ',', ':', '!', '?', '-', '–', '—', '/', '"', "'", '…', '٪', '%', '$', '€', '#', '+', '*']);
const SEPARATORS = pick([',', '.', '٫', '٬']);

/** One character of the kinds that sit inside or between words and that normalization folds or drops. */
const NOISE = fc.oneof(MARKS, fc.constant(TATWEEL), INVISIBLES, ODD_SPACES, PRESENTATION_FORMS, LONE_SURROGATE, PERSIAN_LETTERS);

const PROCLITICS = pick(['', '', '', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'ال', 'لل', 'وال', 'بال', 'فال', 'وب', 'ول', 'وس']);
const ENCLITICS = pick(['', '', '', 'ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كن', 'كما', 'نا']);

/** A letter, sometimes followed by a mark, tatweel or an invisible joiner as they occur inside words. */
const LETTER_IN_WORD = fc
  .tuple(LETTERS, fc.option(fc.oneof(MARKS, fc.constant(TATWEEL), pick(['\u200c', '\u200d'])), { freq: 4, nil: '' }))
  .map(([letter, after]) => letter + after);

/** Random letters with clitics before and after: و+ال+stem+هم and the like. */
const cliticWord: fc.Arbitrary<string> = fc
  .tuple(PROCLITICS, fc.array(LETTER_IN_WORD, { minLength: 1, maxLength: 8 }), ENCLITICS)
  .map(([before, stem, after]) => before + stem.join('') + after);

const DIGIT_SCRIPTS = [0x30, 0x0660, 0x06f0] as const;

/** A run of digits in one script (sometimes mixed), with or without separators: 1,500 ٢٫٥ ۱۲۳ 1.500.000,25. */
const digitNumber: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...DIGIT_SCRIPTS),
    fc.boolean(),
    fc.array(fc.tuple(fc.array(fc.nat(9), { minLength: 1, maxLength: 4 }), SEPARATORS), { minLength: 1, maxLength: 5 }),
  )
  .map(([zero, mixScripts, groups]) =>
    groups
      .map(([digits, separator], k) => {
        const written = digits.map((d, i) => fromCode((mixScripts ? DIGIT_SCRIPTS[(d + i) % 3]! : zero) + d)).join('');
        return k === groups.length - 1 ? written : written + separator;
      })
      .join(''),
  );

/** Numbers far past what a double holds: 10^400, 400 nines, 150 thousands groups, a long decimal tail. */
const hugeNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 300, max: 2000 }).map((zeros) => '1' + '0'.repeat(zeros)),
  fc.integer({ min: 300, max: 2000 }).map((n) => '٩'.repeat(n)),
  fc.integer({ min: 100, max: 400 }).map((groups) => '1' + ',000'.repeat(groups)),
  fc.integer({ min: 100, max: 400 }).map((groups) => '١' + '٬٠٠٠'.repeat(groups)),
  fc.integer({ min: 300, max: 1000 }).map((n) => '0.' + '5'.repeat(n)),
  fc.integer({ min: 2000, max: 20000 }).map((n) => '7'.repeat(n)),
);

const words = (table: ReadonlyArray<readonly [unknown, readonly string[]]>): string[] => table.flatMap(([, forms]) => forms);

const NUMBER_WORDS = [
  ...words(UNIT_NUMBER_WORDS),
  ...words(TENS_NUMBER_WORDS),
  ...words(FRACTION_WORDS),
  ...words(VAGUE_PLURAL_WORDS),
  ...SCALE_NUMBER_WORDS.flatMap((s) => [...s.singular, ...s.dual, ...s.plural]),
  ...FEW_WORDS,
  'مئة',
  'مائة',
  'مئتان',
  'ثلاثمائة',
];
const MONTHS = [
  ...GREGORIAN_MONTH_NAMES_CLDR.map(([name]) => name),
  ...GREGORIAN_MONTH_VARIANTS.map(([name]) => name),
];
const HIJRI_MONTHS = HIJRI_MONTH_NAMES_CLDR.map(([name]) => name);
const WEEKDAYS = WEEKDAY_NAMES.map(([name]) => name);
const QUALIFIERS = [...QUALIFIERS_BEFORE, ...QUALIFIERS_AFTER].map(([phrase]) => phrase.replace('…', 'عددهم'));
const UNITS = [...PERCENT_PHRASES, ...UNIT_WORDS.flatMap((u) => u.forms)];
const ORGANIZATIONS = KNOWN_ORGANIZATIONS.flatMap((o) => o.names);
const PLACES = [...countryNamesAr().map(([, name]) => name), ...CLDR_CITIES.flatMap(([, , names]) => names)];
const RELATIVE_WORDS = ['أمس', 'اليوم', 'غدا', 'أول أمس', 'الأسبوع الماضي', 'الشهر المقبل', 'العام الماضي', 'مساء أمس', 'صباح اليوم'];

/** Words the recognizers key on, each alone: months, weekdays, numerals, qualifiers, units, titles, names, places, bodies. */
const LEXICON_WORDS = [
  ...MONTHS,
  ...HIJRI_MONTHS,
  ...WEEKDAYS,
  ...TIME_PREPOSITIONS,
  ...NUMBER_WORDS,
  ...QUALIFIERS,
  ...UNITS,
  ...TITLE_HEADS,
  ...TITLE_DOMAINS,
  ...GIVEN_NAMES,
  ...PLACES,
  ...ORGANIZATIONS,
  ...PLACE_TRIGGERS.map(([trigger]) => trigger),
  ...TIME_ZONE_NAMES.map(([name]) => name),
  ...RELATIVE_WORDS,
  ...['عام', 'سنة', 'عاما', 'هـ', 'م', 'الساعة', 'صباحا', 'مساء', 'بتوقيت', 'بين', 'من', 'إلى', 'و', 'وزارة', 'منظمة', 'حزب'],
];

const lexiconWord: fc.Arbitrary<string> = fc.tuple(PROCLITICS, pick(LEXICON_WORDS)).map(([before, word]) => before + word);

/** A number as news writes one: digits of any script with separators, or one or two number words. */
const numeral = fc.oneof(
  { weight: 3, arbitrary: digitNumber },
  { weight: 2, arbitrary: fc.array(pick(NUMBER_WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' و')) },
  { weight: 1, arbitrary: hugeNumber },
);
const day = fc.integer({ min: 0, max: 40 }).map(String);
const year = fc.oneof(fc.integer({ min: 1, max: 2200 }).map(String), digitNumber);
const opt = (arb: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(arb, { nil: '' });
const spaced = (...parts: fc.Arbitrary<string>[]): fc.Arbitrary<string> =>
  fc.tuple(...parts).map((p) => p.filter((x) => x !== '').join(' '));

/** Phrases shaped like what the recognizers look for, with values in and out of range (day 0 or 40, year 1 or 10^400). */
const templates: fc.Arbitrary<string> = fc.oneof(
  // dates: 9 نوفمبر 2020، 9 تشرين الثاني/نوفمبر، 5 رمضان 1442 هـ، 11-12 مايو، الجمعة 13 نوفمبر
  spaced(opt(pick(TIME_PREPOSITIONS)), opt(pick(WEEKDAYS)), day, pick(MONTHS), opt(year)),
  fc.tuple(day, pick(MONTHS), pick(MONTHS)).map(([d, a, b]) => `${d} ${a}/${b}`),
  spaced(day, pick(HIJRI_MONTHS), year, pick(['هـ', 'هجرية', ''])),
  fc.tuple(day, day, pick(MONTHS), opt(year)).map(([a, b, m, y]) => `${a}-${b} ${m} ${y}`),
  spaced(opt(pick(TIME_PREPOSITIONS)), pick(['عام', 'سنة', 'العام']), year),
  spaced(pick(RELATIVE_WORDS), opt(pick(WEEKDAYS))),
  // times: الساعة 10:30 مساء بتوقيت غرينتش
  fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 99 }), pick(['', 'صباحا', 'مساء', 'فجرا']), opt(pick(TIME_ZONE_NAMES.map(([n]) => n))))
    .map(([h, m, part, zone]) => `الساعة ${h}:${String(m).padStart(2, '0')} ${part} ${zone ? 'بتوقيت ' + zone : ''}`),
  // figures: أكثر من 4 آلاف شخص، بين 5 و10 ملايين دولار، عشرات الآلاف من اللاجئين، 20 بالمئة
  spaced(opt(pick(QUALIFIERS)), numeral, opt(pick(NUMBER_WORDS)), opt(fc.oneof(pick(UNITS), cliticWord))),
  fc.tuple(pick(['بين', 'من', '']), numeral, pick([' و', ' إلى ', '-', ' – ']), numeral, opt(pick(UNITS))).map((p) => p.join(' ')),
  spaced(pick(words(VAGUE_PLURAL_WORDS)), opt(pick(['الآلاف', 'آلاف', 'الملايين'])), opt(fc.constant('من')), cliticWord),
  fc.tuple(cliticWord, fc.integer({ min: 0, max: 150 })).map(([name, age]) => `${name} (${age} عاما)`),
  // people: الرئيس الروسي فلاديمير بوتين، وزير الخارجية سامح شكري
  spaced(opt(pick(TITLE_HEADS)), opt(pick(TITLE_DOMAINS)), pick(GIVEN_NAMES), fc.oneof(pick(GIVEN_NAMES), cliticWord), opt(cliticWord)),
  // places and organizations: مدينة X، X، عاصمة Y، وزارة الدفاع الروسية، منظمة X (Y)
  spaced(pick(PLACE_TRIGGERS.map(([t]) => t)), fc.oneof(pick(PLACES), cliticWord), opt(fc.constant('،')), opt(pick(PLACES))),
  spaced(pick(['وزارة', 'منظمة', 'حزب', 'هيئة', 'وكالة', 'مجلس']), fc.oneof(pick(TITLE_DOMAINS), cliticWord), opt(pick(PLACES))),
  fc.tuple(pick(ORGANIZATIONS), pick(ORGANIZATIONS)).map(([a, b]) => `${a} (${b})`),
  // a dateline: موسكو - 16 نوفمبر 2020 (وكالات)
  fc.tuple(pick(PLACES), day, pick(MONTHS), year).map(([place, d, m, y]) => `\n${place} - ${d} ${m} ${y}\n`),
);

const BETWEEN_WORDS = fc.oneof(
  { weight: 12, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: pick(['\n', '\n\n', '\r\n', '\t', '  ', '']) },
  { weight: 1, arbitrary: ODD_SPACES },
  { weight: 1, arbitrary: INVISIBLES },
);

const PIECE = fc.oneof(
  { weight: 6, arbitrary: templates },
  { weight: 4, arbitrary: lexiconWord },
  { weight: 3, arbitrary: cliticWord },
  { weight: 3, arbitrary: digitNumber },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 3, arbitrary: PUNCTUATION },
  { weight: 2, arbitrary: NOISE },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Isolated, initial, medial and final presentation forms of each base letter (ﻻ-like ligatures aside). */
const PRESENTATION_FORMS_OF = new Map<string, string[]>();
for (let code = 0xfe70; code <= 0xfefc; code++) {
  const base = String.fromCharCode(code).normalize('NFKC');
  if (base.length === 1 && base >= '\u0621' && base <= '\u064a') {
    PRESENTATION_FORMS_OF.set(base, [...(PRESENTATION_FORMS_OF.get(base) ?? []), String.fromCharCode(code)]);
  }
}

/**
 * Roughens a text the way copy from the web arrives: a few letters in presentation forms, and marks,
 * tatweel, bidi controls, odd spaces or lone surrogates slipped in at random places (inside words too).
 */
function roughened(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.array(fc.tuple(fc.nat(), NOISE), { maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }))
    .map(([t, insertions, formSwaps]) => {
      const chars = t.split('');
      for (const [at, pickForm] of formSwaps) {
        const k = at % (chars.length || 1);
        const forms = PRESENTATION_FORMS_OF.get(chars[k] ?? '');
        if (forms) chars[k] = forms[pickForm % forms.length]!;
      }
      for (const [at, noise] of insertions) chars.splice(at % (chars.length + 1), 0, noise);
      return chars.join('');
    });
}

/** Arabic-heavy text: up to 40 pieces (phrases, words, numbers, punctuation, noise) with spaces, newlines or nothing between. */
const builtText: fc.Arbitrary<string> = fc
  .array(fc.tuple(PIECE, BETWEEN_WORDS), { maxLength: 40 })
  .map((pieces) => pieces.map(([piece, gap]) => piece + gap).join(''));

const SEEDS = seedArticles().map((a) => a.text);

/** A stretch of up to 1500 characters of a real article (cut anywhere, mid-word too). */
const seedFragment: fc.Arbitrary<string> = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.nat(), fc.integer({ min: 0, max: 1500 }))
  .map(([k, at, length]) => {
    const seed = SEEDS[k]!;
    const start = at % seed.length;
    return seed.slice(start, start + length);
  });

/** Arabic-heavy text, built from pieces or cut from the seed articles, roughened. */
export const arabicText: fc.Arbitrary<string> = roughened(fc.oneof({ weight: 3, arbitrary: builtText }, { weight: 1, arbitrary: seedFragment }));

/** Either kind of text, for properties that must hold on any input. */
export const anyText: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: arabicText }, { weight: 1, arbitrary: anyString });

/** A valid referenceDate option (years 0000–9999, the first and last days included), as a Date or an ISO string, or none. */
export const referenceDateOption: fc.Arbitrary<{ referenceDate?: string | Date }> = fc.oneof(
  fc.constant({}),
  fc.constantFrom('0000-01-01', '9999-12-31', '2020-02-29', '2023-11-06T23:59:59+05:00').map((referenceDate) => ({ referenceDate })),
  fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
    .chain((date) => fc.constantFrom({ referenceDate: date }, { referenceDate: date.toISOString().slice(0, 10) })),
);
