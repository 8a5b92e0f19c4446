// esbuild plugin for `import text from './file?inline'`: a stylesheet's text, or a script bundled for
// browsers (minified, one IIFE) as a string, so a page can carry its style and script inline.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const SUFFIX = '?inline';

/** Bundles a browser script into one string (also what the playground's build uses for its app). */
export async function bundleScript(entry) {
  const output = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    metafile: true,
  });
  return { code: output.outputFiles[0].text, inputs: Object.keys(output.metafile.inputs).map((path) => resolve(path)) };
}

/** @type {import('esbuild').Plugin} */
export const inlinePlugin = {
  name: 'inline',
  setup(build) {
    // The path keeps its suffix: other plugins (tsup's own for stylesheets) load every path ending in .css.
    build.onResolve({ filter: /\?inline$/ }, (args) => ({ path: resolve(args.resolveDir, args.path), namespace: 'inline' }));
    build.onLoad({ filter: /.*/, namespace: 'inline' }, async (args) => {
      const path = args.path.slice(0, -SUFFIX.length);
      if (path.endsWith('.css')) return { contents: await readFile(path, 'utf8'), loader: 'text', watchFiles: [path] };
      const { code, inputs } = await bundleScript(path);
      return { contents: code, loader: 'text', watchFiles: inputs };
    });
  },
};
