import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { inlinePlugin } from './playground/inline-plugin.mjs';

/**
 * esbuild escapes the non-ASCII characters of string literals but leaves those of comments and
 * regular expressions (Arabic in both): escaping these too makes the bundle ASCII, which Node decodes
 * at import without a UTF-8 pass and parses as one-byte text (several milliseconds off every import).
 * `\uXXXX` means the same character in a regular expression; one right after a backslash would not,
 * so the build fails on it rather than change a pattern.
 */
function asciiOnly(files: readonly string[]): void {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    if (/\\[^\x00-\x7f]/.test(code)) throw new Error(`${file}: a non-ASCII character after a backslash cannot be escaped`);
    writeFileSync(file, code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}

/**
 * The source's comments, which esbuild keeps where it can, are left out of the published builds:
 * they are a twentieth of the code, counted twice in the tarball (ESM and CommonJS), which the README
 * says stays under 1 MB (session 21: 1,052,218 bytes with them, over by 3.6 kB). The annotations
 * bundlers read (`@__PURE__`, `@__NO_SIDE_EFFECTS__`) and the line naming each module's source file
 * stay. Only whole lines go: a line comment alone on its line, a block comment that opens and closes
 * a run of lines; the library's code has no template literal whose lines could look like either.
 */
function withoutComments(files: readonly string[]): void {
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
      .replace(/^[ \t]*\/\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n/gm, (comment) => (comment.includes('@__') ? comment : ''))
      .replace(/^[ \t]*\/\/(?! src\/| @__).*\n/gm, '');
    writeFileSync(file, code);
  }
}

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    onSuccess: async () => {
      withoutComments(['dist/index.js', 'dist/index.cjs']);
      asciiOnly(['dist/index.js', 'dist/index.cjs']);
    },
  },
  // The CLI is its own workspace package, khabar-cli, so that the library installs with no runtime
  // dependencies while the CLI brings its own (piscina, cli-progress, bidi-js). It bundles the
  // library rather than depending on the khabar package: one self-contained install, and no
  // registry lookup for khabar while the two are built side by side here. The command and its
  // worker share one chunk holding the library.
  {
    entry: { khabar: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outDir: 'packages/khabar-cli/dist',
    format: ['esm'],
    splitting: true,
    clean: true,
    sourcemap: false,
    target: 'node18',
    platform: 'node',
    // khabar-cli's dependencies, installed beside it; arabic-reshaper (GPL-3.0) is never bundled.
    external: ['piscina', 'cli-progress', 'bidi-js', 'arabic-reshaper'],
    // `khabar --html` writes pages with the playground's style and script inline.
    esbuildPlugins: [inlinePlugin],
  },
]);
