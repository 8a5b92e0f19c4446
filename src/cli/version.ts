import { readFileSync } from 'node:fs';

/** khabar's version, from the package.json two levels above the built CLI (dist/cli/). */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
