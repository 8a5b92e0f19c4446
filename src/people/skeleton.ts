const G = 0x47; // Latin G: the one letter غ ج ك all become

/** غ ج ك: the letters Arabic uses for a foreign g. */
function isForeignG(c: number): boolean {
  return c === 0x063a || c === 0x062c || c === 0x0643;
}

/** ا و ي and the hamza seats ئ ؤ ء. */
function isVowelOrSeat(c: number): boolean {
  return c === 0x0627 || c === 0x0648 || c === 0x064a || c === 0x0626 || c === 0x0624 || c === 0x0621;
}

/** The code letter `i` adds to the skeleton of the word starting at `from`, or -1 for none. */
function skeletonCode(word: string, from: number, i: number): number {
  const c = word.charCodeAt(i);
  if (i === from) return isForeignG(c) ? G : c;
  const previous = word.charCodeAt(i - 1);
  if (isForeignG(c)) return isForeignG(previous) ? -1 : G;
  if (isVowelOrSeat(c)) return -1;
  // only letters written side by side collapse (علييف); those a vowel separated stay two (باشينيان ≠ بشأن)
  return previous === c ? -1 : c;
}

/**
 * The consonant skeleton two spellings of one foreign name share (`سيرغي`/`سيرجي`, `باشينيان`/
 * `باشنيان`, `ميخائيل`/`ميخايل`): the letters Arabic uses for a foreign g (غ ج ك) become one, long
 * vowels and hamza seats after the first letter drop, a doubled letter counts once. Input is a normalized
 * word (alef, ya and ta marbuta already folded); `from` skips leading clitic letters.
 */
export function nameSkeleton(word: string, from = 0): string {
  // built a character at a time: String.fromCharCode(...codes) overflows the stack on a very long word
  let skeleton = '';
  for (let i = from; i < word.length; i++) {
    const code = skeletonCode(word, from, i);
    if (code >= 0) skeleton += String.fromCharCode(code);
  }
  return skeleton;
}

/** The first letter of `nameSkeleton(word, from)` (its code), without building it; `from` is inside the word. */
export function skeletonInitial(word: string, from = 0): number {
  return skeletonCode(word, from, from);
}

// Two letters were too few: the article gives every definite word the head of a definite surname.
const HEAD_LETTERS = 3;

/**
 * The first letters of `nameSkeleton(word, from)` as one number, without building the string: a
 * cheap test that rules out most words before a skeleton is built. Equals `headOfSkeleton` of the
 * word's skeleton.
 */
export function skeletonHead(word: string, from = 0): number {
  let head = 0;
  let letters = 0;
  for (let i = from; i < word.length && letters < HEAD_LETTERS; i++) {
    const code = skeletonCode(word, from, i);
    if (code < 0) continue;
    head = withHeadLetter(head, code);
    letters++;
  }
  return head;
}

/**
 * The head of a skeleton already built. Read off its letters, not by skeletonHead: a skeleton can
 * hold two equal letters side by side (لولو → لل) that skeletonHead would collapse.
 */
export function headOfSkeleton(skeleton: string): number {
  let head = 0;
  for (let i = 0; i < skeleton.length && i < HEAD_LETTERS; i++) head = withHeadLetter(head, skeleton.charCodeAt(i));
  return head;
}

/**
 * A head with one more letter, kept a small integer (30 bits): three letters of 16 bits each made a
 * number a Set hashes as a heap number, at every word merge.ts asks of. Heads that fold alike only
 * let a word on to the skeleton's lookup, whose answer stands.
 */
function withHeadLetter(head: number, code: number): number {
  return ((head << 10) ^ code) & 0x3fffffff;
}
