// What one article tells about its organizations beyond single mentions: two names in apposition
// are one body (`وكالة السودان للأنباء (سونا)`), an acronym introduced so is found again alone, an
// ambiguous name (`حماس`) is the body once the article names it with certainty, a bare `وزارة
// الدفاع` is the one defence ministry the article names with its country, a court's short name
// (courts.ts) and a club's bare name (clubs.ts) are the court and club the article named.
import { entityCandidate, type EntityCandidate } from '../contracts/candidate';
import { demonymCode } from '../contracts/demonyms';
import { hasArticle, isPunctuation, PhraseIndex, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { stemShape } from '../text/word-shapes';
import { findClubs } from './clubs';
import { findBrandPairs, findTradedCompanies } from './companies';
import { findCourtShortNames } from './courts';
import { CLOSING_BRACKETS, isDefiniteWord, isNameAdjective, isQuote, OPENING_BRACKETS, OUTLET_KEY, QUOTE_MARKS, type ArticleBodies } from './found';
import { countryAt } from './national';
import { COMPANY_HEAD, COMPANY_KEY, knownFound, readCompanyList, readCompanyPair } from './names';
import { arabicShaped } from './foreign';
import { personNameWords } from '../contracts/person-names';
import { StartsReading, type OrganizationTables } from './tables';

const ARTICLE = 'ال';

/** Keys found to name one body in this text; a lexicon key represents its group. */
class KeyGroups {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    if (root !== key) this.parent.set(key, root);
    return root;
  }

  /** Makes `alias`'s group part of `representative`'s. */
  join(representative: string, alias: string): void {
    const from = this.find(alias);
    const into = this.find(representative);
    if (from !== into) this.parent.set(from, into);
  }
}

/** Whether the mark at `open` is closed at `close` by its counterpart kind (a quote by a quote, a bracket by a bracket). */
function closes(stream: TokenStream, open: number, close: number): boolean {
  const tokens = stream.tokens;
  if (isQuote(tokens[open])) return isQuote(tokens[close]);
  return isPunctuation(tokens[open], OPENING_BRACKETS) && isPunctuation(tokens[close], CLOSING_BRACKETS);
}

/**
 * A single bracketed or quoted word that can be another name of the body before it: not a definite
 * word, function word, time word, nisba or country. Its clitic split is not trusted (`بيلتا` is not
 * ب + يلتا): the whole word is the alias.
 */
function mayBeAlias(stream: TokenStream, tables: OrganizationTables, index: number): boolean {
  const token: Token | undefined = stream.tokens[index];
  if (token === undefined || token.norm.length < 2) return false;
  if (token.kind === 'latin') return true;
  if (token.kind !== 'word' || hasArticle(token)) return false;
  if (tables.functionWords.has(token.norm) || tables.nameEndingWords.has(token.norm)) return false;
  return demonymCode(token) === null && countryAt(stream, tables, index) === null;
}

/** A mention of `body` at tokens [first, next), from `start` (after the clitics it leaves out). */
function mentionOf(stream: TokenStream, body: EntityCandidate, first: number, next: number, start = stream.tokens[first]!.start): EntityCandidate {
  return entityCandidate({ ...body, start, end: stream.tokens[next - 1]!.end, firstToken: first, nextToken: next, strength: 2 });
}

/**
 * Names in apposition: an organization followed by a bracketed or quoted name (`حلف شمال الأطلسي
 * "الناتو"`, `الرئاسة الروسية (الكرملين)`). When the second is an organization too, their keys join
 * (two lexicon bodies stay apart: the lexicon knows they differ); when it is one unknown word, it
 * becomes a mention of the first, and the word is learned as that body's alias in this text.
 */
function readAppositions(
  stream: TokenStream,
  tables: OrganizationTables,
  found: readonly EntityCandidate[],
  groups: KeyGroups,
): EntityCandidate[] {
  const tokens = stream.tokens;
  const aliases: EntityCandidate[] = [];
  found.forEach((body, k) => {
    const open = body.nextToken;
    const alreadyQuoted = isQuote(tokens[body.firstToken - 1]) && isQuote(tokens[open]);
    if (alreadyQuoted || !isPunctuation(tokens[open], QUOTE_MARKS + OPENING_BRACKETS)) return;
    const next = found[k + 1];
    if (next !== undefined && next.firstToken === open + 1 && closes(stream, open, next.nextToken)) {
      if (body.strength === 3 && next.strength === 3) return;
      if (next.strength === 3) groups.join(next.key, body.key);
      else groups.join(body.key, next.key);
      return;
    }
    const word = tokens[open + 1];
    if (word !== undefined && closes(stream, open, open + 2) && mayBeAlias(stream, tables, open + 1)) {
      aliases.push(mentionOf(stream, body, open + 1, open + 2));
    }
  });
  return aliases;
}

/** Marks the tokens of `candidates` in `taken`. */
function take(taken: Uint8Array, candidates: readonly EntityCandidate[]): void {
  for (const candidate of candidates) taken.fill(1, candidate.firstToken, candidate.nextToken);
}

/**
 * Every further mention of the names learned (each with the body it names), outside the
 * organizations already found.
 */
function findLearnedNames(stream: TokenStream, learned: readonly (readonly [string, EntityCandidate])[], taken: Uint8Array): EntityCandidate[] {
  const index = new PhraseIndex(learned, { folded: true });
  // a word's lookup keys are the word less leading clitics, so they end in its last letter: a word
  // ending in no first word's last letter starts no name (this runs at every token of an article
  // that learned a name, where the index would shape a key for each clitic letter)
  const lastLetters = new Set(learned.map(([name]) => name.charCodeAt((name.includes(' ') ? name.indexOf(' ') : name.length) - 1)));
  const mentions: EntityCandidate[] = [];
  for (let i = 0; i < stream.tokens.length; i++) {
    const norm = stream.tokens[i]!.norm;
    if (taken[i] === 1 || !lastLetters.has(norm.charCodeAt(norm.length - 1))) continue;
    const match = index.match(stream, i);
    if (match === null) continue;
    mentions.push(mentionOf(stream, match.value, i, match.next, match.start));
    i = match.next - 1;
  }
  return mentions;
}

/**
 * The names the article gave with a head or descriptor that it may write bare later: an outlet's
 * name without the article (`تايمز` of `صحيفة تايمز البريطانية` … `وقالت تايمز إن`; `معاريف` of
 * `صحيفة "معاريف"`; a definite one is a word too: `الحياة` of `صحيفة الحياة اللندنية`), and a
 * company's (`شركة بي ام دبليو الألمانية` … `وقالت بي ام دبليو`) or another body's quoted name
 * (`حزب "كاديما"` … `نواب كاديما`) without the article, of several words or of one word that has no
 * shape of an Arabic noun and is no person's name word (`فولفو`; not `نيسان`, `"الحرية"`).
 */
function learnedNames(stream: TokenStream, found: readonly EntityCandidate[]): [string, EntityCandidate][] {
  const tokens = stream.tokens;
  const names: [string, EntityCandidate][] = [];
  for (const body of found) {
    if (hasArticle(tokens[body.firstToken]!)) continue;
    if (body.key.startsWith(OUTLET_KEY)) {
      names.push([body.key.slice(OUTLET_KEY.length), body]);
      continue;
    }
    const company = body.key.startsWith(COMPANY_KEY);
    // a quoted name after a head: strength 2 (a lexicon name between quotes keeps its own)
    if (!company && !(body.strength === 2 && isQuote(tokens[body.firstToken - 1]) && isQuote(tokens[body.nextToken]))) continue;
    const name = tokens.slice(body.firstToken, body.nextToken).map((token) => token.norm).join(' ');
    const wordName = company ? body.key.slice(COMPANY_KEY.length) : name;
    if (wordName.includes(' ') || (!arabicShaped(wordName, true) && !personNameWords().has(wordName))) names.push([wordName, body]);
  }
  return names;
}

/**
 * The short names of the bodies the article named in full with a definite head and an adjective
 * (`البنك التجاري` of `البنك التجاري القطري`, `المجلس الوطني` of `المجلس الوطني للثقافة والفنون`):
 * news writes a body in full once, then by its head and first adjective. Alone, those two words are
 * an anaphor (`المجلس الأعلى`); after the full name in one article they are that body. A short name
 * two full names share (`البنك التجاري القطري`, `البنك التجاري الدولي`) names neither.
 */
function shortNames(stream: TokenStream, tables: OrganizationTables, found: readonly EntityCandidate[]): Map<string, EntityCandidate | null> {
  const tokens = stream.tokens;
  const names = new Map<string, EntityCandidate | null>();
  for (const body of found) {
    const head = tokens[body.firstToken]!;
    const adjective = tokens[body.firstToken + 1];
    if (body.strength !== 2 || body.nextToken - body.firstToken < 3 || !hasArticle(head) || adjective === undefined) continue;
    if (!isDefiniteWord(adjective) || !isNameAdjective(tables, adjective) || !tables.definiteHeads.has(ARTICLE + head.stem)) continue;
    const name = `${ARTICLE}${head.stem} ${adjective.norm}`;
    const earlier = names.get(name);
    // the first full name is the one later short names follow; another body's makes the name ambiguous
    if (earlier === undefined) names.set(name, body);
    else if (earlier !== null && earlier.key !== body.key) names.set(name, null);
  }
  return names;
}

/**
 * The short names (shortNames) after their body's first full mention, outside the organizations
 * found. A short name that the article also writes with another definite adjective (`البنك التجاري
 * الدولي` besides `البنك التجاري القطري`, a body the rules may not have read) names two bodies: none.
 */
function findShortNames({ stream, tables, all, taken }: ArticleBodies): EntityCandidate[] {
  const learned: [string, EntityCandidate][] = [];
  for (const [name, body] of shortNames(stream, tables, all)) if (body !== null) learned.push([name, body]);
  if (learned.length === 0) return [];
  const tokens = stream.tokens;
  const index = new PhraseIndex(learned, { folded: true });
  // the heads' stems the short names open with (`ال` + stem): the index is asked only at a word with one of them
  const headStems = new Set(learned.map(([name]) => name.slice(ARTICLE.length, name.indexOf(' '))));
  const mentions: { mention: EntityCandidate; body: EntityCandidate }[] = [];
  const ambiguous = new Set<EntityCandidate>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1 || !hasArticle(tokens[i]!) || !headStems.has(tokens[i]!.stem)) continue;
    const match = index.match(stream, i);
    if (match === null || taken[match.next - 1] === 1) continue;
    const after = tokens[match.next];
    if (after !== undefined && isDefiniteWord(after) && isNameAdjective(tables, after)) ambiguous.add(match.value);
    else if (i >= match.value.nextToken) mentions.push({ mention: mentionOf(stream, match.value, i, match.next, match.start), body: match.value });
    i = match.next - 1;
  }
  return mentions.filter(({ body }) => !ambiguous.has(body)).map(({ mention }) => mention);
}

/**
 * The names that need context (`حماس`, `قنا`) of bodies the article names with certainty elsewhere
 * (`حركة حماس`; `وكالة الأنباء القطرية` by the lexicon or by the national pattern, whose key is the
 * entry's): there, the bare name is the body too.
 */
function findConfirmedNames({ stream, tables, all, taken }: ArticleBodies): EntityCandidate[] {
  const confirmed = new Set(all.map((candidate) => candidate.key).filter((key) => tables.keysWithContextualNames.has(key)));
  const mentions: EntityCandidate[] = [];
  if (confirmed.size === 0) return mentions;
  const tokens = stream.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1) continue;
    const starts = tables.startStems.get(tokens[i]!.stem, stemShape(tokens[i]!)) ?? 0;
    if ((starts & StartsReading.contextual) === 0) continue;
    const match = tables.contextual.match(stream, i);
    if (match === null || !confirmed.has(match.value.id)) continue;
    mentions.push(knownFound(stream, match.value, { start: match.start, firstToken: i, nextToken: match.next }).candidate);
    i = match.next - 1;
  }
  return mentions;
}

/**
 * The companies named in pairs after the dual `شركتي` (readCompanyPair) or listed after `شركات … مثل`
 * (readCompanyList) among the cues, but those found already (a lexicon's `تويوتا`).
 */
function findNamedCompanies({ stream, tables, cues, taken }: ArticleBodies): EntityCandidate[] {
  const mentions: EntityCandidate[] = [];
  for (const cue of cues) {
    const stem = stream.tokens[cue]!.stem;
    const pair = tables.companyPairHeads.has(stem);
    if (!pair && !tables.companyList.heads.has(stem)) continue;
    for (const { candidate } of pair ? readCompanyPair(stream, tables, cue) : readCompanyList(stream, tables, cue)) {
      if (taken.subarray(candidate.firstToken, candidate.nextToken).every((mark) => mark === 0)) mentions.push(candidate);
    }
  }
  return mentions;
}

/**
 * A key without a country (`ministry:defense`, from a bare `وزارة الدفاع`) takes the country of the
 * only body of that key the text names with one (`ministry:defense:RU`): the article's defence
 * ministry. With two (Russia's and Azerbaijan's), the bare mention stays apart.
 */
function qualifyBareMentions(candidates: readonly EntityCandidate[]): void {
  const qualified = new Map<string, Set<string>>();
  for (const { key, nationality } of candidates) {
    if (nationality === undefined || !key.endsWith(`:${nationality}`)) continue;
    const base = key.slice(0, key.length - nationality.length - 1);
    const codes = qualified.get(base) ?? new Set<string>();
    codes.add(nationality);
    qualified.set(base, codes);
  }
  for (const candidate of candidates) {
    const codes = candidate.strength === 2 && candidate.nationality === undefined ? qualified.get(candidate.key) : undefined;
    if (codes?.size !== 1) continue;
    const [nationality] = codes;
    candidate.key = `${candidate.key}:${nationality!}`;
    candidate.nationality = nationality!;
  }
}

/**
 * A company described by its trade and country (`شركة السيارات الألمانية`, "the German car company")
 * in an article that names a company of that country by its own name (`شركة فولكسفاغن الألمانية`, a
 * lexicon's company) is that company described, not a body's name: left out. Alone the words stay a
 * name, as `شركة الاتصالات السعودية` is one.
 */
function withoutDescriptions(stream: TokenStream, all: readonly EntityCandidate[]): EntityCandidate[] {
  const tokens = stream.tokens;
  const named = new Set<string>();
  for (const body of all) {
    if (body.kind === 'company' && body.nationality !== undefined && (body.strength === 3 || body.key.startsWith(COMPANY_KEY))) named.add(body.nationality);
  }
  if (named.size === 0) return [...all];
  return all.filter((body) => {
    const head = tokens[body.firstToken]!;
    const trade = tokens[body.firstToken + 1];
    const described = body.strength === 2 && body.nextToken - body.firstToken === 3 && head.stem === COMPANY_HEAD && !hasArticle(head) && trade !== undefined && isDefiniteWord(trade);
    return !(described && body.nationality !== undefined && named.has(body.nationality) && !body.key.startsWith(COMPANY_KEY));
  });
}

/** Gives every candidate its group's key, and the group's canonical name and nationality when it lacks them. */
function applyGroups(candidates: readonly EntityCandidate[], groups: KeyGroups): void {
  const shared = new Map<string, { canonical?: string; nationality?: string }>();
  // lexicon mentions first: their canonical name and nationality speak for the group
  const byTrust = [...candidates].sort((a, b) => b.strength - a.strength);
  for (const candidate of byTrust) {
    candidate.key = groups.find(candidate.key);
    const facts = shared.get(candidate.key) ?? {};
    facts.canonical ??= candidate.canonical;
    facts.nationality ??= candidate.nationality;
    shared.set(candidate.key, facts);
  }
  for (const candidate of candidates) {
    const facts = shared.get(candidate.key)!;
    if (facts.canonical !== undefined) candidate.canonical = facts.canonical;
    if (candidate.nationality === undefined && facts.nationality !== undefined) candidate.nationality = facts.nationality;
  }
}

/**
 * The article-level passes over the organizations found token by token; returns them all in text
 * order. `cues`: the tokens of words those passes read (a fixture's verb, a court's short name).
 */
export function settleOrganizations(
  stream: TokenStream,
  tables: OrganizationTables,
  found: readonly EntityCandidate[],
  cues: readonly number[] = [],
): EntityCandidate[] {
  const groups = new KeyGroups();
  const aliases = readAppositions(stream, tables, found, groups);
  const all = [...found, ...aliases];
  const taken = new Uint8Array(stream.tokens.length);
  take(taken, all);
  const article: ArticleBodies = { stream, tables, all, cues, taken };
  const add = (mentions: readonly EntityCandidate[]): void => {
    take(taken, mentions);
    for (const mention of mentions) all.push(mention);
  };
  add(findConfirmedNames(article));
  if (cues.length > 0) add(findNamedCompanies(article));
  // before the learned names: a brand named beside its shares is found again bare (`باعت فولكسفاغن`)
  if (cues.length > 0) add(findTradedCompanies(article));
  // the aliases learned from apposition, and the names of outlets, companies and quoted bodies
  const learned = [...aliases.map((alias) => [stream.tokens[alias.firstToken]!.norm, alias] as const), ...learnedNames(stream, all)];
  if (learned.length > 0) add(findLearnedNames(stream, learned, taken));
  add(findShortNames(article));
  add(findBrandPairs(article));
  if (cues.length > 0) add(findCourtShortNames(article));
  // last: a club's bare name is the club only where no other body was found
  add(findClubs(article));
  const bodies = withoutDescriptions(stream, all);
  applyGroups(bodies, groups);
  qualifyBareMentions(bodies);
  return bodies.sort((a, b) => a.start - b.start);
}
