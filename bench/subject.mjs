// One throughput subject, in a fresh process started by run.mjs: no subject runs beside another's
// heap or JIT state (wink's English model alone makes every later garbage collection longer).
// On the 1 MB corpus by default; with `once`, on the seed articles joined once, which repeat nothing
// (each timed run is then 50 calls, reported per call). Prints {"ms": median, "tokens": count,
// "firstMs": the first call, cold}.
// usage: node bench/subject.mjs tokenize|extract|wink RUNS WARMUP [once]
import { createRequire } from 'node:module';
import { corpus, median, seeds } from './corpus.mjs';

const [subject, runs, warmup, once] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5] === 'once'];
const require = createRequire(import.meta.url);
const text = once ? seeds.join('\n\n') : corpus(1_000_000);
const CALLS_PER_RUN = once ? 50 : 1;

function winkReadDoc() {
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
  // wink's English model glues ، to words; mapping ، ؛ ؟ to , ; ? (same length) lets it split them
  const ARABIC_PUNCT = { '،': ',', '؛': ';', '؟': '?' };
  return () => nlp.readDoc(text.replace(/[،؛؟]/g, (c) => ARABIC_PUNCT[c])).tokens().length();
}

const khabar = subject === 'wink' ? null : await import('../dist/index.js');
const subjects = {
  tokenize: () => khabar.tokenize(text).length,
  extract: () => khabar.extract(text).figures.length,
  wink: subject === 'wink' ? winkReadDoc() : null,
};
const fn = subjects[subject];
// the first call is timed before anything else runs: it pays for building lexicons and for compiling
const t0 = performance.now();
const firstResult = fn();
const firstMs = performance.now() - t0;
// tokens/s counts each tool's own tokens; extract is counted in khabar's tokens
const tokens = subject === 'wink' ? firstResult : khabar.tokenize(text).length;
for (let i = 1; i < warmup * CALLS_PER_RUN; i++) fn();
const ms = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  for (let k = 0; k < CALLS_PER_RUN; k++) fn();
  ms.push((performance.now() - t0) / CALLS_PER_RUN);
}
console.log(JSON.stringify({ ms: median(ms), tokens, firstMs }));
