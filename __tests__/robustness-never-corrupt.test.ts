// Output that is wrong but still looks valid is the worst failure there is. These tests pin the cases
// that once produced it (a normalizer buffer that dropped text after long ligatures, spread pushes that
// overflowed the stack on large results) and the check that catches such output: validate's `text`.
import { extract, normalize, validate, type Extraction } from './support/unvalidated-index';
import { sourceFiles, spreadArgumentsIn } from './support/source-files';

// ﷺ (U+FDFA) folds to the 15 letters of صلى الله عليه وسلم: the longest expansion of the presentation forms
const SALLA = 'ﷺ';

describe('normalize never loses text after long ligatures', () => {
  test('two ﷺ and the text after them: every character is there', () => {
    const text = `${SALLA}${SALLA}zzzzzzzzzzzzzz`;
    const view = normalize(text);
    expect(view.text).toBe('صلياللهعليهوسلم'.repeat(2) + 'z'.repeat(14));
    expect(view.text).toHaveLength(44);
    expect([...view.offsets]).toEqual([...Array(15).fill(0), ...Array(15).fill(1), ...Array.from({ length: 15 }, (_, k) => 2 + k)]);
  });

  test('many ligatures followed by long Arabic and ASCII runs (both fast paths)', () => {
    const text = '\ufdf2'.repeat(50) + 'ب'.repeat(300) + SALLA.repeat(20) + 'x'.repeat(400);
    const view = normalize(text);
    expect(view.text).toBe('الله'.repeat(50) + 'ب'.repeat(300) + 'صلياللهعليهوسلم'.repeat(20) + 'x'.repeat(400));
    expect(view.offsets[view.text.length]).toBe(text.length);
  });

  test('a figure after two ﷺ keeps its scale word and noun', () => {
    const withSalla = `قال النبي ${SALLA} وقال ${SALLA}. أعلن الرئيس الروسي فلاديمير بوتين في موسكو أن 4 آلاف شخص قتلوا.`;
    const without = withSalla.replaceAll(` ${SALLA}`, '');
    for (const text of [withSalla, without]) {
      expect(extract(text).figures).toMatchObject([{ text: '4 آلاف', value: 4000, noun: 'شخص' }]);
    }
  });

  test('places after two ﷺ are found as without them', () => {
    const names = (text: string) => extract(text).places.map((p) => p.name);
    expect(names(`${SALLA}${SALLA} في موسكو وبيروت\u200b`)).toEqual(['موسكو', 'بيروت']);
    expect(names('في موسكو وبيروت\u200b')).toEqual(['موسكو', 'بيروت']);
  });

  test('no mention with an end before its start, and validate with the text accepts the result', () => {
    const text = `${SALLA}${SALLA}${' '.repeat(14)}وأذربيجان، ${'ب'.repeat(11)}${SALLA} روسية`;
    const result = extract(text);
    expect(result.places).toMatchObject([{ name: 'أذربيجان', mentions: [{ text: 'أذربيجان', start: 17, end: 25 }] }]);
    expect(validate(result, { text })).toEqual({ valid: true, errors: [] });
  });
});

describe('large results never overflow the stack', () => {
  test("extract('1م' × 125,217) finishes with one figure or date per number", () => {
    const text = '1م'.repeat(125_217);
    const result = extract(text);
    expect(validate(result, { text }).valid).toBe(true);
    expect(result.figures.length + result.dates.length).toBeGreaterThan(100_000);
  }, 60_000);

  test('no call in src/ spreads an array into its arguments (push(...x), Math.max(...x), fromCharCode(...x))', () => {
    expect(sourceFiles().flatMap(spreadArgumentsIn)).toEqual([]);
  });
});

describe('validate with the source text checks every span', () => {
  const text =
    'موسكو - 16 نوفمبر 2020 (وكالات)\n' +
    'قال الرئيس الروسي فلاديمير بوتين إن أكثر من 5 ملايين دولار أنفقت على 300 مدرسة، وانقطع البث ربع ساعة أمس.';
  const result = extract(text);
  const clone = (): Extraction => JSON.parse(JSON.stringify(result)) as Extraction;
  // every kind of span the output has, by JSON pointer
  const spans: Array<[pointer: string, get: (r: Extraction) => { start?: number; end?: number; text?: string }]> = [
    ['/people/0/mentions/0', (r) => r.people[0]!.mentions[0]!],
    ['/places/0/mentions/0', (r) => r.places[0]!.mentions[0]!],
    ['/figures/0', (r) => r.figures[0]!],
    ['/figures/0/qualifier', (r) => r.figures[0]!.qualifier!],
    ['/figures/1/nounSpan', (r) => r.figures[1]!.nounSpan!],
    ['/figures/2/unitSpan', (r) => r.figures[2]!.unitSpan!],
    ['/dates/0', (r) => r.dates[0]!],
    ['/reference', (r) => r.reference],
  ];

  test('the sentence has every kind of span, and its extraction passes', () => {
    for (const [pointer, get] of spans) expect([pointer, typeof get(result).start]).toEqual([pointer, 'number']);
    expect(validate(result, { text })).toEqual({ valid: true, errors: [] });
  });

  test.each(spans)('%s: an end before the start, an end past the text and a shifted span are each reported', (pointer, get) => {
    const corruptions: Array<(span: { start?: number; end?: number }) => void> = [
      (span) => ([span.start, span.end] = [span.end, span.start]),
      (span) => (span.end = text.length + 1),
      (span) => {
        span.start! += 1;
        span.end! += 1;
      },
    ];
    for (const corrupt of corruptions) {
      const broken = clone();
      corrupt(get(broken));
      const { valid, errors } = validate(broken, { text });
      // the dateline has no text of its own, so only a span outside the text is wrong there
      if (pointer === '/reference' && corrupt === corruptions[2]) continue;
      expect(valid).toBe(false);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^${pointer}(/text)?: `));
    }
    // without the text, only the schema is checked
    const broken = clone();
    corruptions[0]!(get(broken));
    expect(validate(broken).valid).toBe(true);
  });

  test('a mention whose text differs from the slice names both', () => {
    const broken = clone();
    broken.people[0]!.mentions[0]!.text = 'بوتين';
    expect(validate(broken, { text }).errors).toEqual([
      `/people/0/mentions/0/text: is "بوتين" but the text at [50, 64) is "فلاديمير بوتين"`,
    ]);
  });

  test('a dateline with a start but no end is reported', () => {
    const broken = clone();
    delete broken.reference.end;
    expect(validate(broken, { text }).errors).toEqual(['/reference: a span needs both "start" and "end"']);
  });

  test('a schema error is reported alone, the spans being checked only once the schema holds', () => {
    const broken = clone() as unknown as { figures: Array<{ start: unknown }> };
    broken.figures[0]!.start = 'x';
    expect(validate(broken, { text }).errors).toEqual(['/figures/0/start: must be integer']);
  });

  test('any JSON value gives a result, never an exception', () => {
    for (const value of [null, 42, 'x', [], {}, { people: 'x' }]) expect(validate(value, { text }).valid).toBe(false);
  });
});

describe('inputs the fuzz found', () => {
  // seed 37293718 (session 11): a name's first word with the article read the token before the name
  // as part of it, and past the text's start threw
  test.each(['الحسن ', 'الحسن', 'قال الحسن إن', 'بيان. الحسن'])('extract(%j) gives a valid result', (text) => {
    const result = extract(text, { referenceDate: '0000-01-01' });
    expect(validate(result, { text })).toEqual({ valid: true, errors: [] });
  });
});
