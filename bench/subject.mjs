// One throughput subject on the 1 MB corpus, in a fresh process started by run.mjs: no subject
// runs beside another's heap or JIT state (wink's English model alone makes every later garbage
// collection longer). Prints {"ms": median, "tokens": count, "firstMs": the first call, cold}.
// usage: node bench/subject.mjs tokenize|extract|wink RUNS WARMUP
import { createRequire } from 'node:module';
import { corpus, median } from './corpus.mjs';

const [subject, runs, warmup] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const require = createRequire(import.meta.url);
const text = corpus(1_000_000);

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
for (let i = 1; i < warmup; i++) fn();
const ms = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  fn();
  ms.push(performance.now() - t0);
}
console.log(JSON.stringify({ ms: median(ms), tokens, firstMs }));
