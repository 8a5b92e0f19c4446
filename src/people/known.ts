import type { EntityCandidate } from '../contracts/candidate';
import type { Token } from '../text/tokenize';
import { sameLine } from '../text/lines';
import { hasArticle, isPunctuation } from '../text/phrases';
import { normShape, stemShape } from '../text/word-shapes';
import { bylineAt } from './bylines';
import { candidate } from './candidate';
import { afterRegnalNumber, elidedArticleNameAt, isAliBeforeNisba, syllableSurnameNameAt, withNationalSurname, withFamilyDemonym, closesDemonymShapedName, closesWithNisbaFamily, opensWithSimileArticle, isCompoundNameEnd, kunyaAt, isForeignNameAfterNational, isNameWord, isUnlistedNameWord, mayOwnPreposition, opensFutureClause, ownsConjunction, readName, prepositionTrustMatters, type NameSpan } from './names';
import { COMMAS, hasConjunction, hasPreposition, isCompoundNamePlace, isGivenName, isGivenNamePlace, isHonorificAt, isNotNameWord, namesLandmark, opensWithDefiniteGiven, type Reader } from './reader';
import { introducesSpeech } from './speech';
import { titleAt, type TitleMatch } from './titles';

const OPENING_MARKS = '"“«\'';
// أبو as folded (a kunya's particle in the nominative)
const KUNYA = 'ابو';

/** A person named with evidence of its own: a byline, a title, a known given name. */
export function knownPersonAt(reader: Reader, index: number): EntityCandidate[] {
  if (index >= reader.tokens.length) return [];
  if (reader.claims[index]) {
    // `قال صلاح الدين مزوار إن`: a place named as a compound given name opens a person's name when
    // reported speech follows it (after a title, see below)
    const name = namedAfterPlace(reader, index);
    return name && introducesSpeech(reader, name.next) ? [candidate(reader, name, 2)] : [];
  }
  const byline = bylineAt(reader, index);
  if (byline.length > 0) return byline;
  if (namesLandmark(reader.stream, reader.lex, index)) return [];
  const title = titleAt(reader, index);
  if (title) {
    let at = title.next;
    if (isPunctuation(reader.tokens[at], COMMAS)) at++;
    // (a quoted name after a bare indefinite head is what it heads: مدير عام "شركة X")
    if (isPunctuation(reader.tokens[at], OPENING_MARKS) && !title.bare) at++;
    // (an indefinite one with nothing after it is in construct with the name: محامي أحمد حمدان, his lawyer)
    if (title.ambiguous && (title.bare || !opensName(reader, at))) return [];
    // right after a head, a و may be a name's own first letter (المطربة فيروز); after the head's
    // complements it joins a new clause (بالحارس الأوكراني وراوغه، قائد إيرلندا وخدعت الحارس)
    if (title.complemented && opensClause(reader, at, at !== title.next)) return [];
    // a name word of the lists or open data whose first letter the splitter took for ب، ك or ل
    // (المتحدثة باسم البعثة ليندا توماس) is read whole, unless the rest is a known word (كسفير لحسن
    // النوايا: ل + حسن); any other such word only as a guess below
    const first = reader.tokens[at];
    if (opensFutureClause(reader, at, true)) return [];
    const whole =
      first !== undefined &&
      ((!hasConjunction(first) && mayOwnPreposition(reader, first) && isGivenName(reader, first, true)) || ownsConjunction(reader, at) || isAliBeforeNisba(reader, at) || opensWithSimileArticle(reader, at));
    const honored = honoredNameAt(reader, at, true);
    if (honored) return [candidate(reader, honored, 3, title)];
    const elided = elidedArticleNameAt(reader, at) ?? syllableSurnameNameAt(reader, at, title.nationality);
    if (elided) return [candidate(reader, elided, 3, title)];
    const name = nameAt(reader, at, whole) ?? (reader.claims[at] ? namedAfterPlace(reader, at) : null);
    if (name) {
      const head = reader.tokens[index]!;
      const named = withFamilyDemonym(reader, withNationalSurname(reader, name, title.nationality), head);
      return titledName(reader, named, title, head).map(questionable);
    }
    // `السيد لامي`: a word after a title that looks like preposition + noun may still be a surname;
    // proposed as a guess the merger keeps only if a stronger mention names the same person
    const guess = nameAt(reader, at, true);
    if (guess && (title.nationality !== undefined || title.complemented) && isForeignNameAfterNational(reader, guess)) return [candidate(reader, guess, 2, title)];
    return guess && guess.next - guess.first === 1 ? [questionable(candidate(reader, guess, 1, title))] : [];
  }
  const honored = honoredNameAt(reader, index, false);
  if (honored) return [candidate(reader, honored, 2)];
  const given = reader.tokens[index]!;
  if (isGivenName(reader, given, false)) {
    const name = nameAt(reader, index, false);
    if (name && name.next - name.first >= 2) return [questionable(candidate(reader, name, 2))];
  }
  // a compound given name (عبد الحكيم، عبد الرحمن، سيف الإسلام) or a kunya (أبو مهدي) followed by a
  // family name, or a given name that is also a common word followed by one (سامي عبد الرزاق): the
  // particle or compound shows a name
  if ((given.norm === 'عبد' && !hasPreposition(given)) || opensKunya(reader, index) || isGivenName(reader, given, true) || opensWithDefiniteGiven(reader, index)) {
    const name = nameAt(reader, index, false);
    if (name && name.next - name.first >= 3 && hasParticle(reader, name)) return [candidate(reader, name, 2)];
  }
  return [];
}

// The future of a derived verb (سيستقيل، ستستأنف، سيتم، ستتوجه): س, the person's letter, then the ست
// of the tenth form or the ت of the fifth and sixth. After a title it is what the title's holder will
// do (`قال إن الوزير سيستقيل`); no unlisted name opens so.
const DERIVED_FUTURE_VERB = /^س[يتن](?:ست..|ت.)/;

/**
 * A name right after a title. One word after a bare indefinite head is its adjective (`قال متحدث
 * عسكري`, `مستشار سابق`), no name; nor is a verb in the future (DERIVED_FUTURE_VERB; opensFutureClause). One word that a
 * definite word follows is more often a noun in construct (`أكد الوزير حرص الحكومة`, `بحث الرئيس سبل
 * التعاون`) than a name: it is only a guess, unless the two words are a name the reporting of speech
 * confirms (`قال الروائي سليم الحداد إن`).
 */
function titledName(reader: Reader, name: NameSpan, title: TitleMatch, head: Token): EntityCandidate[] {
  const { tokens } = reader;
  const next = tokens[name.next];
  const first = tokens[name.first]!;
  const single = name.next - name.first === 1 && !isGivenName(reader, first, true);
  if (single && (title.bare || DERIVED_FUTURE_VERB.test(first.norm))) return [];
  // after the head of one who reigns, a word that looks like a name and a regnal number (البابا
  // تواضروس الثاني); after another head an ordinal ranks a noun (حقق المدرب فوزه الأول)
  const regnalHead = reader.lex.regnalTitleHeads.has(hasArticle(head) ? 'ال' + head.stem : head.norm);
  const regnal = single && regnalHead && isUnlistedNameWord(reader, name.first, false, false) ? afterRegnalNumber(reader, name.next) : null;
  if (regnal !== null) return [candidate(reader, { first: name.first, next: regnal }, 3, title)];
  // an everyday word that is also a given name (سعيد `happy`), alone after the title and before a
  // preposition with the article, is what the title's holder is: `المستشار سعيد بالنتائج`
  const everyday = name.next - name.first === 1 && !isGivenName(reader, first, false) && isGivenName(reader, first, true);
  if (everyday && next !== undefined && hasPreposition(next) && hasArticle(next)) return [candidate(reader, name, 1, title)];
  const construct = next !== undefined && next.prefix === 'ال' && !reader.claims[name.next] && !isNotNameWord(reader.lex, next);
  if (!single || !construct || !sameLine(reader.stream, name.first, name.next)) {
    return [candidate(reader, name, 3, title)];
  }
  const pair = { first: name.first, next: name.next + 1 };
  if (isUnlistedNameWord(reader, name.first, false, false) && introducesSpeech(reader, pair.next)) return [candidate(reader, pair, 3, title)];
  if (closesDemonymShapedName(reader, name.next) || (isUnlistedNameWord(reader, name.first, false, false) && closesWithNisbaFamily(reader, name.next))) {
    return [candidate(reader, pair, 3, title)];
  }
  return [candidate(reader, name, 1, title)];
}

/**
 * A name whose compound given name a gazetteer holds as a place and a family name after it (`صلاح
 * الدين مزوار`: isCompoundNamePlace). Asked only where a person's name stands (after a title or a
 * reporting verb).
 */
function namedAfterPlace(reader: Reader, at: number): NameSpan | null {
  if (isGivenNamePlace(reader, at)) {
    const family = readName(reader, at + 1);
    return family && { first: at, next: family.next };
  }
  if (!isCompoundNamePlace(reader, at)) return null;
  // a family name with the article is one word (صلاح الدين العمري); readName starts none with it
  if (hasArticle(reader.tokens[at + 2]!)) return isNameWord(reader, at + 2) ? { first: at, next: at + 3 } : null;
  const family = readName(reader, at + 2);
  return family && { first: at, next: family.next };
}

/**
 * A name a formula of blessing follows (`عائشة رضي الله عنها`, `الحسين عليه السلام`, `محمد ﷺ`, `الإمام
 * الشافعي رحمه الله`): religious writing says one of nobody but a person, so the name needs no more
 * evidence, one word as much as more. Without a title before it the name opens with a given name of the
 * lists, one with the article (الحسين), a kunya or a family name in ابن (أبو هريرة، ابن تيمية); after a
 * title any word, the definite
 * family name of a scholar too (الشافعي, which readName opens no name with).
 */
function honoredNameAt(reader: Reader, at: number, afterTitle: boolean): NameSpan | null {
  const token = reader.tokens[at];
  if (token === undefined || token.kind !== 'word' || token.suffix !== '' || reader.claims[at]) return null;
  const definite = token.prefix === 'ال' || token.prefix === 'وال';
  if (definite) {
    // (a given name of the lists, not open data's name words: رسول الله ﷺ names the Prophet by an epithet)
    const opens = afterTitle || reader.lex.givenNames.has(token.stem, stemShape(token));
    return opens && isNameWord(reader, at) && isHonorificAt(reader, at + 1) ? { first: at, next: at + 1 } : null;
  }
  const kunya = kunyaAt(reader, at);
  if (!afterTitle && !reader.lex.givenNames.has(token.norm, normShape(token)) && kunya === null) return null;
  // the name as read (readName at `at`), or a kunya alone (ابن تيمية رحمه الله: readName takes no
  // family name of one word after ابن)
  const name = nameAt(reader, at, false);
  if (name !== null && isHonorificAt(reader, name.next)) return name;
  return kunya !== null && isHonorificAt(reader, kunya.next) ? kunya : null;
}

/**
 * readName at `at`, read once for the readings of one token that ask for it (it is not cheap to read):
 * the reader keeps the last one asked, in place, where a closure for each token was allocated.
 */
function nameAt(reader: Reader, at: number, whole: boolean): NameSpan | null {
  const last = (reader.lastName ??= { at: -1, whole: false, name: null });
  // (a word with no preposition reads the same trusted or not: after a title, where honoredNameAt and
  // the name ask both, it was read twice)
  const trusted = whole && prepositionTrustMatters(reader, at);
  if (last.at !== at || last.whole !== trusted) {
    const name = readName(reader, at, trusted);
    last.at = at;
    last.whole = trusted;
    last.name = name;
  }
  return last.name;
}

/** Marks a reading the entity model may set aside (see EntityCandidate.questionable). */
function questionable(found: EntityCandidate): EntityCandidate {
  found.questionable = true;
  return found;
}

/**
 * Whether the word at `index` carries و or ف and is no name word of the lists or open data, whole or
 * without it (a foreign name may start with و: ويليام). ف starts foreign names far more often
 * (فولفجانج، فديريكو), and after a comma a و may join a second person (X نائب رئيس الوزراء، وY Z):
 * there it opens a clause only on a word with a pronoun on it or before a word no name goes on
 * with (، وأكدتا أن).
 */
function opensClause(reader: Reader, index: number, afterComma: boolean): boolean {
  const token = reader.tokens[index];
  if (token === undefined || !hasConjunction(token) || isGivenName(reader, token, true) || ownsConjunction(reader, index)) return false;
  return (token.prefix === 'و' && !afterComma) || token.suffix !== '' || !isNameWord(reader, index + 1);
}

/** Whether the word at `index` is a given name (even an everyday one) or a name particle. */
function opensName(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  return token !== undefined && (isGivenName(reader, token, true) || reader.lex.particles.has(token.norm));
}

/**
 * Whether the word at `index` is أبو opening a kunya whose word has no article (أبو مهدي المهندس، أبو
 * محمد الجولاني): a family name follows such a kunya; after أبو الغيط the next word is the sentence's
 * (أبو الغيط دافع عن). Not أبي, the genitive, which stands inside a name after بن (معاوية بن أبي سفيان).
 */
function opensKunya(reader: Reader, index: number): boolean {
  const next = reader.tokens[index + 1];
  return reader.tokens[index]!.norm === KUNYA && next !== undefined && next.prefix === '';
}

/** Whether a particle (عبد، بن) or the second half of a compound given name (نور الدين) shows the words are a name. */
function hasParticle(reader: Reader, name: NameSpan): boolean {
  for (let at = name.first; at < name.next; at++) {
    if (reader.lex.particles.has(reader.tokens[at]!.norm) || (at > name.first && isCompoundNameEnd(reader, at))) return true;
  }
  return false;
}
