// The headline rows of `npm run bench`, in a fresh process started by run.mjs: khabar on news that
// repeats nothing (articles.mjs), one call per article, as a pipeline calls it.
//   warm: khabar extract, khabar tokenize and wink-nlp readDoc on the same articles in this one
//         process, WARMUP passes each, then ROUNDS rounds in which the three alternate (each round
//         starting with a different one); prints the median pass of each and each round's ratios.
//   cold SUBJECT: the first pass over the articles in this fresh process (after the import), the
//         first call apart; what a short-lived process (a CLI run, a serverless call) sees.
// With BENCH_BASELINE=path/to/another/dist/index.js (a build of an earlier commit), its extract joins
// the warm rounds and has a cold row too, as `baseline`: before and after in the same run.
// usage: node bench/unique.mjs warm ROUNDS WARMUP | cold extract|tokenize|wink|baseline
import { createRequire } from 'node:module';
import { uniqueArticles } from './articles.mjs';
import { median } from './corpus.mjs';

const [mode, ...rest] = process.argv.slice(2);
const { articles } = uniqueArticles();
const require = createRequire(import.meta.url);

async function subjects(names) {
  const out = {};
  if (names.includes('extract') || names.includes('tokenize')) {
    const khabar = await import('../dist/index.js');
    out.extract = (text) => khabar.extract(text).figures.length;
    out.tokenize = (text) => khabar.tokenize(text).length;
  }
  if (names.includes('baseline')) {
    const baseline = await import(process.env.BENCH_BASELINE);
    out.baseline = (text) => baseline.extract(text).figures.length;
  }
  if (names.includes('wink')) {
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    // wink's English model glues ، to words; mapping ، ؛ ؟ to , ; ? (same length) lets it split them
    const ARABIC_PUNCT = { '،': ',', '؛': ';', '؟': '?' };
    out.wink = (text) => nlp.readDoc(text.replace(/[،؛؟]/g, (c) => ARABIC_PUNCT[c])).tokens().length();
  }
  return out;
}

/** Milliseconds for one pass over every article, one call each. */
function pass(fn) {
  const t0 = performance.now();
  for (const article of articles) fn(article);
  return performance.now() - t0;
}

if (mode === 'warm') {
  const [rounds, warmup] = rest.map(Number);
  const names = ['extract', 'tokenize', 'wink', ...(process.env.BENCH_BASELINE ? ['baseline'] : [])];
  const fns = await subjects(names);
  for (let i = 0; i < warmup; i++) for (const name of names) pass(fns[name]);
  const ms = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      ms[name].push(pass(fns[name]));
    }
  }
  const result = Object.fromEntries(names.map((name) => [name, median(ms[name])]));
  result.ratios = ms.wink.map((wink, round) => wink / ms.extract[round]);
  if (ms.baseline) result.baselineRatios = ms.wink.map((wink, round) => wink / ms.baseline[round]);
  console.log(JSON.stringify(result));
} else if (mode === 'cold') {
  const [name] = rest;
  const fn = (await subjects([name]))[name];
  const t0 = performance.now();
  fn(articles[0]);
  const firstCall = performance.now() - t0;
  for (let k = 1; k < articles.length; k++) fn(articles[k]);
  console.log(JSON.stringify({ ms: performance.now() - t0, firstCall }));
} else {
  console.error('usage: node bench/unique.mjs warm ROUNDS WARMUP | cold extract|tokenize|wink|baseline');
  process.exit(2);
}
