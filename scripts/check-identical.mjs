// Proves a change that should alter nothing alters nothing. The outputs: the JSON khabar's built
// library (dist/) gives for every fixture, every devset article (../shared/devset), every article of
// the bench's news that repeats nothing (bench/articles.mjs, from ../shared/data) and the repeated
// bench corpus; the corpora are read at run time, never copied.
// usage, after `npm run build`:
//   node scripts/check-identical.mjs record [DIR]   write every output to DIR (default .identity/baseline)
//   node scripts/check-identical.mjs check [DIR]    write .identity/snapshot and compare it byte for byte with DIR
//   node scripts/check-identical.mjs digests        compare each output's SHA-256 with identity-digests.txt
//   node scripts/check-identical.mjs digests update rewrite identity-digests.txt from this build
// identity-digests.txt is committed and checked by `npm test` (CI): a commit that leaves it alone is
// proven to change no output, and one that changes outputs shows which in its diff. It holds hashes
// only, from which no article can be read back. Where ../shared is absent, its rows are skipped (and
// said so). Exits 1 and names the outputs that differ when any does.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniqueArticles } from '../bench/articles.mjs';
import { corpus } from '../bench/corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const DIGESTS = join(root, 'identity-digests.txt');
const [mode, arg] = process.argv.slice(2);
if (mode !== 'record' && mode !== 'check' && mode !== 'digests') {
  console.error('usage: node scripts/check-identical.mjs record|check [BASELINE_DIR] | digests [update]');
  process.exit(2);
}
const lib = await import(join(root, 'dist', 'index.js'));

/** The articles, the reference date each is read against (null: the library's default), and what is absent. */
function articles() {
  const list = [];
  const absent = [];
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
  } else absent.push('devset-');
  const unique = uniqueArticles();
  if (unique.fromCorpus) {
    unique.articles.forEach((text, k) => list.push({ name: `anercorp-${String(k + 1).padStart(3, '0')}`, text }));
  } else absent.push('anercorp-');
  list.push({ name: 'bench-corpus-1mb', text: corpus(1_000_000), referenceDate: undefined });
  return { list, absent };
}

/** Every output of every article, as [file name, JSON]. */
function* outputs(list) {
  for (const { name, text, referenceDate } of list) {
    // the article as the scorer and the golden tests read it, without a reference date (when it has
    // one), and the building blocks on their own
    const values = {
      extract: referenceDate ? lib.extract(text, { referenceDate }) : lib.extract(text),
      ...(referenceDate ? { 'extract-no-reference': lib.extract(text) } : {}),
      tokenize: lib.tokenize(text),
      sentences: lib.sentences(text),
      normalize: lib.normalize(text).text,
    };
    for (const [what, value] of Object.entries(values)) yield [`${name}.${what}.json`, JSON.stringify(value)];
  }
}

function fail(differ, of) {
  console.error(`${differ.length} of ${of} outputs differ:\n  ${differ.join('\n  ')}`);
  process.exit(1);
}

const { list, absent } = articles();
for (const prefix of absent) console.warn(`${prefix}* skipped: its corpus under ../shared is absent`);

if (mode === 'digests') {
  const sha = (json) => createHash('sha256').update(json).digest('hex');
  const got = new Map([...outputs(list)].map(([file, json]) => [file, sha(json)]));
  const lines = (map) => [...map].map(([file, hash]) => `${hash}  ${file}`).join('\n') + '\n';
  const want = existsSync(DIGESTS)
    ? new Map(readFileSync(DIGESTS, 'utf8').trim().split('\n').map((line) => line.split('  ').reverse()))
    : new Map();
  if (arg === 'update') {
    // rows of an absent corpus are kept as they were, not dropped
    for (const [file, hash] of want) if (absent.some((prefix) => file.startsWith(prefix))) got.set(file, hash);
    writeFileSync(DIGESTS, lines(new Map([...got].sort(([a], [b]) => (a < b ? -1 : 1)))));
    console.log(`${DIGESTS}: ${got.size} digests written`);
  } else {
    const differ = [];
    for (const [file, hash] of got) if (want.get(file) !== hash) differ.push(want.has(file) ? file : `${file} (not in identity-digests.txt)`);
    for (const file of want.keys()) {
      if (!got.has(file) && !absent.some((prefix) => file.startsWith(prefix))) differ.push(`${file} (no longer produced)`);
    }
    if (differ.length) {
      fail(differ, got.size);
    }
    console.log(`${got.size} outputs match identity-digests.txt`);
  }
} else {
  const baseline = arg ?? join(root, '.identity', 'baseline');
  const out = mode === 'record' ? baseline : join(root, '.identity', 'snapshot');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [file, json] of outputs(list)) writeFileSync(join(out, file), json);
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
    if (differ.length) fail(differ, want.length);
    console.log(`${got.length} files compared with ${baseline}: all byte-identical`);
  }
}
