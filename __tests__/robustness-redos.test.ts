// ReDoS: every regular expression in src/ (literals and RegExp(...) patterns, generated files too)
// is checked with recheck, which proves a pattern safe or finds an attack string for it.
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { join } from 'node:path';
import { regExpsIn, sourceFiles, SRC_DIR } from './support/source-files';

// recheck's pure-JS checker: the same on every machine, with no native binary, JVM or child process to start
process.env.RECHECK_BACKEND = 'pure';

const collected = sourceFiles().map(regExpsIn);
const regExps = collected.flatMap((c) => c.found);

function describeUnsafe(where: string, d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${where} /${d.source}/${d.flags}: ${d.complexity.summary}, e.g. ${JSON.stringify(d.attack.pattern)}`;
  if (d.status === 'unknown') return `${where} /${d.source}/${d.flags}: not proved safe (${d.error.kind})`;
  return `${where} /${d.source}/${d.flags}: safe`;
}

test('every regular expression in src/ is found, and none is built from a pattern only known at run time', () => {
  expect(collected.flatMap((c) => c.unresolved)).toEqual([]);
  expect(regExps.length).toBeGreaterThan(0);
});

test('every regular expression in src/ is safe from catastrophic backtracking (recheck)', async () => {
  const unsafe: string[] = [];
  for (const { where, source, flags } of regExps) {
    const diagnostics = await check(source, flags);
    if (diagnostics.status !== 'safe') unsafe.push(describeUnsafe(where, diagnostics));
  }
  expect(unsafe).toEqual([]);
}, 60_000);

describe('the collector', () => {
  const parse = (code: string): ts.SourceFile =>
    ts.createSourceFile(join(SRC_DIR, 'example.ts'), code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

  test('finds literals and RegExp calls whose pattern is a constant, a concatenation or a template', () => {
    const { found, unresolved } = regExpsIn(
      parse(`const A = '(a|b)';\nconst B = A + '+';\nconst x = /c+d/g;\nnew RegExp(B, 'u');\nRegExp(\`e\\\\d\`);\n// /not a regex/ in a comment\nconst s = '/nor/ in a string';`),
    );
    expect(found.map(({ where, source, flags }) => [where, source, flags])).toEqual([
      ['src/example.ts:3', 'c+d', 'g'],
      ['src/example.ts:4', '(a|b)+', 'u'],
      ['src/example.ts:5', 'e\\d', ''],
    ]);
    expect(unresolved).toEqual([]);
  });

  test('reports a RegExp whose pattern it cannot know', () => {
    expect(regExpsIn(parse(`function f(p: string) { return new RegExp(p, 'g'); }`)).unresolved).toEqual([
      "src/example.ts:1: new RegExp(p, 'g')",
    ]);
  });

  test('recheck, as set up here, flags a known exponential pattern', async () => {
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
  });
});
