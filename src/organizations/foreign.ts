// What a foreign name looks like to Arabic rules: a word with no shape of an Arabic verb or derived
// noun. Clubs (`بنفيكا البرتغالي`) and companies (`شركة سياك`) named in foreign words are told so.
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle, type TokenStream } from '../text/phrases';
import type { OrganizationTables } from './tables';

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

/** A folded word that no table, match or fixture word or person's name word holds, without the article and the shape of an Arabic verb or derived noun (arabicShaped). */
export function mayBeForeignWord(tables: OrganizationTables, folded: string): boolean {
  return foreignShaped(tables, folded) && !personNameWords().has(folded);
}

/** mayBeForeignWord but for a person's name word: after a club's society word a name is the club's (`ريال بيتيس`). */
export function foreignShaped(tables: OrganizationTables, folded: string): boolean {
  if (arabicShaped(folded) || folded.startsWith('ال') || folded.startsWith('اال') || tables.functionWords.has(folded) || tables.notNameComplements.has(folded)) return false;
  // a word of a match (`فريقا`, `بهدف`) is none, also read whole past a clitic letter
  return !tables.matchWords.has(folded) && !tables.fixturePairWords.has(folded);
}

/**
 * A foreign word no list knows at `at` (a club's or a company's name: clubs.ts foreignClubNameAt,
 * companies.ts), folded without a conjunction, or null. `letters`: the first letters the splitter took
 * off that are read as the name's own (a company's after a noun in construct takes ف too: `فولكسفاغن`).
 */
export function foreignWordAt(stream: TokenStream, tables: OrganizationTables, at: number, letters: ReadonlySet<string> = PREPOSITION_FIRST_LETTERS): string | null {
  const tokens = stream.tokens;
  const word = tokens[at];
  if (word?.kind !== 'word' || word.suffix !== '' || hasArticle(word)) return null;
  const conjunction = word.prefix.startsWith('و') ? 1 : 0;
  const preposition = word.prefix.slice(conjunction);
  if (preposition !== '' && !letters.has(preposition)) return null;
  const name = word.norm.slice(conjunction);
  if (!mayBeForeignWord(tables, name) || (preposition !== '' && arabicShaped(word.stem, true)) || demonymCode(word) !== null) return null;
  if (tables.placeNames.endAt(stream, at, conjunction) !== null || tables.known.match(stream, at) !== null) return null;
  return name;
}

/**
 * The end of a foreign name from `from`, right after its head (`فريق سيمبا`, `نادي بيراميدز`, `مجموعة
 * روتانا`): one to `maxWords` foreign words no list knows (foreignWordAt; the first read whole, as in
 * construct no preposition stands there), but a nisba's ي ending (`فريق دبلوماسي`), a verbal noun of
 * إفعال (`فريق إسعاف`), a plural of فعلاء (`مجموعة خبراء`) or another broken plural (brokenPlural:
 * `مجموعة صواريخ`, `مجموعة قذائف`): what the body is or does. The name must
 * plainly end: not before another bare word of no Arabic shape, a place's or a name's (`فريق أولمبيك
 * آسفي` is read as a city's club; `فريق سيمبا يتصدر`, `فريق سيمبا أمام` end). Null when none.
 */
export function foreignNameEnd(stream: TokenStream, tables: OrganizationTables, from: number, maxWords: number): number | null {
  const tokens = stream.tokens;
  let next = from;
  while (next < from + maxWords) {
    const word = tokens[next];
    if (word === undefined || word.prefix.startsWith('و') || (next > from && word.prefix !== '')) break;
    const folded = foreignWordAt(stream, tables, next, FOREIGN_FIRST_LETTERS);
    if (folded === null || folded.endsWith('ي') || folded.endsWith('اء') || (folded.length === 5 && folded[0] === 'ا' && folded[3] === 'ا') || brokenPlural(folded)) break;
    next++;
  }
  const after = tokens[next];
  const bare = after?.kind === 'word' && after.prefix === '' && !hasArticle(after);
  const open = bare && (tables.placeNames.endAt(stream, next) !== null || (!arabicShaped(after.norm) && !tables.functionWords.has(after.norm)));
  return next === from || open ? null : next;
}

/**
 * A broken plural's shape, which a foreign name seldom has: فواعيل, فعاليل (`صواريخ`, `جماهير`), فعائل
 * (`قذائف`, `رسائل`) and فواعل (`شوارع`, `جوائز`).
 */
function brokenPlural(word: string): boolean {
  if (word.length === 6) return word[2] === 'ا' && word[4] === 'ي';
  return word.length === 5 && word[2] === 'ا' && (word[3] === 'ئ' || word[1] === 'و');
}
