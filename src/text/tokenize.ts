import { expectString } from './errors';
import { lazy } from './lazy';
import { isArabicMark, isInvisible, isOddSpace } from './charmap';
import { HASH_SEED, hashStep, prefixLengthOf, prefixOf, splitClitics, suffixLengthOf, suffixOf } from './clitics';
import { normalize, type NormalizedText } from './normalize';

export type TokenKind = 'word' | 'latin' | 'number' | 'punctuation' | 'symbol' | 'url' | 'email' | 'other';

export interface Token {
  /** The token exactly as written: `source.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the original string. */
  start: number;
  end: number;
  /** word = Arabic-script word; latin = Latin-script word (may hold digits after its first letter); other = any other script or a lone surrogate. */
  kind: TokenKind;
  /** Normalized form (all folds of `normalize`). */
  norm: string;
  /** Proclitics of an Arabic word in normalized form (و ف ب ل ك س ال لل, in order); '' otherwise. */
  prefix: string;
  /** The word without its clitics (normalized); equals `norm` for other kinds. */
  stem: string;
  /** Enclitic pronoun (ه ها هم هما هن كم كن كما نا); '' if none. */
  suffix: string;
  /** Original offsets of the stem, so a mention can leave out `و` in `وأرمينيا`. */
  stemStart: number;
  stemEnd: number;
}

const SPACE = 0;
const ARABIC = 1;
const JOINER = 2; // marks, tatweel, invisibles: part of a word when inside one
const DIGIT = 3;
const LATIN = 4;
const OTHER_LETTER = 5;
const PUNCT = 6;
const SYMBOL = 7;

const ASCII_PUNCT = '!"\'(),-./:;?[\\]_{}';
const LETTER = /\p{L}/u;
const PUNCTUATION = /\p{P}/u;
const WHITESPACE = /\s/u;

const lowClasses = lazy(() => {
  const table = new Uint8Array(0x0800);
  for (let k = 0; k < 0x0800; k++) table[k] = classify(k);
  return table;
});

/** Class of a code unit; below U+0800 (ASCII, Latin, Arabic) from `low`, the table of lowClasses. */
function classOf(c: number, low: Uint8Array): number {
  return c < 0x0800 ? low[c]! : classify(c);
}

function classify(c: number): number {
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
    if (c <= 0x20 || c === 0x7f) return SPACE;
    return ASCII_PUNCT.includes(String.fromCharCode(c)) ? PUNCT : SYMBOL;
  }
  if (c >= 0x0600 && c <= 0x06ff) return classifyArabicBlock(c);
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return ARABIC;
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    if (c === 0xfd3e || c === 0xfd3f) return PUNCT;
    return isArabicMark(c) ? JOINER : ARABIC;
  }
  if (isInvisible(c)) return JOINER;
  if (isOddSpace(c) || c === 0x85 || c === 0x2028 || c === 0x2029) return SPACE;
  const ch = String.fromCharCode(c);
  if (LETTER.test(ch)) return c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff) ? LATIN : OTHER_LETTER;
  if (PUNCTUATION.test(ch)) return PUNCT;
  if (WHITESPACE.test(ch)) return SPACE;
  return SYMBOL;
}

function classifyArabicBlock(c: number): number {
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x061e || c === 0x060d || c === 0x066d || c === 0x06d4) {
    return PUNCT;
  }
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return DIGIT;
  if (c === 0x066a || c === 0x066b || c === 0x066c) return PUNCT;
  if (c === 0x0640 || isArabicMark(c) || c === 0x061c) return JOINER;
  if (c <= 0x060f || c === 0x06dd || c === 0x06de || c === 0x06e9 || c === 0x06fd || c === 0x06fe) return SYMBOL;
  return ARABIC;
}

const isDecimalOrGroupSign = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
const REPEATABLE_PUNCT = '.!?؟-_=*~';
const URL_PATTERN = '(?:https?:\\/\\/|www\\.)[^\\s<>"«»“”،؛]+';
const EMAIL_LOCAL_CHAR = '[A-Za-z0-9._%+-]';
const EMAIL_PATTERN = '[A-Za-z0-9]' + EMAIL_LOCAL_CHAR + '*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}';
const IS_EMAIL_LOCAL_CHAR = new RegExp(EMAIL_LOCAL_CHAR);
const URL_TRAILING = '.,;:!?)]}\'"';

/**
 * Splits text into tokens with exact UTF-16 offsets into `text`, a normalized form, and for Arabic
 * words a conservative clitic split. Whitespace is not a token. Pure; linear in the text length.
 */
export function tokenize(text: string): Token[] {
  expectString(text, 'tokenize');
  return tokenizeNormalized(normalize(text));
}

/** Tokenizes an already normalized view (lets `extract` normalize once and share the view). */
export function tokenizeNormalized(view: NormalizedText): Token[] {
  const t = view.text;
  const n = t.length;
  const tokens: Token[] = [];
  const src = view.original;
  const low = lowClasses();
  // sticky regexes carry lastIndex, so each call gets its own pair
  const links = t.includes('@') || /https?:|www\./i.test(t) ? new LinkMatcher() : null;

  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    // surrogate pairs are classified as one code point and never split
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const lo = t.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        const cp = t.codePointAt(i)!;
        let j = i + 2;
        const isLetter = LETTER.test(String.fromCodePoint(cp));
        if (isLetter) {
          while (j < n) {
            const next = t.codePointAt(j)!;
            if (next < 0x10000 || !LETTER.test(String.fromCodePoint(next))) break;
            j += 2;
          }
        }
        tokens.push(makeToken(view, i, j, isLetter ? 'other' : 'symbol'));
        i = j;
        continue;
      }
    }
    const cls = c >= 0xd800 && c <= 0xdfff ? OTHER_LETTER : classOf(c, low);
    if (cls === SPACE || cls === JOINER) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    if (cls === ARABIC) {
      // the word's letters are hashed as they are scanned: the clitic splitter's memory is keyed on it
      let hash = hashStep(HASH_SEED, c);
      while (j < n) {
        const next = t.charCodeAt(j);
        const k = classOf(next, low);
        if (k !== ARABIC && k !== JOINER) break;
        hash = hashStep(hash, next);
        j++;
      }
      tokens.push(makeWord(view, i, j, hash));
      i = j;
      continue;
    } else if (cls === DIGIT || cls === LATIN) {
      const link = links ? links.match(t, i) : null;
      if (link) {
        j = link.end;
        kind = link.kind;
      } else if (cls === DIGIT) {
        j = scanNumber(t, i);
        kind = 'number';
      } else {
        while (j < n) {
          const k = classOf(t.charCodeAt(j), low);
          if (k !== LATIN && k !== DIGIT) break;
          j++;
        }
        kind = 'latin';
      }
    } else if (cls === OTHER_LETTER) {
      while (j < n && classOf(t.charCodeAt(j), low) === OTHER_LETTER) j++;
      kind = 'other';
    } else if (cls === PUNCT) {
      if (REPEATABLE_PUNCT.includes(t[i]!)) while (j < n && t.charCodeAt(j) === c) j++;
      kind = 'punctuation';
    } else {
      kind = 'symbol';
    }
    tokens.push(makeToken(view, i, j, kind));
    i = j;
  }
  return tokens;

  function makeToken(v: NormalizedText, from: number, to: number, kind: TokenKind): Token {
    const start = v.offsets[from]!;
    const end = Math.max(start, v.originalEnd(to));
    const norm = t.slice(from, to);
    const written = src.slice(start, end);
    // most tokens need no folding: one string shared, the other left to the young generation
    return new TokenRecord(written === norm ? norm : written, start, end, kind, norm);
  }

  /** An Arabic word's token, with its clitics split off (`hash`: its letters', for the splitter). */
  function makeWord(v: NormalizedText, from: number, to: number, hash: number): Token {
    const token = makeToken(v, from, to, 'word');
    const split = splitClitics(v, from, to, hash);
    if (split !== 0) {
      const prefixLength = prefixLengthOf(split);
      const suffixLength = suffixLengthOf(split);
      token.prefix = prefixOf(split);
      token.stem = token.norm.slice(prefixLength, to - from - suffixLength);
      token.suffix = suffixOf(split);
      token.stemStart = v.offsets[from + prefixLength]!;
      token.stemEnd = Math.max(token.stemStart, v.originalEnd(to - suffixLength));
    }
    return token;
  }
}

/**
 * A token as made by the tokenizer: a class, not an object literal, because V8 may decide from one
 * moment's survival rate to allocate every object of a literal's site in the old generation
 * ("pretenuring"). Tokens live as long as their piece of text, so a collection that happened to
 * fall while a piece's tokens were in use tenured them all, and the tokens of every later piece
 * then died in the old generation: extracting 10 MB peaked near 270 MB of RSS instead of 180 in
 * about half the runs. Objects made by `new` carry no allocation site. Fields in the interface's order.
 */
class TokenRecord implements Token {
  // declared, not defined: the constructor alone makes the fields, in this order
  declare text: string;
  declare start: number;
  declare end: number;
  declare kind: TokenKind;
  declare norm: string;
  declare prefix: string;
  declare stem: string;
  declare suffix: string;
  declare stemStart: number;
  declare stemEnd: number;
  // The shapes of norm and stem (word-shapes' shapeOf), worked out when first asked (0 until then): the
  // big word tables are asked about a word's shape, several tables at each word (the demonyms and the
  // organizations' start stems by its stem), and a shape reads six letters, each through the engine's
  // generic string access (callgrind: over a tenth of the rules' instructions). Private, so that no
  // JSON, spread or equality of tokens sees them.
  #normShape = 0;
  #stemShape = 0;

  /** `shapeOf(token.stem)` if `ofStem`, else `shapeOf(token.norm)`, remembered on a token the tokenizer made. */
  static shape(token: Token, ofStem: boolean, shapeOf: (word: string) => number): number {
    // a brand check, not instanceof: the class is no constant to the compiler, so instanceof ran generic
    if (!(#normShape in token)) return shapeOf(ofStem ? token.stem : token.norm);
    // a stem the splitter left whole is the norm, and shares its shape
    if (ofStem && token.stem !== token.norm) {
      if (token.#stemShape === 0) token.#stemShape = shapeOf(token.stem);
      return token.#stemShape;
    }
    if (token.#normShape === 0) token.#normShape = shapeOf(token.norm);
    return token.#normShape;
  }

  constructor(text: string, start: number, end: number, kind: TokenKind, norm: string) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.norm = norm;
    this.prefix = '';
    this.stem = norm;
    this.suffix = '';
    this.stemStart = start;
    this.stemEnd = end;
  }
}

/** `shapeOf` of the token's stem (`ofStem`) or norm, worked out once for a token the tokenizer made (word-shapes' normShape, stemShape). */
export const rememberedShape = (token: Token, ofStem: boolean, shapeOf: (word: string) => number): number => TokenRecord.shape(token, ofStem, shapeOf);

/** ر, the decimal sign of Maghreb press between two digit runs (5ر1 مليار: see scanNumber). */
export const MAGHREB_DECIMAL_SIGN = 0x0631;

function scanNumber(t: string, i: number): number {
  const n = t.length;
  let j = i;
  for (;;) {
    while (j < n && isAsciiOrEasternDigit(t.charCodeAt(j))) j++;
    // 5ر1: Moroccan and Algerian press write a decimal with ر between digit runs, no space. Only between
    // plain digit runs (no other separator on either side): the number token then ends after the second run.
    if (j + 1 < n && t.charCodeAt(j) === MAGHREB_DECIMAL_SIGN && isAsciiOrEasternDigit(t.charCodeAt(j + 1)) && isPlainRun(t, i, j)) {
      let k = j + 1;
      while (k < n && isAsciiOrEasternDigit(t.charCodeAt(k))) k++;
      if (!(k + 1 < n && isDecimalOrGroupSign(t.charCodeAt(k)) && isAsciiOrEasternDigit(t.charCodeAt(k + 1)))) return k;
    }
    // 1,500 / 2.5 / ١٬٥٠٠ / ٢٫٥: a separator belongs to the number only between digits
    if (j + 1 < n && isDecimalOrGroupSign(t.charCodeAt(j)) && isAsciiOrEasternDigit(t.charCodeAt(j + 1))) {
      j += 1;
      continue;
    }
    return j;
  }
}

function isPlainRun(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isAsciiOrEasternDigit(t.charCodeAt(k))) return false;
  return true;
}

function isAsciiOrEasternDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

class LinkMatcher {
  private readonly url = new RegExp(URL_PATTERN, 'iy');
  private readonly email = new RegExp(EMAIL_PATTERN, 'y');
  /** No e-mail address starts before this offset (see match). */
  private noEmailBefore = 0;

  match(t: string, i: number): { end: number; kind: 'url' | 'email' } | null {
    this.url.lastIndex = i;
    const url = this.url.exec(t);
    if (url) {
      let end = i + url[0].length;
      while (end > i && URL_TRAILING.includes(t[end - 1]!)) end--;
      return { end, kind: 'url' };
    }
    if (i < this.noEmailBefore) return null;
    this.email.lastIndex = i;
    const email = this.email.exec(t);
    if (email) return { end: i + email[0].length, kind: 'email' };
    // An address's local part runs up to its @, so an address that failed from here fails from every
    // later start in the same run of local-part characters: without this, `a.a.a.…@` takes quadratic time.
    let k = i;
    while (k < t.length && IS_EMAIL_LOCAL_CHAR.test(t[k]!)) k++;
    this.noEmailBefore = k;
    return null;
  }
}
