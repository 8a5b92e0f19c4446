// Proves a change that should alter nothing alters nothing: writes the JSON khabar's built library
// (dist/) gives for every fixture, every devset article (read from ../shared/devset at run time, never
// copied) and the bench corpus to a snapshot folder, and compares it byte for byte with a baseline.
// usage, after `npm run build`:
//   node scripts/check-identical.mjs record [DIR]   write the baseline (default .identity/baseline)
//   node scripts/check-identical.mjs check [DIR]    write .identity/snapshot and compare with DIR
// Exits 1 and names the files that differ when any does.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from '../bench/corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const [mode, dirArg] = process.argv.slice(2);
if (mode !== 'record' && mode !== 'check') {
  console.error('usage: node scripts/check-identical.mjs record|check [BASELINE_DIR]');
  process.exit(2);
}
const baseline = dirArg ?? join(root, '.identity', 'baseline');
const out = mode === 'record' ? baseline : join(root, '.identity', 'snapshot');
const lib = await import(join(root, 'dist', 'index.js'));

/** The articles and the reference date each is read against (null: the library's default). */
function articles() {
  const list = [];
  const fixtures = join(root, 'fixtures');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
    const expected = join(fixtures, file.replace(/\.txt$/, '.expected.json'));
    const referenceDate = existsSync(expected) ? JSON.parse(readFileSync(expected, 'utf8')).referenceDate : undefined;
    list.push({ name: `fixture-${file}`, text: readFileSync(join(fixtures, file), 'utf8'), referenceDate });
  }
  const devset = join(root, '..', 'shared', 'devset');
  if (existsSync(devset)) {
    for (const file of readdirSync(devset).filter((f) => f.endsWith('.txt')).sort()) {
      const gold = join(devset, file.replace(/\.txt$/, '.gold.json'));
      const referenceDate = existsSync(gold) ? JSON.parse(readFileSync(gold, 'utf8')).referenceDate : undefined;
      list.push({ name: `devset-${file}`, text: readFileSync(join(devset, file), 'utf8'), referenceDate });
    }
  } else console.warn('../shared/devset not found: devset articles skipped');
  list.push({ name: 'bench-corpus-1mb', text: corpus(1_000_000), referenceDate: undefined });
  return list;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const { name, text, referenceDate } of articles()) {
  // the article as the scorer and the golden tests read it, without a reference date, and the
  // building blocks on their own
  const outputs = {
    extract: referenceDate ? lib.extract(text, { referenceDate }) : lib.extract(text),
    'extract-no-reference': lib.extract(text),
    tokenize: lib.tokenize(text),
    sentences: lib.sentences(text),
    normalize: lib.normalize(text).text,
  };
  for (const [what, value] of Object.entries(outputs)) writeFileSync(join(out, `${name}.${what}.json`), JSON.stringify(value));
}

if (mode === 'record') {
  console.log(`baseline written to ${out}: ${readdirSync(out).length} files`);
} else {
  const want = readdirSync(baseline).sort();
  const got = readdirSync(out).sort();
  const differ = [];
  for (const file of new Set([...want, ...got])) {
    if (!want.includes(file) || !got.includes(file)) differ.push(`${file} (only in ${want.includes(file) ? 'baseline' : 'snapshot'})`);
    else if (!readFileSync(join(baseline, file)).equals(readFileSync(join(out, file)))) differ.push(file);
  }
  if (differ.length) {
    console.error(`${differ.length} of ${want.length} files differ:\n  ${differ.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${got.length} files compared with ${baseline}: all byte-identical`);
}
