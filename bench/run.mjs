// `npm run bench`: throughput of khabar's tokenize and extract against wink-nlp's readDoc on the same
// ~1 MB of Arabic news built from the seed articles, measured side by side in one run.
// Prints medians of several timed runs after a warm-up; asserts nothing (machines here are noisy).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { extract, tokenize } from '../dist/index.js';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 2;
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));

function corpus(targetBytes) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const seed = seeds[i % seeds.length];
    parts.push(seed);
    bytes += Buffer.byteLength(seed) + 2;
  }
  return parts.join('\n\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  // one collection between subjects so none pays for another's garbage; none between runs, which
  // would shrink the young generation and time the regrowth instead of the code
  globalThis.gc?.();
  for (let i = 0; i < WARMUP; i++) fn();
  const ms = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms: median(ms), result };
}

// wink's English model glues ، to words; mapping ، ؛ ؟ to , ; ? (same length) lets it split them.
const ARABIC_PUNCT = { '،': ',', '؛': ';', '؟': '?' };
const forWink = (text) => text.replace(/[،؛؟]/g, (c) => ARABIC_PUNCT[c]);

const text = corpus(1_000_000);
const mb = Buffer.byteLength(text) / 1e6;
const nlp = winkNLP(winkModel);

const tok = time(() => tokenize(text));
const ext = time(() => extract(text));
const wink = time(() => nlp.readDoc(forWink(text)).tokens().length());

const row = (name, r, tokens) =>
  `${name.padEnd(26)} ${r.ms.toFixed(1).padStart(8)} ms  ${(mb / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  ${(tokens / (r.ms / 1000) / 1e6).toFixed(2)} M tokens/s`;

console.log(`corpus: ${mb.toFixed(2)} MB (${text.length} UTF-16 units) from ${seeds.length} seed articles; median of ${RUNS} runs after ${WARMUP} warm-up runs`);
console.log(`node ${process.version}, ${process.arch}`);
console.log(row('khabar tokenize', tok, tok.result.length));
console.log(row('khabar extract', ext, tok.result.length));
console.log(row('wink-nlp readDoc (+map)', wink, wink.result));
console.log(`ratio tokenize / wink readDoc: ${(wink.ms / tok.ms).toFixed(2)}x faster`);
console.log(`ratio extract  / wink readDoc: ${(wink.ms / ext.ms).toFixed(2)}x faster`);
