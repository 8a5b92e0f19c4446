import { MAGHREB_DECIMAL_SIGN } from '../text/tokenize';
import { SHORT_RUN, shortNumberReadings } from '../text/short-numbers';

/** A number written in digits, read from the token as written. */
export interface DigitReading {
  readonly value: number;
  /** How many digits come before the decimal separator. */
  readonly integerDigits: number;
  /** Written with thousands separators (1,500، ١٬٥٠٠). */
  readonly grouped: boolean;
  /** Has a fractional part (2.5، ٢٫٥). */
  readonly decimal: boolean;
  /** Starts with 0 and has more digits before any decimal separator (05، 0123): a code, not a count. */
  readonly leadingZero: boolean;
}

const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
const MAGHREB_DECIMAL = String.fromCharCode(MAGHREB_DECIMAL_SIGN); // ر
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬

type SeparatorRole = 'decimal' | 'group';

/**
 * Reads a digits token in any script (0–9, ٠–٩, ۰–۹). ٫ is always decimal and ٬ always a thousands
 * separator. ASCII `,` and `.` are told apart by position and count: with both, the last one is the
 * decimal point (1,500.25; 1.500,25); a repeated one groups thousands (1,500,000; 1.500.000); a single
 * comma groups when exactly three digits follow (1,500) and is a decimal comma otherwise (2,5); a
 * single dot is a decimal point (2.5). Returns undefined when the separators do not form a number
 * (16.11.2020 is a date, 1,50,00 nothing).
 */
export function readDigits(written: string): DigitReading | undefined {
  if (isPlainDigits(written)) {
    // most numbers in news are ASCII digits alone (15، 2020): read at once, as the general path would
    // the figure rules ask for a number's reading several times: a short one is made once and shared.
    // Asked first: plain digits hold no ر, and the search for one was a call out of the compiled code
    // (memchr) at every number
    if (written.length <= SHORT_RUN) return sharedPlainReading(shortValue(written), written.length);
    return { value: Number(written), integerDigits: written.length, grouped: false, decimal: false, leadingZero: written.charCodeAt(0) === 0x30 };
  }
  const maghrebSign = written.indexOf(MAGHREB_DECIMAL);
  if (maghrebSign > 0) return readMaghrebDecimal(written.slice(0, maghrebSign), written.slice(maghrebSign + 1));
  let digits = '';
  const separators: { code: number; at: number }[] = [];
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) digits += String.fromCharCode(0x30 + d);
    else if (c === 0x2c || c === 0x2e || c === ARABIC_DECIMAL_SEPARATOR || c === ARABIC_THOUSANDS_SEPARATOR) {
      // in every number the separators can form, one comes three digits after the one before it (each
      // but the last groups thousands; a decimal one is the last): 1,1,1,… is none, told at its second
      const previous = separators[separators.length - 1];
      if (previous !== undefined && digits.length - previous.at !== 3) return undefined;
      separators.push({ code: c, at: digits.length });
    }
    // anything else inside a number token is an invisible mark the normalizer dropped
  }
  if (digits === '') return undefined;
  const roles = separatorRoles(separators, digits.length);
  let decimalAt = -1;
  const groupsAt: number[] = [];
  for (let k = 0; k < separators.length; k++) {
    if (roles[k] === 'decimal') {
      if (decimalAt >= 0) return undefined;
      decimalAt = separators[k]!.at;
    } else {
      if (decimalAt >= 0) return undefined;
      groupsAt.push(separators[k]!.at);
    }
  }
  const integerDigits = decimalAt >= 0 ? decimalAt : digits.length;
  if (!groupsWellFormed(groupsAt, integerDigits)) return undefined;
  const integerPart = digits.slice(0, integerDigits);
  const value = Number(decimalAt >= 0 ? `${integerPart}.${digits.slice(decimalAt)}` : integerPart);
  return {
    value,
    integerDigits,
    grouped: groupsAt.length > 0,
    decimal: decimalAt >= 0,
    leadingZero: integerPart.length > 1 && integerPart[0] === '0',
  };
}

/** The reading of a short run of plain ASCII digits, `length` of them, of `value`. */
function plainReading(value: number, length: number): DigitReading {
  return { value, integerDigits: length, grouped: false, decimal: false, leadingZero: length > 1 && value < 10 ** (length - 1) };
}

const sharedPlainReading = shortNumberReadings(plainReading);

/**
 * A Maghreb press decimal (5ر1 مليار، 4ر12 درهم): the tokenizer keeps it one number only between two
 * plain digit runs. Its runs are stored in the order they are displayed from the right: the fraction
 * first, then the integer, so 5ر1 is 1.5 and 65ر12 is 12.65 (prices of one share a day quoted this way
 * keep the same integer after the ر and change the digits before it).
 */
function readMaghrebDecimal(fraction: string, integer: string): DigitReading | undefined {
  const whole = readDigits(integer);
  const part = readDigits(fraction);
  if (whole === undefined || part === undefined || whole.decimal || whole.grouped || part.decimal || part.grouped) return undefined;
  return {
    value: Number(`${whole.value}.${asciiDigits(fraction)}`),
    integerDigits: whole.integerDigits,
    grouped: false,
    decimal: true,
    leadingZero: whole.leadingZero,
  };
}

function asciiDigits(written: string): string {
  let digits = '';
  for (let i = 0; i < written.length; i++) {
    const d = digitValue(written.charCodeAt(i));
    // anything else is an invisible mark the normalizer dropped
    if (d >= 0) digits += String.fromCharCode(0x30 + d);
  }
  return digits;
}

function separatorRoles(separators: readonly { code: number; at: number }[], digitCount: number): SeparatorRole[] {
  const commas = separators.filter((s) => s.code === 0x2c).length;
  const dots = separators.filter((s) => s.code === 0x2e).length;
  return separators.map((s, k): SeparatorRole => {
    if (s.code === ARABIC_DECIMAL_SEPARATOR) return 'decimal';
    if (s.code === ARABIC_THOUSANDS_SEPARATOR) return 'group';
    if (commas > 0 && dots > 0) return k === separators.length - 1 ? 'decimal' : 'group';
    const sameCount = s.code === 0x2c ? commas : dots;
    if (sameCount > 1) return 'group';
    return s.code === 0x2c && digitCount - s.at === 3 ? 'group' : 'decimal';
  });
}

/** A first group of one to three digits, then groups of exactly three. */
function groupsWellFormed(groupsAt: readonly number[], integerDigits: number): boolean {
  if (groupsAt.length === 0) return true;
  const first = groupsAt[0]!;
  if (first < 1 || first > 3) return false;
  const bounds = [...groupsAt, integerDigits];
  for (let k = 1; k < bounds.length; k++) if (bounds[k]! - bounds[k - 1]! !== 3) return false;
  return true;
}

/** The value of a short run of plain ASCII digits, read in a loop rather than by Number (a builtin call at every number). */
function shortValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) value = value * 10 + (digits.charCodeAt(i) - 0x30);
  return value;
}

/** A non-empty string of ASCII digits and nothing else. */
function isPlainDigits(written: string): boolean {
  if (written.length === 0) return false;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}
