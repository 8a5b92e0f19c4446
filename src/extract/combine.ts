import type { ModelSpan, ModelWithRules } from '../model/model';
import type { RuleSpan } from '../model/features';
import { isDemonymWord } from '../contracts/demonyms';
import { lazy } from '../text/lazy';
import { PLACE_PREPOSITIONS } from '../data/places/places-context';
import { LATIN_LETTER_NAMES } from '../data/figures/context-words';
import { isSpeechVerbKey, peopleLexicon, type PeopleLexicon } from '../people/lexicon';
import { isCommonNoun } from '../people/names';
import { isEverydayNameWord, namesLandmark } from '../people/reader';
import { foldKey } from '../text/fold-key';
import { nameSkeleton } from '../people/skeleton';
import { titleAround } from '../people/titles';
import { hasArticle, startAfterClitics, type TokenStream } from '../text/phrases';
import { isPrepositionLetter } from '../text/clitics';
import type { Token } from '../text/tokenize';
import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import type { Claim } from '../contracts/claims';

/**
 * The rules and the model together. The rules keep every date, figure, place and organization they
 * claim; a person the rules read (a title or a given name before a word, often an ordinary word:
 * `الفريق جاهز`, `علي مطالب` where علي is على) is set aside when the model reads its words as no
 * entity by at least the `veto` of its reading's strength, and a guess the rules keep only beside a
 * stronger mention is a name when the model reads a person over its words by at least `promote`; the
 * model's own spans are added where no rule claimed a token. Returns the places and organizations
 * found (`known`) and the people to merge.
 */
export function combineWithModel(
  { reader, veto, promote }: ModelWithRules,
  stream: TokenStream,
  claims: readonly (Claim | undefined)[],
  people: readonly EntityCandidate[],
): { known: EntityCandidate[]; people: EntityCandidate[] } {
  const { tokens } = stream;
  const rules = ruleSpans(claims, people);
  const reading = reader.read(tokens, rules);
  // only a reading an ordinary word fits as well may be set aside; lists, reports and bylines have
  // evidence of their own that the model, reading words, does not weigh
  const keptPeople = people
    .filter((c) => !c.questionable || reading.outsideMargin(c.firstToken, c.nextToken) < vetoFor(veto, c.strength))
    .map((c) => (c.strength === 1 && readsAsPerson(tokens, reading.spans, c, promote) ? entityCandidate({ ...c, strength: 2, evidence: 'model' }) : c));
  const found = { known: [] as EntityCandidate[], people: keptPeople };
  for (const span of spansBesideRules(reading.spans, rules, tokens, stream.source)) {
    // as the rules read it: a title and name after a noun of a place name the place (مسجد الشيخ زايد)
    if (span.category === 'people' && namesLandmark(stream, peopleLexicon(), span.firstToken)) continue;
    const candidate = modelCandidate(stream, claims, span.category, span.firstToken, span.nextToken);
    (span.category === 'people' ? found.people : found.known).push(candidate);
  }
  return found;
}

/**
 * The model's places and organizations that the rules found elsewhere in the text under the same
 * words (`منطقة تشن داي` by its trigger, then `إلى تشن داي` by the model) take the rules' key and
 * reading: one name in one article is one entity. A name the rules read two ways (two keys) is left
 * as the model found it.
 */
export function namedAsTheRules(modelFound: readonly EntityCandidate[], ruleFound: readonly EntityCandidate[], source: string): EntityCandidate[] {
  if (modelFound.length === 0) return modelFound as EntityCandidate[];
  const byName = new Map<string, EntityCandidate | null>();
  for (const c of ruleFound) {
    if (c.category === 'people') continue;
    const name = `${c.category}:${foldKey(source.slice(c.start, c.end))}`;
    const known = byName.get(name);
    byName.set(name, known === undefined || known?.key === c.key ? c : null);
  }
  return modelFound.map((c) => {
    const rule = byName.get(`${c.category}:${foldKey(source.slice(c.start, c.end))}`);
    if (!rule) return c;
    return entityCandidate({ ...c, key: rule.key, canonical: rule.canonical, kind: rule.kind, countryCode: rule.countryCode });
  });
}

/**
 * Whether the model reads a person over exactly the candidate's tokens by at least `promote`: a
 * rules' guess (a word after a title that looks like a preposition and a noun: `السفير الأمريكي
 * بيرنز`, `الوزير كاكبيرن`), which the merger keeps only beside a stronger mention, is then a name.
 * The margin is the guesses' own, chosen in training on guesses alone. One word the given-name lists
 * know as an everyday word too is not made a name so: the model, trained on news where a title is
 * mostly followed by a name, reads a person in `المستشار سعيد بالنتائج` (`happy with the results`)
 * as surely as in a name; such a guess stands only beside a stronger mention of the same person.
 */
function readsAsPerson(tokens: readonly Token[], spans: readonly ModelSpan[], c: EntityCandidate, promote: number): boolean {
  if (c.nextToken - c.firstToken === 1 && isEverydayNameWord(peopleLexicon(), tokens[c.firstToken]!)) return false;
  return spans.some((s) => s.category === 'people' && s.firstToken === c.firstToken && s.nextToken === c.nextToken && s.margin >= promote);
}

/**
 * What the rules know of name words, applied to the model's people: a name never ends with a particle
 * (عبد، أبو، بن) nor opens with عبد before a word no name joins to it (ABD_NAME_WORDS: `عبد المال`),
 * holds no plural demonym, is not one word in quotation marks, is not one word with a pronoun suffix
 * or a broken plural of things (`أفكارك`, `your thoughts`), does not start with a verb of saying
 * (`وأردف بوتين`: the verb and its subject), does not follow a product's noun (`مؤشر داو جونز`), and
 * is not made of common nouns or spelt-out letters only (`قال ناشطون حقوقيون`, `جي بي تي`).
 */
function mayBeName(tokens: readonly Token[], span: ModelSpan, source: string): boolean {
  const lex = peopleLexicon();
  if (lex.particles.has(tokens[span.nextToken - 1]!.norm)) return false;
  const first = tokens[span.firstToken]!;
  // `عبد المال` is a servant of money: every model but the shipped one of session 9 read a person there
  // (nor is عبد at the text's end a name)
  const afterFirst = tokens[span.firstToken + 1];
  if (first.stem === 'عبد' && (afterFirst === undefined || !lex.abdNameWords.has(afterFirst.norm))) return false;
  if (span.nextToken - span.firstToken > 1 && (isSpeechVerbKey(lex, first.stem) || isSpeechVerbKey(lex, first.norm))) return false;
  if (span.nextToken - span.firstToken === 1 && !mayBeOneWordName(lex, tokens[span.firstToken]!, source)) return false;
  // nor does a longer one open with a given name made definite (الجو باردا, `the weather cold`)
  if (isDefiniteGivenName(lex, first)) return false;
  for (let k = span.firstToken; k < span.nextToken; k++) if (isPluralDemonym(tokens[k]!)) return false;
  if (namesACode(tokens, span.nextToken) || followsProductHead(lex, tokens[span.firstToken - 1]) || spellsLetters(tokens, span)) return false;
  // one word alone in quotation marks is a brand, a product or a name of a match (« كلاسيكو »), not a person
  if (span.nextToken - span.firstToken === 1 && isQuote(tokens[span.firstToken - 1]) && isQuote(tokens[span.nextToken])) return false;
  for (let k = span.firstToken; k < span.nextToken; k++) if (!isCommonNoun(lex, tokens[k]!.stem)) return true;
  return false;
}

/**
 * Whether the words before token `next` run on into a number with nothing or a hyphen between
 * (`كوفيد-19`, `كوفيد19`, `ميغ-29`), or end in a Latin letter spelt out before a number (`ميت إكس 6`,
 * `غالاكسي إس 26`), or stand before one (`غالاكسي` of `غالاكسي إس 26`): the name of a disease, a model or
 * a code, never of a person.
 */
function namesACode(tokens: readonly Token[], next: number): boolean {
  const last = tokens[next - 1]!;
  const after = tokens[next];
  if (after !== undefined && after.kind === 'number' && latinLetterNames().has(last.norm)) return true;
  if (after !== undefined && latinLetterNames().has(after.norm) && tokens[next + 1]?.kind === 'number') return true;
  if (after === undefined || after.start !== last.end) return false;
  if (after.kind === 'number') return true;
  const number = tokens[next + 1];
  return after.norm === '-' && number !== undefined && number.kind === 'number' && number.start === after.end;
}

/**
 * Whether the span is made of Latin letters spelt out and nothing else (`بي تي` in `تشات جي بي تي`):
 * an acronym of a product or a body, no person's name, which has a name word (`جي دي فانس`).
 */
function spellsLetters(tokens: readonly Token[], span: ModelSpan): boolean {
  for (let k = span.firstToken; k < span.nextToken; k++) if (!latinLetterNames().has(tokens[k]!.norm)) return false;
  return true;
}

/**
 * Whether the word before a span is a product's or index's noun in construct (`مؤشر داو جونز`,
 * `وتطبيق تيك توك`): the words after it name the thing, never a person.
 */
function followsProductHead(lex: PeopleLexicon, before: Token | undefined): boolean {
  return before !== undefined && before.suffix === '' && !hasArticle(before) && lex.productHeads.has(before.stem);
}

/**
 * The broken plural أفعال (أفكار، أخبار، أعمال), alone or with a possessive pronoun (أفكارك، أعمالهم),
 * folded: a plural of things or deeds, never one person, unless the lists know it as a given name
 * (إلهام، أحلام).
 */
const AFAAL_PLURAL = /^ا[^ا][^ا]ا[^ا](?:ك|ه|ها|هم|كم|نا)?$/;

/**
 * One word the model reads as a person: no pronoun suffix the splitter took off, no broken plural of
 * things, and not a name the lists write with a final ى written with ي in a text that writes ى (`حل
 * سلمي`, a peaceful solution, folds to the name سلمى): such a text keeps the two letters apart, and
 * only one that writes ى nowhere (as much Egyptian text does) may mean the name.
 */
function mayBeOneWordName(lex: PeopleLexicon, token: Token, source: string): boolean {
  if (token.suffix !== '') return false;
  if (lex.alefMaksuraNames.has(token.norm) && source.charCodeAt(token.end - 1) === YEH && source.includes(ALEF_MAKSURA)) return false;
  return !AFAAL_PLURAL.test(token.norm) || lex.givenNames.has(token.norm);
}

const YEH = 0x064a;
const ALEF_MAKSURA = '\u0649';

/**
 * A given name with the article the lists know it without: `الجو`, `the weather`, is the name جو made
 * definite, and a given name takes no article unless it is written with one, as الحسن is. No person
 * the model reads opens with one (`الجو`, `الجو باردا`).
 */
function isDefiniteGivenName(lex: PeopleLexicon, token: Token): boolean {
  return token.prefix.endsWith('ال') && lex.givenNames.has(token.stem) && !lex.givenNames.has(token.norm);
}

function isQuote(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'punctuation' && QUOTES.includes(token.text);
}

const QUOTES = '"«»“”\'';

/** Latin letters spelt out (LATIN_LETTER_NAMES), folded as a token's norm has them. */
const latinLetterNames = lazy(() => new Set(LATIN_LETTER_NAMES.map(foldKey)));

/**
 * A demonym in the plural or dual (بريطانيون، كنديين، عراقيان), which names people by nation, never one
 * person (`قتل جنديان عراقيان`). Names ending like a dual keep their letter before ان (كوتشاريان).
 */
function isPluralDemonym(token: Token): boolean {
  const word = token.norm.replace(/^و/, '');
  const ending = /(ون|ين|ان|تان)$/.exec(word);
  return ending !== null && word.length > ending[0].length + 2 && isDemonymWord(word.slice(0, -ending[0].length));
}

/**
 * The model's spans the entity stage takes: those that overlap no rule's span and touch no rule's
 * name (a span touching one is a piece of a longer name the rules read otherwise: ريف before the
 * place إدلب; a date or figure beside it is not: ميسي 3 أهداف; nor a name across و, which joins
 * another: المنظمة الدولية والاتحاد الأفريقي), that begin and end with a word (a span
 * ending in a full stop or a number, `البنك . 4`, runs over a sentence's end), and of people those
 * that may be names.
 */
export function spansBesideRules(spans: readonly ModelSpan[], rules: readonly RuleSpan[], tokens: readonly Token[], source = ''): ModelSpan[] {
  const beside: ModelSpan[] = [];
  if (spans.length === 0) return beside;
  // 1: a name's token (the model's span may not touch it: beside a name it is likely a piece of it);
  // 2: a date's or figure's token (the model's span may only not overlap it: ميسي 3 أهداف)
  const taken = new Uint8Array(tokens.length);
  for (const span of rules) {
    const mark = span.category === 'dates' || span.category === 'figures' ? 2 : 1;
    for (let k = span.firstToken; k < span.nextToken; k++) taken[k] = mark;
  }
  for (const span of spans) {
    if (
      isFree(taken, span.firstToken, span.nextToken) &&
      (taken[span.firstToken - 1] !== 1 || opensConjunct(span, tokens[span.firstToken]!)) &&
      (taken[span.nextToken] !== 1 || opensConjunct(span, tokens[span.nextToken]!)) &&
      isWord(tokens[span.firstToken]!) &&
      isWord(tokens[span.nextToken - 1]!) &&
      (span.category !== 'people' || mayBeName(tokens, span, source))
    ) {
      beside.push(span);
    }
  }
  return beside;
}

/**
 * Whether a token opens a conjunct with و (`والاتحاد الأفريقي`) beside a place or organization the
 * model read: such a name that touches a rule's across it is another name joined to it (`بين المنظمة
 * الدولية والاتحاد الأفريقي`), not a piece of the rule's. Not beside a person: a person's name word
 * opens with a و the splitter takes for the conjunction (`واين روني`, `كريستوفر والكن`), and a person
 * the model reads across a conjunction is two (`من بري والسنيورة`).
 */
function opensConjunct(span: ModelSpan, token: Token): boolean {
  return span.category !== 'people' && token.prefix.startsWith('و');
}

/** Whether no rule took any of tokens first…next − 1. */
function isFree(taken: Uint8Array, first: number, next: number): boolean {
  for (let k = first; k < next; k++) if (taken[k] !== 0) return false;
  return true;
}

function isWord(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'latin';
}

/**
 * A RuleSpan made with `new`: the model's rule spans live for one piece of text, and a class has no
 * allocation site for V8 to pretenure, so they die young (object literals here were tenured, and
 * their dead spans waited in the old generation for a full collection).
 */
class RuleSpanRecord implements RuleSpan {
  declare category: RuleSpan['category'];
  declare firstToken: number;
  declare nextToken: number;
  declare strength: number;
  declare questionable: boolean;

  constructor(category: RuleSpan['category'], firstToken: number, nextToken: number, strength: number, questionable: boolean) {
    this.category = category;
    this.firstToken = firstToken;
    this.nextToken = nextToken;
    this.strength = strength;
    this.questionable = questionable;
  }
}

/** The rules' spans as the model reads them: runs of tokens one claim covers, and the people found. */
export function ruleSpans(claims: readonly (Claim | undefined)[], people: readonly EntityCandidate[]): RuleSpan[] {
  const spans: RuleSpan[] = [];
  for (let k = 0; k < claims.length; ) {
    const claim = claims[k];
    if (!claim) {
      k++;
      continue;
    }
    let next = k + 1;
    while (next < claims.length && claims[next] === claim) next++;
    spans.push(new RuleSpanRecord(claim.category, k, next, 3, false));
    k = next;
  }
  for (const c of people) {
    spans.push(new RuleSpanRecord('people', c.firstToken, c.nextToken, c.strength, c.questionable === true));
  }
  return spans;
}

/** The veto margin for a reading of this strength; a strength beyond the list's takes its last. */
function vetoFor(veto: readonly number[], strength: number): number {
  return veto[Math.min(strength, veto.length) - 1] ?? Infinity;
}

/**
 * A candidate for a span the model found. Its first word drops a conjunction و (وبرودي → برودي)
 * unless a preposition stands before it, which no conjunction can follow (عن وودورد); a place or
 * organization also drops a preposition before the article (بالقاهرة → القاهرة, للجزيرة → لجزيرة: the
 * article's lam stays where its alef is lost, as in the rules' mentions), a person one before a
 * given name the hand-kept lists know, which the whole word is not (لمحمد بن سلمان، بديلا لناصر مسعود; كريم is
 * no ك + ريم). Other letters stay: the clitic splitter cannot tell a foreign name's own first letter
 * (فيلدمان، برودي، كاكبيرن) from a clitic, and the model reads whole words.
 */
function modelCandidate(
  stream: TokenStream,
  claims: readonly (Claim | undefined)[],
  category: EntityCandidate['category'],
  first: number,
  next: number,
): EntityCandidate {
  const { tokens } = stream;
  const head = tokens[first]!;
  const previous = tokens[first - 1];
  const afterPreposition = previous !== undefined && previous.prefix === '' && placePrepositions().has(previous.norm);
  const skip = leadingParticles(head, category === 'people', afterPreposition, peopleLexicon());
  const words = tokens.slice(first, next).map((t, k) => (k === 0 ? t.norm.slice(skip) : t.norm));
  // after لل the mention keeps the article's lam, as the rules' mentions do (للجزيرة → لجزيرة), and the
  // key reads the word without it, as it reads الجزيرة: the same body either way
  const start = startAfterClitics(stream, head, skip >= 2 && head.prefix.slice(skip - 2, skip) === 'لل' ? skip - 1 : skip);
  const key =
    category === 'people' ? words.map((word) => nameSkeleton(word)).join(' ') : `model:${words.map(withoutArticle).join(' ')}`;
  const strength = category === 'people' ? 2 : 1;
  const found = entityCandidate({ category, start, end: tokens[next - 1]!.end, firstToken: first, nextToken: next, key, strength, evidence: 'model' });
  if (category === 'people') {
    const { title, nationality } = titleAround(stream, claims, first, next);
    if (title) found.titles = [title];
    if (nationality) found.nationality = nationality;
  }
  return found;
}

const placePrepositions = lazy(() => new Set(PLACE_PREPOSITIONS.map(foldKey)));

/** How many leading letters of the written token to leave out of a mention (see modelCandidate). */
function leadingParticles(token: Token, person: boolean, afterPreposition: boolean, lex: PeopleLexicon): number {
  const { prefix } = token;
  const k = prefix.startsWith('و') && !afterPreposition ? 1 : 0;
  if (person) {
    const preposition = prefix.length === k + 1 && isPrepositionLetter(prefix.charCodeAt(k));
    return preposition && lex.givenNames.has(token.stem) && !lex.givenNames.has(token.norm.slice(k)) ? k + 1 : k;
  }
  // ب or ل before the article (بال، لل: the article's alef is lost there, and the word read is the one after both lams)
  if (prefix.slice(k) === 'بال') return k + 1;
  if (prefix.slice(k) === 'لل') return k + 2;
  return k;
}

function withoutArticle(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}
