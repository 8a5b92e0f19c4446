// Bodies named after a person: a head in construct with a title and a name (`جامعة الملك سعود`,
// `مستشفى الملك فيصل التخصصي`, `مركز الملك سلمان للإغاثة`), or a name that a patronymic or a regnal
// ordinal shows to be a person's (`مؤسسة محمد بن راشد آل مكتوم`, `جامعة محمد الخامس`). The people recognizer leaves a title and
// name after such a head to the landmark (people/reader.ts, namesLandmark); here they name the body.
// Without the head (`زار الملك سعود الجامعة`) the title and name are a person's.
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { normShape } from '../text/word-shapes';
import { isDefiniteWord, isNameAdjective } from './found';
import type { OrganizationTables } from './tables';

/** A person's name has at most this many words after the title (`فهد بن عبد العزيز آل سعود`); more is a sentence. */
const MAX_NAME_WORDS = 7;

/**
 * The token after a person's name from `from`, or null when none starts there: a title and the name
 * (`الملك فهد بن عبد العزيز`, `الملك الحسين بن طلال`), or without a title a name that shows it is a
 * person's by a patronymic or a regnal ordinal (`محمد بن راشد آل مكتوم`, `محمد الخامس`, `الحسن
 * الثاني`). The name is any word as written there, for news writes a body's namesake right after its
 * head: a given name (with the article only before a patronymic or an ordinal), `عبد` + a definite
 * word, then `بن`/`آل` + a name, then a regnal ordinal or a family name with the article that open
 * data knows as a name word.
 */
export function readNamesake(stream: TokenStream, tables: OrganizationTables, from: number): number | null {
  const tokens = stream.tokens;
  const title = tokens[from];
  const titled = title !== undefined && isDefiniteWord(title) && title.suffix === '' && tables.namesake.titles.has(title.norm);
  const first = titled ? from + 1 : from;
  const given = nameWordEnd(stream, tables, first) ?? definiteNameEnd(stream, tables, first) ?? sonOfEnd(stream, tables, first);
  if (given === null) return null;
  // a name that opens with its patronymic shows itself a person's (`مستشفى ابن سينا`)
  if (given - first > 1 && tables.namesake.particles.has(tokens[first]!.norm)) return given;
  let at = given;
  const limit = first + MAX_NAME_WORDS;
  while (at < limit) {
    const particle = tokens[at];
    if (particle === undefined || particle.kind !== 'word' || particle.prefix !== '' || !tables.namesake.particles.has(particle.norm)) break;
    const next = nameWordEnd(stream, tables, at + 1);
    if (next === null) break;
    at = next;
  }
  const after = tokens[at];
  const ordinal = after !== undefined && isOrdinal(tables, after);
  // one given name that is no everyday word names a person too (`جامعة زايد`, `مستشفى راشد`): a head in
  // construct with it is named after him, as the model otherwise reads the head and name as a person
  const sole = given === first + 1 && tokens[first]!.prefix === '' && tables.namesake.givenNames.has(tokens[first]!.norm);
  if (!titled && at === given && !ordinal && !sole) return null;
  // the family name after a sole given name, a bare word open data knows as a name word (`مستشفى كمال عدوان`)
  if (sole && at === given && bareFamilyName(stream, tables, at)) return at + 1;
  if (after === undefined || !isDefiniteWord(after) || after.suffix !== '') return at;
  const familyName = !isNameAdjective(tables, after) && personNameWords().has(after.norm, normShape(after));
  return ordinal || familyName ? at + 1 : at;
}

/**
 * A family name at `at` after a sole given name: a word without clitics or the article that open data
 * knows as a name word, and no function word, demonym or place's name (`مستشفى راشد دبي`: the city's).
 */
function bareFamilyName(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const word = stream.tokens[at];
  if (word === undefined || word.kind !== 'word' || word.prefix !== '' || word.suffix !== '') return false;
  if (tables.functionWords.has(word.norm) || demonymCode(word) !== null || tables.placeNames.endAt(stream, at) !== null) return false;
  return personNameWords().has(word.norm, normShape(word));
}

/** A definite regnal ordinal as written (`الثاني`, `الخامس`). */
const isOrdinal = (tables: OrganizationTables, token: Token): boolean =>
  isDefiniteWord(token) && token.suffix === '' && tables.namesake.ordinals.has(token.stem);

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
 * A name known by its patronymic alone (`ابن سينا`, `ابن خلدون`, `ابن الهيثم`, as news names the
 * scholars hospitals and universities are named after): a particle written alone, then a name word,
 * or a definite word open data knows as a name word. The token after it, or null.
 */
function sonOfEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const particle = stream.tokens[at];
  if (particle === undefined || particle.kind !== 'word' || particle.prefix !== '' || !tables.namesake.particles.has(particle.norm)) return null;
  const name = stream.tokens[at + 1];
  if (name !== undefined && isDefiniteWord(name) && name.suffix === '') return personNameWords().has(name.norm, normShape(name)) ? at + 2 : null;
  return nameWordEnd(stream, tables, at + 1);
}

/**
 * A given name written with the article, known to open data as a name word, when a patronymic or a
 * regnal ordinal follows it (`الملك الحسين بن طلال`, `الحسن الثاني`): alone, a definite word after
 * the title is as likely the verb's object (`قبلت جامعة الملك سعود الطلاب`).
 */
function definiteNameEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const word = stream.tokens[at];
  const after = stream.tokens[at + 1];
  if (word === undefined || !isDefiniteWord(word) || word.suffix !== '' || !personNameWords().has(word.norm, normShape(word)) || after === undefined) return null;
  return (after.prefix === '' && tables.namesake.particles.has(after.norm)) || isOrdinal(tables, after) ? at + 1 : null;
}
