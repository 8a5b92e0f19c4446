import { parseNumber } from '../src/figures/parse-number';

describe('parseNumber: digits', () => {
  test.each([
    ['Western digits', '2048', 2048],
    ['Arabic-Indic digits', '٣٤٥', 345],
    ['Persian digits', '۷۸', 78],
    ['a decimal point', '1.5', 1.5],
    ['the Arabic decimal separator', '٢٫٥', 2.5],
    ['a comma before three digits groups thousands', '1,500', 1500],
    ['the Arabic thousands separator', '١٬٥٠٠', 1500],
    ['ASCII thousands separator with Arabic-Indic digits', '٧,٢٥٠', 7250],
    ['repeated commas group', '12,345,678', 12345678],
    ['repeated dots group', '1.250.000', 1250000],
    ['comma groups and dot decimal together', '3,400.75', 3400.75],
    ['a single comma before one or two digits is a decimal comma', '2,5', 2.5],
  ])('%s: %s', (_name, text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test('separators that do not form a number give no value (a dotted date)', () => {
    expect(parseNumber('16.11.2020')).toBeNull();
  });
});

describe('parseNumber: words', () => {
  test.each([
    ['masculine unit', 'ثلاثة', 3],
    ['feminine unit', 'ثلاث', 3],
    ['oblique two', 'اثنين', 2],
    ['feminine two', 'اثنتان', 2],
    ['one, feminine', 'واحدة', 1],
    ['eight in its construct form', 'ثماني', 8],
    ['ten, feminine', 'عشر', 10],
    ['eleven', 'أحد عشر', 11],
    ['eleven, feminine', 'إحدى عشرة', 11],
    ['twelve, nominative', 'اثنا عشر', 12],
    ['twelve, oblique', 'اثني عشر', 12],
    ['twelve, feminine', 'اثنتي عشرة', 12],
    ['a teen', 'سبعة عشر', 17],
    ['tens, nominative', 'عشرون', 20],
    ['tens, oblique', 'تسعين', 90],
    ['unit and tens', 'خمسة وعشرون', 25],
    ['one and tens', 'واحد وأربعون', 41],
    ['hundred', 'مئة', 100],
    ['hundred, older spelling', 'مائة', 100],
    ['two hundred, nominative', 'مئتان', 200],
    ['two hundred, oblique', 'مئتين', 200],
    ['two hundred in construct, older spelling', 'مائتي', 200],
    ['fused hundreds', 'ثلاثمئة', 300],
    ['fused hundreds, older spelling', 'ثلاثمائة', 300],
    ['hundreds written apart', 'ثلاث مئة', 300],
    ['hundreds with tens and units', 'مئة وخمسة وستون', 165],
    ['thousand', 'ألف', 1000],
    ['two thousand, nominative', 'ألفان', 2000],
    ['two thousand, oblique', 'ألفين', 2000],
    ['thousands after a count', 'ثلاثة آلاف', 3000],
    ['accusative thousand after eleven', 'أحد عشر ألفاً', 11000],
    ['compound before thousand', 'ثلاثمئة وخمسون ألفاً', 350000],
    ['million', 'مليون', 1e6],
    ['two million', 'مليونان', 2e6],
    ['millions after a count', 'سبعة ملايين', 7e6],
    ['milliard', 'مليار', 1e9],
    ['billion, Levantine word', 'بليون', 1e9],
    ['milliards after a count', 'أربعة مليارات', 4e9],
    ['millions and thousands', 'مليون ومئتا ألف', 1.2e6],
    ['thousand without hamza', 'الف', 1000],
  ])('%s: %s', (_name, text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('parseNumber: fractions, mixtures and clitics', () => {
  test.each([
    ['half', 'نصف', 0.5],
    ['quarter', 'ربع', 0.25],
    ['two thirds', 'ثلثي', 2 / 3],
    ['three quarters', 'ثلاثة أرباع', 0.75],
    ['half a million', 'نصف مليون', 500000],
    ['a million and a half', 'مليون ونصف', 1.5e6],
    ['three and a half', 'ثلاثة ونصف', 3.5],
    ['digits and thousands', '4 آلاف', 4000],
    ['decimal and million', '2.5 مليون', 2.5e6],
    ['Arabic decimal and million', '٢٫٥ مليون', 2.5e6],
    ['decimal and milliard', '1.2 مليار', 1.2e9],
    ['digits joined after a multiplier', '3 آلاف و500', 3500],
    ['words with a conjunction', 'وعشرون', 20],
    ['digits after a preposition with tatweel', 'بـ45', 45],
    ['a short word with a conjunction', 'وست', 6],
  ])('%s: %s', (_name, text, expected) => {
    expect(parseNumber(text)).toBeCloseTo(expected, 10);
  });

  test('the first number in a sentence is read, past the words before it', () => {
    expect(parseNumber('أعلنت الوزارة مقتل أربعة آلاف شخص')).toBe(4000);
  });

  test('vague quantities have no value', () => {
    expect(parseNumber('عشرات')).toBeNull();
    expect(parseNumber('عشرات الآلاف')).toBeNull();
    expect(parseNumber('بضعة')).toBeNull();
  });

  test('text without a number gives null', () => {
    expect(parseNumber('لا أرقام في هذه الجملة')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('الجزء الثاني من التقرير')).toBeNull();
  });

  test('a non-string throws a TypeError that names the function', () => {
    expect(() => parseNumber(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseNumber(null as unknown as string)).toThrow(/parseNumber\(\) expects a string/);
  });
});

describe('parseNumber: a multiplier after a smaller one multiplies the whole group before it', () => {
  test.each([
    ['thousand and hundreds, then milliard', 'ألف وأربعمائة مليار', 1.4e12],
    ['thousands and hundreds, then million', 'سبعة آلاف ومائتا مليون', 7.2e9],
    ['thousand, hundreds and tens, then an accusative million', 'ألف وثلاثمائة وعشرون مليونا', 1.32e9],
    ['digits: thousands and hundreds, then million', '3 آلاف و500 مليون', 3.5e9],
    ['a milliard before millions adds', 'مليار وستمائة مليون', 1.6e9],
    ['millions before thousands add', 'أربعة ملايين وثلاثمائة ألف', 4.3e6],
    ['digits: milliards before millions add', '2 مليار و300 مليون', 2.3e9],
    ['a thousand million', 'ألف مليون', 1e9],
  ])('%s: %s', (_name, text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  test('the same multiplier again starts another number', () => {
    expect(parseNumber('ستة ملايين وسبعة ملايين')).toBe(6e6);
  });
});
