// `npm run bench`: khabar's speed, scaling, memory, start-up and size. The headline rows time news that
// repeats nothing (bench/articles.mjs), one call per article, with wink-nlp's readDoc on the same
// articles in the same process as the baseline, warm and cold, and each stage's share; the seed
// articles repeated serve only the linearity, memory and adversarial rows, labelled so.
// Prints medians of several timed runs after warm-up runs; asserts nothing (machines here are noisy).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extract } from '../dist/index.js';
import { bundleSizes } from './bundle-size.mjs';
import { uniqueArticles } from './articles.mjs';
import { corpus, median, seeds } from './corpus.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// the throughput subjects run in several rounds, interleaved, so a load spike on this shared machine
// hits one round of every subject rather than all passes of one
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 2;
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

/** A child process of unique.mjs (the headline rows), its output. */
function uniqueChild(args) {
  return execFileSync(process.execPath, [join(root, 'bench/unique.mjs'), ...args], { encoding: 'utf8' });
}

const span = (values) => `${fmt(Math.min(...values), 2)}–${fmt(Math.max(...values), 2)}x`;

async function stageFunctions() {
  // the recognizers are internal: bundle a small entry from src to time each stage on its own
  const out = join(root, '.bench-tmp', 'stages.mjs');
  await build({
    stdin: {
      contents: `
        export { extract } from './src/extract/extract';
        export { normalizePart } from './src/text/normalize';
        export { tokenizeNormalized } from './src/text/tokenize';
        export { recognizeFigures } from './src/figures/recognize';
        export { recognizeDates } from './src/dates/recognize';
        export { recognizePlaces } from './src/places/recognize';
        export { recognizeOrganizations } from './src/organizations/recognize';
        export { recognizeEntities } from './src/extract/entities';
        export { resolveFigures } from './src/extract/resolve/figures';
        export { withoutWordsOfNames } from './src/extract/resolve/overlaps';
        export { buildEntities } from './src/extract/resolve/entities';
        export { shippedModel } from './src/model/shipped';`,
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

/**
 * Each stage's time over all the articles, one call per article, as rows [name, ms in the pipeline,
 * ms alone]. "In the pipeline": a pass that runs extract's steps in extract's order on each article,
 * each step's share of the pass (the wall clock read between steps) scaling the pass's CPU time, so
 * the rows add up to that pass (each step runs on data just made, with the processor's caches holding
 * what the step before it used). "Alone": the step over all articles on inputs computed beforehand,
 * its code and tables hot; 30–60% faster than in the pipeline, which is why a table of steps timed
 * alone fell a fifth short of extract. Places and organizations are parts of the entity step and are
 * timed alone only. The last row is what extract spends beyond its steps (option checks, pieces,
 * currencies, the result object): its pass minus the pipeline pass of the same round, the median of
 * those differences. Medians of ROUNDS rounds, the subjects alternating, in CPU time
 * (process.cpuUsage), so the table holds on a loaded machine; its MB/s is not the wall-clock rate of
 * the headline rows.
 */
/**
 * A piece's context as extract makes it (src/extract/extract.ts), field for field: without the
 * number-meem slots the dates and figures read each number again, and a context of another shape
 * makes the recognizers' code serve two shapes; either made the steps slower than extract itself.
 */
const contextOf = (source, view, tokens) => ({
  source,
  view,
  tokens,
  meemReadings: new Uint8Array(tokens.length),
  referenceDate: null,
  userLexicon: null,
});

function stagesTable(s, articles) {
  // passes are timed in CPU time of this process, not by the wall clock: on a shared machine a pass's
  // wall time includes the time other processes held the processor. Within the pipeline pass the steps
  // are split by the wall clock (a CPU clock read costs a system call, too dear between steps), and
  // each step's share of it scales the pass's CPU time.
  const clock = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const model = s.shippedModel();
  const inputs = articles.map((text) => {
    const view = s.normalizePart(text, 0, text.length);
    const ctx = contextOf(text, view, s.tokenizeNormalized(view));
    const found = s.recognizeDates(ctx);
    const figures = s.resolveFigures(s.recognizeFigures(ctx), found.dates);
    const candidates = s.recognizeEntities(ctx, found.dates, figures, [], model);
    return { text, view, ctx, dates: found.dates, figures, candidates };
  });
  const steps = ['normalize', 'tokenize', 'dates', 'figures', 'entities', 'resolve'];
  const resolveStep = (text, dates, candidates) => {
    s.withoutWordsOfNames(dates, candidates);
    for (const category of ['places', 'people', 'organizations']) s.buildEntities(text, candidates, category);
  };
  /** One pass of extract's steps in its order, each step's time added to `into`. */
  const pipeline = (into) => {
    for (const text of articles) {
      let t0 = performance.now();
      const lap = (step) => {
        const t1 = performance.now();
        into[step] += t1 - t0;
        t0 = t1;
      };
      const view = s.normalizePart(text, 0, text.length);
      lap('normalize');
      const ctx = contextOf(text, view, s.tokenizeNormalized(view));
      lap('tokenize');
      const found = s.recognizeDates(ctx);
      lap('dates');
      const figures = s.resolveFigures(s.recognizeFigures(ctx), found.dates);
      lap('figures');
      const candidates = s.recognizeEntities(ctx, found.dates, figures, [], model);
      lap('entities');
      resolveStep(text, found.dates, candidates);
      lap('resolve');
    }
  };
  const each = (fn) => () => {
    for (const input of inputs) fn(input);
  };
  const alone = {
    normalize: each(({ text }) => s.normalizePart(text, 0, text.length)),
    tokenize: each(({ view }) => s.tokenizeNormalized(view)),
    dates: each(({ ctx }) => s.recognizeDates(ctx)),
    figures: each(({ ctx, dates }) => s.resolveFigures(s.recognizeFigures(ctx), dates)),
    places: each(({ ctx }) => s.recognizePlaces(ctx)),
    organizations: each(({ ctx }) => s.recognizeOrganizations(ctx)),
    entities: each(({ ctx, dates, figures }) => s.recognizeEntities(ctx, dates, figures, [], model)),
    resolve: each(({ text, dates, candidates }) => resolveStep(text, dates, candidates)),
  };
  const subjects = {
    ...Object.fromEntries(Object.entries(alone).map(([name, fn]) => [`alone ${name}`, fn])),
    extract: each(({ text }) => s.extract(text)),
  };
  const inPipeline = Object.fromEntries(steps.map((step) => [step, []]));
  let pipelineCpu = 0;
  const pipelinePass = () => {
    const into = Object.fromEntries(steps.map((step) => [step, 0]));
    const t0 = clock();
    pipeline(into);
    pipelineCpu = clock() - t0;
    const wall = steps.reduce((sum, step) => sum + into[step], 0);
    for (const step of steps) inPipeline[step].push((into[step] / wall) * pipelineCpu);
  };
  subjects.pipeline = pipelinePass;
  const names = Object.keys(subjects);
  for (let i = 0; i < WARMUP; i++) for (const name of names) subjects[name]();
  for (const step of steps) inPipeline[step].length = 0;
  const ms = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      const t0 = clock();
      subjects[name]();
      ms[name].push(clock() - t0);
    }
  }
  const m = Object.fromEntries(names.map((name) => [name, median(ms[name])]));
  const p = Object.fromEntries(steps.map((step) => [step, median(inPipeline[step])]));
  const lone = (name) => m[`alone ${name}`];
  return {
    total: m.extract,
    rows: [
      ['normalize', p.normalize, lone('normalize')],
      ['tokenize (on the view)', p.tokenize, lone('tokenize')],
      ['dates', p.dates, lone('dates')],
      ['figures (recognize, resolve)', p.figures, lone('figures')],
      ['entities: people, places, organizations', p.entities, lone('entities')],
      ['  of which places (alone only)', null, lone('places')],
      ['  of which organizations (alone only)', null, lone('organizations')],
      ['resolve (entities, date owners)', p.resolve, lone('resolve')],
      // per round: the two passes of a round run seconds apart, while the medians of whole passes can
      // come from different rounds and differ by more than this row (it once printed −62 ms)
      ['extract beyond its steps', median(ms.extract.map((extract, round) => extract - ms.pipeline[round])), null],
    ],
  };
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
// each shape at 100 kB and at 1 MB: a step quadratic inside one piece (30,000 characters of prose,
// 15,000 of text with no white space; src/extract/pieces.ts) shows at 100 kB, where a piece is a good
// part of the text
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

  const { loadavg } = await import('node:os');
  console.log(`node ${process.version} ${process.arch}; load average ${loadavg().map((x) => fmt(x, 2)).join(' ')} (a shared machine: compare ratios of one run)`);
  console.log(`medians of ${RUNS} runs after ${WARMUP} warm-ups unless said otherwise\n`);

  const unique = uniqueArticles();
  const mbUnique = unique.bytes / 1e6;
  console.log(`news that repeats nothing: ${unique.source}; ${fmt(mbUnique, 2)} MB, one call per article`);
  const warmRuns = JSON.parse(uniqueChild(['warm', String(ROUNDS), String(WARMUP)]));
  const cold = (name) => JSON.parse(uniqueChild(['cold', name]));
  const baseline = process.env.BENCH_BASELINE;
  const coldNames = ['extract', 'tokenize', 'wink', ...(baseline ? ['baseline'] : [])];
  const colds = Object.fromEntries(coldNames.map((name) => [name, cold(name)]));
  console.log(
    `  warm: ${WARMUP} warm-up passes, then ${ROUNDS} rounds alternating the three in one process, median pass; ` +
      'cold: the first pass in a fresh process (its first call in brackets)',
  );
  for (const [name, key] of [
    ['khabar extract', 'extract'],
    ['khabar tokenize', 'tokenize'],
    ['wink-nlp readDoc (+ punctuation map)', 'wink'],
    ...(baseline ? [['extract of BENCH_BASELINE', 'baseline']] : []),
  ]) {
    const warmMs = warmRuns[key];
    const coldMs = colds[key].ms;
    console.log(
      `  ${name.padEnd(38)} warm ${fmt(warmMs).padStart(7)} ms ${fmt(rate(mbUnique, warmMs)).padStart(6)} MB/s` +
        `   cold ${fmt(coldMs).padStart(7)} ms ${fmt(rate(mbUnique, coldMs)).padStart(6)} MB/s = ${fmt(warmMs / coldMs, 2)}x warm` +
        ` (first call ${fmt(colds[key].firstCall)} ms)`,
    );
  }
  console.log(
    `  extract vs wink readDoc, warm: ${fmt(warmRuns.wink / warmRuns.extract, 2)}x (rounds ${span(warmRuns.ratios)}); ` +
      `cold: ${fmt(colds.wink.ms / colds.extract.ms, 2)}x\n`,
  );
  if (baseline) {
    console.log(
      `  BENCH_BASELINE (${baseline}) extract vs wink readDoc, warm: ${fmt(warmRuns.wink / warmRuns.baseline, 2)}x ` +
        `(rounds ${span(warmRuns.baselineRatios)}); cold: ${fmt(colds.wink.ms / colds.baseline.ms, 2)}x\n`,
    );
  }

  console.log('extract, step by step on the same articles (one call per article; CPU time, median of the rounds): in the pipeline, and alone');
  const stages = stagesTable(await stageFunctions(), unique.articles);
  const cell = (ms) => (ms === null ? ' '.repeat(26) : `${fmt(ms).padStart(8)} ms ${fmt((100 * ms) / stages.total).padStart(5)} %`.padEnd(26));
  for (const [name, inPipeline, alone] of stages.rows) {
    console.log(`  ${name.padEnd(40)} ${cell(inPipeline)}   alone ${alone === null ? '' : `${fmt(alone).padStart(8)} ms`}`);
  }
  console.log(`  ${'extract, whole'.padEnd(40)} ${fmt(stages.total).padStart(8)} ms 100.0 %  ${fmt(rate(mbUnique, stages.total)).padStart(7)} MB/s`);
  const beyond = stages.rows.at(-1)[1];
  if (beyond < 0) console.log(`  (extract beyond its steps is below zero: extract whole ran faster than the pipeline pass that replays its steps, so what extract adds is smaller than the difference between those two passes in this run)`);
  console.log('');

  console.log(`the seed articles repeated (${fmt(mb1, 2)} MB and ${fmt(mb10, 2)} MB): linearity and memory only`);
  const ext1 = time(() => extract(text1));
  const ext10 = time(() => extract(text10), 3, 1);
  console.log(`\nscaling (repeated): extract on 10 MB ${fmt(ext10.ms)} ms (median of 3) = ${fmt(ext10.ms / ext1.ms, 2)}x the 1 MB time (${fmt(ext1.ms)} ms, median of 9, in this process; linear is 10)`);

  const file10 = join(root, '.bench-tmp', 'corpus-10mb.txt');
  writeFileSync(file10, text10);
  // when the collector runs varies from process to process: the median of five fresh processes
  const rssRuns = Array.from({ length: 5 }, () => peakRss(file10));
  const peaks = rssRuns.map((r) => r.peak);
  console.log(
    `memory (repeated): peak RSS extracting 10 MB in a fresh process, median of 5: ${fmt(median(peaks) / 1e6)} MB ` +
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

  // per byte against both news measures: the repeated seed articles timed in this process, and the
  // headline, news that repeats nothing (one call per article, warm, in its child process above)
  const repeatedPerByte = ext1.ms / Buffer.byteLength(text1);
  const uniquePerByte = warmRuns.extract / unique.bytes;
  console.log(
    'adversarial inputs: extract time per byte relative to news (1.0 = as fast per byte): ' +
      `vs repeated = the repeated seed articles above (${fmt(repeatedPerByte * 1e6)} ms/MB), ` +
      `vs unique = the headline news that repeats nothing (${fmt(uniquePerByte * 1e6)} ms/MB)` +
      (baseline ? '; BENCH_BASELINE timed beside each row' : ''),
  );
  const baselineExtract = baseline ? (await import(baseline)).extract : null;
  for (const [name, make] of ADVERSARIAL) {
    const input = make();
    const bytes = Buffer.byteLength(input);
    // warm-up on as many bytes at each size (1 MB), so the 100 kB row times the same steady state as
    // the 1 MB row; one 100 kB warm-up left the first shape still being compiled in its timed runs
    const warmup = Math.ceil(1_000_000 / bytes);
    const r = time(() => extract(input), 3, warmup);
    const ratios = `vs repeated ${fmt(r.ms / bytes / repeatedPerByte, 2)}x  vs unique ${fmt(r.ms / bytes / uniquePerByte, 2)}x`;
    const base = baselineExtract ? time(() => baselineExtract(input), 3, warmup).ms : null;
    const baseText = base === null ? '' : `   baseline ${fmt(base).padStart(8)} ms (vs repeated ${fmt(base / bytes / repeatedPerByte, 2)}x, vs unique ${fmt(base / bytes / uniquePerByte, 2)}x)`;
    console.log(`  ${name.padEnd(22)} ${fmt(r.ms).padStart(8)} ms  ${ratios}${baseText}`);
  }
}

await main();
