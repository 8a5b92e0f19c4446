// Unknown place names after a trigger word: whether a word can be one, and where the name ends.
// Precision first: a name is one word, or two when the first is the head of a compound place name
// (`دير الزور`, `سان خوسيه`); anything that looks like a function word, verb, adjective or demonym ends
// the attempt rather than the name.
import { demonymAt, demonymCode } from '../contracts/demonyms';
import { lazy } from '../text/lazy';
import { NOT_PLACE_NAME_WORDS, PERSON_TITLES_IN_PLACE_NAMES, PLACE_NAME_HEADS, POSITIONAL_ADJECTIVES, PLACE_TRIGGERS, ROMANCE_ARTICLES, STATE_TITLES, WORDS_AFTER_A_PLACE } from '../data/places/places-context';
import { COMPLEMENTIZERS, ORDINALS } from '../data/people/words';
import { personNameWords } from '../contracts/person-names';
import { foldKey } from '../text/fold-key';
import { hasKeyIn } from '../text/phrases';
import type { Token } from '../text/tokenize';

const ARTICLE = 'ال';
const LAM_ARTICLE = 'لل';
const CONJUNCTION = 'و';

// a street's or square's trigger is one with the article too (`حي الميدان` is Damascus's quarter); a
// state's title opens a state's name (`مدن الهوسا وسلطنة الطوارق`), never a town's
const notNameWords = lazy(
  () =>
    new Set(
      [...NOT_PLACE_NAME_WORDS, ...STATE_TITLES, ...PLACE_TRIGGERS.flatMap(([word, spec]) => (spec.cityPlace ? [word] : [word, ARTICLE + word]))].map(foldKey),
    ),
);
const nameHeads = lazy(() => new Set(PLACE_NAME_HEADS.map(foldKey)));
const romanceArticles = lazy(() => new Set(ROMANCE_ARTICLES.map(foldKey)));
/** WORDS_AFTER_A_PLACE, folded. */
export const wordsAfterAPlace = lazy(() => new Set(WORDS_AFTER_A_PLACE.map(foldKey)));
// words after a name that carry on the sentence, not the name (`منطقة لينا بأن …`: بأن folds to بان,
// a name), besides the words that follow a place
const complementizers = lazy(() => new Set(COMPLEMENTIZERS.map(foldKey)));
const personTitles = lazy(() => new Set(PERSON_TITLES_IN_PLACE_NAMES.map(foldKey)));
const regnalOrdinals = lazy(() => new Set(ORDINALS.map((ordinal) => foldKey(ARTICLE + ordinal))));
const sonOf = lazy(() => new Set(['بن', 'ابن', 'بنت'].map(foldKey)));
// a joined compound given name (عبدالله، عبدالعزيز): the name lists write its two words apart
const JOINED_ABD = /^عبد(?:ال)?\S{3,}$/;
// a place named after a person takes at most a name of four words (`مدينة محمد بن راشد آل مكتوم`
// would be five: rare enough to read short)
const MAX_PERSON_NAME_WORDS = 4;

// Nisba adjectives and their plurals (حدودية، عسكريون، إنسانيين); folded, so ية is يه.
const NISBA_ENDINGS = ['يه', 'يون', 'يين', 'يات'];
const FEMININE_ENDING = 'ه';
const PARTICIPLE_PREFIX = 'م';
// A masculine nisba ends in ya (صيفي); a name in alef maksura (موسى) folds to the same letter.
const WRITTEN_YA_ENDING = /\u064A[\u064B-\u0652]*$/;
const TANWEEN = /[\u064B-\u064D]/;
const WRITTEN_HA_ENDING = /\u0647[\u064B-\u0652]*$/;
// the feminine nisba folded (ية), as a name in ه also ends
const HA_NISBA = 'يه';

/** What may follow a trigger as a name (see PlaceTriggerSpec). */
export interface NameRules {
  /** A name with the article is allowed (`مدينة الموصل`). */
  definite: boolean;
  /** The trigger is masculine, so an adjective after it ends in ي (`مخيم صيفي`). */
  masculine: boolean;
}

/** Tanween marks an indefinite common word or adjective (`أرمينياً` `Armenian`); a place name never takes it. */
export function hasTanween(written: string): boolean {
  return TANWEEN.test(written);
}

/**
 * Whether a word without the article has the shape of an adjective rather than a name: a nisba
 * (عسكرية، and after a masculine trigger صيفي), a feminine participle مُفعَلة/مَفعولة (محتلة، منكوبة),
 * or فعيلة/فاعلة (كبيرة، واسعة). Names rarely have these shapes; those that do (اللاذقية، مكة) are in
 * the gazetteer.
 */
function looksLikeAdjective(token: Token, norm: string, rules: NameRules): boolean {
  if (NISBA_ENDINGS.some((ending) => norm.endsWith(ending))) return true;
  if (rules.masculine && WRITTEN_YA_ENDING.test(token.text)) return true;
  if (!norm.endsWith(FEMININE_ENDING)) return false;
  if (norm.startsWith(PARTICIPLE_PREFIX) && norm.length >= 4) return true;
  return norm.length === 5 && (norm[2] === 'ي' || norm[1] === 'ا');
}

/**
 * Whether a token can be (part of) a place name after a trigger. A word with the article is allowed
 * only where the rules say so, and never fused with a preposition (`للاجئين`, `بالقرب`); a word with
 * a pronoun suffix (`مدينتهم`, `ومحيطها`) never is. `conjoined`: the word is the second name after a
 * dual trigger (`بلدتي الباذان وطلوزة`), read without its و.
 */
function isPlaceNameWord(token: Token | undefined, rules: NameRules, conjoined: boolean): boolean {
  if (token === undefined || token.kind !== 'word' || token.suffix !== '' || hasTanween(token.text)) return false;
  const lead = conjoined ? CONJUNCTION.length : 0;
  const norm = token.norm.slice(lead);
  if (norm.length < 3) return false;
  // ل + ال after و (وللاجئين) is read on the word without it, as hasArticle reads it on a bare word
  const definiteWord = hasArticle(token) || norm.startsWith(LAM_ARTICLE);
  if (definiteWord && (!rules.definite || token.prefix.slice(lead) !== ARTICLE)) return false;
  if (hasKeyIn(token, notNameWords()) || demonymCode(token) !== null) return false;
  return definiteWord || !looksLikeAdjective(token, norm, rules);
}

/**
 * Whether the bare word at `at` is written in يه with a final ه, not ة (`أتشيه`): after a masculine
 * trigger no feminine nisba, which could not agree with it, but as often a word with the pronoun ه
 * (`حي أبيه`, `جبل يحميه`), so a name only where the caller finds it located.
 */
export function isNameInHa(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word' || token.prefix !== '' || token.suffix !== '' || hasTanween(token.text)) return false;
  return token.norm.length > 3 && token.norm.endsWith(HA_NISBA) && WRITTEN_HA_ENDING.test(token.text) && !notNameWords().has(token.norm);
}

/** Whether the word carries the article, alone or after a preposition (`الحرب`, `بالقرب`, `للاجئين`). */
export function hasArticle(token: Token): boolean {
  // ل + ال is written لل; the splitter keeps one lam on the stem when the stem is a known word (ل + لاجئين)
  return token.prefix.endsWith(ARTICLE) || token.norm.startsWith(LAM_ARTICLE);
}

/** Whether a word opens a compound place name and takes the next word with it (PLACE_NAME_HEADS: `عين`, `دير`, `سيدي`). */
export function isNameHead(token: Token): boolean {
  return token.kind === 'word' && token.suffix === '' && hasKeyIn(token, nameHeads());
}

/**
 * Where an unknown place name starting at token `at` ends (the index after it), or null if none starts
 * there. `conjoined`: the name's first word carries و, which is not part of it (see isPlaceNameWord).
 */
export function unknownPlaceNameEnd(tokens: readonly Token[], at: number, rules: NameRules, conjoined = false): number | null {
  const first = tokens[at];
  if (first === undefined || (conjoined && !first.prefix.startsWith(CONJUNCTION))) return null;
  if (isNameHead(first)) {
    const second = tokens[at + 1];
    if (!isPlaceNameWord(second, { ...rules, definite: true }, false)) return null;
    // a head after the head takes its own word (`معبر كرم أبو سالم`, `قرية عين أم …`)
    return isNameHead(second!) && isPlaceNameWord(tokens[at + 2], { ...rules, definite: true }, false) ? at + 3 : at + 2;
  }
  if (!isPlaceNameWord(first, rules, conjoined)) return null;
  const personEnd = personNameEnd(tokens, at, conjoined);
  // a title alone (`مدينة الملك`) names no place
  return personEnd ?? (isPersonTitle(first, conjoined ? CONJUNCTION.length : 0) ? null : at + 1);
}

const positionalAdjectives = lazy(() => new Set(POSITIONAL_ADJECTIVES.map(foldKey)));
// endings of plurals (القوات، المسلمين، المدنيون) and of the nisba, after the article
const NOT_NAME_ENDINGS = /(?:ات|ون|\u064A|\u0649|\u0629|\u0647)$/;

/**
 * Whether the token at `at`, after a town's one-word name no list knows, is the name's definite second
 * word (`بلدة عيتا الشعب`, `قرية مارون الراس`, `مدينة جسر الشغور`) rather than what the sentence goes on
 * with: a bare noun with the article that has no adjective's shape (no feminine, nisba or plural
 * ending, no participle in م, no elative أفعل and no فعيل: `الكبيرة`, `الحدودية`, `المجاور`, `الأكبر`,
 * `القديم`, `العليا`), no time or function word (`الأحد`, `اليوم`), and no masculine nisba after it,
 * which would make it a noun of its own (`دخل مدينة حمص الجيش السوري`).
 */
export function isDefiniteSecondWord(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || token.kind !== 'word' || token.prefix !== ARTICLE || token.suffix !== '' || hasTanween(token.text)) return false;
  const stem = token.stem;
  if (stem.length < 3 || NOT_NAME_ENDINGS.test(token.text) || positionalAdjectives().has(token.norm)) return false;
  if (stem.startsWith(PARTICIPLE_PREFIX) && stem.length >= 4) return false;
  if (stem.length === 4 && (stem[0] === 'ا' || stem[2] === 'ي')) return false;
  if (notNameWords().has(stem) || wordsAfterAPlace().has(token.norm) || demonymCode(token) !== null) return false;
  const next = tokens[at + 1];
  return next === undefined || demonymCode(next) === null || next.norm.endsWith(FEMININE_ENDING);
}

// a name a country's nisba closes has at most three words (`نيو ساوث ويلز الأسترالية`)
const MAX_WORDS_BEFORE_NISBA = 3;
// a nisba in the singular (folded: الهندي، الهندية), not the dual or plural of two names (الهنديتين)
const ONE_PLACE_NISBA = /(?:ي|يه)$/;

/**
 * Where a foreign name of two or three words starting at token `at` ends, when a country's nisba
 * right after it closes it (`ولاية ميناس جيرايس البرازيلية`, `إقليم خيبر بختونخوا الباكستاني`,
 * `مدينة سان لويس أوبيسبو الأمريكية`); null otherwise. Each word is bare and could be a name alone
 * (no article, function word, time word or adjective's shape): one word is what the trigger takes
 * anyway, and without the nisba nothing says where such a name ends.
 */
export function nameBeforeNisbaEnd(tokens: readonly Token[], at: number, masculine: boolean): number | null {
  const rules = { definite: false, masculine };
  // a Romance article opens the name (`مدينة لا بلاتا الأرجنتينية`, `لو هافر`); it is no word of its own
  const first = tokens[at];
  const start = first !== undefined && first.prefix === '' && romanceArticles().has(first.norm) ? at + 1 : at;
  for (let end = start; end - start <= MAX_WORDS_BEFORE_NISBA; end++) {
    const token = tokens[end];
    if (token === undefined) return null;
    // the nisba's last word says one place or two (`الجنوب أفريقية`, `الكورية الشمالية`)
    const nisba = end - at >= 2 ? demonymAt(tokens, end) : null;
    if (nisba !== null) return ONE_PLACE_NISBA.test(tokens[nisba.next - 1]!.norm) ? end : null;
    // a later word's first letter may look like a proclitic (ويلز, براديش, بلاتا), never the article;
    // a word of two letters no function word is may open such a name (`مدينة دا نانغ الفيتنامية`)
    if ((end === at ? token.prefix !== '' : token.prefix.length > 1) || wordsAfterAPlace().has(token.norm)) return null;
    if (!isPlaceNameWord(token, rules, false) && !(end === start && isShortForeignWord(token))) return null;
  }
  return null;
}

/** A bare word of two letters that is no function word (`دا` of Da Nang, `دي` of `سانتا كروز دي تينيريفي`), as a foreign name may hold. */
export function isShortForeignWord(token: Token): boolean {
  return token.kind === 'word' && token.prefix === '' && token.suffix === '' && token.norm.length === 2 && !notNameWords().has(token.norm);
}

/**
 * Where a place named after a person ends, from its first word at `at` (`حي محمد الخامس`, `قرية حسن
 * كيف`, `مدينة الملك عبدالله`, `مخيم نور شمس`): a given name, or a title such places keep
 * (PERSON_TITLES_IN_PLACE_NAMES), and the words of a person's name after it, bare given names, a
 * regnal ordinal, بن and a name. Null when no such word follows: one word is all the rules can say.
 * A definite word other than an ordinal ends the name (`قرية حسن الكبيرة` is the village's adjective).
 */
export function personNameEnd(tokens: readonly Token[], at: number, conjoined = false): number | null {
  const first = tokens[at];
  const lead = conjoined ? CONJUNCTION.length : 0;
  if (first === undefined || !(isPersonTitle(first, lead) || isGivenNameWord(first, lead))) return null;
  let end = at + 1;
  while (end - at < MAX_PERSON_NAME_WORDS) {
    const word = tokens[end];
    if (word === undefined || word.kind !== 'word' || word.suffix !== '') break;
    if (word.prefix === '' && sonOf().has(word.norm) && isGivenNameWord(tokens[end + 1], 0)) end += 2;
    else if (word.prefix === '' && isGivenNameWord(word, 0)) end++;
    else if (word.prefix === ARTICLE && regnalOrdinals().has(word.norm)) end++;
    else break;
  }
  return end > at + 1 ? end : null;
}

function isPersonTitle(token: Token, lead: number): boolean {
  return token.prefix.length === lead + ARTICLE.length && token.prefix.endsWith(ARTICLE) && personTitles().has(token.norm.slice(lead));
}

/** A word of people's names, bare (after `lead` letters of و): no time word or other word that follows a place. */
function isGivenNameWord(token: Token | undefined, lead: number): boolean {
  if (token === undefined || token.kind !== 'word' || token.suffix !== '' || token.prefix.length !== lead) return false;
  const norm = token.norm.slice(lead);
  if (notNameWords().has(norm) || wordsAfterAPlace().has(norm) || complementizers().has(norm)) return false;
  return personNameWords().has(norm) || JOINED_ABD.test(norm);
}
