import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

/** The five seed articles, by file name. */
export function seedArticles(): { name: string; text: string }[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(FIXTURES_DIR, name), 'utf8') }));
}
