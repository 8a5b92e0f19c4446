// What a foreign name looks like to Arabic rules: a word with no shape of an Arabic verb or derived
// noun. Clubs (`بنفيكا البرتغالي`) and companies (`شركة سياك`) named in foreign words are told so.

/** A preposition's letter, which the clitic splitter may take off a foreign name's first word (`بنفيكا` as ب + نفيكا, `كورب`, `لوموند`). */
export const PREPOSITION_FIRST_LETTERS: ReadonlySet<string> = new Set(['ب', 'ك', 'ل']);
/** Those and ف (`فيردر`, `فولفو`), where a conjunction cannot stand: inside a name already opened. */
export const FOREIGN_FIRST_LETTERS: ReadonlySet<string> = new Set([...PREPOSITION_FIRST_LETTERS, 'ف']);

/**
 * Whether a folded word has the shape of an Arabic verb or derived noun, which a foreign name seldom
 * has: three letters or fewer (`سجل`, `هدف`); a feminine (ة, folded ه) or plural (ون، ين، ات) ending;
 * the patterns أفعل (`أحرز`), افتعل, انفعل, استفعل and their nouns (`انتقال`, `استعداد`), a form V-VI
 * verb or noun (`تعادل`), a participle (مفعل، مفاعل، متفعل، مفتعل: `مدرب`, `مهاجم`, `متصدر`, `منتخب`),
 * فاعل، فعال، فعيل، فعول in four letters (`لاعب`, `حساب`, `رئيس`, `نجوم`); and, but after a
 * preposition (`نفيكا` in بنفيكا is no verb), an imperfect verb's letter first (ي، ن: `يواصل`, and
 * after the future's س: `سيلاقي`) or a past verb's ending (`فازت`, `فازوا`, `سجلا`). A foreign club
 * may be lost so (`انتر`, `تشلسي`, `سيلتك`); a player or a verb is not taken.
 */
export function arabicShaped(word: string, afterPreposition = false): boolean {
  const length = word.length;
  if (length <= 3 || /(?:ه|ون|ين|ات)$/.test(word) || word.startsWith('است') || word.startsWith('مست')) return true;
  if (!afterPreposition && (word.endsWith('وا') || (length <= 5 && word.endsWith('ت')) || (length === 4 && word.endsWith('ا')))) return true;
  // the future's س before an imperfect (`سيلاقي`)
  if (!afterPreposition && word[0] === 'س' && 'يتن'.includes(word[1] ?? '') && length <= 7) return true;
  if (length > 6) return false;
  const [first, second, third] = [word[0], word[1], word[2]];
  if (first === 'ت' || (!afterPreposition && (first === 'ي' || first === 'ن'))) return true;
  if (first === 'ا' && (length === 4 || second === 'ن' || third === 'ت')) return true;
  if (first === 'م' && (length === 4 || second === 'ت' || third === 'ا' || third === 'ت')) return true;
  return length === 4 && (second === 'ا' || third === 'ا' || third === 'و' || third === 'ي');
}
