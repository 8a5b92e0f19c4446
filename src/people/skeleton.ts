const FOREIGN_G = new Set(['غ', 'ج', 'ك']);
const SEATS_AND_LONG_VOWELS = new Set(['ا', 'و', 'ي', 'ئ', 'ؤ', 'ء']);

/**
 * The consonant skeleton two spellings of one foreign name share (`سيرغي`/`سيرجي`, `باشينيان`/
 * `باشنيان`, `ميخائيل`/`ميخايل`): the letters Arabic uses for a foreign g (غ ج ك) become one, long
 * vowels and hamza seats after the first letter drop, a doubled letter counts once. Input is a normalized
 * word (alef, ya and ta marbuta already folded).
 */
export function nameSkeleton(word: string, from = 0): string {
  let out = '';
  for (let i = from; i < word.length; i++) {
    const letter = skeletonLetter(word, from, i);
    if (letter !== '') out += letter;
  }
  return out;
}

/**
 * The first two letters of `nameSkeleton(word, from)` as one number, without building the string:
 * a cheap test that rules out most words before a skeleton is built.
 */
export function skeletonHead(word: string, from = 0): number {
  let head = 0;
  let letters = 0;
  for (let i = from; i < word.length && letters < 2; i++) {
    const letter = skeletonLetter(word, from, i);
    if (letter === '') continue;
    head = head * 0x10000 + letter.charCodeAt(0);
    letters++;
  }
  return head;
}

/** What letter `i` contributes to the skeleton of the word starting at `from` ('' for none). */
function skeletonLetter(word: string, from: number, i: number): string {
  const ch = word[i]!;
  if (FOREIGN_G.has(ch)) return i > from && FOREIGN_G.has(word[i - 1]!) ? '' : 'G';
  if (i > from && SEATS_AND_LONG_VOWELS.has(ch)) return '';
  // only letters written side by side collapse (علييف); those a vowel separated stay two (باشينيان ≠ بشأن)
  return i > from && word[i - 1] === ch ? '' : ch;
}
