// Bodies named after a person: a head in construct with a title and a name (`جامعة الملك سعود`,
// `مستشفى الملك فيصل التخصصي`, `مركز الملك سلمان للإغاثة`). The people recognizer leaves a title and
// name after such a head to the landmark (people/reader.ts, namesLandmark); here they name the body.
// Without the head (`زار الملك سعود الجامعة`) the title and name are a person's.
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle, type TokenStream } from '../text/phrases';
import { normShape } from '../text/word-shapes';
import { isDefiniteWord, isNameAdjective } from './found';
import type { OrganizationTables } from './tables';

/** A person's name has at most this many words after the title (`فهد بن عبد العزيز آل سعود`); more is a sentence. */
const MAX_NAME_WORDS = 7;

/**
 * The token after a title and a person's name from `from` (`الملك فهد بن عبد العزيز`, `الملك عبدالله
 * الثاني`, `الملك الحسين بن طلال`), or null when no title and name start there. The name is any
 * word as written after the title, for news writes a body's namesake right after it: a given name
 * (with the article only before a patronymic), `عبد` + a definite word, then `بن`/`آل` + a name, then
 * a regnal ordinal or a family name with the article that open data knows as a name word.
 */
export function readNamesake(stream: TokenStream, tables: OrganizationTables, from: number): number | null {
  const tokens = stream.tokens;
  const title = tokens[from];
  if (title === undefined || !isDefiniteWord(title) || title.suffix !== '' || !tables.namesake.titles.has(title.norm)) return null;
  let at = nameWordEnd(stream, tables, from + 1) ?? definiteNameEnd(stream, tables, from + 1);
  if (at === null) return null;
  const limit = from + 1 + MAX_NAME_WORDS;
  while (at < limit) {
    const particle = tokens[at];
    if (particle === undefined || particle.kind !== 'word' || particle.prefix !== '' || !tables.namesake.particles.has(particle.norm)) break;
    const next = nameWordEnd(stream, tables, at + 1);
    if (next === null) break;
    at = next;
  }
  const after = tokens[at];
  if (after === undefined || !isDefiniteWord(after) || after.suffix !== '') return at;
  const familyName = !isNameAdjective(tables, after) && personNameWords().has(after.norm, normShape(after));
  return tables.namesake.ordinals.has(after.stem) || familyName ? at + 1 : at;
}

/**
 * The token after one name word at `at`: a word without the article, a pronoun or a conjunction, that
 * is no function word, particle or demonym; or `عبد` and the definite word after it (`عبد العزيز`).
 */
function nameWordEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const word = stream.tokens[at];
  if (word === undefined || word.kind !== 'word' || hasArticle(word) || word.suffix !== '' || word.prefix.startsWith('و')) return null;
  if (tables.functionWords.has(word.norm) || tables.namesake.particles.has(word.norm) || demonymCode(word) !== null) return null;
  if (word.norm !== 'عبد') return at + 1;
  const second = stream.tokens[at + 1];
  return second !== undefined && isDefiniteWord(second) ? at + 2 : null;
}

/**
 * A given name written with the article, known to open data as a name word, when a patronymic
 * follows it (`الملك الحسين بن طلال`): alone, a definite word after the title is as likely the verb's
 * object (`قبلت جامعة الملك سعود الطلاب`).
 */
function definiteNameEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const word = stream.tokens[at];
  const particle = stream.tokens[at + 1];
  if (word === undefined || !isDefiniteWord(word) || word.suffix !== '' || !personNameWords().has(word.norm, normShape(word))) return null;
  return particle !== undefined && particle.prefix === '' && tables.namesake.particles.has(particle.norm) ? at + 1 : null;
}
