// Titles and roles before a name (`الرئيس الروسي`, `المتحدث باسم الكرملين`), with their complements.
import { compoundDemonymCode, demonymCode, directedDemonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { hasArticle } from '../text/phrases';
import { sameLine } from '../text/lines';
import type { Token } from '../text/tokenize';
import type { Claim } from '../contracts/claims';
import type { TokenStream } from '../text/phrases';
import { peopleLexicon } from './lexicon';
import { NATIONAL_SIDE_STEM } from '../data/people/person-titles';
import { hasLam, titleHeadAt, isCompoundNamePlace, isEverydayNameWord, isGivenNamePlace, isGivenName, isHonorificAt, isNameWithoutHamza, isNotNameWord, opensNameWithArticle, type Reader } from './reader';

// How far a title may run with its complements (`الممثل الخاص للأمين العام للناتو لمنطقة القوقاز`).
const MAX_TITLE_WORDS = 10;
// باسم, folded as a token's norm is: `in the name of` after a spokesperson
const SPEAKS_FOR = 'باسم';
// ب or ك among a word's proclitics, after و or ف if any (بالحكم، وكالرئيس)
const WITH_BA_OR_KAF = /^[وف]?[بك]/;

export interface TitleMatch {
  text: string;
  next: number;
  /** Present on every match, undefined when no demonym or claim gives one: one shape for all matches. */
  nationality: string | undefined;
  /** An indefinite head with nothing after it (`متحدث`, `نائب`): a noun an adjective may follow. */
  bare: boolean;
  /** Words after the head complete it (`الحارس الأوكراني`, `قائد إيرلندا`), not the head alone. */
  complemented: boolean;
  /** A head that is also an everyday noun, alone or with definite words only (`الفريق`, `المدافع الرشاشة`): only a given name or particle after it makes it a title. */
  ambiguous: boolean;
}

/** A title head and its complements: domains, demonyms, claimed places and bodies, ل‑ and باسم links. */
export function titleAt(reader: Reader, index: number): TitleMatch | null {
  const head = titleHeadAt(reader.stream, reader.lex, index);
  if (!head) return null;
  let at = head.next;
  const first = reader.tokens[index]!;
  // a head with a pronoun before another head is in apposition to the title that head opens (`وقال
  // ابنه الرئيس عادل مراد`, `نظيره الرئيس الفرنسي`), which is the one the name takes
  if (first.suffix !== '' && reader.tokens[at]?.suffix === '' && reader.lex.titleHeads.match(reader.stream, at) !== null) return null;
  // the head as listed, with its article and without a preposition or و before it (بالحكم, واللواء, للمتحدثة)
  const headWord = first.prefix.endsWith('ال') || first.prefix.endsWith('لل') ? 'ال' + first.stem : first.norm;
  let nationality: string | undefined;
  // whether more than definite words qualify the head: a demonym, claim, link or domain
  let qualified = false;
  // a domain without the article is in construct (وزير خارجية، رئيس وزراء): the word after it is what
  // it is of, a country or body (وزير خارجية تايلند), even one no gazetteer spells so, never the name
  let construct = inConstruct(reader, reader.tokens[head.next - 1]!);
  while (at < reader.tokens.length && at - index < MAX_TITLE_WORDS) {
    const token = reader.tokens[at]!;
    const claim = reader.claims[at];
    const demonym = demonymCode(token);
    const completesConstruct = construct && !claim && token.kind === 'word' && token.prefix === '' && (!isGivenName(reader, token, true) || namesBusiness(reader, at));
    // a demonym of two words (الجنوب أفريقي, South African), the article on the first alone
    const compound = !claim && !reader.claims[at + 1] ? compoundDemonymCode(token, reader.tokens[at + 1]) : null;
    // a domain in construct is of what follows it, a place even where it is also a given name (وزير خارجية جورجيا)
    const ofConstruct = construct;
    construct = false;
    if (completesConstruct) {
      at++;
    } else if (compound !== null) {
      nationality ??= compound;
      at += 2;
    } else if (demonym && (hasArticle(token) || (!hasArticle(first) && !hasArticle(reader.tokens[at - 1]!)))) {
      // (an adjective agrees with its noun: after a definite head or complement a demonym without the
      // article, as folding makes of the names يمنى and جورجي, is no adjective of it: الناقدة يمنى العيد،
      // مدرب الهلال البرتغالي جورجي جيسوس)
      // (a direction after it may name another country: الكوري الشمالي is North Korean)
      const directed = reader.claims[at + 1] ? null : directedDemonymCode(demonym, reader.tokens[at + 1]);
      if (!namesTeam(reader, first, at, claim)) nationality ??= directed ?? demonym;
      at += directed === null ? 1 : 2;
    } else if (claim && (claim.category === 'places' || claim.category === 'organizations') && !(qualified && !ofConstruct && (isCompoundNamePlace(reader, at) || isGivenNamePlace(reader, at)))) {
      // (a title already qualified is not of a place that is a given name with a name going on after
      // it: وزير الخارجية المغربي صلاح الدين مزوار، رئيسة الوزراء الإيطالية جورجيا ميلوني; محافظ صلاح
      // الدين is of the place)
      if (!namesTeam(reader, first, at, claim)) nationality ??= claim.countryCode ?? claim.nationality;
      at = claim.nextToken;
    } else if (at === head.next && token.stem === SPEAKS_FOR && reader.lex.spokespersonHeads.has(headWord)) {
      // المتحدث باسم X: what a spokesperson speaks for follows باسم, a body in construct
      // (`باسم كتائب القسام`) or a definite word (`باسم الكتائب`), never the name (Basem); with a
      // pronoun on it (`المتحدث باسمها`, for a body named before) the name comes next
      at++;
      construct = token.suffix === '';
    } else if (token.prefix === 'لل' && token.suffix === '' && !reader.lex.audienceNouns.has(token.stem) && opensNameOrNisba(reader, at + 1)) {
      // the club or body a post is of, after ل, no domain or claim (المدير الفني للوداد عادل رمزي،
      // المدير الفني للترجي التونسي X): a name or the body's nisba follows it; not those a statement
      // is made to (قال المتحدث للصحفيين)
      at++;
    } else if (reader.lex.titleLinks.has(token.norm) && linksOn(reader, at + 1)) {
      // المتحدث باسم الكرملين، أمين مجلس الأمن في أرمينيا: a link word only when a body, place or domain follows
      at++;
    } else if (token.prefix === 'وال' && reader.lex.addressForms.has(token.stem)) {
      // a form of address joined by و opens another person (وزير البيئة والسيد X)
      break;
    } else if (reader.lex.sovereignHeads.has(headWord) && isPrincelyHead(reader, at) && !ofHolder(reader, index)) {
      // a royal after a sovereign is another person, the verb's object (وعين الملك الأمير محمد); after
      // the sovereign's kin, the kin (شقيق الملك الأمير هشام)
      break;
    } else if (isTitleComplement(reader, token) || (!WITH_BA_OR_KAF.test(token.prefix) && token.suffix === '' && titleHeadAt(reader.stream, reader.lex, at))) {
      // (a head with a pronoun, نظيره، مدربه, is another person's title, whose pronoun is the first's:
      // `والتقى الرئيس السيسي نظيره الفرنسي ماكرون`)
      // (a head after ب or ك is what the title's bearer does or is like, no more of the title: الملك بالحكم)
      at = reader.lex.titleHeads.match(reader.stream, at)?.next ?? at + 1;
      // (a domain after ل without the article is in construct too: رئيس الوزراء لبرنامج تلفزيوني)
      construct = inConstruct(reader, reader.tokens[at - 1]!) || isLamConstruct(reader, reader.tokens[at - 1]!);
    } else if (at > head.next && token.prefix === 'وال' && !claim && token.stem.length > 2 && !personNameWords().has(token.norm) && !reader.lex.titleHeads.match(reader.stream, at)) {
      // a field joined to the field before it names one office (وزير الثقافة والفنون، وزير التعليم
      // العالي والبحث العلمي): a name starts with no و; another title (والمستشارة) is another person,
      // and a foreign name whose first letters the splitter took for و + ال (والاس) is the name
      at++;
    } else if (token.kind === 'word' && token.prefix === 'ال' && !claim && !isNameWithoutHamza(reader, at) && !opensNameWithArticle(reader, at) && !isHonorificAt(reader, at + 1) && !isHeadOfSeveral(reader, token)) {
      // a definite word after a title qualifies it (رئيس الحكومة المكلف، الوزير السابق): a name
      // starts with a word without the article; a definite surname alone (الرئيس السيسي) is found
      // later as a surname of a fuller mention, or at once where a formula of blessing follows it
      // (الإمام الشافعي رحمه الله)
      at++;
      continue;
    } else {
      break;
    }
    // every complement but a plain definite word shows the head is a title (المدافع الفرنسي, not المدافع الرشاشة)
    qualified = true;
  }
  const end = reader.tokens[at - 1]!.end;
  const bare = at === head.next && !hasArticle(first) && first.suffix === '';
  // (with a clitic too: لمحامي حمدان, to Hamdan's lawyer)
  const ambiguous = !qualified && head.next === index + 1 && (reader.lex.ambiguousTitleHeads.has(headWord) || (!hasArticle(first) && reader.lex.ambiguousTitleHeads.has(first.stem)));
  const complemented = at !== head.next;
  // ل before the article drops its alef (للكاتب): the title is given with it (الكاتب), as it is meant
  const written = reader.stream.source.slice(ofHolder(reader, index) ? reader.tokens[index - 1]!.stemStart : head.start, end);
  const text = first.prefix.endsWith('لل') && written.startsWith('ل') ? 'ا' + written : written;
  return { text, next: at, nationality: nationality || undefined, bare, complemented, ambiguous };
}

/** Whether a head of a royal below a sovereign (PRINCELY_HEADS: الأمير، ولي العهد) starts at `at`, without a clitic. */
function isPrincelyHead(reader: Reader, at: number): boolean {
  const head = reader.lex.titleHeads.match(reader.stream, at);
  if (head === null || reader.tokens[at]!.prefix !== 'ال' || reader.tokens[head.next - 1]!.suffix !== '') return false;
  const words = reader.tokens.slice(at, head.next).map((token) => token.norm);
  return reader.lex.princelyHeads.has(words.join(' '));
}

/**
 * Whether the word at `at` that is a given name too, an everyday word (كريم generous, أمل hope:
 * AMBIGUOUS_GIVEN_NAMES) or one open data alone holds (`بنك عودة`), is the name of the company or bank
 * before it in construct (BUSINESS_NOUNS: `الرئيس التنفيذي لشركة كريم مدثر شيخة`), where a name of two
 * words follows it on the line: brands are such words, and the person is the one named after them. A
 * name the lists hold as no everyday word (`شركة محمد علي`) stays a name, as does any with nothing to
 * name after it.
 */
function namesBusiness(reader: Reader, at: number): boolean {
  const noun = reader.tokens[at - 1]!;
  const token = reader.tokens[at]!;
  if (!reader.lex.businessNouns.has(noun.stem) || (!isEverydayNameWord(reader.lex, token) && isGivenName(reader, token, false))) return false;
  const next = reader.tokens[at + 1];
  const after = reader.tokens[at + 2];
  if (next === undefined || after === undefined || !sameLine(reader.stream, at, at + 2)) return false;
  return isNameWordAt(reader, at + 1, false) && isNameWordAt(reader, at + 2, true);
}

/**
 * Whether the word at `at` may be a word of a name nobody lists: unclaimed, no clitic (the article
 * only where `definite`: a family name), no function word, title head or demonym.
 */
function isNameWordAt(reader: Reader, at: number, definite: boolean): boolean {
  const token = reader.tokens[at]!;
  if (token.kind !== 'word' || reader.claims[at] || token.suffix !== '' || (token.prefix !== '' && !(definite && token.prefix === 'ال'))) return false;
  return !isNotNameWord(reader.lex, token) && demonymCode(token) === null && reader.lex.titleHeads.match(reader.stream, at) === null;
}

/**
 * Whether the demonym, place or body at `at` after the head `post` names the team a post is of, whose
 * country is no nationality of the post's holder (TEAM_POST_STEMS: `مدرب ريال مدريد كارلو أنشيلوتي`,
 * `مدرب المنتخب السعودي هيرفي رينارد`): a body (a club) or what follows a team's noun (`المنتخب`،
 * `نادي`). A national side is its players' country (`لاعب منتخب مصر`), not its coach's; what qualifies
 * the post itself is the holder's (`المدرب الإيطالي`, `مدرب ريال مدريد الإيطالي`).
 */
function namesTeam(reader: Reader, post: Token, at: number, claim: Claim | undefined): boolean {
  const { teamPostStems, coachStems, teamNounStems } = reader.lex;
  if (!teamPostStems.has(post.stem)) return false;
  const body = claim?.category === 'organizations';
  // the team's noun: a body's first word, or the word before what qualifies it
  const team = body ? reader.tokens[at] : reader.tokens[at - 1];
  if (!body && (team === undefined || reader.claims[at - 1] !== undefined || !teamNounStems.has(team.stem))) return false;
  return team?.stem !== NATIONAL_SIDE_STEM || coachStems.has(post.stem);
}

// The endings of a dual and a sound masculine plural, folded (المتهمان، المتهمين، اللاعبون)
const DUAL_OR_PLURAL = /(?:ان|ين|ون)$/;

/**
 * Whether a definite word after a title is the dual or plural of a title head (`ومثل أمام القاضي
 * المتهمان خالد يوسف وعلي حسن`): several other people, no adjective of the title, whose names follow.
 */
function isHeadOfSeveral(reader: Reader, token: Token): boolean {
  const match = DUAL_OR_PLURAL.exec(token.stem);
  return match !== null && reader.lex.definiteHeadStems.has(token.stem.slice(0, -match[0].length));
}

/**
 * Whether kin or an assistant in construct stands right before the head at `index` (`نجل الرئيس`,
 * `وزوجة الوزير`, `مساعد وزيرة الخارجية`): the name after the title is theirs, whose title is that
 * relation to its holder (KIN_NOUNS, ASSISTANT_NOUNS). Kin only before a definite head.
 */
function ofHolder(reader: Reader, index: number): boolean {
  const kin = reader.tokens[index - 1];
  const head = reader.tokens[index]!;
  if (kin === undefined || kin.kind !== 'word' || kin.suffix !== '' || (kin.prefix !== '' && kin.prefix !== 'و') || !sameLine(reader.stream, index - 1, index)) return false;
  return reader.lex.assistantNouns.has(kin.stem) || (head.prefix === 'ال' && reader.lex.kinNouns.has(kin.stem));
}

/**
 * Whether kin or an assistant at `at`, without a clitic, opens a title in construct (`مساعد وزيرة
 * الخارجية`, `نجل الرئيس`): after a name it is the title in apposition, no name word (`كريستوفر هيل
 * مساعد وزيرة الخارجية`), though some are given names too (مساعد).
 */
export function opensHeldTitle(reader: Reader, at: number): boolean {
  // (the word's own sets first: asked of every word a name reads, most of which they rule out)
  return reader.tokens[at]!.prefix === '' && reader.tokens[at + 1] !== undefined && ofHolder(reader, at + 1) && reader.lex.titleHeads.match(reader.stream, at + 1) !== null;
}

/** A title's domain or unit word without the article or a preposition (خارجية، وزراء، ولاية): it is in construct with what follows. */
function inConstruct(reader: Reader, token: Token): boolean {
  return token.prefix === '' && (reader.lex.titleDomains.has(token.norm) || reader.lex.titleUnits.has(token.norm));
}

/**
 * A domain after ل without the article (لبرنامج، لمنظمة): indefinite, it is in construct with what
 * follows, a body or its field (`المديرة التنفيذية لبرنامج الأغذية`), and what follows is never the
 * name (`قال رئيس الوزراء لبرنامج تلفزيوني`: a programme, no person تلفزيوني).
 */
function isLamConstruct(reader: Reader, token: Token): boolean {
  return token.kind === 'word' && token.prefix === 'ل' && token.suffix === '' && reader.lex.titleDomains.has('ال' + token.stem);
}

/** Whether a given name of the lists or open data without clitics, or a definite demonym, stands at `index` on the line. */
function opensNameOrNisba(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  if (token === undefined || token.kind !== 'word' || reader.claims[index] || !sameLine(reader.stream, index - 1, index)) return false;
  if (hasArticle(token)) return demonymCode(token) !== null;
  return token.prefix === '' && isGivenName(reader, token, true);
}

function linksOn(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  return token !== undefined && (reader.claims[index] !== undefined || isTitleComplement(reader, token) || demonymCode(token) !== null);
}

function isTitleComplement(reader: Reader, token: Token): boolean {
  if (token.kind !== 'word') return false;
  const { titleDomains } = reader.lex;
  if (titleDomains.has(token.norm) || (token.suffix === '' && inConstruct(reader, token))) return true;
  // للأمين، لمنطقة، للشؤون: a lam carries the title on to what it is of
  return hasLam(token) && (titleDomains.has('ال' + token.stem) || titleDomains.has(token.stem));
}

/**
 * The title that ends right before token `index` (`قال المتحدث الأمريكي` before a name the model
 * read), and the nationality of a demonym right after the name ending before `next` (`برودي
 * الإيطالي`), so a person the model found carries what the rules' people carry.
 */
export function titleAround(
  stream: TokenStream,
  claims: readonly (Claim | undefined)[],
  index: number,
  next: number,
): { title: string | undefined; nationality: string | undefined } {
  const reader: Reader = { stream, tokens: stream.tokens, claims, lex: peopleLexicon() };
  // both fields from the start: one shape whatever is found
  const found: { title: string | undefined; nationality: string | undefined } = { title: undefined, nationality: undefined };
  for (let from = index - 1; from >= Math.max(0, index - MAX_TITLE_WORDS); from--) {
    const title = titleAt(reader, from);
    // (an indefinite ambiguous head with nothing after it is the name's: محامي أحمد حمدان, his lawyer)
    if (title?.next !== index || (title.ambiguous && title.bare)) continue;
    found.title = title.text;
    if (title.nationality) found.nationality = title.nationality;
    break;
  }
  const after = stream.tokens[next];
  const demonym = after !== undefined && after.prefix === 'ال' && !claims[next] ? demonymCode(after) : null;
  if (!found.nationality && demonym) found.nationality = demonym;
  return found;
}
