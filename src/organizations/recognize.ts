// Organizations, token by token: the lexicon (`الأمم المتحدة`، `الكرملين`), a state's bodies named
// with their country (`وزارة الدفاع الروسية`), head nouns with the noun phrase that names the body
// (`حزب العدالة والتنمية`), and quoted names after a head or descriptor (`شركة "غازبروم"`); then the
// article-level passes of document.ts. Rules and decisions are described in README.md beside this file.
import type { EntityCandidate } from '../contracts/candidate';
import type { TextContext } from '../contracts/context';
import type { TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { normShape, stemShape } from '../text/word-shapes';
import { settleOrganizations } from './document';
import { matchDescribedBody, matchLiberationFront } from './described';
import type { OrganizationFound } from './found';
import { continuesWithField, matchContextual, matchCourtChamber, matchForeignCompany, matchHeadPhrase, matchKnown, matchOutletWithNisba, matchQuotedName } from './names';
import { matchNationalBody, NO_NATIONAL_BODY, type NationalMatch } from './national';
import { organizationTables, StartsReading, type OrganizationTables } from './tables';

/** The readings that can start at a word: by its stem, or whole when the splitter took letters off it. */
function startsAt(tables: OrganizationTables, token: Token): number | undefined {
  const starts = tables.startStems.get(token.stem, stemShape(token));
  return starts === undefined && token.prefix !== '' ? tables.startStems.get(token.norm, normShape(token)) : starts;
}

/**
 * The longest organization starting at token `index`, among the readings `starts` (StartsReading
 * bits) allows there. On equal length the more trusted reading wins: the lexicon, then a national
 * body, then a quoted name, then a head-noun phrase, then an outlet told by its nisba, then a
 * company named in foreign words, then a liberation front, then a body described by its purpose.
 */
function longestAt(stream: TokenStream, tables: OrganizationTables, index: number, starts: number): OrganizationFound | null {
  const national: Readonly<NationalMatch> = starts & StartsReading.national ? matchNationalBody(stream, tables, index) : NO_NATIONAL_BODY;
  const introduced = (starts & StartsReading.introduced) !== 0;
  // the readings in their order of trust, kept by a running longest: no array of them at each start word
  let longest = starts & StartsReading.known ? matchKnown(stream, tables, index) : null;
  if (starts & StartsReading.contextual) longest = longer(longest, matchContextual(stream, tables, index));
  longest = longer(longest, national.found);
  if (introduced) {
    longest = longer(longest, matchQuotedName(stream, tables, index));
    // the national bodies know their names better: `وكالة الأنباء` alone is an anaphor; but where the
    // name goes on past theirs with a second field (`وزارة الاتصالات وتقنية المعلومات السعودية`)
    if (!national.named || continuesWithField(stream, tables, national.found)) longest = longer(longest, matchHeadPhrase(stream, tables, index));
    longest = longer(longest, matchOutletWithNisba(stream, tables, index));
    longest = longer(longest, matchForeignCompany(stream, tables, index));
    longest = longer(longest, matchLiberationFront(stream, tables, index));
  }
  if (starts & StartsReading.described) longest = longer(longest, matchDescribedBody(stream, tables, index));
  if (starts & StartsReading.chamber) longest = longer(longest, matchCourtChamber(stream, tables, index));
  return longest;
}

/** `reading` where it runs past `longest` (on equal length the earlier, more trusted, stays). */
function longer(longest: OrganizationFound | null, reading: OrganizationFound | null): OrganizationFound | null {
  return reading !== null && (longest === null || reading.resume > longest.resume) ? reading : longest;
}

/**
 * The candidate with the kind its words say where its head's says little: a body of kind `other` named
 * by a sport (`الاتحاد المصري لكرة القدم`) is `sports`; a bank or fund of a region's development or money
 * (`بنك التنمية الأفريقي`, `البنك الإسلامي للتنمية`), no state's, is `international`, not a company.
 * Read once per candidate, over its few words.
 */
function nameKind(tokens: readonly Token[], tables: OrganizationTables, candidate: EntityCandidate): EntityCandidate {
  const kind = candidate.kind;
  if (kind !== 'other' && kind !== 'company') return candidate;
  const { heads, fields, regions } = tables.internationalFinance;
  const finance = candidate.nationality === undefined && heads.has(tokens[candidate.firstToken]!.stem);
  let sport = false;
  let field = false;
  let region = false;
  for (let at = candidate.firstToken; at < candidate.nextToken; at++) {
    const stem = tokens[at]!.stem;
    sport ||= tables.sportWords.has(stem);
    field ||= fields.has(stem);
    region ||= regions.has(stem);
  }
  if (finance && field && region) candidate.kind = 'international';
  else if (sport && kind === 'other') candidate.kind = 'sports';
  return candidate;
}

/**
 * Proposes every organization mention in the text, in text order. Spans leave out a leading
 * proclitic (و، ب، ل) and include a place inside the name (`منظمة الأمن والتعاون في أوروبا`).
 */
export function recognizeOrganizations(ctx: TextContext): EntityCandidate[] {
  const tables = organizationTables();
  const tokens = ctx.tokens;
  const found: EntityCandidate[] = [];
  // words the article-level passes read (a fixture's verb, a court's short name), found by the same probe
  const cues: number[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    // one probe rules out almost every token: only listed words can start an organization's name
    // the whole word too: the splitter may take a name's first letter for a clitic (ف in فرانس برس)
    // Latin too: an outlet in a credit line (`(AP)`, `رويترز/Reuters`)
    const starts = token.kind === 'word' || token.kind === 'latin' ? startsAt(tables, token) : undefined;
    if (starts !== undefined && (starts & StartsReading.articleCue) !== 0) cues.push(index);
    // a cue alone starts no reading
    const readings = starts === undefined ? 0 : starts & ~StartsReading.articleCue;
    const match = readings === 0 ? null : longestAt(ctx, tables, index, readings);
    if (match === null) {
      index++;
      continue;
    }
    found.push(nameKind(tokens, tables, match.candidate));
    index = match.resume;
  }
  return settleOrganizations(ctx, tables, found, cues);
}
