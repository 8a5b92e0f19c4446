// What the benchmark scripts share: the corpus built from the seed articles, and the median.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
export const seeds = readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtures, f), 'utf8'));

/** The seed articles repeated, paragraph-separated, to about `targetBytes` of UTF-8. */
export function corpus(targetBytes) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const seed = seeds[i % seeds.length];
    parts.push(seed);
    bytes += Buffer.byteLength(seed) + 2;
  }
  return parts.join('\n\n');
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
