// Options and call isolation: bad options fail early with an error that names the option, unusual
// but valid option objects work, text must be a primitive string, and no call changes another's result.
import { createExtractor, extract, normalize, parseDate, parseNumber, sentences, tokenize, validate, type ExtractOptions } from '../src/index';
import ts from 'typescript';
import { join } from 'node:path';
import { seedArticles } from './helpers';
import { moduleStateIn, sourceFiles, SRC_DIR } from './support/source-files';

const NEWS = 'قال وزير الخارجية المصري سامح شكري أمس الأحد إن أكثر من 4 آلاف شاحنة عبرت معبر رفح منذ 21 أكتوبر.';

describe('invalid options throw an error that names the option', () => {
  test.each([
    ['unknown name', { refDate: '2020-01-01' }, TypeError, /unknown option "refDate"/],
    ['unknown name beside a valid one', { referenceDate: '2020-01-01', locale: 'ar' }, TypeError, /unknown option "locale"/],
    ['referenceDate "x"', { referenceDate: 'x' }, RangeError, /"referenceDate"/],
    ['referenceDate an invalid Date', { referenceDate: new Date('x') }, RangeError, /"referenceDate"/],
    ['referenceDate 30 February', { referenceDate: '2021-02-30' }, RangeError, /"referenceDate"/],
    ['referenceDate not zero-padded', { referenceDate: '2021-1-5' }, RangeError, /"referenceDate"/],
    ['referenceDate empty', { referenceDate: '' }, RangeError, /"referenceDate"/],
    ['referenceDate a number', { referenceDate: 42 }, TypeError, /"referenceDate"/],
    ['referenceDate an object', { referenceDate: {} }, TypeError, /"referenceDate"/],
    ['referenceDate null', { referenceDate: null }, TypeError, /"referenceDate"/],
    ['referenceDate a Date past year 9999', { referenceDate: new Date(8.64e15) }, RangeError, /"referenceDate"/],
    ['referenceDate a Date before year 0', { referenceDate: new Date('-000001-06-01T00:00:00Z') }, RangeError, /"referenceDate"/],
  ])('%s', (_name, options, type, message) => {
    expect(() => extract(NEWS, options as never)).toThrow(type);
    expect(() => extract(NEWS, options as never)).toThrow(message);
    expect(() => parseDate(NEWS, options as never)).toThrow(type);
  });

});

describe('one check of the options argument for every function that takes one, in one wording', () => {
  const takingOptions: Array<[name: string, call: (options: unknown) => unknown]> = [
    ['extract', (options) => extract(NEWS, options as never)],
    ['parseDate', (options) => parseDate(NEWS, options as never)],
    ['normalize', (options) => normalize(NEWS, options as never)],
    ['validate', (options) => validate({}, options as never)],
    // its options are checked once, when the extractor is made; calling it shows what it was made with
    ['createExtractor', (options) => createExtractor(options as never)(NEWS)],
  ];

  test.each(takingOptions)('%s rejects options that are not an object: an array, a string, a number, a boolean, a function', (name, call) => {
    const notObjects: Array<[unknown, string]> = [
      [[], 'an array'],
      ['y', 'the string "y"'],
      [42, 'the number 42'],
      [true, 'boolean'],
      [() => ({ referenceDate: '2020-01-01' }), 'function'],
    ];
    for (const [options, described] of notObjects) {
      expect(() => call(options)).toThrow(new TypeError(`${name}() options must be an object, got ${described}`));
    }
  });

  test.each(takingOptions)('%s rejects an unknown option by name and lists the known ones', (name, call) => {
    expect(() => call({ refDate: 1 })).toThrow(TypeError);
    expect(() => call({ refDate: 1 })).toThrow(new RegExp(`^${name}\\(\\): unknown option "refDate"; known options: \\w`));
  });

  test.each(takingOptions)('%s takes undefined, null and {} as no options', (_name, call) => {
    expect(call(undefined)).toEqual(call({}));
    expect(call(null)).toEqual(call({}));
  });

  test("a wrong option value is named in the same words by every function: validate's text", () => {
    expect(() => validate({}, { text: 5 } as never)).toThrow(new TypeError('validate(): option "text" must be a string, got the number 5'));
  });
});

describe('valid options in unusual objects work', () => {
  const expected = extract(NEWS, { referenceDate: '2023-11-06' });

  test('a frozen options object, and a frozen Date in it', () => {
    expect(extract(NEWS, Object.freeze({ referenceDate: '2023-11-06' }))).toEqual(expected);
    expect(extract(NEWS, Object.freeze({ referenceDate: Object.freeze(new Date('2023-11-06T12:00:00Z')) }))).toEqual(expected);
  });

  test('a Proxy around an options object', () => {
    expect(extract(NEWS, new Proxy({ referenceDate: '2023-11-06' }, {}))).toEqual(expected);
  });

  test('a Proxy that makes the option up in its traps', () => {
    const virtual = new Proxy({} as ExtractOptions, {
      ownKeys: () => ['referenceDate'],
      getOwnPropertyDescriptor: () => ({ value: '2023-11-06', enumerable: true, configurable: true, writable: true }),
      get: (_target, key) => (key === 'referenceDate' ? '2023-11-06' : undefined),
    });
    expect(extract(NEWS, virtual)).toEqual(expected);
  });

  test('an object without a prototype', () => {
    expect(extract(NEWS, Object.assign(Object.create(null), { referenceDate: '2023-11-06' }))).toEqual(expected);
  });

  test('years 0000–99 stay themselves rather than becoming 1900–1999', () => {
    expect(extract(NEWS, { referenceDate: '0050-03-01' }).reference.value).toBe('0050-03-01');
    expect(extract(NEWS, { referenceDate: new Date('0050-03-01T10:00:00Z') }).reference.value).toBe('0050-03-01');
    expect(extract(NEWS, { referenceDate: '0000-02-29' }).reference.value).toBe('0000-02-29');
  });

  test('a day resolved past year 9999 or before year 0 is written in ISO 8601 expanded form', () => {
    expect(extract('1 يناير', { referenceDate: '9999-12-31' }).dates[0]!.value).toBe('+010000-01-01');
    expect(extract('أمس', { referenceDate: '0000-01-01' }).dates[0]!.value).toBe('-000001-12-31');
  });
});

describe('referenceDate, string or Date, is the UTC day of the instant it names', () => {
  const day = (referenceDate: string | Date) => extract('وصل أمس.', { referenceDate }).reference.value;

  test.each([
    ['2020-11-16T23:30:00-05:00', '2020-11-17'], // 04:30 UTC the next day
    ['2020-11-17T01:00:00+03:00', '2020-11-16'], // 22:00 UTC the day before
    ['2020-11-16T23:30:00+0000', '2020-11-16'],
    ['2020-11-16T12:00:00.5Z', '2020-11-16'],
    ['2020-11-16', '2020-11-16'],
  ])('%s, as a string and as new Date() of the same string, gives %s', (written, expected) => {
    expect(day(written)).toBe(expected);
    expect(day(new Date(written))).toBe(expected);
  });

  test('a string without an offset is UTC wherever the code runs (new Date() of it would use the machine zone)', () => {
    expect(day('2020-11-16T23:30')).toBe('2020-11-16');
    expect(day('2020-11-16T00:10:00')).toBe('2020-11-16');
    expect(day(new Date(Date.UTC(2020, 10, 16, 23, 30)))).toBe('2020-11-16');
  });

  test.each(['2020-11-16T24:00Z', '2020-11-16T12:60Z', '2020-11-16T12:00:60Z', '2020-11-16T12:00+24:00'])(
    'a time that does not exist, %s, is a RangeError that names the option',
    (written) => {
      expect(() => day(written)).toThrow(RangeError);
      expect(() => day(written)).toThrow(/"referenceDate"/);
    },
  );

  test('an offset that carries the instant past year 9999 is out of range like a Date would be', () => {
    expect(() => day('9999-12-31T23:00-05:00')).toThrow(/years 0000–9999/);
    expect(() => day(new Date('9999-12-31T23:00-05:00'))).toThrow(/years 0000–9999/);
  });
});

describe('text must be a primitive string: nothing is converted', () => {
  // A String object or an object with toString is rejected rather than converted: String(x) is the caller's to write.
  const stringObject = new String(NEWS);
  const withToString = { toString: () => NEWS };

  test.each([
    ['extract', (t: unknown) => extract(t as string)],
    ['tokenize', (t: unknown) => tokenize(t as string)],
    ['sentences', (t: unknown) => sentences(t as string)],
    ['normalize', (t: unknown) => normalize(t as string)],
    ['parseNumber', (t: unknown) => parseNumber(t as string)],
    ['parseDate', (t: unknown) => parseDate(t as string)],
  ])('%s rejects a String object and an object with toString with a TypeError naming the function', (name, call) => {
    for (const text of [stringObject, withToString]) {
      expect(() => call(text)).toThrow(TypeError);
      expect(() => call(text)).toThrow(`${name}() expects a string as its first argument, got an object`);
    }
  });
});

describe('no call changes the result of another', () => {
  const [first, second] = seedArticles().map((a) => a.text);
  // long enough to be read in several pieces
  const long = Array.from({ length: 40 }, () => second).join('\n\n');
  const calls: Array<[string, ExtractOptions | undefined]> = [
    [first!, undefined],
    [NEWS, { referenceDate: '2023-11-06' }],
    [long, undefined],
    [NEWS, undefined],
    [first!, { referenceDate: new Date('2001-09-11T00:00:00Z') }],
    [NEWS, { referenceDate: '2023-11-06' }],
    [first!, undefined],
  ];

  test('interleaved calls on several texts and options give what a freshly loaded khabar gives for each', () => {
    const interleaved = calls.map(([text, options]) => extract(text, options));
    const fresh = calls.map(([text, options]) => {
      let result: unknown;
      jest.isolateModules(() => {
        const { extract: freshExtract } = require('./support/unvalidated-index') as typeof import('./support/unvalidated-index');
        result = freshExtract(text, options);
      });
      return result;
    });
    expect(interleaved).toEqual(fresh);
  });

  test("a call's referenceDate or dateline does not anchor the next call's dates", () => {
    const withDateline = seedArticles().find((a) => extract(a.text).reference.source === 'dateline')!.text;
    for (const before of [() => extract(NEWS, { referenceDate: '2023-11-06' }), () => extract(withDateline)]) {
      before();
      const result = extract(NEWS);
      expect(result.reference).toEqual({ value: null, source: 'none' });
      expect(result.dates.find((d) => d.text.startsWith('أمس'))!.value).toBeNull();
    }
  });

  test('src/ keeps no module-level state that calls could change: only lazily built, never-changed values', () => {
    expect(sourceFiles().flatMap(moduleStateIn)).toEqual([]);
  });
});

describe('the module-state scan', () => {
  const scan = (code: string): string[] =>
    moduleStateIn(ts.createSourceFile(join(SRC_DIR, 'example.ts'), code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));

  test('accepts lazy initializers: ??=, if (!x) x = …, and if (x) return x; x = …', () => {
    expect(
      scan(
        `let a: number[] | undefined;\nlet b: number[] | undefined;\nlet c: number[] | undefined;\n` +
          `function getA() { a ??= [1]; return a; }\n` +
          `function getB() { if (b === undefined) { b = [2]; } return b; }\n` +
          `function getC() { if (c) return c; c = [3]; return c; }`,
      ),
    ).toEqual([]);
  });

  test('reports a module-level let changed by calls, a shared container changed in a function, and a shared g regex used with exec', () => {
    expect(
      scan(
        `let count = 0;\nconst seen = new Set<string>();\nconst WORD = /\\w+/g;\nconst TABLE = new Map([[1, 2]]);\nTABLE.set(3, 4);\n` +
          `export function f(s: string) { count++; seen.add(s); return WORD.exec(s); }`,
      ),
    ).toEqual([
      'src/example.ts:6: module-level "count" changed: count++',
      'src/example.ts:6: module-level "seen" changed inside a function: seen.add(s)',
      'src/example.ts:6: module-level regex "WORD" with the g or y flag keeps lastIndex between calls: WORD.exec(s)',
    ]);
  });
});
