// The entity model's share of extract time, on news that repeats nothing: ANERcorp's training text
// (../shared/data, not shipped) cut into the bench's articles (articles.mjs), one extract call per article, with the
// model and without it ({ model: false }), in interleaved rounds. With BENCH_BASELINE=path/to/dist/index.js (a
// build of an earlier commit), that build's share is measured in the same rounds, so before and after come from
// one run; two builds in one process share its heap and the caches, so compare each build's share, not one build's
// times with the other's. Prints one line per build; asserts nothing.
// usage: node bench/model.mjs [ROUNDS]
import { extract } from '../dist/index.js';
import { uniqueArticles } from './articles.mjs';
import { median } from './corpus.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const { articles, fromCorpus } = uniqueArticles();

if (!fromCorpus) {
  console.log('entity model share: skipped (../shared/data/ner/anercorp/train.txt is not here)');
} else {
  const builds = [{ name: '', extract }];
  if (process.env.BENCH_BASELINE) builds.push({ name: ` of BENCH_BASELINE (${process.env.BENCH_BASELINE})`, extract: (await import(process.env.BENCH_BASELINE)).extract });
  const run = (build, options) => {
    const t0 = performance.now();
    for (const article of articles) build.extract(article, options);
    return performance.now() - t0;
  };
  // a warm-up pass of each, then rounds that alternate which goes first
  const runs = builds.flatMap((build) => [
    { build, options: { model: false }, times: [] },
    { build, options: undefined, times: [] },
  ]);
  for (const r of runs) run(r.build, r.options);
  for (let round = 0; round < ROUNDS; round++) {
    for (const r of round % 2 === 0 ? runs : [...runs].reverse()) r.times.push(run(r.build, r.options));
  }
  for (let k = 0; k < runs.length; k += 2) {
    const [a, b] = [median(runs[k].times), median(runs[k + 1].times)];
    console.log(
      `entity model share${runs[k].build.name}, the ${articles.length} articles above, one call each (median of ${ROUNDS} rounds): ` +
        `${(a / articles.length).toFixed(3)} ms per article without the model, ${(b / articles.length).toFixed(3)} ms with it: ` +
        `+${(((b - a) / a) * 100).toFixed(0)}%, the model ${(((b - a) / b) * 100).toFixed(0)}% of extract time`,
    );
  }
}
