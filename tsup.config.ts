import { defineConfig } from 'tsup';
import { inlinePlugin } from './playground/inline-plugin.mjs';

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
