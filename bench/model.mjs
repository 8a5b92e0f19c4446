// The entity model's share of extract time, on news that repeats nothing: ANERcorp's training text
// (../shared/data, not shipped) cut into the bench's articles (articles.mjs), one extract call per article, with the
// model and without it ({ model: false }), in interleaved rounds. Prints one line; asserts nothing.
// usage: node bench/model.mjs [ROUNDS]
import { extract } from '../dist/index.js';
import { uniqueArticles } from './articles.mjs';
import { median } from './corpus.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const { articles, fromCorpus } = uniqueArticles();

if (!fromCorpus) {
  console.log('entity model share: skipped (../shared/data/ner/anercorp/train.txt is not here)');
} else {
  const run = (options) => {
    const t0 = performance.now();
    for (const article of articles) extract(article, options);
    return performance.now() - t0;
  };
  // a warm-up pass of each, then rounds that alternate which goes first
  run({ model: false });
  run(undefined);
  const without = [];
  const withModel = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      without.push(run({ model: false }));
      withModel.push(run(undefined));
    } else {
      withModel.push(run(undefined));
      without.push(run({ model: false }));
    }
  }
  const [a, b] = [median(without), median(withModel)];
  console.log(
    `entity model share, the ${articles.length} articles above, one call each (median of ${ROUNDS} rounds): ` +
      `${(a / articles.length).toFixed(3)} ms per article without the model, ${(b / articles.length).toFixed(3)} ms with it: ` +
      `+${(((b - a) / a) * 100).toFixed(0)}%, the model ${(((b - a) / b) * 100).toFixed(0)}% of extract time`,
  );
}
