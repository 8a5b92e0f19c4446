// A browser bundle pulls only what it imports: bundling one function of the published ESM build
// (esbuild, minified, as a user's bundler would) keeps the lexicons it does not read out. Needs
// `npm run build` first (npm test does it). The ceilings leave room for growth and catch the day a
// table built at import time, or a call a bundler must keep, drags every lexicon back in (each of
// these bundles weighed over 270 kB then); `npm run bench` prints the sizes themselves.
import { build } from 'esbuild';
import { join } from 'node:path';

const entry = join(__dirname, '..', 'dist', 'index.js');

async function bundledBytes(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: __dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.contents.length;
}

const only = (name: string): Promise<number> => bundledBytes(`export { ${name} } from ${JSON.stringify(entry)};`);

describe('bundle of one import', () => {
  let everything: number;
  beforeAll(async () => {
    everything = await bundledBytes(`export * from ${JSON.stringify(entry)};`);
  });

  test.each([
    // no lexicon at all
    ['normalize', 10],
    ['sentences', 10],
    // the clitic splitter's whole words: exceptions, country names, given names
    ['tokenize', 55],
    // the tokenizer and their own tables
    ['parseNumber', 100],
    ['parseDate', 100],
  ])('%s stays under %i kB', async (name, ceilingKb) => {
    const bytes = await only(name);
    expect(bytes).toBeLessThan(ceilingKb * 1024);
    expect(bytes).toBeLessThan(everything / 3);
  });

  test('validate alone leaves the recognizers out, extract alone leaves the validator out', async () => {
    expect(await only('validate')).toBeLessThan(everything / 4);
    expect(await only('extract')).toBeLessThan(everything - 20 * 1024);
  });
});
