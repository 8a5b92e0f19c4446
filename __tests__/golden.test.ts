// Golden tests: each seed article against an expected extraction written by reading the Arabic
// (fixtures/*.expected.json). Only the fields an expectation lists are compared, so a note can leave
// a debatable field out. An item marked `miss` is a known gap: the test checks it is still missed,
// so the day a rule reaches it, this test says to move it back among the expectations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type Entity, type Extraction } from '../src/index';
import { FIXTURES_DIR, seedArticles } from './helpers';

interface Expected {
  article: string;
  referenceDate: string;
  people: ExpectedItem[];
  places: ExpectedItem[];
  organizations: ExpectedItem[];
  figures: ExpectedItem[];
  dates: ExpectedItem[];
}
type ExpectedItem = Record<string, unknown> & { miss?: string; note?: string };

const ANNOTATIONS = new Set(['miss', 'note']);

/** The expected item without its annotations, and the actual item cut to the same fields. */
function comparable(expected: ExpectedItem): Record<string, unknown> {
  return Object.fromEntries(Object.entries(expected).filter(([key]) => !ANNOTATIONS.has(key)));
}
function cut(actual: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((key) => [key, actual[key]]));
}
const entityView = (e: Entity): Record<string, unknown> => ({ ...e, mentions: e.mentions.map((m) => m.text) });

const cases = seedArticles().map(({ name, text }) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  return { name, text, expected };
});

// every fixture passes with the entity model and without it ({ model: false }: the rules alone)
const runs = cases.flatMap((c) => [true, false].map((model) => ({ ...c, model, label: model ? '' : ' (model off)' })));

describe.each(runs)('golden $name$label', ({ text, expected, model }) => {
  const result: Extraction = extract(text, { referenceDate: expected.referenceDate, model });

  test.each(['people', 'places', 'organizations'] as const)('%s', (category) => {
    const wanted = expected[category].filter((item) => !item.miss).map(comparable);
    const got = result[category].map(entityView);
    expect(got.map((entity, k) => cut(entity, wanted[k] ?? { name: 0, mentions: 0 }))).toEqual(wanted);
  });

  test.each(['figures', 'dates'] as const)('%s', (category) => {
    const wanted = expected[category].filter((item) => !item.miss).map(comparable);
    const got = (result[category] as unknown as Record<string, unknown>[]).map((item, k) => cut(item, wanted[k] ?? { text: 0, value: 0 }));
    expect(got).toEqual(wanted);
  });

  test('known misses are still missed', () => {
    for (const category of ['people', 'places', 'organizations'] as const) {
      for (const item of expected[category].filter((i) => i.miss)) {
        expect(result[category].map((e) => e.name)).not.toContain(item.name);
      }
    }
    for (const category of ['figures', 'dates'] as const) {
      for (const item of expected[category].filter((i) => i.miss)) {
        expect(result[category].map((f) => f.text)).not.toContain(item.text);
      }
    }
  });
});
