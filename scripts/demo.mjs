// `npm start`: runs the built library on one article and prints its extraction as JSON.
import { readFileSync } from 'node:fs';
import { extract } from '../dist/index.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/demo.mjs ARTICLE.txt [REFERENCE-DATE]');
  process.exit(2);
}
const options = process.argv[3] ? { referenceDate: process.argv[3] } : undefined;
console.log(JSON.stringify(extract(readFileSync(file, 'utf8'), options), null, 2));
