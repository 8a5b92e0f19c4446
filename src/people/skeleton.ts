/**
 * The consonant skeleton two spellings of one foreign name share (`سيرغي`/`سيرجي`, `باشينيان`/
 * `باشنيان`, `ميخائيل`/`ميخايل`): the letters Arabic uses for a foreign g (غ ج ك) become one, long
 * vowels and hamza seats after the first letter drop, a doubled letter counts once. Input is a normalized
 * word (alef, ya and ta marbuta already folded).
 */
export function nameSkeleton(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let ch = word[i]!;
    if (ch === 'غ' || ch === 'ج' || ch === 'ك') ch = 'G';
    else if (i > 0 && (ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ئ' || ch === 'ؤ' || ch === 'ء')) continue;
    // only letters written side by side collapse (علييف); those a vowel separated stay two (باشينيان ≠ بشأن)
    if (i > 0 && word[i - 1] === word[i]) continue;
    out += ch;
  }
  return out;
}
