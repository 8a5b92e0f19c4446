// The output contract: the shipped JSON Schema (khabar/schema.json) is what the TypeScript types say
// and documents every field; validate() runs ajv's standalone code compiled at build time (no ajv, no
// code generation at run time), accepts every real extraction and rejects broken ones with readable
// messages. The dist checks need `npm run build` first (npm test does it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { extract, validate, type Extraction, type Organization, type OrganizationKind, type Person, type Place, type PlaceKind } from '../src/index';
import { seedArticles } from './helpers';

const root = join(__dirname, '..');
const read = (...path: string[]): string => readFileSync(join(root, ...path), 'utf8');
const generatorOutput = (script: string): string =>
  execFileSync(process.execPath, [join(root, 'scripts', script), '--stdout'], { encoding: 'utf8' });

type SchemaNode = { [keyword: string]: unknown };
const schema = JSON.parse(read('schema.json')) as SchemaNode;

/** Every sub-schema with the JSON pointer that reaches it. */
function* subSchemas(node: unknown, pointer = '#'): Generator<[string, SchemaNode]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [k, item] of node.entries()) yield* subSchemas(item, `${pointer}/${k}`);
    return;
  }
  const schemaNode = node as SchemaNode;
  yield [pointer, schemaNode];
  for (const [keyword, value] of Object.entries(schemaNode)) {
    if (keyword === 'enum' || keyword === 'const') continue; // instance data, not schemas
    if (keyword === 'properties' || keyword === '$defs') {
      for (const [name, sub] of Object.entries(value as SchemaNode)) yield* subSchemas(sub, `${pointer}/${keyword}/${name}`);
    } else {
      yield* subSchemas(value, `${pointer}/${keyword}`);
    }
  }
}
const properties = (): [string, SchemaNode][] =>
  [...subSchemas(schema)].filter(([pointer]) => /\/properties\/[^/]+$/.test(pointer));

/** Every field the schema declares, as a path of property names (`figures/qualifier/text`), through $refs and array items. */
function fieldPaths(node: SchemaNode, prefix = ''): string[] {
  const ref = node.$ref as string | undefined;
  if (ref) return fieldPaths((schema.$defs as Record<string, SchemaNode>)[ref.replace('#/$defs/', '')], prefix);
  if (node.items) return fieldPaths(node.items as SchemaNode, prefix);
  return Object.entries((node.properties ?? {}) as Record<string, SchemaNode>).flatMap(([name, sub]) => [
    `${prefix}${name}`,
    ...fieldPaths(sub, `${prefix}${name}/`),
  ]);
}

/** The same paths for the fields a value has. */
function valuePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuePaths(item, prefix));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, sub]) => [`${prefix}${name}`, ...valuePaths(sub, `${prefix}${name}/`)]);
}

const mention = (text: string, start: number) => [{ text, start, end: start + text.length }];
const PERSON: Person = { id: 'person-1', name: 'فلاديمير بوتين', mentions: mention('فلاديمير بوتين', 0), titles: ['الرئيس الروسي'], nationality: 'RU', evidence: ['pattern'] };
const PLACE: Place = { id: 'place-1', name: 'موسكو', mentions: mention('موسكو', 20), kind: 'city', countryCode: 'RU', evidence: ['lexicon'] };
const ORGANIZATION: Organization = { id: 'organization-12', name: 'الكرملين', mentions: mention('الكرملين', 80), kind: 'presidency', nationality: 'RU', evidence: ['lexicon', 'model'] };

/** An Extraction that uses every field of every object: tsc checks it against the types, the tests below against the schema. */
const EVERY_FIELD: Extraction = {
  people: [PERSON],
  places: [PLACE],
  organizations: [ORGANIZATION],
  figures: [
    {
      text: '10 آلاف',
      start: 30,
      end: 37,
      value: null,
      kind: 'measure',
      approx: 'more-than',
      qualifier: { text: 'أكثر من', start: 22, end: 29 },
      min: 5000,
      max: 10000,
      lowerBound: 20,
      unit: 'km',
      unitSpan: { text: 'كيلومتر', start: 38, end: 45 },
      noun: 'شخص',
      nounSpan: { text: 'شخص', start: 38, end: 41 },
    },
  ],
  dates: [
    {
      text: '9 تشرين الأول/نوفمبر 2020',
      start: 50,
      end: 75,
      value: '2020-11-09T20:36+03:30',
      kind: 'datetime',
      granularity: 'minute',
      calendar: 'islamic',
      hijri: '1442-03-23',
      timeZone: 'Asia/Tehran',
      partOfDay: 'evening',
      conflict: { reason: 'month-names-disagree', alternative: '2020-10-09' },
    },
  ],
  reference: { value: '2020-11-16', source: 'dateline', start: 0, end: 30 },
};

const errorsOf = (value: unknown): string[] => validate(value).errors;
/** EVERY_FIELD with one change made by `edit`. */
function broken(edit: (copy: any) => void): unknown {
  const copy = structuredClone(EVERY_FIELD);
  edit(copy);
  return copy;
}

describe('the schema and the types never disagree', () => {
  test('schema.json is what scripts/generate-schema.mjs makes from the current types', () => {
    // on failure: run `npm run generate` (npm run build does) and ship the new file
    expect(JSON.parse(generatorOutput('generate-schema.mjs'))).toEqual(schema);
  }, 30_000);

  test("the README's table of fields is what scripts/schema-table.mjs prints from the shipped schema", () => {
    // on failure: run `node scripts/schema-table.mjs` and put its output between the schema-table markers
    const readme = read('README.md');
    const start = '<!-- schema-table:start -->';
    const table = readme.slice(readme.indexOf(start) + start.length, readme.indexOf('<!-- schema-table:end -->'));
    expect(table.trim()).toBe(execFileSync(process.execPath, [join(root, 'scripts', 'schema-table.mjs')], { encoding: 'utf8' }).trim());
  });

  test('src/schema/validate.generated.js is what scripts/generate-validator.mjs makes from the shipped schema', () => {
    const fresh = generatorOutput('generate-validator.mjs') === read('src', 'schema', 'validate.generated.js');
    expect({ fresh, fix: 'npm run generate' }).toEqual({ fresh: true, fix: 'npm run generate' });
  });

  test('a value using every field of the types validates, and it does use every field of the schema', () => {
    expect(validate(EVERY_FIELD)).toEqual({ valid: true, errors: [] });
    expect(fieldPaths(schema).filter((path) => !valuePaths(EVERY_FIELD).includes(path))).toEqual([]);
  });
});

describe('the schema documents itself', () => {
  test('draft 2020-12, a stable URL-shaped $id that ends in the semver schema version, which $comment repeats', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const version = /^https:\/\/khabar\.dev\/schema\/extraction\/((0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))\.json$/.exec(schema.$id as string)?.[1];
    expect(version).toBeDefined();
    expect(schema.$comment).toBe(`schema version ${version}`);
    expect(schema.description).toMatch(/semver/);
  });

  test('every property and every definition has a non-empty description', () => {
    const defs = Object.entries(schema.$defs as SchemaNode).map(([name, def]): [string, SchemaNode] => [`#/$defs/${name}`, def as SchemaNode]);
    const undocumented = [['#', schema] as [string, SchemaNode], ...defs, ...properties()]
      .filter(([, node]) => typeof node.description !== 'string' || node.description.trim() === '')
      .map(([pointer]) => pointer);
    expect(properties().length).toBeGreaterThan(40);
    expect(undocumented).toEqual([]);
  });

  test('every object rejects unknown fields', () => {
    const objects = [...subSchemas(schema)].filter(([, node]) => node.type === 'object');
    expect(objects.length).toBeGreaterThan(5);
    expect(objects.filter(([, node]) => node.additionalProperties !== false).map(([pointer]) => pointer)).toEqual([]);
  });
});

describe('validate() with the compiled validator', () => {
  test.each(seedArticles().map(({ name, text }) => [name, text]))('the extraction of %s validates, and so does its JSON', (_name, text) => {
    for (const result of [extract(text), extract(text, { referenceDate: '2020-11-16' })]) {
      expect(validate(result)).toEqual({ valid: true, errors: [] });
      expect(validate(JSON.parse(JSON.stringify(result)))).toEqual({ valid: true, errors: [] });
    }
  });

  test.each([
    ['a wrong type', (x: any) => (x.figures[0].value = '5'), '/figures/0/value: must be number or null'],
    ['a missing field', (x: any) => delete x.people[0].name, '/people/0: missing required property "name"'],
    ['a misspelt field', (x: any) => (x.people[0].nam = 'x'), '/people/0: unknown property "nam"'],
    ['an unknown top-level field', (x: any) => (x.entities = []), '(root): unknown property "entities"'],
    ['a country name for an ISO code', (x: any) => (x.places[0].countryCode = 'Russia'), '/places/0/countryCode: must match pattern "^[A-Z]{2}$"'],
    ['a lower-case ISO code', (x: any) => (x.people[0].nationality = 'ru'), '/people/0/nationality: must match pattern "^[A-Z]{2}$"'],
    ['a negative offset', (x: any) => (x.people[0].mentions[0].start = -1), '/people/0/mentions/0/start: must be >= 0'],
    ['a fractional offset', (x: any) => (x.dates[0].end = 1.5), '/dates/0/end: must be integer'],
    ['NaN', (x: any) => (x.figures[0].min = NaN), '/figures/0/min: must be number'],
    ['a value outside an enum', (x: any) => (x.dates[0].kind = 'era'), '/dates/0/kind: must be one of "date", "relative", "weekday", "time", "datetime", "range"'],
    ['another constant', (x: any) => (x.dates[0].conflict.reason = 'typo'), '/dates/0/conflict/reason: must be "month-names-disagree"'],
    ['a malformed entity id', (x: any) => (x.places[0].id = 'place-0'), '/places/0/id: must match pattern "^place-[1-9][0-9]*$"'],
    ["another category's id", (x: any) => (x.people[0].id = 'place-1'), '/people/0/id: must match pattern "^person-[1-9][0-9]*$"'],
    ["another category's field", (x: any) => (x.people[0].countryCode = 'RU'), '/people/0: unknown property "countryCode"'],
    ['an organization kind for a place', (x: any) => (x.places[0].kind = 'ministry'), '/places/0/kind: must be one of "country", "territory", "province", "city", "town", "district", "region", "continent", "feature", "street", "square"'],
    ['a reference that is not a day', (x: any) => (x.reference.value = '2020-11'), '/reference/value: must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"'],
    ['a missing array', (x: any) => delete x.organizations, '(root): missing required property "organizations"'],
  ])('rejects %s with a readable error', (_what, edit, expected) => {
    const result = validate(broken(edit));
    expect(result.valid).toBe(false);
    expect(result.errors).toContain(expected);
  });

  test('reports every problem, not only the first', () => {
    const result = validate(
      broken((x) => {
        x.figures[0].value = '5';
        delete x.people[0].name;
        x.reference.source = 'guess';
      }),
    );
    expect(result.errors).toEqual([
      '/people/0: missing required property "name"',
      '/figures/0/value: must be number or null',
      '/reference/source: must be one of "option", "dateline", "none"',
    ]);
  });

  test.each([null, undefined, 42, 'x', true, [], [EVERY_FIELD]])('rejects the non-object %p without throwing', (value) => {
    expect(validate(value)).toEqual({ valid: false, errors: ['(root): must be object'] });
  });

  test('each call reports only its own errors', () => {
    expect(errorsOf(null)).toHaveLength(1);
    expect(errorsOf(EVERY_FIELD)).toEqual([]);
    expect(errorsOf(broken((x) => (x.dates[0].end = -2)))).toEqual(['/dates/0/end: must be >= 0']);
  });
});

describe('every extract() in the tests is validated', () => {
  test("the tests' '../src/index' is the wrapper: an extraction that breaks the schema throws", () => {
    jest.isolateModules(() => {
      jest.doMock('../src/extract/extract', () => ({ extract: () => ({ people: [], places: [], figures: [], dates: [] }) }));
      const wrapped: typeof extract = require('../src/index').extract;
      expect(() => wrapped('نص')).toThrow(
        'extract() returned output that breaks khabar/schema.json or its spans:\n(root): missing required property "organizations"\n(root): missing required property "reference"',
      );
    });
  });

  test("the wrapper checks spans against the text too: a mention past the text's end throws", () => {
    jest.isolateModules(() => {
      const mention = { text: 'نص', start: 0, end: 3 };
      const place = { id: 'place-1', name: 'نص', mentions: [mention] };
      const reference = { value: null, source: 'none' };
      jest.doMock('../src/extract/extract', () => ({
        extract: () => ({ people: [], places: [place], organizations: [], figures: [], dates: [], reference }),
      }));
      const wrapped: typeof extract = require('../src/index').extract;
      expect(() => wrapped('نص')).toThrow('/places/0/mentions/0: [0, 3) is not a span of the text (0 ≤ start ≤ end ≤ 2)');
    });
  });
});

describe('the built library compiles no schema at run time', () => {
  test.each(['index.js', 'index.cjs'])('dist/%s neither imports ajv nor builds functions from strings', (file) => {
    const code = read('dist', file);
    expect(code).toContain('validateExtraction'); // the compiled validator is inside
    expect(code).not.toMatch(/require\(["']ajv|from ["']ajv|new Function|\beval\(/);
  });

  test('the built validate() works', () => {
    const built = require(join(root, 'dist', 'index.cjs')) as typeof import('../src/index');
    expect(built.validate(EVERY_FIELD)).toEqual({ valid: true, errors: [] });
    expect(built.validate(broken((x) => (x.people[0].nam = 1))).errors).toEqual(['/people/0: unknown property "nam"']);
  });
});

describe('the shipped schema.json works untouched in independent validators', () => {
  // The file as shipped, read fresh: nothing stripped, nothing added.
  const shipped = (): SchemaNode => JSON.parse(read('schema.json')) as SchemaNode;
  const outputs = seedArticles().flatMap(({ text }) => [extract(text), extract(text, { referenceDate: '2020-11-16' })]);
  const BROKEN: [string, (x: any) => void][] = [
    ['a wrong type', (x) => (x.figures[0].value = '5')],
    ['a missing field', (x) => delete x.people[0].name],
    ['an unknown field', (x) => (x.entities = [])],
    ["another category's field", (x) => (x.people[0].kind = 'city')],
    ['a kind outside its enum', (x) => (x.organizations[0].kind = 'club')],
    ['a place kind on an organization', (x) => (x.organizations[0].kind = 'city')],
    ["another category's id", (x) => (x.places[0].id = 'person-1')],
    ['a negative offset', (x) => (x.dates[0].start = -1)],
    ['a fractional offset', (x) => (x.dates[0].end = 1.5)],
  ];

  describe('Ajv2020 with its defaults (strict mode)', () => {
    const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv/dist/2020').default;
    const check = new Ajv2020().compile(shipped());

    test('compiles it and accepts the output of every fixture, and the value using every field', () => {
      expect(outputs.length).toBeGreaterThanOrEqual(10);
      for (const output of [...outputs, EVERY_FIELD]) expect({ valid: check(output), errors: check.errors ?? null }).toEqual({ valid: true, errors: null });
    });

    test.each(BROKEN)('rejects %s', (_what, edit) => {
      expect(check(broken(edit))).toBe(false);
    });
  });

  describe('@cfworker/json-schema (a second, independent 2020-12 implementation)', () => {
    const validator = new Validator(shipped() as never, '2020-12', false);

    test('accepts the output of every fixture, and the value using every field', () => {
      for (const output of [...outputs, EVERY_FIELD]) expect(validator.validate(output).errors).toEqual([]);
    });

    test.each(BROKEN)('rejects %s', (_what, edit) => {
      expect(validator.validate(broken(edit)).valid).toBe(false);
    });
  });
});

describe('closed vocabularies: every kind emitted is in its enum, and the enums of schema and types agree', () => {
  // own sentences, written to reach kinds the fixtures do not show
  const SENTENCES = [
    'قال متحدث باسم الرئاسة الفرنسية إن حلف شمال الأطلسي سيجتمع في بروكسل الأسبوع المقبل.',
    'قضت المحكمة الدستورية العليا في مصر بحل مجلس النواب، وأعلن البرلمان الأوروبي موقفه.',
    'وصل وزير الخارجية إلى مدينة حلب شمال سوريا قادما من أوروبا عبر البحر المتوسط.',
    'أعلنت وزارة الدفاع الأمريكية أن شركة أرامكو وحزب العمال ووكالة الأنباء الفرنسية شاركوا في الاجتماع.',
    'زار الرئيس إقليم كردستان وقطاع غزة وجزيرة القرم ثم توجه إلى أفريقيا وآسيا عبر نهر النيل.',
  ];
  const enumOf = (name: string): unknown[] => ((schema.$defs as Record<string, SchemaNode>)[name]!.enum as unknown[]) ?? [];
  // Each list must name every member of its type (the Exclude checks) and nothing else (the satisfies).
  const PLACE_KINDS = [
    'country', 'territory', 'province', 'city', 'town', 'district', 'region', 'continent', 'feature', 'street', 'square',
  ] as const satisfies readonly PlaceKind[];
  const ORGANIZATION_KINDS = [
    'ministry', 'presidency', 'international', 'alliance', 'party', 'company', 'agency',
    'media', 'government', 'military', 'court', 'parliament', 'sports', 'other',
  ] as const satisfies readonly OrganizationKind[];
  const placeKindsComplete: [Exclude<PlaceKind, (typeof PLACE_KINDS)[number]>] extends [never] ? true : false = true;
  const organizationKindsComplete: [Exclude<OrganizationKind, (typeof ORGANIZATION_KINDS)[number]>] extends [never] ? true : false = true;

  test('the schema lists exactly the kinds the types allow', () => {
    expect([placeKindsComplete, organizationKindsComplete]).toEqual([true, true]);
    expect(enumOf('PlaceKind')).toEqual([...PLACE_KINDS]);
    expect(enumOf('OrganizationKind')).toEqual([...ORGANIZATION_KINDS]);
  });

  test('every kind the fixtures and the own sentences give is in its enum', () => {
    const results = [...seedArticles().map(({ text }) => text), ...SENTENCES].map((text) => extract(text));
    const placeKinds = new Set(results.flatMap((r) => r.places.map((p) => p.kind)));
    const organizationKinds = new Set(results.flatMap((r) => r.organizations.map((o) => o.kind)));
    // the sentences do reach kinds beyond the fixtures', so the check below has something to check
    expect([...placeKinds].filter((k) => k !== undefined).length).toBeGreaterThanOrEqual(5);
    expect([...organizationKinds].filter((k) => k !== undefined).length).toBeGreaterThanOrEqual(7);
    expect([...placeKinds].filter((k) => k !== undefined && !enumOf('PlaceKind').includes(k))).toEqual([]);
    expect([...organizationKinds].filter((k) => k !== undefined && !enumOf('OrganizationKind').includes(k))).toEqual([]);
  });
});
