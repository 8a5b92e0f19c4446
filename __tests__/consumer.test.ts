// Installs the packed tarball into a throwaway project and uses it the way a user would:
// import from ESM, require from CommonJS, type-check under node16 and bundler resolution, validate
// with the installed schema.json, then lints the tarball with publint and @arethetypeswrong/cli.
// The install is --offline and the library has no dependencies, so it needs no npm cache: .ci/run
// runs the tests with an empty one. Needs `npm run build` first (npm test does it).
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let work: string;
let tarball: string;
let project: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'khabar-consumer-'));
  run('npm', ['pack', '--silent', '--pack-destination', work], root);
  tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  project = join(work, 'project');
  run('mkdir', ['-p', project], work);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], project);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const SAMPLE = 'أعلن الرئيس في قره باغ أمس.';

test('installing the library adds no package but khabar itself', () => {
  expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['khabar']);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'khabar', 'package.json'), 'utf8'));
  expect([manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies, manifest.bin]).toEqual([undefined, undefined, undefined, undefined]);
});

test("the installed schema.json, untouched, compiles in a default (strict) Ajv2020 and validates the installed library's output", () => {
  // ajv comes from the repository's devDependencies; the schema and the library from the consumer's install
  writeFileSync(
    join(project, 'strict.cjs'),
    `const Ajv2020 = require(${JSON.stringify(require.resolve('ajv/dist/2020'))}).default;\n` +
      `const check = new Ajv2020().compile(require('khabar/schema.json'));\n` +
      `const result = require('khabar').extract(${JSON.stringify(SAMPLE)});\n` +
      `console.log(JSON.stringify({ valid: check(result), broken: check({ ...result, people: [{ id: 'person-1' }] }) }));\n`,
  );
  expect(JSON.parse(run('node', ['strict.cjs'], project))).toEqual({ valid: true, broken: false });
});

test('import { extract } works from an .mjs file', () => {
  writeFileSync(
    join(project, 'use.mjs'),
    `import { extract, tokenize } from 'khabar';\n` +
      `const r = extract(${JSON.stringify(SAMPLE)});\n` +
      `console.log(JSON.stringify({ keys: Object.keys(r), tokens: tokenize(${JSON.stringify(SAMPLE)}).length }));\n`,
  );
  const out = JSON.parse(run('node', ['use.mjs'], project));
  expect(out.keys).toEqual(expect.arrayContaining(['people', 'places', 'organizations', 'figures', 'dates']));
  expect(out.tokens).toBe(7);
});

test('require("khabar") works from a .cjs file', () => {
  writeFileSync(
    join(project, 'use.cjs'),
    `const { extract, sentences } = require('khabar');\n` +
      `console.log(JSON.stringify({ figures: Array.isArray(extract('نص').figures), sentences: sentences('وصل. غادر.').length }));\n`,
  );
  expect(JSON.parse(run('node', ['use.cjs'], project))).toEqual({ figures: true, sentences: 2 });
});

test('khabar/schema.json is shipped: it imports as JSON from ESM, requires from CommonJS, and validate() agrees with it', () => {
  writeFileSync(
    join(project, 'schema.mjs'),
    `import { createRequire } from 'node:module';\n` +
      `import schema from 'khabar/schema.json' with { type: 'json' };\n` +
      `import { extract, validate } from 'khabar';\n` +
      `const require = createRequire(import.meta.url);\n` +
      `console.log(JSON.stringify({ id: schema.$id, required: require('khabar/schema.json').$id, resolved: require.resolve('khabar/schema.json'), valid: validate(extract(${JSON.stringify(SAMPLE)})).valid }));\n`,
  );
  const { $id } = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8'));
  expect(JSON.parse(run('node', ['schema.mjs'], project))).toEqual({ id: $id, required: $id, resolved: expect.stringMatching(/node_modules[\\/]khabar[\\/]schema\.json$/), valid: true });
});

test.each([
  ['node16', 'Node16', 'Node16'],
  ['bundler', 'ESNext', 'Bundler'],
])('a .ts file type-checks against the published types (moduleResolution %s)', (name, module, moduleResolution) => {
  const source =
    `import { extract, normalize, type Extraction, type Token, tokenize } from 'khabar';\n` +
    `const result: Extraction = extract('نص', { referenceDate: '2020-11-16' });\n` +
    `const first: Token | undefined = tokenize('نص')[0];\n` +
    `const n: number = result.figures.length + (first?.start ?? 0) + normalize('نص').text.length;\n` +
    `// @ts-expect-error referenceDate must be a string or a Date\n` +
    `extract('نص', { referenceDate: 5 });\n` +
    `export { n };\n`;
  writeFileSync(join(project, `check-${name}.mts`), source);
  writeFileSync(join(project, `check-${name}-cjs.cts`), source);
  writeFileSync(
    join(project, `tsconfig.${name}.json`),
    JSON.stringify({
      compilerOptions: { module, moduleResolution, strict: true, noEmit: true, target: 'ES2020', skipLibCheck: false, types: [] },
      files: [`check-${name}.mts`, `check-${name}-cjs.cts`],
    }),
  );
  expect(() => run(bin('tsc'), ['-p', `tsconfig.${name}.json`], project)).not.toThrow();
});

describe('the khabar-cli package', () => {
  const cli = join(root, 'packages', 'khabar-cli');
  const manifest = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'));

  test('packs its command, its built code and its README, nothing else', () => {
    const [{ files }] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], cli)) as [{ files: { path: string }[] }];
    const paths = files.map((f) => f.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'bin/khabar.js', 'dist/khabar.js', 'dist/worker.js', 'package.json']));
    expect(paths.filter((path) => !/^(README\.md|package\.json|bin\/khabar\.js|dist\/[\w-]+\.js)$/.test(path))).toEqual([]);
  });

  test('depends on exactly the packages its built code imports (arabic-reshaper as an optional peer)', () => {
    const code = readdirSync(join(cli, 'dist')).map((file) => readFileSync(join(cli, 'dist', file), 'utf8')).join('\n');
    const specifiers = [...code.matchAll(/(?:from\s*|import\()\s*"([^"]+)"/g)].map((m) => m[1]!);
    const bare = new Set(specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtinModules.includes(s)));
    const declared = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)];
    expect([...bare].sort()).toEqual(declared.sort());
    expect(manifest.peerDependenciesMeta['arabic-reshaper'].optional).toBe(true);
  });

  test('provides the khabar command, which npx finds in the workspace', () => {
    expect(manifest.bin).toEqual({ khabar: './bin/khabar.js' });
    expect(run('npx', ['--no-install', 'khabar', '--version'], root).trim()).toBe(manifest.version);
  });
});

test('publint finds nothing to report in the tarball', () => {
  const out = run(bin('publint'), ['run', tarball, '--strict'], root);
  expect(out).toMatch(/No problems found|All good/);
});

test('@arethetypeswrong/cli finds no type problems in the tarball', () => {
  const out = run(bin('attw'), [tarball, '--format', 'ascii'], root);
  expect(out).toMatch(/No problems found/);
});
