// Organizations named by the lexicon, by a head noun + a definite noun phrase (`حزب العدالة
// والتنمية`), and by a head or descriptor + a quoted name (`شركة "غازبروم"`, `موقع "المونيتور"`).
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle, isPunctuation, startAfterClitics, type TokenStream } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { normShape } from '../text/word-shapes';
import { sameLine } from '../text/lines';
import { countryNisbaAt, isDefiniteWord, isNameAdjective, isQuote, opensAnotherBody, organizationFound, OUTLET_KEY, type OrganizationFound } from './found';
import { readPurposes } from './described';
import { arabicShaped, FOREIGN_FIRST_LETTERS, foreignNameEnd, foreignWordAt, PREPOSITION_FIRST_LETTERS } from './foreign';
import { countryAt } from './national';
import { readNamesake } from './namesake';
import type { HeadEntry, OrganizationTables } from './tables';
import type { KnownOrganization } from '../data/organizations/shapes';

/** A head noun's name has at most this many words after it; longer runs are sentences, not names. */
const MAX_COMPLEMENT_WORDS = 4;
/** Adjectives after a person's name in a body's name (`جامعة الملك سعود الصحية الأهلية`); more is a sentence. */
const MAX_NAMESAKE_ADJECTIVES = 2;
/** A quoted name has at most this many tokens (`"نيويورك تايمز"`); a longer quotation is speech. */
const MAX_QUOTED_TOKENS = 4;

/** Keys of companies named in foreign words after `شركة` (`company:سياك موتور كورب`). */
export const COMPANY_KEY = 'company:';

/** Keys of clubs named by their head (`نادي الوداد` → `club:الوداد`) or in a fixture. */
export const CLUB_KEY = 'club:';

/** A state's body keyed as a national body (`presidency:RU`), which the patterns also name. */
const STATE_BODY_KEY = /:[A-Z]{2}$/;

export function knownFound(
  stream: TokenStream,
  entry: KnownOrganization,
  span: { start: number; firstToken: number; nextToken: number; resume?: number },
): OrganizationFound {
  return organizationFound(stream, span, {
    key: entry.id,
    kind: entry.kind,
    // a state's body is named by the article's fullest mention (الرئاسة الروسية beside الكرملين)
    canonical: STATE_BODY_KEY.test(entry.id) ? undefined : entry.names[0],
    nationality: entry.nationality,
    strength: 3,
  });
}

/**
 * The nisba after an outlet's name that says where it appears (`الشرق الأوسط اللندنية`) or whose it
 * is (`غارديان البريطانية`): part of the outlet's mention, as a country's nisba is part of a body's
 * (`وزارة الدفاع الروسية`). Returns the token after it and the country a country's nisba gives
 * (`''` for a city's), or null when the word after the name is no such nisba.
 */
function outletNisbaAt(stream: TokenStream, tables: OrganizationTables, at: number): { next: number; country: string } | null {
  const token = stream.tokens[at];
  if (token === undefined || !isDefiniteWord(token) || token.suffix !== '') return null;
  if (tables.outletCityNisbas.has(token.norm)) return { next: at + 1, country: '' };
  const country = isNameAdjective(tables, token) ? demonymCode(token) : null;
  return country === null ? null : { next: at + 1, country };
}

/**
 * The nisba of a club's or a company's own country after its name, agreeing with its unwritten head
 * (`صن داونز الجنوب أفريقي`, `ريال مدريد الإسباني`: نادي; `سونطراك الجزائرية`, `هواوي الصينية`: شركة):
 * part of the mention, as a fixture's side and a company named after `شركة` take it; another body's
 * agreeing with its name (namedBodyNisbaAt: `حركة الشباب الصومالية`). Another country's
 * is a player's after the club (`تعاقد ريال مدريد البرازيلي …` is no Brazilian club) or the sentence's.
 */
function ownNisbaAt(stream: TokenStream, tables: OrganizationTables, entry: KnownOrganization, index: number, at: number): { next: number; country: string } | null {
  const tokens = stream.tokens;
  const nisba =
    entry.kind === 'sports'
      ? countryNisbaAt(tokens, at)
      : entry.kind === 'company'
        ? { code: companyNisbaAt(tokens, at), next: at + 1 }
        : { code: namedBodyNisbaAt(tokens, index, at), next: at + 1 };
  if (nisba === null || nisba.code === null || nisba.code !== entry.nationality) return null;
  // before a person's name the nisba may be the person's (`مدرب نادي مانشستر يونايتد الإنجليزي أليكس
  // فيرغوسن`): the people's reader takes it, and the name stays the club's
  const after = tokens[nisba.next];
  const nameWord = after?.kind === 'word' && after.prefix === '' && !hasArticle(after) && !tables.functionWords.has(after.norm);
  if (nameWord && personNameWords().has(after.norm, normShape(after))) return null;
  return { next: nisba.next, country: nisba.code };
}

/**
 * The nisba of its own country after another body the lexicon names, agreeing with the name's first
 * word (`حركة الشباب الصومالية`, `حزب الله اللبناني`; a broken plural's is feminine: `كتائب حزب الله
 * العراقية`, so a name not opening with a feminine word takes either). A feminine name with a masculine
 * nisba after it is some other word's (`حركة الشباب الصومالي` may be the Somali youth's).
 */
function namedBodyNisbaAt(tokens: readonly Token[], index: number, at: number): string | null {
  const token = tokens[at];
  if (token === undefined || !isDefiniteWord(token) || token.suffix !== '') return null;
  const feminineName = isFeminineNoun(tokens[index]!.stem);
  return feminineName && !token.stem.endsWith('يه') ? null : demonymCode(token);
}

/**
 * The end of a lexicon company's name as its head writes it whole, with one foreign word of its
 * registered name after the brand (`شركة هواوي تكنولوجيز`, `شركة سامسونغ إلكترونيكس الكورية`): after
 * `شركة`, a word no list knows (foreignWordAt) where the name plainly ends or its nisba follows. The
 * brand alone otherwise (`هواوي`), and without the head, where a foreign word after it may be another
 * name (`هواوي تيك توك`).
 */
function registeredNameEnd(stream: TokenStream, tables: OrganizationTables, entry: KnownOrganization, index: number, next: number): number {
  const tokens = stream.tokens;
  const before = tokens[index - 1];
  if (entry.kind !== 'company' || before?.kind !== 'word' || before.suffix !== '' || hasArticle(before) || before.stem !== COMPANY_HEAD) return next;
  // no adjective's or accusative's ending (`شركة العربية للطيران اضطراريا`: how it landed)
  if (foreignWordAt(stream, tables, next, new Set<string>()) === null || tokens[next]!.prefix !== '' || ADJECTIVE_ENDING.test(tokens[next]!.norm)) return next;
  return companyNisbaAt(tokens, next + 1) !== null || endsPlainly(tokens[next + 1]) ? next + 1 : next;
}

/** A lexicon body at tokens [index, next), with an outlet's or its own country's nisba after it. */
function knownWithNisba(stream: TokenStream, tables: OrganizationTables, entry: KnownOrganization, index: number, match: { start: number; next: number }): OrganizationFound {
  const nameEnd = registeredNameEnd(stream, tables, entry, index, match.next);
  const nisba = entry.kind === 'media' ? outletNisbaAt(stream, tables, nameEnd) : ownNisbaAt(stream, tables, entry, index, nameEnd);
  const found = knownFound(stream, entry, { start: match.start, firstToken: index, nextToken: nisba?.next ?? nameEnd });
  if (nisba !== null && nisba.country !== '') found.candidate.nationality ??= nisba.country;
  return found;
}

/**
 * A lexicon name at token `index` (clitic-tolerant: وللأمم المتحدة، بالكرملين). A name opening with a
 * definite adjective (`الأهلي المصري`, the club) right after the definite head of a body is that
 * head's adjective: `البنك الأهلي المصري` is a bank.
 */
export function matchKnown(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const match = tables.known.match(stream, index);
  if (match === null || qualifiesHeadBefore(stream, tables, index)) return null;
  return knownArm(stream, tables, match.value, index, match) ?? knownWithTrade(stream, tables, match.value, index, match) ?? knownWithNisba(stream, tables, match.value, index, match);
}

/**
 * A company of a group the lexicon names, by the group's name and its trade after a company's head
 * (`شركة سامسونج للإلكترونيات`, `شركة أدنوك للتوزيع`), as `شركة جلفار للصناعات الدوائية` is read: the
 * trade a described body's purpose, in the mention; keyed `<id> <trade>`, a company of its own. Not
 * without the head, where ل + a noun is as often whom the company serves (`قدمت هواوي للطلاب منحا`).
 */
function knownWithTrade(stream: TokenStream, tables: OrganizationTables, entry: KnownOrganization, index: number, match: { start: number; next: number }): OrganizationFound | null {
  const tokens = stream.tokens;
  const before = tokens[index - 1];
  if (entry.kind !== 'company' || before?.kind !== 'word' || before.suffix !== '' || hasArticle(before) || before.stem !== COMPANY_HEAD) return null;
  if (tokens[match.next]?.kind !== 'word' || tokens[match.next]!.prefix !== 'لل') return null;
  const purposes = readPurposes(stream, tables, match.next, Math.min(tokens.length, match.next + MAX_COMPLEMENT_WORDS));
  if (purposes === null) return null;
  const trade = tokens.slice(match.next, purposes.at).map((token) => token.norm).join(' ');
  const span = { start: match.start, firstToken: index, nextToken: purposes.at };
  return organizationFound(stream, span, { key: `${entry.id} ${trade}`, kind: 'company', nationality: purposes.nationality ?? entry.nationality, strength: 3 });
}

/** Prepositions, folded, after which a company's name is no verb's subject: a country after it is no object. */
const ARM_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'من', 'مع', 'علي', 'الي', 'عن', 'بين', 'لدي', 'عبر', 'مثل', 'ضد', 'امام']);

/**
 * A group's national arm: a lexicon company and a country's name written whole after it (`فودافون
 * مصر`, `إم تي إن نيجيريا`, `أمازون السعودية`), a company of that country keyed `<id>:CC`. A country
 * after a company is as often the object of the verb before it (`غادرت ماكدونالدز روسيا`, `زودت بوينغ
 * إسرائيل بطائرات`, `حذرت غوغل روسيا من`), so the arm is read only where no verb takes it: after a
 * company's head (`شركة فودافون مصر`), a preposition (`مع فودافون مصر`, `لفودافون مصر`), or a verb of
 * saying when what is said follows (`قالت فودافون مصر إن`, `أعلنت فودافون مصر عن`).
 */
function knownArm(stream: TokenStream, tables: OrganizationTables, entry: KnownOrganization, index: number, match: { start: number; next: number }): OrganizationFound | null {
  if (entry.kind !== 'company') return null;
  const country = countryAt(stream, tables, match.next);
  if (country === null) return null;
  const tokens = stream.tokens;
  const brand = tokens[index]!;
  const before = tokens[index - 1];
  const bare = (token: Token | undefined): string => (token?.kind === 'word' && token.suffix === '' ? token.norm.replace(/^و/, '') : '');
  // a clitic preposition only where the name was read past it (`لفودافون`; `بوينغ` is read whole)
  const preposition = (match.start > brand.start && /[بل]$/.test(brand.prefix)) || ARM_PREPOSITIONS.has(bare(before));
  const headed = before?.kind === 'word' && before.suffix === '' && !hasArticle(before) && ARM_HEADS.has(before.stem);
  const said = tables.outletCues.verbs.has(bare(before)) && endsPlainly(tokens[country.next]);
  if (!preposition && !headed && !said) return null;
  const span = { start: match.start, firstToken: index, nextToken: country.next };
  return organizationFound(stream, span, { key: `${entry.id}:${country.code}`, kind: 'company', nationality: country.code, strength: 3 });
}

/** The word at `index` is a definite adjective and the word before it a body's definite head (`البنك`, `الشركة`). */
function qualifiesHeadBefore(stream: TokenStream, tables: OrganizationTables, index: number): boolean {
  const word = stream.tokens[index]!;
  const before = stream.tokens[index - 1];
  if (before === undefined || before.kind !== 'word' || before.suffix !== '' || !hasArticle(before) || !isDefiniteWord(word)) return false;
  return isNameAdjective(tables, word) && tables.definiteHeads.has('ال' + before.stem);
}

/**
 * A lexicon name that is also a common word or place (الجزيرة، روسيا اليوم): only right after a
 * head or descriptor (`موقع روسيا اليوم`, `قناة الجزيرة`) or between quotes.
 */
export function matchContextual(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const match = tables.contextual.match(stream, index);
  if (match === null) return null;
  const tokens = stream.tokens;
  const introduced = index > 0 && tables.introducers.has(stream, index - 1);
  const quoted = isQuote(tokens[index - 1]) && isQuote(tokens[match.next]);
  if (!introduced && !quoted) return null;
  return quoted ? knownFound(stream, match.value, { start: match.start, firstToken: index, nextToken: match.next }) : knownWithNisba(stream, tables, match.value, index, match);
}

/**
 * An outlet the lexicon does not know, after a descriptor that names outlets
 * (OUTLET_DESCRIPTORS_WITH_NISBA) and told by its nisba: `صحيفة الحياة اللندنية`, `قناة المنار
 * اللبنانية`. The name is one or two definite words that are no demonym or description, though they
 * may name a place (`صحيفة الخبر الجزائرية`, `صحيفة الخليج الإماراتية`: the places recognizer leaves a
 * place after an outlet's head to the outlet), unless the descriptor and name are a place's name
 * together (`قناة السويس المصرية` is the canal). A nisba-shaped first word is the name before a
 * country's nisba (`صحيفة الرأي الأردنية`, `مجلة العربي الكويتية`): an indefinite descriptor takes no
 * definite adjective. Without a nisba, one definite word is the name where the text cites the outlet
 * (citedOutletAt): `وقالت صحيفة الأيام إن`, `ونقلت جريدة الصباح عن`. The descriptor stays out of the
 * mention, as with a quoted name. Key: the name without the nisba.
 */
export function matchOutletWithNisba(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const descriptor = tokens[index]!;
  // the descriptor indefinite: `للقناة التلفزيونية الإسرائيلية` describes a channel by its adjectives
  if (descriptor.suffix !== '' || hasArticle(descriptor) || !tables.outletNisbaDescriptors.has(descriptor.stem)) return null;
  const from = index + 1;
  if (tables.placeNames.endAt(stream, index) !== null) return null;
  // a name the lexicon knows is found at its own token, with its nisba
  if (tables.known.match(stream, from) !== null || tables.contextual.match(stream, from) !== null) return null;
  if (tokens[from] !== undefined && !hasArticle(tokens[from]!)) return foreignOutletAt(stream, tables, from);
  const cited = citedOutletAt(stream, tables, index);
  for (let next = from; next < from + 2; next++) {
    const word = tokens[next];
    if (word === undefined || !isDefiniteWord(word) || word.suffix !== '' || demonymCode(word) !== null) return null;
    if (tables.notNameComplements.has(word.norm)) return null;
    // a time of day names a cited outlet (`جريدة الصباح`); other such words end names (`الجديدة`, `نفسها`)
    if (tables.nameEndingWords.has(word.norm) && !(next === from && cited !== null && tables.outletCues.dayParts.has(word.norm))) return null;
    const nisba = outletNisbaAt(stream, tables, next + 1);
    // a nisba-shaped second word is the first's adjective (`قناة الحياة الفضائية`), and a first one is a
    // name only before a country's nisba or where the outlet is cited (`صحيفة الرأي الأردنية`)
    if (isNameAdjective(tables, word) && (next > from || (nisba?.country ?? '') === '' && cited === null)) return null;
    if (nisba !== null) return outletFound(stream, from, next + 1, nisba);
    if (next === from && cited !== null && citedNameEnds(tokens[next + 1], cited) && !namesOwner(stream, tables, from)) return outletFound(stream, from, next + 1, null);
  }
  return null;
}

/**
 * How the text cites the outlet whose descriptor is at `index`, if it does: `'subject'` after a verb
 * of saying or citing (`وقالت صحيفة`, `ونشرت مجلة`), `'source'` after a word naming a source (`بحسب
 * صحيفة`, `نقلا عن قناة`) or with لـ on the descriptor (`قال لصحيفة`, `وفقا لصحيفة`). A descriptor in
 * construct with a definite word is rarely so placed unless it is the outlet: `تلا القاضي صحيفة الاتهام`.
 */
function citedOutletAt(stream: TokenStream, tables: OrganizationTables, index: number): 'subject' | 'source' | null {
  const tokens = stream.tokens;
  if (tokens[index]!.prefix.endsWith('ل')) return 'source';
  const before = tokens[index - 1];
  if (before === undefined || before.kind !== 'word') return null;
  // read whole but for a conjunction: the splitter takes letters of `كتبت` and `بحسب` for clitics
  const word = before.prefix.startsWith('و') || before.prefix.startsWith('ف') ? before.norm.slice(1) : before.norm;
  const { sources, verbs } = tables.outletCues;
  if (sources.has(word) || sources.has(`${tokens[index - 2]?.norm ?? ''} ${word}`)) return 'source';
  return verbs.has(word) ? 'subject' : null;
}

/**
 * Whether the definite word at `at` after a descriptor names whose the outlet is, not the outlet: a
 * state (`تلفزيون الدولة`), a body's head (`صحيفة الحزب`, `مجلة الجامعة`) or a state's body (`قناة
 * الحكومة`, `إذاعة البرلمان`). With a nisba after it the word is a name all the same (`صحيفة الرأي
 * الأردنية`).
 */
function namesOwner(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const word = stream.tokens[at]!;
  return tables.outletCues.owners.has(word.norm) || tables.definiteHeads.has(word.norm) || tables.nationalNames.match(stream, at) !== null;
}

/**
 * Whether a cited outlet's one-word name plainly ends before `after`: at what follows a source (أن،
 * إن، عن، بأن، في), punctuation or the text's end; after a verb, before any word without the article
 * too (`وبثت قناة الحياة لقاء`), where a definite word may make a longer name or a description
 * (`نشرت صحيفة الحزب الحاكم`).
 */
function citedNameEnds(after: Token | undefined, cited: 'subject' | 'source'): boolean {
  if (after === undefined) return true;
  if (after.kind === 'punctuation') return !isQuote(after);
  if (CITED_NAME_FOLLOWERS.has(after.norm)) return true;
  return cited === 'subject' && after.kind === 'word' && !hasArticle(after);
}

/**
 * An outlet no lexicon knows, named by tokens [from, nameEnd) and, when one follows, its nisba (part of
 * the mention, giving a country's nationality). Key: the name without the nisba, as a credit line's.
 */
function outletFound(stream: TokenStream, from: number, nameEnd: number, nisba: { next: number; country: string } | null): OrganizationFound {
  const tokens = stream.tokens;
  const key = OUTLET_KEY + tokens.slice(from, nameEnd).map((token) => token.norm).join(' ');
  const found = organizationFound(stream, { start: tokens[from]!.start, firstToken: from, nextToken: nisba?.next ?? nameEnd }, { key, kind: 'media', strength: 2 });
  if (nisba !== null && nisba.country !== '') found.candidate.nationality = nisba.country;
  return found;
}

/**
 * An outlet's foreign name after its descriptor, written as one or two words without the article
 * (`وذكرت صحيفة كوميرسانت أن`, `كشفت صحيفة تايمز البريطانية`). An adjective of the descriptor looks
 * the same (`صحيفة يومية`, `قناة خاصة`, `صحيفة كبرى`), so no word may end as the descriptor's adjectives
 * or an object do (the nisba, the feminine, the accusative), and the name must plainly end: at its nisba (part of the mention), or
 * before what follows a source in news (أن، إن، عن), punctuation or the end of the text.
 */
function foreignOutletAt(stream: TokenStream, tables: OrganizationTables, from: number): OrganizationFound | null {
  const tokens = stream.tokens;
  for (let next = from; next < from + 2; next++) {
    const word = tokens[next];
    if (word === undefined || word.kind !== 'word' || !OUTLET_FIRST_LETTERS.has(word.prefix) || !mayNameOutlet(stream, tables, next)) return null;
    const nisba = outletNisbaAt(stream, tables, next + 1);
    const after = tokens[next + 1];
    const ends = nisba !== null || endsPlainly(after);
    if (ends) return outletFound(stream, from, next + 1, nisba);
  }
  return null;
}

/** `شركة`, folded: the head a company's foreign name follows (matchForeignCompany). */
export const COMPANY_HEAD = 'شركه';
/** Heads, folded, of a company's name: `شركة فودافون مصر`, `مجموعة تينسنت`. */
const ARM_HEADS: ReadonlySet<string> = new Set([COMPANY_HEAD, 'مجموعه']);
/**
 * What the splitter may take off a company's foreign name after `شركة`: a preposition's letter, and
 * ف, which as a conjunction cannot stand there (a noun in construct with `شركة` follows it); not و,
 * which may join a second company (`شركة X وY`).
 */
const COMPANY_FIRST_LETTERS: ReadonlySet<string> = new Set(['', ...FOREIGN_FIRST_LETTERS]);
/** A company's foreign name has at most this many words (`سياك موتور كورب`, `بي ام دبليو`). */
const MAX_COMPANY_WORDS = 3;

/** A feminine country nisba at `at` agreeing with `شركة` (`الألمانية`), and its country, or null. */
function companyNisbaAt(tokens: readonly Token[], at: number): string | null {
  const token = tokens[at];
  return token !== undefined && isDefiniteWord(token) && token.suffix === '' && token.stem.endsWith('يه') ? demonymCode(token) : null;
}

/**
 * A company named in foreign words after `شركة`: the words, then its country's feminine nisba
 * (`شركة بي ام دبليو الألمانية`, `شركة سيمنس الألمانية`; the nisba part of the mention, giving the
 * nationality), or after a description of the company with its country (`شركة السيارات الصينية سياك
 * موتور كورب عن …`), where the name must plainly end (before أن، إن، عن, punctuation) and its first
 * word may be no verb (`شركة الاتصالات السعودية تعلن`). An indefinite word after `شركة` alone is as
 * often what the company does (`شركة طيران`, `شركة بترول`): no name without the nisba. The words are
 * without the article, a pronoun, a conjunction or a quote, and no function word, place, demonym or body
 * the lexicon knows; a word of two letters only in a name of more words (`بي ام`). The mention leaves
 * `شركة` and the description out. Key: `company:` + the name.
 */
export function matchForeignCompany(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const head = tokens[index]!;
  if (head.suffix !== '' || hasArticle(head)) return null;
  if (head.stem !== COMPANY_HEAD) return matchForeignNamedBody(stream, tables, index) ?? matchForeignGroup(stream, tables, index);
  const noun = tokens[index + 1];
  const described = noun !== undefined && isDefiniteWord(noun) && demonymCode(noun) === null && companyNisbaAt(tokens, index + 2) !== null;
  const from = described ? index + 3 : index + 1;
  if (described && verbLike(tokens[from])) return null;
  if (tokens[from]?.kind === 'latin') return latinCompany(stream, from);
  const arm = described ? null : foreignArm(stream, tables, from);
  if (arm !== null) return arm;
  const name = foreignNameAt(stream, tables, from, (at) => (described ? null : companyNisbaAt(tokens, at)), described);
  if (name === null) return described ? null : (companyWithTrade(stream, tables, from) ?? citedCompany(stream, tables, index));
  return organizationFound(stream, name.span, { key: COMPANY_KEY + name.text, kind: 'company', nationality: name.country ?? undefined, strength: 2 });
}

/** A brand's word after `شركة`: a foreign word no list knows, or a place's that is no country (`أورانج`, a French town's too). */
function brandWordAt(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const word = stream.tokens[at];
  if (word?.kind !== 'word' || word.prefix !== '' || word.suffix !== '') return false;
  if (foreignWordAt(stream, tables, at, COMPANY_FIRST_LETTERS) !== null) return true;
  return tables.placeNames.endAt(stream, at) === at + 1 && countryAt(stream, tables, at) === null && !arabicShaped(word.norm);
}

/**
 * A group's national arm the lexicon does not know, after `شركة`: one or two brand words (brandWordAt)
 * and a country's name written whole (`شركة أورانج الأردن`, `شركة توتال إنرجيز مصر`), as with a lexicon
 * company after its head (knownArm): the company of that country, keyed `company:<brand>:CC`, the head
 * out of the mention. A country's name is no brand word (`شركة مصر للطيران` is the place's reading).
 */
function foreignArm(stream: TokenStream, tables: OrganizationTables, from: number): OrganizationFound | null {
  const tokens = stream.tokens;
  for (let end = from + 1; end <= from + 2 && brandWordAt(stream, tables, end - 1); end++) {
    const country = countryAt(stream, tables, end);
    if (country === null) continue;
    const brand = tokens.slice(from, end).map((token) => token.norm).join(' ');
    const span = { start: tokens[from]!.start, firstToken: from, nextToken: country.next };
    return organizationFound(stream, span, { key: `${COMPANY_KEY}${brand}:${country.code}`, kind: 'company', nationality: country.code, strength: 2 });
  }
  return null;
}

/** `مجموعة`, folded: a group of companies or of people, a body only by a name (matchForeignGroup). */
const GROUP_HEAD = 'مجموعه';
/**
 * Heads, folded, whose foreign name needs no nisba (matchForeignGroup): a group's, an organization's and a
 * university's (`مجموعة روتانا`, `منظمة أوكسفام`, `جامعة ستانفورد`), for the things and people they gather
 * are named by Arabic words (`مجموعة صواريخ`, `منظمة إرهابية`, `جامعة خاصة`). Not `وكالة`, whose
 * `أنباء` has no Arabic shape the tests know (`وكالة أنباء رسمية`).
 */
const FOREIGN_NAME_HEADS: ReadonlySet<string> = new Set([GROUP_HEAD, 'منظمه', 'جامعه']);

/**
 * A group, an organization or a university named in foreign words without a nisba (`مجموعة روتانا`,
 * `مجموعة stc`, `منظمة أوكسفام`, `جامعة ستانفورد`): a foreign name (foreignNameEnd) or one in Latin
 * letters, that no definite noun follows in construct (`مجموعة صندوق الادخار`). `مجموعة` stays out of the
 * mention, as before a quoted name, the name keyed `company:` + the name so a bare one later is the group,
 * kind `other` as with a nisba (`مجموعة ألستوم الفرنسية`): a group may be a company's, a hackers' or an
 * armed one. The other heads are in it, as in a noun phrase's name, keyed with the head.
 */
function matchForeignGroup(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const head = tokens[index]!;
  if (!FOREIGN_NAME_HEADS.has(head.stem) || tables.known.match(stream, index + 1) !== null) return null;
  const from = index + 1;
  // a head noun is in construct with the group's Arabic name (`مجموعة صندوق الادخار`)
  if (tables.introducers.has(stream, from)) return null;
  const end = tokens[from]?.kind === 'latin' ? latinNameEnd(stream, from) : foreignNameEnd(stream, tables, from, MAX_COMPANY_WORDS);
  // a definite noun after the name is in construct with it, no foreign name (`مجموعة X الادخار`); an adjective may qualify the group
  const after = end === null ? undefined : tokens[end];
  if (end === null || (after !== undefined && isDefiniteWord(after) && !isNameAdjective(tables, after))) return null;
  const name = tokens.slice(from, end).map((token) => (token.kind === 'latin' ? token.text.toLowerCase() : token.norm)).join(' ');
  if (head.stem === GROUP_HEAD) return organizationFound(stream, { start: tokens[from]!.start, firstToken: from, nextToken: end }, { key: COMPANY_KEY + name, kind: 'other', strength: 2 });
  return organizationFound(stream, { start: startAfterClitics(stream, head, head.prefix.length), firstToken: index, nextToken: end }, { key: `${head.stem} ${name}`, kind: 'other', strength: 2 });
}

/**
 * A company that a verb of saying cites by `شركة` and a foreign name that plainly ends (`وقالت شركة
 * نينتندو إن`, `وأعلنت شركة بايدو عن`): an indefinite `شركة` of its trade (`شركة طيران`) is no subject the
 * news cites without a description (`قالت شركة طيران محلية إن`), so one or two foreign words there
 * (foreignWordAt: no Arabic shape, person's name word, place) are its name. Key: `company:` + the name.
 */
function citedCompany(stream: TokenStream, tables: OrganizationTables, head: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const verb = tokens[head - 1];
  if (verb?.kind !== 'word' || verb.suffix !== '' || !tables.outletCues.verbs.has(verb.norm.replace(/^و/, ''))) return null;
  const from = head + 1;
  const words: string[] = [];
  for (let at = from; at < from + 2; at++) {
    const word = foreignWordAt(stream, tables, at, at === from ? FOREIGN_FIRST_LETTERS : new Set<string>());
    if (word === null || tokens[at]!.prefix.startsWith('و')) break;
    words.push(word);
    if (endsPlainly(tokens[at + 1])) {
      // the name is read whole, a first letter the splitter took off its own (foreignWordAt)
      const span = { start: tokens[from]!.start, firstToken: from, nextToken: at + 1 };
      return organizationFound(stream, span, { key: COMPANY_KEY + words.join(' '), kind: 'company', strength: 2 });
    }
  }
  return null;
}

/**
 * A company named by one foreign word and its trade, ل + a definite noun, after `شركة` (`شركة جلفار
 * للصناعات الدوائية`), as Gulf companies name themselves (`قطر للبترول`): an indefinite adjective agrees
 * with `شركة` (`شركة ناشئة`, `شركة تابعة للدولة`), so a word of no Arabic shape (foreignWordAt) there is
 * a name; but one ending in ي (`شركة كبرى للصناعات`, `أخرى`), an adjective's ending. The trade is read
 * as a described body's purpose and is in the mention; `شركة` stays out, as with a nisba. Key:
 * `company:` + the word, so a bare one later is the company.
 */
function companyWithTrade(stream: TokenStream, tables: OrganizationTables, from: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const trade = tokens[from + 1];
  if (trade?.kind !== 'word' || trade.prefix !== 'لل') return null;
  const name = foreignWordAt(stream, tables, from, FOREIGN_FIRST_LETTERS);
  if (name === null || name.endsWith('ي') || tokens[from]!.prefix.startsWith('و')) return null;
  const purposes = readPurposes(stream, tables, from + 1, Math.min(tokens.length, from + 1 + MAX_COMPLEMENT_WORDS));
  if (purposes === null) return null;
  const span = { start: tokens[from]!.start, firstToken: from, nextToken: purposes.at };
  return organizationFound(stream, span, { key: COMPANY_KEY + name, kind: 'company', nationality: purposes.nationality, strength: 2 });
}

/**
 * Another body named in foreign words after its head and told by its country's nisba, which agrees
 * with the head (`حزب مورينا المكسيكي`, `مجموعة ألستوم الفرنسية`, `بنك باركليز البريطاني`): an
 * indefinite word takes no definite adjective, so the words are a name. Not after a club's, team's or
 * force's head (clubs.ts reads them), an outlet's descriptor (matchOutletWithNisba) or a head that
 * takes only a person's name (`مستشفى`). The mention holds the head as a noun phrase's does, but a
 * quoted-only head's. Key: the head and the name, with the country (`حزب مورينا:MX`).
 */
function matchForeignNamedBody(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const introducer = tables.introducers.match(stream, index);
  if (introducer === null || introducer.next !== index + 1 || FOREIGN_NAME_UNREAD_KINDS.has(introducer.value)) return null;
  // a body the lexicon names with its head (`حزب الله`, `حركة حماس`) takes its nisba as its entry,
  const tokens = stream.tokens;
  // and a word the splitter keeps with its article (`الله`) is no foreign name: written so, not folded (`ألستوم` is one)
  if (tables.known.match(stream, index) !== null || tokens[index + 1]?.text.startsWith('ال') === true) return null;
  const head = tables.heads.match(stream, index);
  if (head?.value.head.complement === 'namesake') return null;
  const folded = tokens[index]!.stem;
  const feminine = isFeminineNoun(folded);
  const name = foreignNameAt(stream, tables, index + 1, (at) => agreeingNisbaAt(tokens, at, feminine), false);
  if (name === null || name.country === null) return null;
  // a head that names bodies with their name is in the mention, as after a noun phrase (`حزب مورينا
  // المكسيكي`, `جامعة هارفارد الأمريكية`); a head that takes only quoted names stays out, as there (`مجموعة`)
  const span = head === null ? name.span : { ...name.span, start: head.start, firstToken: index };
  return organizationFound(stream, span, { key: `${folded} ${name.text}:${name.country}`, kind: introducer.value, nationality: name.country, strength: 2 });
}

/** Heads whose foreign names other readings take: clubs and teams (clubs.ts), forces, outlets (matchOutletWithNisba). */
const FOREIGN_NAME_UNREAD_KINDS: ReadonlySet<string> = new Set(['sports', 'military', 'media']);

/** A country's nisba at `at`, definite, agreeing with a feminine (`الفرنسية`) or masculine (`المكسيكي`) head, and its country. */
function agreeingNisbaAt(tokens: readonly Token[], at: number, feminine: boolean): string | null {
  if (feminine) return companyNisbaAt(tokens, at);
  const token = tokens[at];
  return token !== undefined && isDefiniteWord(token) && token.suffix === '' && token.stem.endsWith('ي') ? demonymCode(token) : null;
}

/**
 * One to three words of a foreign name from `from`, read whole (the splitter takes a foreign word's
 * first letter for a clitic: كورب as ك + ورب, فولفو as ف + ولفو), without the article, a pronoun, a
 * conjunction, and no function word, place, demonym or body the lexicon knows; ended by the nisba
 * `nisbaAt` finds after it (in the mention) or, when `plainEnd`, where the name plainly ends (before
 * أن، إن، عن, punctuation). A word of two letters only in a name of more words (`بي ام`).
 */
function foreignNameAt(
  stream: TokenStream,
  tables: OrganizationTables,
  from: number,
  nisbaAt: (at: number) => string | null,
  plainEnd: boolean,
): { span: { start: number; firstToken: number; nextToken: number }; text: string; country: string | null } | null {
  const tokens = stream.tokens;
  for (let next = from; next < from + MAX_COMPANY_WORDS; next++) {
    const word = tokens[next];
    if (word === undefined || word.kind !== 'word' || !COMPANY_FIRST_LETTERS.has(word.prefix) || word.suffix !== '' || word.norm.length < 2) return null;
    if (tables.functionWords.has(word.norm) || demonymCode(word) !== null || tables.nameEndingWords.has(word.norm)) return null;
    if (tables.placeNames.endAt(stream, next) !== null || tables.known.match(stream, next) !== null) return null;
    const country = nisbaAt(next + 1);
    const after = tokens[next + 1];
    const ends = country !== null || (plainEnd && endsPlainly(after));
    if (!ends) continue;
    if (next === from && word.norm.length < 3) return null;
    const text = tokens.slice(from, next + 1).map((token) => token.norm).join(' ');
    const end = country === null ? next + 1 : next + 2;
    return { span: { start: tokens[from]!.start, firstToken: from, nextToken: end }, text, country };
  }
  return null;
}

/**
 * Two companies named in foreign words after `شركتي`/`شركتا` at `cue` (`شركتي تويوتا وجنرال موتورز
 * زادتا`): the dual says two names follow, joined by و. The first is one or two words up to the و; the
 * second its word and a further word that has no verb's look (`زادتا`) or adjective's ending
 * (mayNameOutlet), read whole, without the article, a pronoun, a function word or a demonym (a
 * place's name may be a company's: `رينو`). A one-word name shaped like an Arabic noun is what the companies do (`شركتي طيران
 * وشحن`): no names. A name the lexicon knows (`تويوتا`) is its entry's, found already. Key
 * `company:` + each name; the mentions leave the head and the و out.
 */
export function readCompanyPair(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound[] {
  const tokens = stream.tokens;
  const isNameWord = (at: number, prefixes: ReadonlySet<string>): boolean => {
    const word = tokens[at];
    if (word === undefined || word.kind !== 'word' || !prefixes.has(word.prefix) || word.suffix !== '' || word.norm.length < 2) return false;
    // a place's name too: companies share cities' names (رينو، تويوتا)
    return !tables.functionWords.has(word.stem) && demonymCode(word) === null;
  };
  if (tokens[cue]!.suffix !== '') return [];
  let waw = cue + 1;
  while (waw < cue + 3 && isNameWord(waw, COMPANY_FIRST_LETTERS)) waw++;
  if (waw === cue + 1 || !isNameWord(waw, SECOND_COMPANY_LETTERS)) return [];
  // a second word of the second name: more than three letters (`أمس`), ending as no verb (`زادتا`), adjective or object (`وهوندا أرباحا`) does
  const second = waw + 1;
  const next = isNameWord(second, COMPANY_FIRST_LETTERS) && tokens[second]!.norm.length > 3 && !verbLike(tokens[second]) && mayNameOutlet(stream, tables, second) ? waw + 2 : waw + 1;
  const names = [
    { first: cue + 1, end: waw, skip: 0 },
    { first: waw, end: next, skip: 1 },
  ].map((name) => ({ ...name, text: tokens.slice(name.first, name.end).map((token, k) => (k === 0 ? token.norm.slice(name.skip) : token.norm)).join(' ') }));
  // a one-word name shaped like an Arabic noun says what the companies do (`شركتي طيران وشحن`), unless the lexicon knows it
  if (names.some(({ first, end, text }) => end - first === 1 && arabicShaped(text, true) && tables.known.match(stream, first) === null)) return [];
  return names.map(({ first, end, skip, text }) =>
    organizationFound(stream, { start: startAfterClitics(stream, tokens[first]!, skip), firstToken: first, nextToken: end }, { key: COMPANY_KEY + text, kind: 'company', strength: 2 }),
  );
}

/** The most words between `شركات` and `مثل` (`شركات انتاج السيارات الصينية مثل`): more is another phrase. */
const MAX_LIST_HEAD_WORDS = 4;

/**
 * Companies listed by their quoted names after `شركات … مثل` at `cue` (`شركات السيارات الصينية مثل
 * « جيلي » و « بريلاينس » و « ننجنج »`): `شركات` and at most four words, no function word (only
 * definite ones after `الشركات`: `وتنتج الشركات سيارات مثل « كامري »` lists cars), `مثل` or `منها`, then quoted names
 * joined by و, each a company (key `company:` + the name; a lexicon name keeps its entry's key). The
 * list ends at the first item that is no quoted name.
 */
export function readCompanyList(stream: TokenStream, tables: OrganizationTables, cue: number): OrganizationFound[] {
  const tokens = stream.tokens;
  // after the definite `الشركات` only definite words describe them (`الشركات سيارات مثل` lists cars), and
  // a function word opens another phrase (`شركات كثيرة في مجالات مثل` lists fields)
  const definite = hasArticle(tokens[cue]!);
  const describes = (word: Token | undefined): boolean =>
    word?.kind === 'word' && (!definite || hasArticle(word)) && !tables.functionWords.has(word.norm);
  let open = cue + 1;
  while (open <= cue + MAX_LIST_HEAD_WORDS && describes(tokens[open]) && !tables.companyList.examples.has(tokens[open]!.norm)) open++;
  if (tokens[open]?.kind !== 'word' || !tables.companyList.examples.has(tokens[open]!.norm)) return [];
  const found: OrganizationFound[] = [];
  for (let at = open + 1; ; ) {
    const quoted = quotedSpan(stream, tables, at);
    if (quoted === null) break;
    const span = { start: tokens[quoted.first]!.start, firstToken: quoted.first, nextToken: quoted.close };
    const known = tables.known.match(stream, quoted.first);
    const name = tokens.slice(quoted.first, quoted.close).map((token) => token.norm).join(' ');
    found.push(known !== null && known.next === quoted.close ? knownFound(stream, known.value, span) : organizationFound(stream, span, { key: COMPANY_KEY + name, kind: 'company', strength: 2 }));
    // the next item after و, written alone (`و « X »`) or on the quote
    const joined = tokens[quoted.after];
    if (joined === undefined || joined.norm !== 'و') break;
    at = quoted.after + 1;
  }
  return found;
}

/** The clitics before the second of two companies' names: the و that joins them, then what the splitter may take off the name. */
const SECOND_COMPANY_LETTERS: ReadonlySet<string> = new Set(['و', 'وب', 'وك', 'ول', 'وف']);

/**
 * A company's name in Latin letters after `شركة` (`شركة OpenAI`, `شركة Activision Blizzard`): a name by
 * its script, no nisba needed; up to MAX_COMPANY_WORDS words on the line, then its country's nisba if
 * one follows. Keyed by the name as written, its case folded (`OpenAI` and `openai` are one).
 */
/** The end of a name in Latin letters at `from`, at most three words on its line (`Activision Blizzard`). */
function latinNameEnd(stream: TokenStream, from: number): number {
  const tokens = stream.tokens;
  let next = from + 1;
  while (next < from + MAX_COMPANY_WORDS && tokens[next]?.kind === 'latin' && sameLine(stream, next - 1, next)) next++;
  return next;
}

function latinCompany(stream: TokenStream, from: number): OrganizationFound {
  const tokens = stream.tokens;
  const next = latinNameEnd(stream, from);
  const country = companyNisbaAt(tokens, next);
  const name = tokens.slice(from, next).map((token) => token.text.toLowerCase()).join(' ');
  const end = country === null ? next : next + 1;
  return organizationFound(stream, { start: tokens[from]!.start, firstToken: from, nextToken: end }, { key: COMPANY_KEY + name, kind: 'company', nationality: country ?? undefined, strength: 2 });
}

/** A verb's look: an imperfect's first letter (ي، ت، ن), the future's س before one (`سيعلن`; not `سياك`), a past verb's feminine ت, dual تا or plural وا. */
function verbLike(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  const word = token.norm;
  return 'يتن'.includes(word[0] ?? '') || (word[0] === 'س' && 'يتن'.includes(word[1] ?? '') && word.length >= 5) || /(?:ت|تا|وا)$/.test(word);
}

/**
 * What the clitic splitter may have taken off a foreign name's first letter (كوميرسانت، بيلد، لوموند):
 * a name in construct with its descriptor takes no preposition, so the word is read whole. Never a
 * conjunction, which starts the next phrase (`صحيفة ومجلة`).
 */
const OUTLET_FIRST_LETTERS: ReadonlySet<string> = new Set(['', ...PREPOSITION_FIRST_LETTERS]);

/** Words after a source's name in news: `أن`, `إن` (what it said), `عن` (whom it quoted), folded. */
const SOURCE_FOLLOWERS: ReadonlySet<string> = new Set(['ان', 'عن']);

/**
 * Whether a foreign name plainly ends before `after`: the text's end, punctuation but a quote, or what
 * follows a source (SOURCE_FOLLOWERS), with its pronoun too (`قالت شركة الأدوية السويسرية نوفارتس إنها`).
 */
function endsPlainly(after: Token | undefined): boolean {
  if (after === undefined) return true;
  return after.kind === 'punctuation' ? !isQuote(after) : after.prefix === '' && SOURCE_FOLLOWERS.has(after.stem);
}
/** And after a cited outlet's name: `بأن`, `فإن` (`بحسب صحيفة الأيام فإن`) and `في` (`ذكرت صحيفة الأيام في عددها`), folded. */
const CITED_NAME_FOLLOWERS: ReadonlySet<string> = new Set([...SOURCE_FOLLOWERS, 'بان', 'فان', 'في']);

/** Whether the word at `at` may be a foreign outlet's name word: no adjective's ending, place, demonym or word of the tables. */
function mayNameOutlet(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const word = stream.tokens[at]!;
  if (ADJECTIVE_ENDING.test(word.norm) || word.norm.length < 3 || demonymCode(word) !== null) return false;
  if (tables.nameEndingWords.has(word.norm) || tables.notNameComplements.has(word.norm)) return false;
  return tables.placeNames.endAt(stream, at) === null && tables.known.match(stream, at) === null;
}

/**
 * The nisba (ي، ية، يا) and feminine (ة، ى) endings of adjectives, folded (ة → ه, ى → ي), and the
 * indefinite accusative's alef (`نشرت صحيفة ومجلة تقريرا`: the verb's object, not a name in construct).
 */
const ADJECTIVE_ENDING = /(?:ي|ا|ه)$/;

/**
 * The tokens [first, close) between the quote at `open` and the next quote, if they can be a name,
 * and the token after the closing quote. A quote written as two ASCII marks (`' ' معاريف ' '`, as
 * some print converted to text writes “ and ”) is one quote.
 */
function quotedSpan(stream: TokenStream, tables: OrganizationTables, open: number): { first: number; close: number; after: number } | null {
  const tokens = stream.tokens;
  if (!isQuote(tokens[open])) return null;
  const doubled = tokens[open]!.norm === "'" && isPunctuation(tokens[open + 1], "'");
  const first = doubled ? open + 2 : open + 1;
  const firstToken = tokens[first];
  if (firstToken === undefined || tables.functionWords.has(firstToken.norm)) return null;
  for (let close = first; close <= first + MAX_QUOTED_TOKENS; close++) {
    const token = tokens[close];
    if (token === undefined) return null;
    if (isQuote(token)) {
      if (close === first || (doubled && !isPunctuation(tokens[close + 1], "'"))) return null;
      return { first, close, after: doubled ? close + 2 : close + 1 };
    }
    if (token.kind !== 'word' && token.kind !== 'latin' && token.kind !== 'number') return null;
  }
  return null;
}

/**
 * A head or descriptor followed by a quoted name (`حزب "الحرية"`, `صحيفة "الشرق الأوسط"`): the name
 * without the head and the quotes is the mention. A lexicon name inside takes the lexicon's key.
 */
export function matchQuotedName(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const introducer = tables.introducers.match(stream, index);
  if (introducer === null || introducer.next !== index + 1) return null;
  const quoted = quotedSpan(stream, tables, index + 1);
  if (quoted === null) return null;
  const tokens = stream.tokens;
  const span = { start: tokens[quoted.first]!.start, firstToken: quoted.first, nextToken: quoted.close, resume: quoted.after };
  const known = tables.known.match(stream, quoted.first) ?? tables.contextual.match(stream, quoted.first);
  if (known !== null && known.next === quoted.close) return knownFound(stream, known.value, { ...span, start: known.start });
  const name = tokens.slice(quoted.first, quoted.close).map((token) => token.norm).join(' ');
  // an outlet is keyed as the credit lines key it, so `صحيفة "معاريف"` and a credited `(معاريف)` are one
  return organizationFound(stream, span, { key: introducer.value === 'media' ? OUTLET_KEY + name : name, kind: introducer.value, strength: 2 });
}

interface Complement {
  next: number;
  /** Token after the last word of the name proper, before a trailing nisba. */
  nameEnd: number;
  words: number;
  nationality: string | undefined;
}

/** Every complement is made here, its fields in one order and never spread: spread copies each took a hidden class of their own. */
function complement(next: number, nameEnd: number, words: number, nationality: string | undefined): Complement {
  return { next, nameEnd, words, nationality };
}

/**
 * The definite noun phrase naming a body after its head noun: a definite noun, then adjectives and
 * `و` + definite nouns (`العدالة والتنمية`), ended by a nisba that gives the nationality (`حزب
 * العمال البريطاني`), a time word, a description (الحاكم), or anything that is not a definite word:
 * a verb, a preposition (names with في or لـ come from the lexicon), punctuation, a quote.
 */
function readComplement(stream: TokenStream, tables: OrganizationTables, from: number): Complement | null {
  const tokens = stream.tokens;
  const first = tokens[from];
  if (first === undefined || !isDefiniteWord(first)) return null;
  // a people's plural opens a name only with a plural adjective of people after it (`حزب المصريين
  // الأحرار` → EG); alone it is a people (`حزب المصريين` is as often the Egyptians' party, said of any)
  const people = demonymCode(first);
  if (people !== null && !(first.stem.endsWith('يين') && PEOPLE_ADJECTIVES.has(tokens[from + 1]?.norm ?? ''))) return null;
  if (tables.nameEndingWords.has(first.norm) || tables.notNameComplements.has(first.norm)) return null;
  let next = from + 1;
  // where a field in construct joined by و began (`وتقنية المعلومات`): the name holds it only if a nisba ends it
  let conjoined: number | null = null;
  while (next - from < MAX_COMPLEMENT_WORDS) {
    const token = tokens[next];
    if (token === undefined || token.kind !== 'word') break;
    if (conjoined === null && conjoinedFieldAt(stream, tables, next)) {
      conjoined = next;
      next += 2;
      continue;
    }
    const definite = isDefiniteWord(token);
    // a plural adjective of people after a sound plural of people (`الديمقراطيين الأحرار`); after a body's
    // word it is a new phrase (`منظمة العفو الدولية الأحرار`)
    if (definite && PEOPLE_ADJECTIVES.has(token.norm) && isSoundPluralOfPeople(tokens[next - 1]!)) {
      next++;
      continue;
    }
    if (!definite && token.prefix !== 'وال') break;
    if (tables.nameEndingWords.has(definite ? token.norm : 'ال' + token.stem)) break;
    // و + a person's title opens the next person (`حزب العمال والوزير السابق …`), و + a body the next body
    if (!definite && (tables.personTitles.has('ال' + token.stem) || opensAnotherBody(stream, tables, next))) break;
    const nationality = demonymCode(token);
    if (nationality !== null) {
      // a singular nisba ends the name with its nationality, and so does a sound plural one, which only
      // a plural of people before it takes (`نقابة الصحفيين التونسيين`, `اتحاد الكتاب السودانيين`, `نقابة
      // الأطباء الأردنيين`); another plural (والروس) is another phrase
      if (!definite || !(isNameAdjective(tables, token) || token.stem.endsWith('يين'))) break;
      return complement(next + 1, next, next + 1 - from, nationality);
    }
    if (definite && !isNameAdjective(tables, token)) break;
    next++;
  }
  if (conjoined !== null) next = conjoined;
  return complement(next, next, next - from, people ?? undefined);
}

/** Whether a second field in construct follows a national body's name (`وزارة الاتصالات` + `وتقنية المعلومات`): the head's phrase reads on. */
export function continuesWithField(stream: TokenStream, tables: OrganizationTables, national: OrganizationFound | null): boolean {
  return national !== null && national.candidate.nationality === undefined && conjoinedFieldAt(stream, tables, national.resume);
}

/**
 * A second field in construct joined by و at `at` (`وزارة الاتصالات وتقنية المعلومات السعودية`, `هيئة
 * الاتصالات وتقنية المعلومات`): `و` + a noun (a feminine or plural ending, or no verb's look) + a definite
 * noun. Not a person's title, a body's head or a body the lexicon names (`ومنظمة الصحة العالمية`, `وقوات
 * الأمن`), a function word, nor a sound plural in construct, of people (`وممثلي النقابات`). Read only
 * where the country's nisba ends the name (readComplement): without it the words may be the sentence's
 * second noun (`بين وزارة الصحة وممثلي النقابات`); nor before a feminine genitive, which may take the
 * nisba itself (`وزارة الصحة ومستشفيات الجامعة الأردنية`).
 */
function conjoinedFieldAt(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const tokens = stream.tokens;
  const word = tokens[at];
  const genitive = tokens[at + 1];
  if (word?.kind !== 'word' || word.prefix !== 'و' || word.suffix !== '' || genitive === undefined || !isDefiniteWord(genitive)) return false;
  const stem = word.stem;
  if (stem.length < 3 || stem.endsWith('ي') || tables.functionWords.has(stem) || tables.personTitles.has('ال' + stem)) return false;
  if ((verbLike(word) && !/(?:ه|ات)$/.test(stem)) || tables.heads.match(stream, at) !== null || opensAnotherBody(stream, tables, at)) return false;
  // a feminine genitive may take the nisba itself (`ومستشفيات الجامعة الأردنية`: the University of Jordan's)
  if (genitive.stem.endsWith('ه') || tables.nameEndingWords.has(genitive.norm)) return false;
  return demonymCode(genitive) === null;
}

/** Heads of associations and a committee's, folded, that a state's name completes after one word (associationInCountry: `لجنة الانتخابات في نيجيريا`). */
const ASSOCIATION_HEADS: ReadonlySet<string> = new Set(['جمعيه', 'رابطه', 'غرفه', 'لجنه']);

/**
 * An association's name of one word completed by `في` + a country written whole (`جمعية المصارف في
 * لبنان`, `رابطة الكتاب في الأردن`): one word alone is a society in general (`جمعية المصارف` is any
 * banks' association), so the state names it, and the mention holds it as `منظمة الأمن والتعاون في
 * أوروبا` holds its place. Keyed as with the state's nisba (`جمعية المصارف اللبنانية`): one entity.
 * Other heads' one word with في is where the body acts (`شركة النفط في العراق`).
 */
function associationInCountry(stream: TokenStream, tables: OrganizationTables, head: HeadEntry, phrase: Complement): Complement | null {
  if (phrase.words !== 1 || phrase.nationality !== undefined || !ASSOCIATION_HEADS.has(head.folded) || stream.tokens[phrase.next]?.norm !== 'في') return null;
  const country = countryAt(stream, tables, phrase.next + 1);
  // its word, في and the country's words: a name of three words or more, as the heads' minWords ask
  return country && complement(country.next, phrase.nameEnd, phrase.words + country.next - phrase.next, country.code);
}

/**
 * The state a country's name written with the article names at the head of a phrase (`بنك الكويت
 * الوطني`, `جامعة البحرين` → KW, BH), as an indefinite one does (readPlaceName: `بنك قطر الوطني`): the
 * definite phrase read it as a noun's. Not a club's, keyed by its name alone (`نادي الكويت`).
 */
function definiteCountryFirst(stream: TokenStream, tables: OrganizationTables, head: HeadEntry, from: number, phrase: Complement): string | undefined {
  if (head.head.takesPlaceName !== true || head.head.namesClub === true) return undefined;
  const country = countryAt(stream, tables, from);
  return country !== null && country.next <= phrase.nameEnd ? country.code : undefined;
}

/**
 * The state a head's phrase names by `في` + a country written whole after it (`هيئة الانتخابات
 * المستقلة في كينيا`, `مفوضية الانتخابات في كينيا` → KE), as `في` + a country names a government's or a
 * council's (national.ts): a body so named without its nisba is that state's. The country stays
 * outside, a place mention. Not a company's or a club's, which acts there (`شركة النفط الوطنية في
 * ليبيا` may be any state's), nor a body named by a region or the world (`المنظمة العربية`, `الدولية`:
 * its office in that country).
 */
function stateAfterIn(stream: TokenStream, tables: OrganizationTables, head: HeadEntry, from: number, phrase: Complement): string | undefined {
  const tokens = stream.tokens;
  if (head.head.kind === 'company' || head.head.namesClub === true || tokens[phrase.next]?.norm !== 'في') return undefined;
  const regions = tables.internationalFinance.regions;
  for (let at = from; at < phrase.nameEnd; at++) {
    if (regions.has(tokens[at]!.stem.replace(/ه$/, ''))) return undefined;
  }
  return countryAt(stream, tables, phrase.next + 1)?.code;
}

/** Plural adjectives of people, folded, that a party's name puts after a sound plural of people (`المصريين الأحرار`, `الديمقراطيين الأحرار`). */
const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(['الاحرار']);

/** A definite sound masculine plural, of people (`المصريين`, `الديمقراطيين`): five letters or more ending in ين. */
function isSoundPluralOfPeople(token: Token): boolean {
  return isDefiniteWord(token) && token.stem.length > 4 && token.stem.endsWith('ين');
}

/** How the name around a place is read: which places count, and whether every noun its adjectives could qualify is feminine. */
interface PlaceNameReading {
  /** Only the well-known places: after a noun in construct, a small town's name would as likely be a word (`مؤسسة أبحاث السوق`). */
  wellKnown: boolean;
  /** A masculine nisba then qualifies none of them (`رئيس بلدية باريس الاشتراكي` is the socialist mayor). */
  feminine: boolean;
}

/** A feminine noun, folded: ة (ه) or the sound plural ات. */
const isFeminineNoun = (folded: string): boolean => folded.endsWith('ه') || folded.endsWith('ات');

/**
 * A place's name after a head that takes one (`جامعة دمشق`, `بنك قطر الوطني`, `نادي برشلونة`), written
 * whole (no clitic), then what follows a proper name in a body's name (readNameTail).
 */
function readPlaceName(stream: TokenStream, tables: OrganizationTables, from: number, reading: PlaceNameReading): Complement | null {
  const tokens = stream.tokens;
  const placeEnd = reading.wellKnown ? tables.placeNames.wellKnownEndAt(stream, from) : tables.placeNames.endAt(stream, from);
  // a one-word place that is also a description (`العاصمة`, `المدينة`): `فريق العاصمة` is the capital's team
  if (placeEnd === null || (placeEnd === from + 1 && tables.notNameComplements.has(tokens[from]!.norm))) return null;
  // after a feminine head an indefinite feminine word agrees with it, an adjective as often as a small
  // place's name (`جامعة عريقة`, `شركة كبيرة`): only a well-known place is the name there
  const agrees = reading.feminine && placeEnd === from + 1 && !hasArticle(tokens[from]!) && tokens[from]!.norm.endsWith('ه');
  if (agrees && !reading.wellKnown && tables.placeNames.wellKnownEndAt(stream, from) === null) return null;
  const tail = readNameTail(stream, tables, placeEnd, from + MAX_COMPLEMENT_WORDS, reading.feminine);
  if (tail.nationality !== undefined) return tail;
  // a country's name is the body's state (`بنك قطر الوطني`, `جامعة مصر للعلوم` → QA, EG), as its nisba would be
  const country = countryAt(stream, tables, from);
  return country !== null && country.next === placeEnd ? complement(tail.next, tail.nameEnd, tail.words, country.code) : tail;
}

/**
 * What follows a proper name inside a body's name, from `nameEnd`: the body's adjectives before
 * `adjectivesEnd` (`الوطني`, `التخصصي`) or a nisba of a country that gives the nationality, or a
 * purpose (`شركة قطر للبترول`, `جامعة الملك عبدالله للعلوم والتقنية`, read as a described body's).
 * `feminine`: every noun an adjective could qualify is feminine, so a masculine one qualifies none.
 * `purpose`: whether a purpose may follow (not after a hospital's: `نقل إلى مستشفى الملك فيصل للعلاج`
 * says why). Counts as a name of any length: the proper name makes it one.
 */
function readNameTail(stream: TokenStream, tables: OrganizationTables, nameEnd: number, adjectivesEnd: number, feminine: boolean, purpose = true): Complement {
  const tokens = stream.tokens;
  let next = nameEnd;
  while (next < adjectivesEnd) {
    const token = tokens[next];
    if (token === undefined || token.kind !== 'word' || !isDefiniteWord(token) || !isNameAdjective(tables, token)) break;
    if (tables.nameEndingWords.has(token.norm) || (feminine && token.norm.endsWith('ي'))) break;
    const nationality = demonymCode(token);
    if (nationality !== null) return complement(next + 1, next, Number.POSITIVE_INFINITY, nationality);
    next++;
  }
  const purposes = purpose ? readPurposes(stream, tables, next, Math.min(tokens.length, next + MAX_COMPLEMENT_WORDS)) : null;
  if (purposes !== null) {
    const nameEnd = purposes.nationality === undefined ? purposes.at : purposes.at - 1;
    return complement(purposes.at, nameEnd, Number.POSITIVE_INFINITY, purposes.nationality);
  }
  return complement(next, next, Number.POSITIVE_INFINITY, undefined);
}

/**
 * A word without the article in construct with what names the body: a listed naming word (a court's
 * `جنايات`, `استئناف`) with a place or a definite noun phrase (`محكمة جنايات القاهرة`, `محكمة
 * استئناف باريس`), or, after a head that takes a place's name, any noun with a well-known place
 * (`شركة موانئ دبي العالمية`, `هيئة قناة السويس`, `مجلس محافظة البصرة`): the name is both. Not a
 * function word (`شركة في دبي`), nor an imperfect verb of a relative clause (`شركة يملكها`). A club's
 * head takes no such noun: `فريق زار القاهرة` is a team that visited Cairo.
 */
function readConstruct(stream: TokenStream, tables: OrganizationTables, from: number, head: HeadEntry): Complement | null {
  const word = stream.tokens[from];
  // ب and ل before the name are prepositions (`لجنة لحقوق`), and so is a ك the splitter took off before
  // a person's role, "as" (`عمل في شركة كمدير المبيعات`, `كعضو`, `كسائق`); but a broken plural فعال or a
  // feminine noun read whole is the name's own word (`هيئة كبار العلماء`: ك + بار, `صندوق كفالة القروض`)
  if (word === undefined || word.kind !== 'word' || word.suffix !== '') return null;
  if (word.prefix !== '' && !(word.prefix === 'ك' && namesWithKaf(tables, word))) return null;
  // its adjectives may qualify the head or this noun (`هيئة مطار دبي الدولي`)
  const feminine = isFeminineNoun(head.folded) && isFeminineNoun(word.norm);
  if (head.constructWords.has(word.norm)) {
    return readPlaceName(stream, tables, from + 1, { wellKnown: false, feminine }) ?? withConstructWord(readComplement(stream, tables, from + 1));
  }
  if (tables.functionWords.has(word.norm) || word.norm.startsWith('ي')) return null;
  const takesAnyNoun = head.head.takesPlaceName === true && head.head.namesClub !== true;
  // two nouns joined by و may share the place (`غرفة تجارة وصناعة دبي`, `هيئة كهرباء ومياه دبي`)
  const joined = stream.tokens[from + 1];
  const second = joined !== undefined && joined.kind === 'word' && joined.prefix === 'و' && joined.suffix === '' ? from + 2 : from + 1;
  const rest = takesAnyNoun ? readPlaceName(stream, tables, second, { wellKnown: true, feminine }) : null;
  if (rest !== null) return complement(rest.next, rest.nameEnd, rest.words + second - from, rest.nationality);
  return namesInConstruct(stream, tables, head, from) ? withConstructWord(readComplement(stream, tables, from + 1)) : null;
}

/**
 * Whether `word`, without the article after a head, is a noun in construct that with the definite
 * phrase after it names the body (`منظمة إنقاذ الطفولة`, `محكمة أمن الدولة`, `حزب حركة الإنصاف`,
 * `هيئة تحرير الشام`, `اتحاد كرة القدم`): not after a club's, team's or force's head (`فريق عمل
 * الوزارة`, `قوات حفظ السلام` describe), not another head, not an adjective, not a word that makes a description (`مجلس إدارة الشركة`,
 * `لجنة تحقيق الأمم`: NOT_NAME_COMPLEMENTS), a person's title (`حزب رئيس الوزراء` is his party), a
 * demonym or a verb: an imperfect (`منظمة تدعم الحكومة`, though a verbal noun of تفعيل or تفاعل
 * opens with ت: `تحرير`, `تضامن`) or a past one (`منظمة دعت الحكومة`; and after a masculine head three
 * letters are as often a past verb as a noun: `حزب رفض المشاركة`), but a plural or feminine noun
 * (`اتحاد نقابات العمال`).
 */
function namesInConstruct(stream: TokenStream, tables: OrganizationTables, head: HeadEntry, at: number): boolean {
  const { kind, namesClub } = head.head;
  if (namesClub === true || kind === 'sports' || kind === 'military') return false;
  const word = stream.tokens[at]!;
  const folded = word.norm;
  const definite = 'ال' + folded;
  // a head that reads its own name is the body's organ's, the body after it the name (`مجلس اتحاد
  // المحاكم`), but a quoted-only head is the name's (`حزب حركة الإنصاف`); a word the splitter keeps with
  // its article (`الله`) is no noun in construct
  if (word.text.startsWith('ال') || tables.heads.has(stream, at)) return false;
  // a body the lexicon names is itself the name, and the definite words after it are the sentence's
  // (`رفعت وكالة موديز التصنيف الائتماني`: Moody's raised the rating), not more of one body's name
  if (tables.known.match(stream, at) !== null) return false;
  // a nisba's ending is an adjective's (`حزب إسلامي التوجه`), but a participle's plural in construct (`مجلس محافظي البنوك`)
  if (folded.endsWith('ي') && !(folded.startsWith('م') && folded.length >= 5)) return false;
  if (tables.notNameComplements.has(definite) || tables.notNameComplements.has(folded) || tables.nameEndingWords.has(definite)) return false;
  if (tables.personTitles.has(definite) || demonymCode(word) !== null) return false;
  // a plural or feminine ending makes a noun of any shape (`نقابات`, `تنمية`)
  if (/(?:ات|ه)$/.test(folded)) return true;
  // a verb after a feminine head agrees with it, ending in ت (`منظمة دعت`): three letters are a noun there (`شركة نفط الجنوب`)
  if ((folded.length <= 3 && !isFeminineNoun(head.folded)) || (folded.length <= 5 && (folded.startsWith('ن') || /(?:ت|تا|وا)$/.test(folded)))) return false;
  return !folded.startsWith('ت') || /^ت..ي.$|^ت.ا..$/.test(folded);
}

/** A word whose first ك the splitter took off, read whole as a noun in construct: فعال (`كبار`) or feminine (`كفالة`), no person's office (`كممثلة`). */
function namesWithKaf(tables: OrganizationTables, word: Token): boolean {
  const whole = word.norm;
  return (isFeminineNoun(whole) || (whole.length === 4 && whole[2] === 'ا')) && !tables.personTitles.has('ال' + word.stem);
}

const withConstructWord = (rest: Complement | null): Complement | null =>
  rest === null ? null : complement(rest.next, rest.nameEnd, rest.words + 1, rest.nationality);

/**
 * A head noun and the definite noun phrase that names the body (`حزب العدالة والتنمية`، `منظمة العفو
 * الدولية`, `حزب العمال البريطاني` → GB). The key is the folded name without the nisba, plus the
 * country when there is one, so a later bare `حزب العمال` can join it.
 */
export function matchHeadPhrase(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const head = tables.heads.match(stream, index);
  // the head stands as written: no clitic but the conjunction or a preposition before it
  if (head === null || stream.tokens[head.next - 1]!.suffix !== '') return null;
  const from = head.next;
  const { complement: takes, takesNamesake, takesPlaceName, possessedByKnown } = head.value.head;
  if (possessedByKnown === true && tables.known.match(stream, from) !== null) return null;
  const feminine = isFeminineNoun(head.value.folded);
  const namesake = takes === 'namesake' || takesNamesake === true ? readNamesake(stream, tables, from) : null;
  const firstWord = stream.tokens[from]?.norm ?? '';
  const names = (read: Complement | null): read is Complement =>
    read !== null && (read.words >= head.value.head.minWords || head.value.namingWords.has(firstWord));
  let complement: Complement | null = null;
  if (namesake !== null) complement = readNameTail(stream, tables, namesake, namesake + MAX_NAMESAKE_ADJECTIVES, feminine, takes !== 'namesake');
  else if (takes !== 'namesake') {
    // a definite place too short for a noun phrase's name is the place's (`بنك المغرب`), and so is one
    // longer than the phrase its words make (`بورصة الدار البيضاء`: البيضاء is the place's, no adjective of the body's)
    const phrase = readComplement(stream, tables, from);
    complement = phrase;
    // (the place's own words, not its purpose: `نادي الزمالك للموسم` is the club, for the season)
    const placeOver = (read: Complement): boolean => (tables.placeNames.endAt(stream, from) ?? from) > read.nameEnd;
    // a definite place that is the whole phrase may go on with a purpose the phrase does not read (`مجلس
    // الإمارات للإفتاء`); not a club's, whose place is its name (`نادي الزمالك للموسم`: for the season)
    const placeWhole = (read: Complement | null): boolean => read !== null && head.value.head.namesClub !== true && tables.placeNames.endAt(stream, from) === read.nameEnd;
    if (takesPlaceName === true && (!names(phrase) || placeOver(phrase) || placeWhole(phrase))) {
      const place = readPlaceName(stream, tables, from, { wellKnown: false, feminine });
      // a body the lexicon names from the place on is that body, and the head stays out of it as after
      // any descriptor (نادي مانشستر يونايتد، فريق باريس سان جيرمان → the clubs, not نادي مانشستر), also
      // where the names end together (شركة مصر للطيران، شركة قطر للبترول → the lexicon's airline, company)
      const known = place === null ? null : tables.known.match(stream, from);
      if (place !== null && known !== null && known.next >= place.next) return null;
      // the phrase stays where the place reads no further than it
      if (!(placeWhole(phrase) && names(phrase) && (place === null || place.next <= phrase!.next))) complement = place;
    }
    if (!names(complement)) complement = readConstruct(stream, tables, from, head.value);
    if (!names(complement) && phrase !== null) complement = associationInCountry(stream, tables, head.value, phrase) ?? complement;
  } else if (takesPlaceName === true) {
    // a namesake's head names a body by its place too, a well-known one written whole (`مستشفى القاهرة
    // الجامعي`, `مستشفى غزة الأوروبي`); its other complements still say what it treats (`مستشفى الأطفال`)
    complement = readPlaceName(stream, tables, from, { wellKnown: true, feminine });
  }
  if (!names(complement)) return null;
  // a body of the head's kind the lexicon names without the head is that body, the head in its mention
  // (`حزب المؤتمر الوطني الأفريقي` is the lexicon's `المؤتمر الوطني الأفريقي`, its key and country), also
  // where its name runs past the phrase (`حزب التجمع الوطني للأحرار`: a purpose the phrase does not read)
  const known = tables.known.match(stream, from);
  if (known !== null && known.next >= complement.next && known.value.kind === head.value.head.kind) {
    return knownFound(stream, known.value, { start: head.start, firstToken: index, nextToken: known.next });
  }
  const words = stream.tokens.slice(from, complement.nameEnd).map((token) => token.norm);
  // a club is keyed by its name alone: `نادي الوداد`, `فريق الوداد` and a later bare `الوداد` are one
  const base = head.value.head.namesClub ? `${CLUB_KEY}${words.join(' ')}` : [head.value.folded, ...words].join(' ');
  const nationality = complement.nationality ?? definiteCountryFirst(stream, tables, head.value, from, complement) ?? stateAfterIn(stream, tables, head.value, from, complement);
  return organizationFound(
    stream,
    { start: head.start, firstToken: index, nextToken: complement.next },
    { key: nationality === undefined ? base : `${base}:${nationality}`, kind: head.value.head.kind, nationality, strength: 2 },
  );
}

/** `التجارية`, `الصناعية`, folded: a chamber of commerce (and industry), or a court's commercial chamber. */
const COMMERCE = 'التجاريه';
const INDUSTRY = 'الصناعيه';
/** A court, folded, after a chamber: `بمحكمة`, `لدى محكمة`, `بالمحكمة`. */
const CHAMBER_COURT = /^(?:ب|ل|لدي )?(?:ال)?محكمه/;

/**
 * A court's chamber: `الغرفة الجزائية`, with an ordinal when there are several (`الغرفة المدنية الثانية`).
 * `الغرفة التجارية` is a chamber of commerce as often (`مقر الغرفة التجارية`, `الغرفة التجارية
 * الصناعية`): a court's only with its ordinal, a court after it (`الغرفة التجارية بمحكمة النقض`) or a
 * verb of judging before it (`نظرت الغرفة التجارية في النزاع`), else the chamber of commerce, kind
 * `other`, `الصناعية` in its name.
 */
export function matchCourtChamber(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const { tokens } = stream;
  const { head, fields, ordinals, rulingVerbs } = tables.chamber;
  const first = tokens[index]!;
  if (first.suffix !== '' || 'ال' + first.stem !== head || !fields.has(tokens[index + 1]?.norm ?? '')) return null;
  const ordinal = ordinals.has(tokens[index + 2]?.norm ?? '');
  const after = tokens.slice(index + 2, index + 4).map((token) => token.norm).join(' ');
  const judged = first.prefix === 'ال' && rulingVerbs.has(tokens[index - 1]?.norm.replace(/^و/, '') ?? '');
  // the mention keeps the article and leaves the proclitics before it out (وللغرفة → لغرفة, as the lexicon does)
  const articleLetters = first.prefix.endsWith('لل') ? 1 : 2;
  const start = startAfterClitics(stream, first, first.prefix.length - articleLetters);
  if (tokens[index + 1]!.norm === COMMERCE && !ordinal && !judged && !CHAMBER_COURT.test(after)) {
    const end = tokens[index + 2]?.norm === INDUSTRY ? index + 3 : index + 2;
    const key = 'commerce:' + tokens.slice(index, end).map((token, k) => (k === 0 ? head : token.norm)).join(' ');
    return organizationFound(stream, { start, firstToken: index, nextToken: end }, { key, kind: 'other', strength: 2 });
  }
  const next = ordinal ? index + 3 : index + 2;
  const key = tokens.slice(index, next).map((token, k) => (k === 0 ? head : token.norm)).join(' ');
  return organizationFound(stream, { start, firstToken: index, nextToken: next }, { key, kind: 'court', strength: 2 });
}
