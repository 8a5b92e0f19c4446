// Text drawn from everything real Arabic text can hold and more: the whole Arabic block, Arabic
// Supplement, Extended-A and -B, every code point of Presentation Forms A and B (ligatures such as ﷺ
// that expand to 15 letters included), Persian and Urdu letters, the digits of every script Unicode
// has, bidi and zero-width controls, odd spaces and line separators, lone surrogates, NUL, and long
// runs of any of them, mixed with the Arabic-heavy news-like text of arbitraries.ts.
import fc from 'fast-check';
import { arabicText } from './arbitraries';

const fromCode = (code: number): string => String.fromCodePoint(code);
const codeIn = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map(fromCode);

/** Every decimal digit of Unicode (\p{Nd}): each script's ten digits, astral ones as surrogate pairs. */
const ALL_DIGITS: string[] = [];
for (let code = 0; code <= 0x10ffff; code++) {
  if (code === 0xd800) code = 0xe000;
  if (/\p{Nd}/u.test(fromCode(code))) ALL_DIGITS.push(fromCode(code));
}

/** A digit of any script, or a number written in one script (ten digits of a script are consecutive). */
const digits: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ALL_DIGITS),
  fc.tuple(fc.nat(ALL_DIGITS.length / 10 - 1), fc.array(fc.nat(9), { minLength: 1, maxLength: 12 }), fc.constantFrom('', '.', ',', '٫', '٬'))
    .map(([script, values, separator]) => values.map((d, i) => (i === 2 && separator ? separator : '') + ALL_DIGITS[script * 10 + d]).join('')),
);

const PERSIAN_URDU = ['پ', 'چ', 'ژ', 'گ', 'ی', 'ک', 'ۀ', 'ۃ', 'ہ', 'ھ', 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ۓ', 'ۂ', '۔', 'ى', 'ي'];
/** Bidi, zero-width and other format controls, and the spaces and separators that are not U+0020. */
const CONTROLS = [
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u2061', '\u206a', '\u206f',
  '\u00a0', '\u202f', '\u2007', '\u2000', '\u200a', '\u3000', '\u0085', '\u2028', '\u2029', '\t', '\r', '\n', '\v', '\f',
];

/** One unit of hostile text: a code point (or lone surrogate) of the ranges above, weighted towards Arabic. */
const hostileChar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: codeIn(0x0600, 0x06ff) }, // Arabic
  { weight: 2, arbitrary: codeIn(0x0750, 0x077f) }, // Arabic Supplement
  { weight: 2, arbitrary: codeIn(0x0870, 0x08ff) }, // Arabic Extended-B and -A
  { weight: 5, arbitrary: codeIn(0xfb50, 0xfdff) }, // Arabic Presentation Forms-A, ligatures included
  { weight: 3, arbitrary: codeIn(0xfe70, 0xfeff) }, // Arabic Presentation Forms-B
  { weight: 2, arbitrary: fc.constantFrom(...PERSIAN_URDU) },
  { weight: 2, arbitrary: digits },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 1, arbitrary: codeIn(0xd800, 0xdfff) }, // a lone surrogate
  { weight: 1, arbitrary: fc.constant('\u0000') },
  { weight: 3, arbitrary: codeIn(0x20, 0x7e) }, // ASCII
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) }, // anything else, astral too
);

/** A run of one character or one short string, up to `max` times: long ligature runs, 2,000 NULs, 1م1م… */
const run = (max: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.oneof(hostileChar, fc.array(hostileChar, { minLength: 2, maxLength: 4 }).map((u) => u.join(''))), fc.integer({ min: 2, max }))
    .map(([unit, times]) => unit.repeat(times));

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: hostileChar },
  { weight: 3, arbitrary: run(40) },
  { weight: 1, arbitrary: run(2000) },
  { weight: 3, arbitrary: arabicText },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '، ', '. ') },
);

/** Hostile text: up to 60 segments of single characters, runs and news-like text, joined. */
export const hostileText: fc.Arbitrary<string> = fc.array(segment, { maxLength: 60 }).map((parts) => parts.join(''));
