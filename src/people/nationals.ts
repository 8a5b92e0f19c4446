// A demonym standing as a noun before a name (`تعاقد الهلال مع البرازيلي نيمار`, `فاز على الإسباني نادال`, `وسجل البرازيلي X Y`).
import { compoundDemonymCode, demonymCode, opensCompoundDemonym } from '../contracts/demonyms';
import type { EntityCandidate } from '../contracts/candidate';
import { sameLine } from '../text/lines';
import { candidate } from './candidate';
import { endsPhrase } from './lists';
import { elidedArticleNameAt, isUnlistedNameWord, mayOwnPreposition, ownsConjunction, readName, unlistedNameAt, type NameSpan } from './names';
import { hasConjunction, isEverydayNameWord, isGivenName, type Reader } from './reader';
import { hasArticle } from '../text/phrases';

// The sound plural endings, folded: `مع البرازيليين` names a group, not one person.
const PLURAL = /(?:ون|ين|ات)$/;
// ي, and ه for a folded ة
const YA = 0x064a;
const HA = 0x0647;

/**
 * Whether token `index` is a definite singular demonym after a preposition (NATIONAL_PREPOSITIONS:
 * `مع البرازيلي`; for a feminine one WOMAN_NATIONAL_PREPOSITIONS) or with
 * one on it (`للبرازيلي`, masculine: `بالعربية` is a language): a noun for a national, which a name
 * may follow.
 */
export function isNationalNoun(reader: Reader, index: number): boolean {
  const token = reader.tokens[index]!;
  const { prefix, stem } = token;
  if (prefix !== 'ال' && prefix !== 'لل' && prefix !== 'بال') return false;
  const feminine = stem.endsWith('ه');
  if (prefix === 'ال') {
    const before = reader.tokens[index - 1];
    const prepositions = feminine ? reader.lex.womanNationalPrepositions : reader.lex.nationalPrepositions;
    if (before === undefined || !prepositions.has(before.norm)) return false;
  } else if (feminine) return false;
  return !reader.claims[index] && !PLURAL.test(stem) && nationalAt(reader, index) !== null && sameLine(reader.stream, index, index + 1);
}

/**
 * The country code of the demonym at `index` and the token after it: one word (`البرازيلي`), or two,
 * the article on the first alone (`الجنوب أفريقي`: compoundDemonymCode), on one line and unclaimed.
 */
function nationalAt(reader: Reader, index: number): { code: string; next: number } | null {
  const token = reader.tokens[index]!;
  const code = demonymCode(token);
  if (code !== null) return { code, next: index + 1 };
  const compound = reader.claims[index + 1] ? null : compoundDemonymCode(token, reader.tokens[index + 1]);
  return compound !== null && sameLine(reader.stream, index, index + 1) ? { code: compound, next: index + 2 } : null;
}

/**
 * Whether token `index` is a definite singular demonym that stands as a noun where nothing before
 * it is a noun it could qualify (isNationalNoun has a preposition before it): the subject after a
 * verb (`وسجل البرازيلي`, `قام الفرنسي`), a noun in construct (`بواسطة البرازيلي`), the start of a
 * line, a mark, or a demonym joined to another (`والبرتغالي`). Not after a definite word (`الجيش
 * الفرنسي`), a claimed place or body (`برشلونة الإسباني`) or a name (`رونالدو البرتغالي`).
 */
export function isNationalSubject(reader: Reader, index: number): boolean {
  const token = reader.tokens[index]!;
  // asked of every definite word: its shape and the token before are tested before any lookup
  if ((token.prefix !== 'ال' && token.prefix !== 'وال') || reader.claims[index]) return false;
  // (the shape first: a two-word demonym's first word, الجنوب, is the only other kind asked further)
  if (!isSingularNisba(token.stem) && !opensCompoundDemonym(token)) return false;
  const before = reader.tokens[index - 1];
  const after = token.prefix === 'ال' && before !== undefined && before.kind === 'word' && sameLine(reader.stream, index - 1, index);
  if (after && (hasArticle(before) || reader.claims[index - 1] !== undefined)) return false;
  const national = nationalAt(reader, index);
  if (national === null || !sameLine(reader.stream, national.next - 1, national.next)) return false;
  return !(after && isGivenName(reader, before, true));
}

/** Whether a folded stem ends as a singular nisba, as every singular demonym does (فرنسي، فرنسيه). */
function isSingularNisba(stem: string): boolean {
  const last = stem.charCodeAt(stem.length - 1);
  return last === YA || (last === HA && stem.charCodeAt(stem.length - 2) === YA);
}

/**
 * The person named after a national noun (isNationalNoun): a name a given name opens, an unlisted
 * name of two or three words, or one word that looks like a name where a noun phrase could not go on
 * (`مع البرازيلي نيمار لمدة موسمين`; not `إلى الروسية كتاب الأمير`). After a demonym as a subject
 * (isNationalSubject) only a name a given name of the lists or open data opens, a word alone only
 * where the phrase ends (`والبرتغالي تياغو في الدقيقة 55`; not `سجل البرازيلي هدفا`). It carries
 * the nationality.
 */
export function nationalPersonAt(reader: Reader, index: number): EntityCandidate[] {
  const noun = isNationalNoun(reader, index);
  if (!noun && !isNationalSubject(reader, index)) return [];
  const national = nationalAt(reader, index)!;
  const at = national.next;
  const first = reader.tokens[at];
  // a name's own first letter may look like a preposition (الأرجنتيني لاوتارو مارتينيز) or a
  // conjunction (البريطاني ويسلي X: ownsConjunction)
  if (first === undefined) return [];
  // a Maghreb given name with its elided article (المغربي لحسن حداد), which the splitter took for ل
  const elided = elidedArticleNameAt(reader, at);
  const own = ownsConjunction(reader, at);
  if (first.prefix !== '' && !own && !elided && (hasConjunction(first) || !mayOwnPreposition(reader, first))) return [];
  // a given name reads on (المغربي مبارك بوصوفة); another word alone where the phrase plainly ends
  // (نيمار لمدة موسمين: لمدة is no surname), or two or three words that look like a name
  let name = elided ?? (own || isGivenName(reader, first, true) ? readName(reader, at, true) : null);
  if (!noun && !elided) {
    // a subject's verb may follow a one-word name (والأرجنتيني ميسي أضاعا فرصا): a word after the
    // first is a name word of the lists or open data, or the name plainly ends after the last
    if (name === null) return [];
    const ends = endsPhrase(reader, name.next);
    if (name.next - name.first === 1 ? !ends || isEverydayNameWord(reader.lex, first) : !ends && !restListed(reader, name)) return [];
  }
  // an unlisted first word before family names open data holds, whose first letter may look like a
  // preposition (الفرنسي نغولو كانتي, كانتي as ك + انتي), is a name of them all
  const read = !name && isUnlistedNameWord(reader, at, false, false) ? readName(reader, at, true) : null;
  if (read !== null && read.next - read.first >= 2 && restListed(reader, read)) name = read;
  else if (read !== null && endsPhrase(reader, at + 1)) name = { first: at, next: at + 1 };
  name ??= unlistedNameAt(reader, at, false);
  if (!name) return [];
  const found = candidate(reader, name, 2, undefined, true);
  found.nationality = national.code;
  return [found];
}

/** Whether every word of the name after its first is a name word of the lists or open data (دودو سيلفا). */
function restListed(reader: Reader, name: NameSpan): boolean {
  for (let at = name.first + 1; at < name.next; at++) if (!isGivenName(reader, reader.tokens[at]!, true)) return false;
  return true;
}
