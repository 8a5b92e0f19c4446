import { normalize, normalizePart } from '../src/text/normalize';

const folded = (s: string, options?: Parameters<typeof normalize>[1]) => normalize(s, options).text;

describe('normalize: each fold', () => {
  test('removes tashkeel and keeps the letters', () => {
    expect(folded('مُحَمَّدٌ وَصَلَ')).toBe('محمد وصل');
  });
  test('removes dagger alef and Quranic marks', () => {
    expect(folded('هٰذا الرَّحْمٰنِ ۖ')).toBe('هذا الرحمن ');
  });
  test('removes tatweel', () => {
    expect(folded('بـ45 مليـــون')).toBe('ب45 مليون');
  });
  test('folds alef forms أ إ آ ٱ to ا', () => {
    expect(folded('أرمينيا إقليم آلاف ٱلكتاب')).toBe('ارمينيا اقليم الاف الكتاب');
  });
  test('folds alef maksura to ya', () => {
    expect(folded('على مستوى')).toBe('علي مستوي');
  });
  test('folds teh marbuta to heh', () => {
    expect(folded('مدينة كبيرة')).toBe('مدينه كبيره');
  });
  test('maps presentation forms back to base letters, including the lam-alef ligature', () => {
    // ﺑﻮﺗﻴﻦ is بوتين in contextual forms; ﻻ is لا
    expect(folded('ﺑﻮﺗﻴﻦ ﻻ')).toBe('بوتين لا');
  });
  test('maps Arabic-Indic and Persian digits to ASCII, with separators and percent', () => {
    expect(folded('٢٠٢٠ و۱۳۹۹ و١٬٥٠٠ و٢٫٥ و٪')).toBe('2020 و1399 و1,500 و2.5 و%');
  });
  test('maps Persian/Urdu letters to Arabic ones', () => {
    expect(folded('ی ک ۀ ہ ھ ے ۔')).toBe('ي ك ه ه ه ي .');
  });
  test('removes zero-width and bidi controls, and NBSP becomes a space', () => {
    const text = 'قره\u200cباغ\u200f \u202bنص\u202c\u2067ع\u2069\u061c\u00a0x\ufeff';
    expect(folded(text)).toBe('قرهباغ نصع x');
  });
  test('each fold can be switched off', () => {
    expect(folded('أَ', { diacritics: false, alef: false })).toBe('أَ');
    expect(folded('بـب', { tatweel: false })).toBe('بـب');
    expect(folded('على', { alefMaksura: false })).toBe('على');
    expect(folded('مدينة', { tehMarbuta: false })).toBe('مدينة');
    expect(folded('ﻻ', { presentationForms: false })).toBe('ﻻ');
    expect(folded('٢٫٥', { digits: false })).toBe('٢٫٥');
    expect(folded('ی', { persian: false })).toBe('ی');
    expect(folded('a\u200fb', { invisibles: false })).toBe('a\u200fb');
  });
});

describe('normalize: the offset map', () => {
  test('maps every normalized span back to the original', () => {
    const text = 'وَصَلَ الرَّئِيسُ\u200f إلى بـيروت';
    const view = normalize(text);
    const i = view.text.indexOf('الرئيس');
    const span = view.toOriginal(i, i + 'الرئيس'.length);
    expect(text.slice(span.start, span.end)).toBe('الرَّئِيسُ');
  });
  test('a span over an expanded ligature covers the whole ligature', () => {
    const text = 'ﻻ شيء';
    const view = normalize(text);
    expect(view.text).toBe('لا شيء');
    expect(view.toOriginal(0, 2)).toEqual({ start: 0, end: 1 });
  });
  test('offsets has one entry per normalized character plus the end', () => {
    const view = normalize('أَب');
    expect(view.offsets.length).toBe(view.text.length + 1);
    expect(view.offsets[view.text.length]).toBe(3);
  });
});

describe('normalizePart', () => {
  test('normalizes one part of a text with offsets into the whole text', () => {
    const text = 'مقدمة. أَرْمينيا وأذربيجان';
    const from = text.indexOf('أَ');
    const part = normalizePart(text, from, text.length);
    expect(part.text).toBe(normalize(text.slice(from)).text);
    const i = part.text.indexOf('واذربيجان');
    const span = part.toOriginal(i, i + 'واذربيجان'.length);
    expect(text.slice(span.start, span.end)).toBe('وأذربيجان');
    expect(part.offsets[part.text.length]).toBe(text.length);
  });
});

describe('normalize: bad input', () => {
  test('a non-string throws a TypeError that says what was passed', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(new TypeError('normalize() expects a string as its first argument, got the number 42'));
    expect(() => normalize(null as unknown as string)).toThrow(TypeError);
  });
  test('unknown or mistyped options throw a TypeError naming the option', () => {
    expect(() => normalize('x', { hamza: true } as never)).toThrow(/^normalize\(\): unknown option "hamza"; known options: diacritics, /);
    expect(() => normalize('x', { alef: 'yes' } as never)).toThrow(new TypeError('normalize(): option "alef" must be a boolean, got the string "yes"'));
  });
  test('an empty string gives an empty view', () => {
    const view = normalize('');
    expect(view.text).toBe('');
    expect(view.toOriginal(0, 0)).toEqual({ start: 0, end: 0 });
  });
  test('lone surrogates pass through unchanged', () => {
    expect(folded('a\ud800b')).toBe('a\ud800b');
  });
});
