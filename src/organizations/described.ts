// Bodies named by a description of what they are for: a definite head, a qualifying adjective and
// لـ + the purpose (`المركز الروسي للتجاوب مع القضايا الإنسانية`, `الجهاز المركزي للتعبئة العامة
// والإحصاء`). No lexicon can list them all; the shape names them.
import { demonymCode } from '../contracts/demonyms';
import { hasArticle, startAfterClitics, type TokenStream } from '../text/phrases';
import { foreignShaped } from './foreign';
import type { Token } from '../text/tokenize';
import { isDefiniteWord, isNameAdjective, opensAnotherBody, organizationFound, type OrganizationFound } from './found';
import { readNamesake } from './namesake';
import { countryAt } from './national';
import type { OrganizationTables } from './tables';

/** `مركز`, folded: in construct with a city it is the city's centre (`انفجار في مركز بغداد`), no body named after it. */
const CITY_CENTRE = 'مركز';
/**
 * Heads, folded, that name a body in construct only with a place's name: `جهاز` with a definite noun is a
 * device (`جهاز الحاسوب للعمل`), `سوق` a market of goods (`سوق السيارات للبيع`); `جهاز قطر للاستثمار`,
 * `سوق مسقط للأوراق المالية` are bodies.
 */
const PLACE_ONLY_HEADS: ReadonlySet<string> = new Set(['جهاز', 'سوق']);

/**
 * Heads of schools and of unions, folded stems: a sound plural of people after them is whom they train
 * (`المدرسة الوطنية للمهندسين`, `المعهد العالي للمترجمين`) or gather (`الاتحاد العام للشغالين`, `النقابة
 * الوطنية للصحفيين`), no one a school or union speaks to.
 */
const PEOPLE_SERVED_HEADS: ReadonlySet<string> = new Set(['مدرسه', 'معهد', 'اكاديميه', 'اتحاد', 'نقابه', 'رابطه', 'كونفدراليه']);

/** Adjectives between the head and the purpose (`الوطني`, `العربي الأوروبي`); more is a sentence. */
const MAX_QUALIFIERS = 2;
/** Words after the head: qualifiers, purposes and their complements (`للتعبئة العامة والإحصاء`). */
const MAX_WORDS = 8;

interface Reading {
  at: number;
  nationality?: string;
}

/** A lam on a word: `للتنمية` (ل + the article) or `لحقوق` (ل alone), nothing else before it. */
function lamOf(token: Token): 'definite' | 'construct' | null {
  if (token.kind !== 'word') return null;
  if (token.prefix === 'لل') return 'definite';
  return token.prefix === 'ل' ? 'construct' : null;
}

/**
 * The purpose at `at`: `للتنمية` or `لحقوق الإنسان` (a noun in construct with a definite one or a
 * well-known place, or with a second noun in construct before it: `لحماية حقوق المستهلك`; not an
 * imperfect verb, `ليكون المبنى`). Not a body, person or state that owns or hears the body (`للمنظمة`,
 * `للحكومة`, `لرئيس الوزراء`, a body the lexicon names: `للكرملين`), nor a sound plural of people
 * (`للصحفيين`: `قال المجلس العسكري للصحفيين` says something to them) but after a school's or union's
 * head (`peopleServed`), whom it trains or gathers (`المدرسة الوطنية للمهندسين`, `الاتحاد العام للشغالين`).
 */
function purposeAt(stream: TokenStream, tables: OrganizationTables, at: number, peopleServed = false): number | null {
  const tokens = stream.tokens;
  const token = tokens[at];
  const lam = token === undefined ? null : lamOf(token);
  if (token === undefined || lam === null) return null;
  // a body the lexicon knows is the owner (`المكتب الصحفي للكرملين`, `المكتب الإقليمي لمنظمة الصحة العالمية`)
  if (tables.known.match(stream, at) !== null) return null;
  const noun = 'ال' + token.stem;
  if (lam === 'construct') {
    // an imperfect verb after ل says what the sentence is for, it names no field (`اللجنة الوطنية للتراث ليكون المبنى مقرا`)
    if (token.stem.startsWith('ي')) return null;
    // an owner in construct too (`المكتب الإعلامي لرئيس الوزراء`, `لوزير الخارجية`); but a head shaped
    // تفعيل is a verbal noun first (`الجهاز القومي لتنظيم الاتصالات`): the organization it also names
    // is the lexicon's one, the owner already ruled out above (`المكتب الإعلامي لتنظيم القاعدة`)
    if (tables.notBodyPurposes.has(noun) && !isVerbalNounShape(token.stem)) return null;
    const end = genitiveEnd(stream, tables, at + 1);
    if (end !== null) return end;
    // a chain of three, a second noun in construct before the genitive (`لحماية حقوق المستهلك`, `لنقابات عمال مصر`)
    const second = tokens[at + 1];
    if (second === undefined || second.kind !== 'word' || second.prefix !== '' || second.suffix !== '') return null;
    return tables.notBodyPurposes.has('ال' + second.stem) || tables.functionWords.has(second.norm) ? null : genitiveEnd(stream, tables, at + 2);
  }
  if (tables.notBodyPurposes.has(noun) || (!peopleServed && isSoundPlural(token.stem))) return null;
  // a masculine nisba standing alone names whom the body belongs to, not what it is for: a club
  // (`الجهاز الفني للأهلي`, `للإسماعيلي`), a people (`للمصري`); a field is a noun (`للتنمية`, `للري`)
  return isMasculineNisba(token) ? null : at + 1;
}

/**
 * The end of a purpose's genitive at `at`: a definite noun that is no owner (`لحقوق الإنسان`; not
 * `لرئيس الوزراء`) or a well-known place written whole (`لنقابات عمال مصر`). Null otherwise.
 */
function genitiveEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const word = stream.tokens[at];
  if (word === undefined || word.kind !== 'word') return null;
  if (isDefiniteWord(word)) return tables.notBodyPurposes.has(word.norm) ? null : at + 1;
  return word.prefix === '' && word.suffix === '' ? tables.placeNames.wellKnownEndAt(stream, at) : null;
}

/** The verbal noun تفعيل (`تنظيم`, `تطوير`): ت, two letters, ي and the root's last. */
function isVerbalNounShape(stem: string): boolean {
  return stem.length === 5 && stem.startsWith('ت') && stem[3] === 'ي';
}

/**
 * A masculine nisba's shape: a stem of four letters or more ending in ي (`أهلي`, `إسماعيلي`), but the
 * nouns written so: a verbal noun of a root ending in ي (`تصدي`, `تعافي`: `اللجنة الوطنية للتصدي
 * للفساد`) and a broken plural فعالي (`أراضي`, `مراعي`), which are fields; not `رأي`, `وعي` (three).
 */
function isMasculineNisba(token: Token): boolean {
  const stem = token.stem;
  if (stem.length < 4 || !stem.endsWith('ي') || stem.startsWith('ت')) return false;
  return !(stem.length === 5 && stem[2] === 'ا');
}

/**
 * A sound masculine plural (`صحفيين`, `مواطنون`): a stem and its ين or ون ending. Four letters or fewer
 * are a noun or a broken plural whose root ends so (`شؤون`, `فنون`, `قانون`, `دين`): the purpose of the
 * body (`الهيئة العامة للشؤون الإسلامية`, `المعهد العالي للفنون`).
 */
function isSoundPlural(stem: string): boolean {
  return stem.length > 4 && (stem.endsWith('ين') || stem.endsWith('ون'));
}

/**
 * Whether the word after a further purpose is a preposition it governs (`للحصول على`, `للتوصل إلى`):
 * such a verbal noun says what the sentence's act is for (`وقعت الحكومة مع البنك الأوروبي للاستثمار
 * للحصول على قرض`), no second field of the body's.
 */
function governsPreposition(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.prefix === '' && GOVERNED_PREPOSITIONS.includes(token.norm);
}

// على، إلى، عن، من folded, as a token's norm has them
const GOVERNED_PREPOSITIONS: readonly string[] = ['علي', 'الي', 'عن', 'من'];


/**
 * The end of a second purpose joined by و without ل at `at`: a verbal noun, feminine (`وتنمية`, `ورعاية`)
 * or shaped تفعيل (`وتطوير`), in construct with a definite noun or a well-known place (`مؤسسة قطر للتربية
 * والعلوم وتنمية المجتمع`). Not a plural of people (`ورجال الأعمال`: the sentence's second object) nor an
 * owner (`وحكومة`). Null otherwise.
 */
function conjoinedPurposeEnd(stream: TokenStream, tables: OrganizationTables, at: number): number | null {
  const token = stream.tokens[at]!;
  if (token.kind !== 'word' || token.prefix !== 'و' || token.suffix !== '') return null;
  const stem = token.stem;
  if (!(stem.endsWith('ه') || isVerbalNounShape(stem)) || tables.notBodyPurposes.has('ال' + stem)) return null;
  return genitiveEnd(stream, tables, at + 1);
}

/**
 * What follows a purpose inside the name: adjectives (`للدراسات السياسية`), `و` + definite nouns
 * (`للتعبئة العامة والإحصاء`; not a person's title, which opens the next person: `للسباحة والعقيد
 * سالم`), one `مع` + definite words (`للتجاوب مع القضايا الإنسانية`), a further purpose with the
 * article (`للتنمية`; not one with the preposition it governs, `للحصول على`), and last a country's
 * nisba, which names the body's state (`المجلس القومي للدفاع المدني السوداني`). A body's head shaped
 * like a nisba (`النادي`) is no adjective: it is the object of the sentence's verb. `في` ends the name: `… في قره باغ` places the body. A noun in construct after ل
 * ends it too: after a purpose, that is what the sentence is for (`ودعت الهيئة العامة للاستثمار لعقد
 * المؤتمر`, `المركز الوطني للبحوث الزراعية لتطوير البذور`).
 */
export function readPurposes(stream: TokenStream, tables: OrganizationTables, from: number, limit: number, peopleServed = false): Reading | null {
  const tokens = stream.tokens;
  let at = purposeAt(stream, tables, from, peopleServed);
  if (at === null) return null;
  let withUsed = false;
  let conjoined: number | null;
  while (at < limit) {
    const token = tokens[at]!;
    const nationality = isDefiniteWord(token) ? demonymCode(token) : null;
    if (nationality !== null) return { at: at + 1, nationality };
    const purpose = purposeAt(stream, tables, at);
    if (purpose !== null && purpose <= limit && lamOf(token) === 'definite' && !governsPreposition(tokens[purpose])) at = purpose;
    // a body's head shaped like a nisba is the verb's object, no adjective (`وهنأ الاتحاد الآسيوي لكرة القدم النادي`)
    else if (isDefiniteWord(token) && isNameAdjective(tables, token) && !tables.nameEndingWords.has(token.norm) && !tables.definiteHeads.has(token.norm)) at++;
    else if (token.kind === 'word' && token.prefix === 'وال' && !tables.personTitles.has('ال' + token.stem) && !opensAnotherBody(stream, tables, at)) at++;
    else if ((conjoined = conjoinedPurposeEnd(stream, tables, at)) !== null && conjoined <= limit) at = conjoined;
    else if (!withUsed && token.norm === 'مع' && tokens[at + 1] !== undefined && isDefiniteWord(tokens[at + 1]!) && at + 2 <= limit) {
      withUsed = true;
      at += 2;
    } else break;
  }
  return { at };
}

/** Heads, folded without the article, of a front and a movement: named by what they would free. */
const MOVEMENT_HEADS: ReadonlySet<string> = new Set(['جبهه', 'حركه']);
/** `تحرير`, folded: liberation. */
const LIBERATION = 'تحرير';
/**
 * Heads, folded, named only by one purpose, its noun folded: a front and a movement by liberation
 * (`الجبهة الشعبية لتحرير تيغراي`; `الحركة الاحتجاجية لإسقاط النظام` describes), a city's market by
 * securities (`سوق مسقط للأوراق المالية`; `سوق دبي للذهب` is a souk).
 */
const ONLY_PURPOSES: ReadonlyMap<string, string> = new Map([
  ['جبهه', LIBERATION],
  ['حركه', LIBERATION],
  ['سوق', 'اوراق'],
]);

/** `تحرير` in construct, bare (`جبهة تحرير أزواد`). */
function isLiberation(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.suffix === '' && token.stem === LIBERATION && token.prefix === '';
}

/** A front or movement from token `index` to `next`, kind `military`, its state where the land it would free is a country's name whole. */
function movementFound(stream: TokenStream, tables: OrganizationTables, start: number, index: number, next: number): OrganizationFound {
  const tokens = stream.tokens;
  const words = tokens.slice(index, next).map((token, k) => (k === 0 ? token.stem : token.norm));
  const land = tokens.findIndex((token, k) => k > index && k < next && token.stem === LIBERATION) + 1;
  const country = land > 0 ? countryAt(stream, tables, land) : null;
  const nationality = country !== null && (country.next === next || isDefiniteWord(tokens[country.next]!)) ? country.code : undefined;
  return organizationFound(stream, { start, firstToken: index, nextToken: next }, { key: words.join(' '), kind: 'military', nationality, strength: 2 });
}

/**
 * A liberation front or movement named without the article (`جبهة تحرير أزواد`, `حركة تحرير أورومو`):
 * `جبهة` or `حركة`, which alone take only a quoted name (a front line, a motion), then `تحرير` and a
 * place's name written whole or a foreign-shaped word (a people: `أورومو`), then the front's
 * adjectives (`جبهة تحرير أزواد الوطنية`). Not a definite noun, a cause rather than a land (`حركة تحرير المرأة`). The mention holds
 * the head; kind `military`.
 */
export function matchLiberationFront(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const tokens = stream.tokens;
  const head = tokens[index]!;
  if (head.kind !== 'word' || head.suffix !== '' || hasArticle(head) || !MOVEMENT_HEADS.has(head.stem) || !isLiberation(tokens[index + 1])) return null;
  const from = index + 2;
  const word = tokens[from];
  if (word === undefined || word.kind !== 'word' || word.prefix !== '' || word.suffix !== '') return null;
  // a people's name may be a person's name word too: no person is freed by a front
  const land = tables.placeNames.endAt(stream, from) ?? (foreignShaped(tables, word.norm) && demonymCode(word) === null ? from + 1 : null);
  if (land === null) return null;
  // and the front's own adjectives
  let next = land;
  for (let token = tokens[next]; token !== undefined && isDefiniteWord(token) && isNameAdjective(tables, token) && demonymCode(token) === null && !tables.nameEndingWords.has(token.norm); token = tokens[next]) next++;
  return movementFound(stream, tables, startAfterClitics(stream, head, head.prefix.length), index, next);
}

/** `الاتحادية`, folded: Algeria's federation, and the adjective `federal`. */
const FEDERAL = 'الاتحاديه';

/**
 * Whether the head at `index` is an adjective of the definite noun before it: `الاتحادية` after a
 * definite noun is `federal` (`الحكومة الاتحادية`, `الشرطة الاتحادية العراقية`), no federation.
 */
function qualifiesNounBefore(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return 'ال' + tokens[index]!.stem === FEDERAL && before !== undefined && isDefiniteWord(before);
}

/**
 * A described body at token `index`: a definite head (`المركز`) and one or two qualifying adjectives
 * (`الروسي`, `القومي`, `العامة`), or a head in construct with a definite noun or a person's title and
 * name and at most one adjective (`مركز الأهرام`, `مركز الملك سلمان`); then a purpose. A head and words the lexicon already names (`البنك
 * الدولي`, `صندوق النقد الدولي`) take no purpose: `قدم البنك الدولي للدول الفقيرة` gives to them.
 */
export function matchDescribedBody(stream: TokenStream, tables: OrganizationTables, index: number): OrganizationFound | null {
  const head = tables.describedHeads.match(stream, index);
  if (head === null) return null;
  const tokens = stream.tokens;
  if (qualifiesNounBefore(tokens, index)) return null;
  const inConstruct = !hasArticle(tokens[index]!);
  let at = head.next;
  // a country's name in construct gives the body its state (`جهاز قطر للاستثمار` → QA), as its nisba would
  let placeCountry: string | undefined;
  if (inConstruct) {
    // a person the body is named after (`مركز الملك سلمان للإغاثة`), a well-known place written whole
    // (`معهد قطر لبحوث الحوسبة`, `صندوق أبوظبي للتنمية`; but `مركز بغداد` is the city's centre), or a definite noun
    const namesake = readNamesake(stream, tables, at);
    const noun = tokens[at];
    const placed = namesake === null && noun !== undefined && noun.prefix === '' && noun.suffix === '' && tokens[index]!.stem !== CITY_CENTRE;
    const place = placed ? tables.placeNames.wellKnownEndAt(stream, at) : null;
    if (namesake !== null) at = namesake;
    else if (place !== null) {
      const country = countryAt(stream, tables, at);
      placeCountry = country?.next === place ? country.code : undefined;
      at = place;
    }
    else if (noun === undefined || !isDefiniteWord(noun) || demonymCode(noun) !== null || PLACE_ONLY_HEADS.has(tokens[index]!.stem)) return null;
    else if (tables.nameEndingWords.has(noun.norm) || tables.notNameComplements.has(noun.norm)) return null;
    else at++;
  }
  const qualifiersFrom = at;
  let nationality: string | undefined;
  while (at - qualifiersFrom < (inConstruct ? 1 : MAX_QUALIFIERS)) {
    const token = tokens[at];
    if (token === undefined || !isDefiniteWord(token) || tables.nameEndingWords.has(token.norm)) break;
    const code = demonymCode(token);
    if (code === null && !isNameAdjective(tables, token)) break;
    nationality ??= code ?? undefined;
    at++;
  }
  if ((!inConstruct && at === qualifiersFrom) || namedWithout(stream, tables, index, at)) return null;
  // a party is named by its ideology, and by nothing else its adjectives say (الحزب الحاكم)
  const party = head.value === 'party';
  if (party && !namesIdeology(stream, tables, qualifiersFrom, at)) return null;
  const purposes = readPurposes(stream, tables, at, Math.min(tokens.length, head.next + MAX_WORDS), PEOPLE_SERVED_HEADS.has(tokens[index]!.stem));
  // a front or movement is named by the land or people it would free, a city's market by the securities it trades, and by nothing else
  const onlyPurpose = ONLY_PURPOSES.get(tokens[index]!.stem);
  if (onlyPurpose !== undefined && (purposes === null || tokens[at]!.stem !== onlyPurpose || !tokens[at]!.prefix.startsWith('ل'))) return null;
  if (MOVEMENT_HEADS.has(tokens[index]!.stem)) return movementFound(stream, tables, head.start, index, purposes!.at);
  const seated = purposes === null && !inConstruct && at > qualifiersFrom && hasSeatAt(stream, tables, at);
  const ofCountry = purposes === null && !inConstruct ? countryBodyEnd(stream, tables, qualifiersFrom, at) : null;
  const supreme = isSupremeBody(stream, tables, inConstruct, qualifiersFrom, at);
  const ofRegion = purposes === null && !inConstruct && ofCountry === null && namesRegionBody(tables, tokens, index, qualifiersFrom, at);
  const byIn = purposes === null && !inConstruct && ofCountry === null && !party ? stateBodyByIn(stream, tables, qualifiersFrom, at) : null;
  if (purposes === null && !seated && ofCountry === null && !party && !supreme && !ofRegion && byIn === null) return null;
  nationality ??= byIn?.nationality;
  const next = purposes?.at ?? ofCountry?.next ?? byIn?.next ?? at;
  const located = (supreme && purposes === null) || (purposes !== null && ofState(stream, tables, qualifiersFrom, at));
  nationality ??= purposes?.nationality ?? ofCountry?.nationality ?? (located ? locatedIn(stream, tables, next) : undefined) ?? placeCountry;
  const words = tokens.slice(index, next).map((token, k) => (k === 0 ? 'ال' + token.stem : token.norm));
  // a party's country says which of the parties of its ideology it is, as a state's body's does: keyed
  // without it and with the code (`الحزب الاشتراكي:FR`), a bare `الحزب الاشتراكي` after it is that party
  // where the article names no other (qualifyBareMentions)
  const namedCountry = party && nationality !== undefined && demonymCode(tokens[next - 1]) === nationality;
  const key = namedCountry ? `${words.slice(0, -1).join(' ')}:${nationality!}` : words.join(' ');
  return organizationFound(
    stream,
    { start: head.start, firstToken: index, nextToken: next },
    { key, kind: head.value, nationality, strength: 2 },
  );
}

/**
 * A seat after a definite head and its adjectives, `بـ` + a well-known place (`المحكمة الابتدائية
 * بتونس`, `المجلس البلدي بصفاقس`), as the Maghreb names its courts and councils: the place says which
 * one the words name, and stays a place mention outside the body's, as `محكمة الاستئناف بالرباط`
 * leaves `الرباط`. Not a place that is also a description (`بالمدينة`: in the city).
 */
function hasSeatAt(stream: TokenStream, tables: OrganizationTables, at: number): boolean {
  const token = stream.tokens[at];
  if (token === undefined || token.kind !== 'word' || (token.prefix !== 'ب' && token.prefix !== 'بال') || token.suffix !== '') return false;
  const end = tables.placeNames.wellKnownEndAt(stream, at, 1);
  return end !== null && !(end === at + 1 && tables.notNameComplements.has(token.norm.slice(1)));
}

/**
 * A body named by its field's adjectives and its country (`البنك الأهلي السعودي`, `اللجنة الأولمبية
 * المصرية`, `المجلس الشعبي الوطني الجزائري`, `المركز الثقافي الفرنسي`): a definite head, one or two
 * adjectives that are no demonym (read from `qualifiersFrom` to `next`), then a country's nisba, last,
 * read here when it is a third word. A state has one body so named (its central bank is the national
 * body's, `البنك المركزي المصري`, read first), where one adjective alone is an anaphor (`المجلس
 * الوطني`: whichever the text spoke of). Returns the token after the nisba and its country, or null.
 */
function countryBodyEnd(stream: TokenStream, tables: OrganizationTables, qualifiersFrom: number, next: number): { next: number; nationality: string } | null {
  const tokens = stream.tokens;
  const last = tokens[next - 1]!;
  const read = isDefiniteWord(last) ? demonymCode(last) : null;
  const third = tokens[next];
  const after = read === null && third !== undefined && isDefiniteWord(third) && !tables.nameEndingWords.has(third.norm) ? demonymCode(third) : null;
  const end = read !== null ? next : after !== null ? next + 1 : null;
  if (end === null) return null;
  for (let at = qualifiersFrom; at < end - 1; at++) if (demonymCode(tokens[at]) !== null) return null;
  return end - 1 > qualifiersFrom ? { next: end, nationality: (read ?? after)! } : null;
}

/** `اتحاد`, folded: with a field's and a region's adjective as often an arrangement of states (`الاتحاد الجمركي العربي`, `الاتحاد النقدي الأوروبي`). */
const ARRANGEMENT_HEAD = 'اتحاد';
/** The world's adjectives among the regions', folded and masculine (`الدولي`): they describe (`المركز الطبي الدولي`), as a region's (`الآسيوي`) names. */
const WORLD_ADJECTIVES: ReadonlySet<string> = new Set(['دولي', 'عالمي']);

/**
 * A body named by its field's adjective and its region's, last (`اللجنة الأولمبية الآسيوية`, `المجلس
 * الأولمبي الآسيوي`, `الاتحاد الرياضي العربي`), as a state's is by its country's nisba (countryBodyEnd):
 * a region has one body so named. One adjective alone (`المجلس الأوروبي` aside, the lexicon's) is an
 * anaphor; the world's adjective describes (`المركز الطبي الدولي`); a union so named is as often an
 * arrangement of states (ARRANGEMENT_HEAD).
 */
function namesRegionBody(tables: OrganizationTables, tokens: readonly Token[], index: number, qualifiersFrom: number, next: number): boolean {
  if (next - qualifiersFrom < 2 || tokens[index]!.stem === ARRANGEMENT_HEAD) return false;
  const region = tokens[next - 1]!.stem.replace(/ه$/, '');
  return tables.internationalFinance.regions.has(region) && !WORLD_ADJECTIVES.has(region);
}

/**
 * A definite head qualified by its field and `العليا`/`الأعلى` (`المحكمة الإدارية العليا`, `المجلس
 * الإسلامي الأعلى`): a state has one supreme body of a field, so the words name it without a purpose.
 * One adjective alone is an anaphor (`المحكمة الإدارية`, `المجلس الأعلى`: whichever the text spoke of).
 */
function isSupremeBody(stream: TokenStream, tables: OrganizationTables, inConstruct: boolean, qualifiersFrom: number, next: number): boolean {
  if (inConstruct || next - qualifiersFrom < 2) return false;
  for (let at = qualifiersFrom; at < next; at++) if (tables.supremeAdjectives.has(stream.tokens[at]!.norm)) return true;
  return false;
}

/** Adjectives, folded, that make a body its state's one of its field (`الوطنية`, `العامة`, `القومي`, `الاتحادية`). */
const STATE_SCOPE_ADJECTIVES: ReadonlySet<string> = new Set(['الوطني', 'الوطنيه', 'العام', 'العامه', 'القومي', 'القوميه', 'الاتحادي', 'الاتحاديه']);

/**
 * Whether a qualifier from `from` to `to` says the body is its state's one of its field (`الهيئة العامة
 * للطيران المدني`, `الشركة الوطنية للطيران`; a supreme one, `المجلس الأعلى للقضاء`, for a state has one):
 * then `في` + a country after its purpose names that state, as after a supreme body (`… في السعودية` →
 * SA, `… في العراق` → IQ); a region's or the world's body there only acts in it (`المنظمة العربية
 * للتنمية في السودان`).
 */
function ofState(stream: TokenStream, tables: OrganizationTables, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const norm = stream.tokens[at]!.norm;
    if (STATE_SCOPE_ADJECTIVES.has(norm) || tables.supremeAdjectives.has(norm)) return true;
  }
  return false;
}

/**
 * A state's body named by its field's adjectives and `في` + its country (`اللجنة الانتخابية الوطنية
 * المستقلة في الكونغو` → CD, `المجلس الوطني الانتقالي في ليبيا` → LY), as by its nisba (countryBodyEnd):
 * two adjectives or more from `qualifiersFrom`, one making it the state's (ofState: `الوطنية`), and one
 * more after the two read (`المستقلة`). The mention ends before `في`; the country is a place. Null when
 * no country follows (`اللجنة الوطنية المستقلة` alone is an anaphor).
 */
function stateBodyByIn(stream: TokenStream, tables: OrganizationTables, qualifiersFrom: number, at: number): { next: number; nationality: string } | null {
  if (at - qualifiersFrom < 2 || !ofState(stream, tables, qualifiersFrom, at)) return null;
  const more = stream.tokens[at];
  const next = more !== undefined && isDefiniteWord(more) && isNameAdjective(tables, more) && demonymCode(more) === null && !tables.nameEndingWords.has(more.norm) ? at + 1 : at;
  const nationality = locatedIn(stream, tables, next);
  return nationality === undefined ? null : { next, nationality };
}

/**
 * The country of `في` + a country's name at `at` after a supreme body (`المحكمة الاتحادية العليا في
 * العراق`) or a state's body of its field (ofState): a state has one, so it is that state's, as `مجلس الأمن في أرمينيا` is Armenia's; the
 * country stays outside, a place mention. Undefined otherwise.
 */
function locatedIn(stream: TokenStream, tables: OrganizationTables, at: number): string | undefined {
  const word = stream.tokens[at];
  if (word === undefined || word.kind !== 'word' || word.norm !== 'في') return undefined;
  return countryAt(stream, tables, at + 1)?.code;
}

/**
 * Whether an adjective of ideology qualifies the head (`الحزب الديمقراطي`, `الحزب الوطني الديمقراطي`):
 * parties name themselves so, and one ideology's adjective names a party as a field's and its country's
 * name a state's body, so the words need no purpose. A party described otherwise (`الحزب الحاكم`,
 * `الحزب اليميني الفرنسي`) is whichever the text spoke of.
 */
function namesIdeology(stream: TokenStream, tables: OrganizationTables, qualifiersFrom: number, next: number): boolean {
  for (let at = qualifiersFrom; at < next; at++) if (tables.partyIdeologies.has(stream.tokens[at]!.norm)) return true;
  return false;
}

/** Whether the tokens [index, next) are a name the lexicon or the national bodies already know. */
function namedWithout(stream: TokenStream, tables: OrganizationTables, index: number, next: number): boolean {
  return tables.known.match(stream, index)?.next === next || tables.nationalNames.match(stream, index)?.next === next;
}
