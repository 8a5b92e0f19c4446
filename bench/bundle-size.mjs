// What a browser bundle that imports one function of khabar weighs. `npm run bench` prints it;
// __tests__/bundle-size.test.ts runs this file (`node bench/bundle-size.mjs name …`, JSON on stdout)
// to keep the sizes down. Needs `npm run build` first.
import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const NAMES = ['normalize', 'sentences', 'tokenize', 'parseNumber', 'parseDate', 'validate', 'extract', 'everything'];

/**
 * What a browser bundle that imports one function weighs: esbuild, minified, from dist/index.js, as
 * esbuild writes it by default (non-ASCII escaped as \uXXXX), gzipped, and with charset utf8 (Arabic
 * letters as two bytes instead of six).
 */
export async function bundleSizes(names = NAMES) {
  const entry = join(root, 'dist/index.js');
  const bundle = async (contents, charset) => {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'error',
      ...(charset ? { charset } : {}),
    });
    return result.outputFiles[0].contents;
  };
  const rows = [];
  for (const name of names) {
    const contents = name === 'everything' ? `export * from ${JSON.stringify(entry)};` : `export { ${name} } from ${JSON.stringify(entry)};`;
    const ascii = await bundle(contents);
    rows.push({ name, min: ascii.length, gzip: gzipSync(ascii).length, utf8: (await bundle(contents, 'utf8')).length });
  }
  return rows;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const names = process.argv.slice(2);
  console.log(JSON.stringify(await bundleSizes(names.length ? names : NAMES)));
}
