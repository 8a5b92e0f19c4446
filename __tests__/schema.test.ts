// The output contract: the shipped JSON Schema (khabar/schema.json) is what the TypeScript types say
// and documents every field; validate() runs ajv's standalone code compiled at build time (no ajv, no
// code generation at run time), accepts every real extraction and rejects broken ones with readable
// messages. The dist checks need `npm run build` first (npm test does it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, validate, type Entity, type Extraction } from '../src/index';
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

/** An Entity with every field set: the three categories share the type, so the sample gives each all of them. */
const entity = (id: string, name: string, start: number): Entity => ({
  id,
  name,
  mentions: [{ text: name, start, end: start + name.length }],
  kind: 'city',
  titles: ['الرئيس الروسي'],
  nationality: 'RU',
  countryCode: 'RU',
});

/** An Extraction that uses every field of every object: tsc checks it against the types, the tests below against the schema. */
const EVERY_FIELD: Extraction = {
  people: [entity('person-1', 'فلاديمير بوتين', 0)],
  places: [entity('place-1', 'موسكو', 20)],
  organizations: [entity('organization-12', 'الكرملين', 80)],
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
  test('draft 2020-12, a stable URL-shaped $id that carries the semver x-schema-version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['x-schema-version']).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
    expect(schema.$id).toBe(`https://khabar.dev/schema/extraction/${schema['x-schema-version']}.json`);
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
    ['a malformed entity id', (x: any) => (x.places[0].id = 'place-0'), '/places/0/id: must match pattern "^(person|place|organization)-[1-9][0-9]*$"'],
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
        'extract() returned output that breaks khabar/schema.json:\n(root): missing required property "organizations"\n(root): missing required property "reference"',
      );
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
