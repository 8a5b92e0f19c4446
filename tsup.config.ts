import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const LIBRARY_ENTRY = resolve('src/index');

// The CLI runs the library the package ships (dist/index.js) rather than bundling a second copy of it
// (lexicons included) into dist/cli/.
const useBuiltLibrary: Plugin = {
  name: 'use-built-library',
  setup(build) {
    build.onResolve({ filter: /(^|\/)index$/ }, (args) =>
      resolve(args.resolveDir, args.path) === LIBRARY_ENTRY ? { path: '../index.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI build below writes dist/cli/ at the same time; this build cleans only what it writes.
    clean: ['!cli/**'],
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
  },
  {
    entry: { khabar: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    clean: true,
    sourcemap: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [useBuiltLibrary],
  },
]);
