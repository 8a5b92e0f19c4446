import { readFileSync } from 'node:fs';

/** The CLI's version, from khabar-cli's package.json beside the built CLI's dist/ (it equals the library's: a test keeps them equal). */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
