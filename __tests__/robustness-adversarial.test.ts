// Inputs built to hit the worst case of a tokenizer, a recognizer or a regex: each must finish, give
// a valid result, and cost per byte at most SLOWDOWN_BOUND times what news costs, measured here on
// the same machine in the same run. The bound is generous because test machines are shared and noisy;
// `npm run bench` measures and reports the real ratios (the target there is 3x).
import { seedArticles } from './helpers';
import { contractViolations } from './support/contract';
import { extract } from './support/unvalidated-index';

const SLOWDOWN_BOUND = 10;
const MB = 1_000_000;

/** `unit` repeated to about `bytes` bytes of UTF-8. */
const repeatedTo = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));

/** Milliseconds per UTF-8 byte that extract() takes on `text`; the least of `runs` runs. */
function msPerByte(text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    extract(text);
    best = Math.min(best, performance.now() - start);
  }
  return best / Buffer.byteLength(text);
}

const seeds = seedArticles().map((a) => a.text);

const ADVERSARIAL: Array<[name: string, make: () => string]> = [
  ['1 MB of "و "', () => repeatedTo('و ', MB)],
  ['1 MB of "٫"', () => repeatedTo('٫', MB)],
  ['1 MB of "1,"', () => repeatedTo('1,', MB)],
  ['1 MB of "عشرات "', () => repeatedTo('عشرات ', MB)],
  ['one word of 500k letters', () => 'بتث'.repeat(500_000 / 3)],
  ['100k newlines before an article', () => '\n'.repeat(100_000) + seeds[0]],
  ['200k «', () => '«'.repeat(200_000)],
  ['1 MB of digits', () => repeatedTo('1234567890', MB)],
  ['1 MB of one digit between thousands separators', () => repeatedTo('١٬', MB)],
  ['100k nested parentheses around a sentence', () => '('.repeat(100_000) + 'قال الرئيس محمد 5 آلاف' + ')'.repeat(100_000)],
  ['50k nested quotes and brackets around an article', () => '«('.repeat(50_000) + seeds[1] + ')»'.repeat(50_000)],
  // an e-mail local part that never reaches its @ was scanned again from every letter: quadratic
  ['1 MB of "a." then "@"', () => repeatedTo('a.', MB) + '@'],
  // name particles did not count towards a name's length, so a run of them was read again from every start: quadratic
  ['1 MB of "عبد "', () => repeatedTo('عبد ', MB)],
  // credit lines: line starts were searched back across the whole text once; every line a credit here
  ['1 MB of credit-bracket lines', () => repeatedTo('(نبض المدينة / صدى الخليج - 3 مايو 2020) قال\n', MB)],
  ['1 MB of byline lines', () => repeatedTo('الثورة – سامر الخطيب:\n', MB)],
  ['1 MB of purpose-named bodies without an end', () => repeatedTo('المركز الوطني للتنمية والتعاون مع ', MB)],
  // lists and chains of و read names ahead of the main loop: each must stay bounded
  ['1 MB of "وهم نوفل حداد، "', () => repeatedTo('وهم نوفل حداد، ', MB)],
  ['1 MB of "قال نوفل حداد و"', () => repeatedTo('قال نوفل حداد و', MB)],
  ['1 MB of "بكل من الوزير "', () => repeatedTo('بكل من الوزير ', MB)],
  // every figure was tested against every date to drop the numbers dates own: quadratic inside a piece
  ['1 MB of "1 م "', () => repeatedTo('1 م ', MB)],
  // no white space at all: pieces are cut where a number follows a letter, and a figure every 3 bytes
  ['1 MB of "1م"', () => repeatedTo('1م', MB)],
];

describe('adversarial inputs', () => {
  let newsMsPerByte: number;

  beforeAll(() => {
    const news = repeatedTo(seeds.join('\n\n') + '\n\n', MB);
    newsMsPerByte = msPerByte(news, 2);
  }, 60_000);

  test.each(ADVERSARIAL)(`%s: finishes with a valid result at most ${SLOWDOWN_BOUND}x slower per byte than news`, (_name, make) => {
    const text = make();
    expect(contractViolations(text, extract(text))).toEqual([]);
    // one more run only when the first is over the bound: a busy machine slows any single run
    let ratio = msPerByte(text, 1) / newsMsPerByte;
    if (ratio > SLOWDOWN_BOUND) ratio = Math.min(ratio, msPerByte(text, 1) / newsMsPerByte);
    expect(ratio).toBeLessThanOrEqual(SLOWDOWN_BOUND);
  }, 60_000);
});
