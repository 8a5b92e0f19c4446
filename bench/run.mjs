// `npm run bench`: khabar's speed, scaling, memory, start-up and size, measured side by side in one
// run on text built from the seed articles, with wink-nlp's readDoc on the same text as the baseline.
// Prints medians of several timed runs after warm-up runs; asserts nothing (machines here are noisy).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extract } from '../dist/index.js';
import { bundleSizes } from './bundle-size.mjs';
import { corpus, median, seeds } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// the throughput subjects run in several rounds, interleaved, so a load spike on this shared machine
// hits one round of every subject rather than all runs of one
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 2;
// V8 takes about five calls of extract on 1 MB to finish optimizing it (the first takes ~4x the
// settled time): the throughput subjects time the settled speed a pipeline sees, and print the first
// call apart
const SUBJECT_WARMUP = 6;
const MB = (text) => Buffer.byteLength(text) / 1e6;

function time(fn, runs = RUNS, warmup = WARMUP) {
  // one collection between subjects so none pays for another's garbage; none between runs, which
  // would shrink the young generation and time the regrowth instead of the code
  globalThis.gc?.();
  for (let i = 0; i < warmup; i++) fn();
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
}

const rate = (mb, ms) => mb / (ms / 1000);
const fmt = (x, digits = 1) => x.toFixed(digits);

/** A throughput subject timed in its own fresh process (see subject.mjs). */
function subject(name, text = '1mb') {
  const args = [join(root, 'bench/subject.mjs'), name, String(RUNS), String(SUBJECT_WARMUP), text];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(out);
}

async function stageFunctions() {
  // the recognizers are internal: bundle a small entry from src to time each stage on its own
  const out = join(root, '.bench-tmp', 'stages.mjs');
  await build({
    stdin: {
      contents: `
        export { normalize } from './src/text/normalize';
        export { tokenizeNormalized } from './src/text/tokenize';
        export { recognizeFigures } from './src/figures/recognize';
        export { recognizeDates } from './src/dates/recognize';
        export { recognizeEntities } from './src/extract/entities';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'error',
  });
  return import(out);
}

function stagesTable(stages, text) {
  const view = stages.normalize(text);
  const tokens = stages.tokenizeNormalized(view);
  const ctx = { source: text, view, tokens, referenceDate: null };
  const dates = stages.recognizeDates(ctx).dates;
  const figures = stages.recognizeFigures(ctx);
  const rows = [
    ['normalize', () => stages.normalize(text)],
    ['tokenize (on the view)', () => stages.tokenizeNormalized(view)],
    ['figures', () => stages.recognizeFigures(ctx)],
    ['dates', () => stages.recognizeDates(ctx)],
    ['people, places, organizations', () => stages.recognizeEntities(ctx, dates, figures)],
  ];
  return rows.map(([name, fn]) => [name, time(fn).ms]);
}

function childJson(script) {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

function peakRss(file) {
  const script = `
    import { readFileSync } from 'node:fs';
    import { extract } from ${JSON.stringify(join(root, 'dist/index.js'))};
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    const before = process.memoryUsage().rss;
    extract(text);
    console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024 }));`;
  return childJson(script);
}

function coldImport(kind) {
  const target = join(root, kind === 'esm' ? 'dist/index.js' : 'dist/index.cjs');
  const load = kind === 'esm' ? `await import(${JSON.stringify(target)})` : `createRequire(import.meta.url)(${JSON.stringify(target)})`;
  const script = `import { createRequire } from 'node:module'; const t0 = performance.now(); ${load}; console.log(JSON.stringify(performance.now() - t0));`;
  return median(Array.from({ length: 11 }, () => childJson(script)));
}

/** The first extract call of a process on one seed article: lexicons are built on first use. */
function firstExtract() {
  const script = `
    import { extract } from ${JSON.stringify(join(root, 'dist/index.js'))};
    const text = ${JSON.stringify(seeds[0])};
    const t0 = performance.now();
    extract(text);
    const first = performance.now() - t0;
    const t1 = performance.now();
    extract(text);
    console.log(JSON.stringify({ first, second: performance.now() - t1, chars: text.length }));`;
  const runs = Array.from({ length: 5 }, () => childJson(script));
  return { first: median(runs.map((r) => r.first)), second: median(runs.map((r) => r.second)), chars: runs[0].chars };
}

function tarballSize() {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8' }));
  return { packed: pack.size, unpacked: pack.unpackedSize, files: pack.entryCount };
}

/** `unit` repeated to about `bytes` bytes of UTF-8. */
const repeatedTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
// each shape at 100 kB and at 1 MB: a step quadratic inside one piece (30,000 characters, more when
// the text has no break) shows at 100 kB, where one piece is most of the text
const ADVERSARIAL_UNITS = [
  ['و', 'و '],
  ['٫', '٫'],
  ['"1,"', '1,'],
  ['عشرات', 'عشرات '],
  ['one word', 'ب'],
  ['"1 م "', '1 م '],
  ['"1م"', '1م'],
];

const ADVERSARIAL = [
  ...ADVERSARIAL_UNITS.flatMap(([name, unit]) => [
    [`100 kB of ${name}`, () => repeatedTo(unit, 100_000)],
    [`1 MB of ${name}`, () => repeatedTo(unit, 1_000_000)],
  ]),
  ['100k newlines', () => '\n'.repeat(100_000) + seeds[0]],
];

async function main() {
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(join(root, '.bench-tmp'), { recursive: true });
  const text1 = corpus(1_000_000);
  const text10 = corpus(10_000_000);
  const mb1 = MB(text1);
  const mb10 = MB(text10);

  console.log(`node ${process.version} ${process.arch}; corpora built from ${seeds.length} seed articles: ${fmt(mb1, 2)} MB and ${fmt(mb10, 2)} MB`);
  console.log(`medians of ${RUNS} runs after ${WARMUP} warm-ups unless said otherwise\n`);

  const SUBJECTS = ['tokenize', 'extract', 'wink'];
  const rounds = [];
  const onceRounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    // each round starts with a different subject, so none always runs right after another
    const order = SUBJECTS.map((_, k) => SUBJECTS[(k + round) % SUBJECTS.length]);
    const results = {};
    const once = {};
    for (const name of order) results[name] = subject(name);
    for (const name of order) once[name] = subject(name, 'once');
    rounds.push(results);
    onceRounds.push(once);
  }
  const overRounds = (name) => ({
    ms: median(rounds.map((r) => r[name].ms)),
    firstMs: median(rounds.map((r) => r[name].firstMs)),
    tokens: rounds[0][name].tokens,
  });
  const [tok, ext, wink] = SUBJECTS.map(overRounds);
  const ratios = (name) => rounds.map((r) => r.wink.ms / r[name].ms);
  const span = (values) => `${fmt(Math.min(...values), 2)}–${fmt(Math.max(...values), 2)}x`;
  console.log(
    `throughput on 1 MB, each subject in a fresh process, ${SUBJECT_WARMUP} warm-up calls; ${ROUNDS} interleaved rounds, ` +
      `median of the rounds' medians (first, cold call in brackets)`,
  );
  for (const [name, r] of [
    ['khabar tokenize', tok],
    ['khabar extract', ext],
    ['wink-nlp readDoc (+ punctuation map)', wink],
  ]) {
    console.log(
      `  ${name.padEnd(38)} ${fmt(r.ms).padStart(8)} ms  ${fmt(rate(mb1, r.ms)).padStart(6)} MB/s  ` +
        `${fmt(r.tokens / (r.ms / 1000) / 1e6, 2)} M tokens/s  (first ${fmt(r.firstMs)} ms)`,
    );
  }
  console.log(
    `  tokenize vs wink readDoc: ${fmt(median(ratios('tokenize')), 2)}x (rounds ${span(ratios('tokenize'))})   ` +
      `extract vs wink readDoc: ${fmt(median(ratios('extract')), 2)}x (rounds ${span(ratios('extract'))})\n`,
  );

  const mbOnce = MB(seeds.join('\n\n'));
  const perMbOnce = (name) => median(onceRounds.map((r) => r[name].ms)) / mbOnce;
  const onceRatios = onceRounds.map((r) => r.wink.ms / r.extract.ms);
  console.log(
    `text that repeats nothing (the ${seeds.length} seeds once, ${fmt(mbOnce * 1000)} kB; 50 calls a run): ` +
      `extract ${fmt(perMbOnce('extract'))} ms per MB, tokenize ${fmt(perMbOnce('tokenize'))}, wink readDoc ${fmt(perMbOnce('wink'))}; ` +
      `extract vs wink ${fmt(median(onceRatios), 2)}x (rounds ${span(onceRatios)})\n`,
  );

  console.log('extract, stage by stage on 1 MB');
  const stages = await stageFunctions();
  for (const [name, ms] of stagesTable(stages, text1)) {
    console.log(`  ${name.padEnd(38)} ${fmt(ms).padStart(8)} ms  ${fmt(rate(mb1, ms)).padStart(6)} MB/s`);
  }

  const ext1 = time(() => extract(text1));
  const ext10 = time(() => extract(text10), 3, 1);
  console.log(`\nscaling: extract on 10 MB ${fmt(ext10.ms)} ms (median of 3) = ${fmt(ext10.ms / ext1.ms, 2)}x the 1 MB time (${fmt(ext1.ms)} ms, median of 9, in this process; linear is 10)`);

  const file10 = join(root, '.bench-tmp', 'corpus-10mb.txt');
  writeFileSync(file10, text10);
  // when the collector runs varies from process to process: the median of five fresh processes
  const rssRuns = Array.from({ length: 5 }, () => peakRss(file10));
  const peaks = rssRuns.map((r) => r.peak);
  console.log(
    `memory: peak RSS extracting 10 MB in a fresh process, median of 5: ${fmt(median(peaks) / 1e6)} MB ` +
      `(min ${fmt(Math.min(...peaks) / 1e6)}, max ${fmt(Math.max(...peaks) / 1e6)}; RSS before extract ${fmt(rssRuns[0].before / 1e6)} MB; ` +
      `target ≤ 10 × input + 100 MB = ${fmt(10 * mb10 + 100)} MB)`,
  );

  console.log(`cold start: import in a fresh process, median of 11: ESM ${fmt(coldImport('esm'))} ms, CJS ${fmt(coldImport('cjs'))} ms`);
  const first = firstExtract();
  console.log(
    `first extract in a fresh process (one ${first.chars}-character seed article, median of 5): ${fmt(first.first)} ms, ` +
      `then ${fmt(first.second)} ms (lexicons are built on first use)`,
  );

  // the model's share of extract time on news that repeats nothing, in its own process
  console.log(execFileSync(process.execPath, [join(root, 'bench/model.mjs')], { encoding: 'utf8' }).trim());

  const size = tarballSize();
  const esmGzip = gzipSync(readFileSync(join(root, 'dist/index.js'))).length;
  console.log(`size: packed tarball ${fmt(size.packed / 1024)} kB (${size.files} files, ${fmt(size.unpacked / 1024)} kB unpacked); ESM bundle gzip ${fmt(esmGzip / 1024)} kB`);
  console.log('a bundle of one import (esbuild, minified, from dist/index.js): default (non-ASCII escaped), gzipped, charset utf8');
  for (const row of await bundleSizes()) {
    console.log(
      `  ${row.name.padEnd(12)} ${fmt(row.min / 1024).padStart(6)} kB  gzip ${fmt(row.gzip / 1024).padStart(5)} kB  utf8 ${fmt(row.utf8 / 1024).padStart(6)} kB`,
    );
  }
  console.log('');

  console.log('adversarial inputs: extract time per byte relative to news (1.0 = as fast as news)');
  const newsPerByte = ext1.ms / Buffer.byteLength(text1);
  for (const [name, make] of ADVERSARIAL) {
    const input = make();
    const r = time(() => extract(input), 3, 1);
    console.log(`  ${name.padEnd(22)} ${fmt(r.ms).padStart(8)} ms  ${fmt(r.ms / Buffer.byteLength(input) / newsPerByte, 2)}x`);
  }
}

await main();
