// Reading a name from its first word: names a lexicon knows of (after a title or a given name) and
// names nobody lists, which must look like names word by word.
import { demonymCode } from '../contracts/demonyms';
import { personNameWords } from '../contracts/person-names';
import { sameLine } from '../text/lines';
import { hasArticle, isPunctuation } from '../text/phrases';
import type { Token } from '../text/tokenize';
import { normShape, stemShape } from '../text/word-shapes';
import type { PeopleLexicon } from './lexicon';
import { introducesSpeech } from './speech';
import { opensHeldTitle, titleAt } from './titles';
import { isPrepositionLetter } from '../text/clitics';
import { HOUSE_OF, endsInWrittenHeh, writesTehAsHeh, hasConjunction, isAlaWrittenWithYa, isGivenName, isHonorificAt, opensNameWithArticle, opensWithDefiniteGiven, isNameWithoutHamza, isNotNameWord, hasPreposition, titleHeadAt, type Reader } from './reader';

// Longest name read after a title or given name, in words that are not particles: given + father + grandfather + family.
const MAX_NAME_WORDS = 4;
// ابن as folded: `son of`, a particle of descent too
const SON_OF = 'ابن';
// آيت as folded: the Amazigh `sons of` (آيت أحمد، آيت الطالب)
const AIT = 'ايت';
// A name nobody lists has a given name and a family name, perhaps a father's name between.
const MIN_UNLISTED_WORDS = 2;
const MAX_UNLISTED_WORDS = 3;
// An active participle in the indefinite accusative (مشيرا، مؤكدا، مضيفا) says how a speaker spoke
// and follows the speaker's name (قال X Y مشيرا إلى): taken for a name word, it would carry the name on.
// Its م is followed by a root letter, ت or ن, never alif, unless م is the root's own (ماشيا، ماضيا: five
// letters); a longer word so written is a foreign name (`ديفيد ماراغا`).
// The longest, of the tenth form of a root of three or four letters, has eight letters (مستنكرا، متسائلا):
// a longer word so written is a foreign name (`إيمرسون منانغاغوا`).
const ADVERBIAL_PARTICIPLE = /^م(?:[^ا].{2,5}|ا..)ا$/;
// The same of the first form, فاعلا (لاحقا، سابقا، جازما، واصفا): when, or how, the speaker spoke (`وقال
// مودي لاحقا إن`). Names so shaped are the lists' or open data's (كارلا، باولا), and those in يا (ماريا،
// تانيا) are left out.
const FAIL_ACCUSATIVE = /^.ا[^اوي][^اوي]ا$/;
// A verb in the imperfect of the third person masculine (يقدم، يتحدث): ي and three or four letters.
// In ANERcorp's training text the words of four or five letters inside names that open so are names
// lists or open data hold (يوسف، يعقوب، ياسين) or East Asian syllables (يانغ), against thousands of
// verbs outside names; at six letters foreign surnames are many (يلتسين، يرلكاب) and are left be.
const IMPERFECT_VERB = /^ي.{3,4}$/;
// A verb in the passive of a hollow root or the fourth form, as folded (أصيب، أقيل، أعيد، أحيل): alif, a
// letter, ي and a letter. Written with أ after a name, it is what befell its bearer (`محمد أصيب في
// الحادث`); names so shaped are the lists' or open data's (أمين، أنيس), or nouns they know (أديب).
const PASSIVE_VERB = /^ا.ي.$/;
// A family name after يا as written, with no hamza (ياغي، يافي، يامال): a verb whose ي an alif follows
// opens with a hamza (يأتي، يأخذ), written so where news writes hamzas; not a plural's ون or ين (ياخذون)
const YA_WITHOUT_HAMZA = /^يا.+[^ن]$/;
// The same verb in the future, with سـ (سيغيب، ستشارك، سنعود): see opensFutureClause.
const FUTURE_VERB = /^س[يتن].{3,4}$/;
// A noun ending in alif with the pronoun ه (مرماه، مستواه، اتجاه): in ANERcorp's training text 151 words
// outside names end so and one inside a name (ايبواه).
const PRONOUN_AFTER_ALIF = /..اه$/;
// A broken plural of the shape فعايا (قضايا، ضحايا، هدايا، مزايا): what a name's bearer discussed, gave
// or counted (وناقش إبراهيم قضايا المياه). Family names so shaped are open data's (أنايا).
const FAAAYA_PLURAL = /^..ايا$/;
// An elative as folded (أكبر، أشهر، أغنى، أقوى): alif and three root letters, the first two no long vowel
// (أيوب، أنور، أمين are names), the last ي where the root's is weak. Written with أ, it compares the
// name's bearer (`دانغوتي أكبر أثرياء أفريقيا`); see opensComparison.
const ELATIVE = /^ا(?:[^اوي]{2}[^اوي]|[^اوي][^اوي]ي|[^اوي][وي]ي)$/;
// The particle of comparison after an elative (أغنى من), folded
const THAN = 'من';
// The nisba ending of relational adjectives (عسكري، أمنية folded to أمنيه، هاتفيا), which family names share.
const NISBA_ENDING = /ي[اه]?$/;
// A sound feminine plural of six letters or more (العلاقات، الإجراءات، الانتخابات): after a given name it
// is the verb's object (ورفض حمدان الإجراءات); family names ending so are shorter (السادات، الزيات).
export const LONG_FEMININE_PLURAL = /^.{4,}ات$/;
// A sound masculine plural of a participle (المتفوقين، المشاركين، المسؤولون): after a given name it is
// the verb's object or subject (كرمت الملكة رانيا المتفوقين); no family name is shaped so.
const PARTICIPLE_PLURAL = /^م.{3,}(?:ين|ون)$/;
// A verbal noun in the indefinite accusative, why or how someone acted (إظهارا للروح، تقديرا لضحايا،
// احتراما لذكرى): the shapes إفعالا، تفعيلا، افتعالا, folded. No name opens so.
export const ACCUSATIVE_VERBAL_NOUN = /^(?:ا..ا.|ت..ي.|ا.ت.ا.)ا$/;
// The verbal noun of the second form (تشكيل، تقديم، تعزيز): ت, two letters, ي and a last letter.
const TAFIL = /^ت..ي.$/;
// The verbal nouns of the derived forms that open with alif, folded: إفعال (إدخال، إعلان)، افتعال
// (انتخاب)، انفعال (انسحاب)، استفعال (استئناف). After ب or ل they are what a person called for or
// welcomed (`وطالب أبو رمضان بإدخال الوقود`), never a family name's first word. Their last root letter
// is never و after the alif (a weak one is written ء: إنشاء، إلغاء), as foreign family names end
// (`ماني باكياو`: ب + اكياو to the splitter).
const DERIVED_VERBAL_NOUN = /^(?:ا..ا|ا.ت.ا|ان..ا|است..ا)[^و]$/;
// Marks that end a sentence, after which a name goes on no more. Not a comma, which may close a verb's
// object as well (استقبل الملك عبد الله السفير، ثم ...); a comma and a title are read as apposition.
const SENTENCE_ENDS = '.؛;';

/** Token indexes of a name: its first word and the one after its last. */
export interface NameSpan {
  first: number;
  next: number;
}

/**
 * Whether readName at `first` may read otherwise when it trusts a preposition there: only at a first
 * word with ب, ل or ك before its article (hasPreposition, which ك and the article of
 * opensWithSimileArticle have too) or at علي that may be على (isAlaWrittenWithYa). Elsewhere the two
 * readings are one, read once (known.ts' nameAt).
 */
export function prepositionTrustMatters(reader: Reader, first: number): boolean {
  const token = reader.tokens[first];
  return token !== undefined && (hasPreposition(token) || isAlaWrittenWithYa(reader, first));
}

/**
 * The name starting at token `first`: up to four name words. A word with the article is a name word
 * only after a particle (`عبد العظيم`) or as the last word after a given name (`بشار الأسد`). A word
 * joined by و starts a new phrase, so it ends the name.
 */
export function readName(reader: Reader, first: number, trustPreposition = false): NameSpan | null {
  const { tokens, lex } = reader;
  let at = first;
  let words = 0;
  // particles are bounded too, or a run of them (عبد عبد عبد …) is read again from every start: quadratic time
  let particles = 0;
  // a first word may be a particle joined by و to the name before it (ومراد شريفي وعبد الرحيم حمادي)
  const isParticleAt = (k: number): boolean => isParticleWord(reader, tokens[k]!, k === first);
  while (at < tokens.length && words < MAX_NAME_WORDS && particles <= MAX_NAME_WORDS) {
    const token = tokens[at]!;
    if (at > first && !sameLine(reader.stream, at - 1, at)) break;
    if (isAlaWrittenWithYa(reader, at) && !(at === first && trustPreposition)) break;
    // a formula of blessing (رضي الله عنه، رحمه الله، ﷺ) follows the name, no part of it
    if (isHonorificAt(reader, at)) break;
    if (endsWithOrdinal(reader, first, at)) {
      at = afterOrdinal(reader, at);
      break;
    }
    // a name of God after عبد that is a title too (عبد الملك، عبد الحكم) is the given name's second half
    if (!isNameWord(reader, at) && !(at > first && !reader.claims[at] && endsAbdName(reader, at)) && !isKunyaNumber(reader, first, at)) {
      if (isTitleInDescent(reader, first, at) || isAitFamily(reader, first, at)) {
        words++;
        at++;
        continue;
      }
      if ((at - first === 2 && demonymClosesName(reader, first, at)) || closesWithTitleWord(reader, first, at)) at++;
      break;
    }
    // A name takes no preposition (بإبلاغ، لمنطقة end one), but foreign names often start with what
    // looks like one (بوتين، لافروف): trusted after a first name word, or when the caller says so.
    // (nor a name the lists hold whole, which the splitter does not keep whole: لمى as ل + مى)
    if (at === first && !trustPreposition && hasPreposition(token) && !lex.givenNames.has(token.norm, normShape(token))) break;
    if (at === first && ACCUSATIVE_VERBAL_NOUN.test(token.norm) && !isGivenName(reader, token, true)) break;
    if (at === first && opensAccusativePhrase(reader, at)) break;
    if (at === first && opensFutureClause(reader, at, false)) break;
    // after the first word a preposition on a word the lexicons know, or with a third person's pronoun,
    // ends the name (محمد لوكالة، علي كذلك، عائشة لإقناعهم; بلينكن is ب + لين + كن to the splitter)
    if (at > first && token.prefix.length === 1 && hasPreposition(token) && prepositionEndsName(reader, token) && !closesWithLamSurname(reader, at)) break;
    // a head noun of bodies and places (نادي، شركة، وكالة) opens their name, not a person's, unless it is
    // a given name no everyday word shares (نائب رئيس نادي أرسنال) or a kunya's أبو, which opens place
    // names too (أبو ظبي) but a claimed place is no name word already (الرئيس أبو مازن)
    // (a name word that is such a noun too opens one before a definite given name: صباح الخالد)
    if (at === first && lex.commonNouns.has(token.norm) && !isGivenName(reader, token, false) && !lex.kunyas.has(token.norm) && !opensGulfChain(reader, at)) break;
    const previous = tokens[at - 1];
    const afterParticle = at > first && previous !== undefined && isParticleAt(at - 1);
    if (at > first && token.prefix.startsWith('و') && !afterParticle && !ownsConjunctionAfterName(reader, at)) break;
    // the second half of a compound given name (سعد الدين، زين العابدين) counts with the first as one word
    if (at > first && !afterParticle && isCompoundNameEnd(reader, at)) {
      at++;
      continue;
    }
    // (a first word whose و and article the splitter took off is a name whole: والاس, ownsConjunction)
    // (nor one whose أل the splitter took for the article: الفارو ميخيا, isNameWithoutHamza)
    // (nor a given name with the article before a particle of descent, الوليد بن طلال, or a given name
    // written so before another, الطيب صالح: opensNameWithArticle)
    const ownsArticle =
      at === first && (token.prefix === 'وال' ? ownsConjunction(reader, at) : isNameWithoutHamza(reader, at) || opensNameWithArticle(reader, at) || (trustPreposition && opensWithSimileArticle(reader, at)));
    // (a family name whose first letters the splitter took for ك and the article closes one: كالامار)
    if (at > first && !afterParticle && closesWithSimileArticle(reader, at)) {
      at++;
      break;
    }
    if (hasArticle(token) && !afterParticle && !ownsArticle) {
      // a family name with the article closes a name that is clearly one: right after a given name
      // (بشار الأسد; not a listed noun: زار الملك فيصل المستشفى) or after a particle pair (عبد الفتاح السيسي); never with a preposition before its
      // article (سعيد بالنتائج, `happy with the results`; حمد للصحفيين, `Hamad to the journalists`)
      const read = at - first;
      const closes =
        (read === 1 && isGivenName(reader, tokens[first]!, true) && !isQualifiedNoun(reader, at) && !isEverydayNoun(reader, at) && !isObjectPlural(token.stem)) ||
        (read === 1 && opensGulfChain(reader, first)) ||
        // after a particle pair and a family name, a listed noun or a noun its adjective follows is the
        // verb's object (استقبل الرئيس عبد العزيز بوتفليقة الوفد), no fourth name word
        (read >= 2 && isParticleAt(first) && !PARTICIPLE_PLURAL.test(token.stem) && (read === 2 || (!lex.commonNouns.has(token.stem) && !isQualifiedNoun(reader, at)))) ||
        // (a plural after two names is what they did too: وأحال المستشار محمد شوقي المتهمين)
        (read === 2 && !isObjectPlural(token.stem) && (closesWithNisba(reader, first, token) || closesThreePart(reader, first, at))) ||
        closesAfterGivenName(reader, first, at);
      if (closes && token.prefix === 'ال') {
        at = afterDefiniteGivenNames(reader, afterAbdFamily(reader, at), first);
        // a given name of two words (محمد الأمين، محمد الحسن, as Mauritania and the Maghreb name) goes
        // on with its father's after the particle (محمد الحسن ولد الددو); a particle left at the end is cut below
        if (read === 1 && lex.patronymics.has(tokens[at]?.norm ?? '') && tokens[at + 1]?.kind === 'word') {
          words++;
          continue;
        }
      }
      break;
    }
    // (kin or an assistant before a title is the title in apposition; ابن, a particle of descent too, is left to that reading)
    if (at > first && !afterParticle && (endsNameByShape(reader, token) || opensComparison(reader, at) || opensTitleInApposition(reader, at) || isQualifiedFeminineNoun(reader, at) || (!isParticleAt(at) && opensHeldTitle(reader, at)))) break;
    if (carriesPronoun(reader, at, at === first)) break;
    // a third word must itself look like a name part: a given name (a father's name), a particle or what follows one
    const isParticle = isParticleAt(at);
    if (words >= 2 && !afterParticle && !isParticle && !isGivenName(reader, token, true)) {
      if (at - first === 2 && (familyNameCloses(reader, first, at) || closesSyllableName(reader, first, at) || closesUnlistedName(reader, first, at) || closesWithHeh(reader, first, at))) at++;
      break;
    }
    // a particle and its word count as one (محمد بن سلمان بن عبد العزيز آل سعود); ابن before a listed
    // noun is `son of` said of the bearer (عادل إمام ابن حي شعبي), no part of the name
    if (isParticle && at > first && token.norm === SON_OF && isCommonNoun(lex, tokens[at + 1]?.norm ?? '')) break;
    if (isParticle) particles++;
    else words++;
    at++;
  }
  if (at === first) return null;
  // a particle cannot end a name (`عبد` alone)
  while (at > first && isParticleAt(at - 1)) at--;
  return at > first ? { first, next: at } : null;
}

/**
 * Whether the word at `at` and the one after it are a noun in the indefinite accusative and what
 * qualifies it, the object of the verb before a title (`حقق العداء رقما قياسيا`، `قدم المطرب حفلا
 * غنائيا`، `حقق العداء زمنا قدره`): the first ends in the accusative's alif, the second is a nisba in
 * it (يا) or has a pronoun, and the lists and open data hold neither as a name word, as they hold the
 * names that end so (`ماريا`، `رضا مالك`). Foreign names no list holds end in alif too, but seldom in
 * يا after one that does (`جيانلوكا زامبروتا`). A complementizer with its pronoun is none of these.
 */
function opensAccusativePhrase(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  const next = reader.tokens[at + 1];
  if (token.prefix !== '' || token.suffix !== '' || token.norm.length < 3 || !token.norm.endsWith('ا') || next === undefined || next.kind !== 'word') return false;
  if (next.prefix !== '' || (next.suffix === '' && !next.norm.endsWith('يا'))) return false;
  // a complementizer with its pronoun (إنها، أنه) is reported speech after a name (`قالت الفنانة يسرا
  // إنها`), no object's qualifier
  if (reader.lex.complementizers.has(next.norm)) return false;
  return !isGivenName(reader, token, true) && !isGivenName(reader, next, true);
}

/**
 * Whether the word at `at` is a verb in the future (FUTURE_VERB) with what it governs after it: what a
 * title's bearer will do (`أكد أن اللاعب سيغيب شهرا`، `ستثير الذهول`، `الوزير سيقدم استقالته`). It stands
 * before a definite word, a word in the accusative's alif, a function word or no word; right after a
 * title (`afterTitle`) also before a word with a pronoun (`سيقدم استقالته`), or where the splitter read
 * its س as the future's (`سيعقد`): elsewhere a name nobody lists may open so (`وقالت سيلفيا مارتينيز`).
 * Names that open so are the lists' or open data's (`سيرغي`، `سيرجيو`), or go on with a bare family
 * name (`ستيفين كورين`، `ستافان دي ميستورا`).
 */
export function opensFutureClause(reader: Reader, at: number, afterTitle: boolean): boolean {
  const token = reader.tokens[at];
  if (token === undefined || !FUTURE_VERB.test(token.norm) || isGivenName(reader, token, true)) return false;
  if (token.prefix === 'س') return afterTitle;
  if (token.prefix !== '' || (token.suffix !== '' && !afterTitle)) return false;
  const next = reader.tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || hasArticle(next) || next.norm.endsWith('ا') || isNotNameWord(reader.lex, next)) return true;
  return afterTitle && next.suffix !== '';
}

/**
 * A definite ordinal right after a given name is its regnal number, an epithet the name takes (`عبدالله
 * الثاني`, `عبد الله الثاني`, `إليزابيث الثانية`): a definite adjective after a proper name qualifies
 * the name, where a rank said of the person is indefinite (`حل ثانيا`) or follows a noun (`في المركز
 * الثاني`). The ordinal is read here because الأول and الثاني also complete titles (النائب الأول) and
 * so are no name words elsewhere.
 */
function endsWithOrdinal(reader: Reader, first: number, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at]!;
  if (token.prefix !== 'ال' || !lex.ordinals.has(token.stem) || reader.claims[at]) return false;
  const read = at - first;
  if (read === 1) return (isGivenName(reader, tokens[first]!, true) && !lex.particles.has(tokens[first]!.norm)) || opensWithDefiniteGiven(reader, first);
  return read === 2 && lex.particles.has(tokens[first]!.norm) && !lex.particles.has(tokens[first + 1]!.norm);
}

/**
 * A title word after a particle of descent, with the name going on after it, is a name word: the
 * names of Mauritania and the Gulf keep an ancestor's title (`محمد ولد الشيخ الغزواني`, `إسماعيل ولد
 * الشيخ أحمد`, `أحمد بن الشيخ محمد`). Not after ابن, which also says `the son of` (`علي ابن الشيخ
 * الراحل`), nor at the name's end (`محمد بن الشيخ`), except after آل, `the house of`, where the title
 * is the family's name whole (`عبد العزيز آل الشيخ`).
 */
function isTitleInDescent(reader: Reader, first: number, at: number): boolean {
  const { tokens, lex, stream } = reader;
  const particle = tokens[at - 1];
  if (at - 1 <= first || particle === undefined) return false;
  const house = particle.norm === HOUSE_OF;
  if (!house && (particle.norm === SON_OF || !lex.patronymics.has(particle.norm))) return false;
  if (tokens[at]!.prefix !== 'ال' || reader.claims[at] || lex.titleHeads.match(stream, at)?.next !== at + 1) return false;
  if (house) return true;
  const after = tokens[at + 1];
  return after !== undefined && (after.prefix === '' || after.prefix === 'ال') && sameLine(stream, at, at + 1) && isNameWord(reader, at + 1);
}

/**
 * The word after the Amazigh آيت (`the sons of`) inside a name is the family's name whatever else it is
 * (`خالد آيت الطالب`: طالب is also `he demanded`), as a title is after آل: an unclaimed word, bare or
 * with the article alone, that is no function word whole.
 */
function isAitFamily(reader: Reader, first: number, at: number): boolean {
  const particle = reader.tokens[at - 1];
  const token = reader.tokens[at]!;
  if (at - 1 <= first || particle === undefined || particle.norm !== AIT || token.kind !== 'word' || reader.claims[at]) return false;
  return (token.prefix === '' || token.prefix === 'ال') && token.suffix === '' && !reader.lex.notNameWords.has(token.norm) && sameLine(reader.stream, at - 1, at);
}

/**
 * The second half of a compound given name (الدين، الإسلام) after a first half the lists know (نور،
 * سيف): open data's name words are too many everyday words and epithets (تجديد الدين، رسول الإسلام).
 */
export function isCompoundNameEnd(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at]!;
  const before = tokens[at - 1];
  if (before === undefined || token.prefix !== 'ال' || !lex.compoundNameEnds.has(token.norm)) return false;
  return lex.givenNames.has(hasConjunction(before) ? before.stem : before.norm);
}

/**
 * The token after a regnal number at `at` (`الثاني`, `السادس عشر`) on the line of the word before it,
 * or null where none stands there: after a title a word no list knows and such a number are a
 * monarch's or patriarch's name (`البابا تواضروس الثاني`).
 */
export function afterRegnalNumber(reader: Reader, at: number): number | null {
  const token = reader.tokens[at];
  if (token === undefined || token.prefix !== 'ال' || !reader.lex.ordinals.has(token.stem) || reader.claims[at] || !sameLine(reader.stream, at - 1, at)) return null;
  return afterOrdinal(reader, at);
}

/** The token after an ordinal at `at`, past the ten of a compound ordinal (`السادس عشر`). */
function afterOrdinal(reader: Reader, at: number): number {
  const ten = reader.tokens[at + 1];
  const compound = ten !== undefined && ten.kind === 'word' && ten.prefix === '' && reader.lex.ordinalTens.has(ten.norm);
  return compound && sameLine(reader.stream, at, at + 1) ? at + 2 : at + 1;
}

/**
 * A family name with the article closes a name whose last part is a given name in its own right: a
 * father's name after a particle of descent (`علي بن أحمد الكواري`, `عبدالله بن حمد العطية إن`), or a
 * compound given name (`نور الدين الطبوبي`). After a verb the name is its subject and a definite
 * noun its object (`بحث فيصل بن سلمان العلاقات`, `وقع سلطان بن فهد الاتفاقية`), so the word must
 * be shaped as a family name (a nisba written with ي: الكواري، القاسمي) or reported speech or a title
 * in apposition must follow it (`العطية إن`, `العطية رئيس مجلس الإدارة`); never a listed noun, an
 * ordinal or a noun an adjective qualifies. Title heads, domains, demonyms and claimed words are no
 * name words already (`بن علي الرئيس`, `بن علي التونسي`, `بن علي الأسبوع الماضي`).
 */
function closesAfterGivenName(reader: Reader, first: number, at: number): boolean {
  // the name's first word itself (الحسن): nothing of the name stands before it
  if (at <= first) return false;
  const { tokens, lex } = reader;
  const family = tokens[at]!;
  const last = tokens[at - 1]!;
  let given: boolean;
  if (at - 1 > first && isCompoundNameEnd(reader, at - 1)) given = true;
  else if (at - 2 > first && lex.patronymics.has(tokens[at - 2]!.norm)) given = isGivenName(reader, last, true) || isTitleInDescent(reader, first, at - 1);
  else given = at - 3 > first && lex.patronymics.has(tokens[at - 3]!.norm) && tokens[at - 2]!.norm === 'عبد' && !lex.particles.has(last.norm);
  if (!given || isCommonNoun(lex, family.stem) || lex.rankAdjectives.has(family.stem) || isQualifiedNoun(reader, at)) return false;
  return family.text.endsWith('ي') || introducesSpeech(reader, at + 1) || titleAt(reader, at + 1) !== null;
}

/**
 * The token after a family name with the article at `at`: العبد goes on with the name of God after it
 * (رانيا العبد الله، أحمد العبد الرحمن), as عبد does in given names; alone it is the servant.
 */
function afterAbdFamily(reader: Reader, at: number): number {
  const next = reader.tokens[at + 1];
  const joins = reader.tokens[at]!.stem === 'عبد' && next !== undefined && next.prefix === '' && reader.lex.abdNameWords.has(next.norm);
  return joins && !reader.claims[at + 1] && sameLine(reader.stream, at, at + 1) ? at + 2 : at + 1;
}

/**
 * The token after the definite given names that go on from `at`, once a family name with the article
 * has closed a name: Gulf names chain a father's and a grandfather's given names with the article
 * (مشعل الأحمد الجابر، أحمد الفهد الأحمد الصباح). Each word has the article alone and a stem the lists or
 * open data hold as a name word, no common noun unless the name plainly ends after it (the family's
 * الصباح is the morning too: `الشيخ أحمد الفهد الصباح الباكر` is no name's end), and is a name word (isNameWord: no claim, title or domain: الرئيس، الأمين العام، الحكومة end
 * it) that no adjective of rank or nationality qualifies.
 */
function afterDefiniteGivenNames(reader: Reader, at: number, first: number): number {
  const { tokens, lex } = reader;
  while (at - first < MAX_NAME_WORDS) {
    const token = tokens[at];
    if (token === undefined || token.prefix !== 'ال' || token.suffix !== '') break;
    const shape = stemShape(token);
    // a word of names that is a common noun too (the family's الصباح is the morning) only as the
    // chain's last word, where the name plainly ends
    const named = lex.givenNames.has(token.stem, shape) || personNameWords().has(token.stem, shape);
    const given = named && (!isCommonNoun(lex, token.stem) || endsClearly(reader, at + 1));
    if (!given || !isNameWord(reader, at) || isQualifiedNoun(reader, at) || !sameLine(reader.stream, at - 1, at)) break;
    at++;
  }
  return at;
}

/**
 * Whether the definite word at `at` is a listed noun that names no family here (`زار الملك فيصل
 * المستشفى`): one open data holds as a name word (the family's الصباح is the morning too) is a family
 * name where the name plainly ends after it (`قالت الشاعرة سعاد الصباح إن`), as in a Gulf chain
 * (afterDefiniteGivenNames).
 */
function isEverydayNoun(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (!reader.lex.commonNouns.has(token.stem)) return false;
  return !personNameWords().has(token.stem, stemShape(token)) || !endsClearly(reader, at + 1);
}

/**
 * Whether a common noun that open data holds as a name word (صباح `morning`, a given name of Kuwait's
 * ruling family) opens a chain of definite given names (صباح الخالد الحمد الصباح, صباح الأحمد): the
 * word after it has the article alone and a stem the lists hold as a given name, no everyday one,
 * unclaimed (a date claims صباح الخميس). A noun of time is in construct with a day, not a person.
 */
function opensGulfChain(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at]!;
  const next = tokens[at + 1];
  if (token.prefix !== '' || !lex.commonNouns.has(token.norm) || !personNameWords().has(token.norm, normShape(token)) || next === undefined || next.prefix !== 'ال' || next.suffix !== '' || reader.claims[at + 1]) return false;
  return lex.givenNames.has(next.stem, stemShape(next)) && !lex.ambiguousGivenNames.has(next.stem) && sameLine(reader.stream, at, at + 1);
}

/**
 * A definite word that a definite adjective of rank or nationality qualifies is a noun phrase, the
 * object after a subject's given name (`وسجل صلاح الهدف الأول`, `واستقبل عباس الوفد المصري`), not a
 * family name; a family name shaped as a nisba keeps one after it (`محمد البرادعي المصري`).
 */
function isQualifiedNoun(reader: Reader, at: number): boolean {
  const noun = reader.tokens[at]!;
  const next = reader.tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || next.prefix !== 'ال' || NISBA_ENDING.test(noun.stem)) return false;
  if (!sameLine(reader.stream, at, at + 1)) return false;
  return reader.lex.rankAdjectives.has(next.stem) || (demonymCode(next) !== null && !reader.claims[at + 1]);
}

/**
 * Whether the word ends as a nisba does (السوداني، القاسمية): folding writes ى as ي, but a word written
 * with ى ends in an alif (المتوفى، المستشفى), no nisba.
 */
function isNisba(token: Token): boolean {
  return NISBA_ENDING.test(token.stem) && !token.text.endsWith('ى');
}

// a broken plural of the shapes فعالي، فواعي (الأراضي، المباني، الأهالي، النواحي), a noun after على
const FAALI_PLURAL = /^..ا.ي$/;

/**
 * Whether علي at `at`, right after a title, is the given name where a text writing على as علي would
 * make it the preposition (isAlaWrittenWithYa): before a definite masculine nisba no list knows as a
 * noun or demonym (`المرجع الشيعي علي السيستاني`); على takes a noun, and nouns so shaped are listed or
 * broken plurals (FAALI_PLURAL: `علي الأراضي`), which stay the preposition's.
 */
export function isAliBeforeNisba(reader: Reader, at: number): boolean {
  if (!isAlaWrittenWithYa(reader, at)) return false;
  const family = reader.tokens[at + 1]!;
  if (family.prefix !== 'ال' || family.suffix !== '' || !family.stem.endsWith('ي') || !isNisba(family) || FAALI_PLURAL.test(family.stem)) return false;
  return !isCommonNoun(reader.lex, family.stem) && demonymCode(family) === null;
}

/**
 * A family name with the article and a nisba ending (السوداني، الحلبوسي) closes a name of three words
 * that a given name opens (محمد شياع السوداني); a common noun with that ending (الإعلامي is a title,
 * الوطني a domain) is no family name, nor a feminine one (فيكتور سكفورتوف الميدالية): family names
 * take the masculine nisba.
 */
function closesWithNisba(reader: Reader, first: number, family: Token): boolean {
  const { lex } = reader;
  const masculine = family.stem.endsWith('ي');
  return masculine && isGivenName(reader, reader.tokens[first]!, false) && isNisba(family) && !isCommonNoun(lex, family.stem) && !lex.titleDomains.has(family.norm);
}

/**
 * A family name with the article closes a name whose first two words are given names the lists know,
 * everyday ones too (a given name and a father's: عمر حسن البشير، ناصر محمد العطية), unless it is a
 * listed noun, a title's domain or a noun an adjective qualifies (واستقبل محمد علي الوفد المصري).
 */
function closesThreePart(reader: Reader, first: number, at: number): boolean {
  const { tokens, lex } = reader;
  const family = tokens[at]!;
  const listed = (token: Token) => lex.givenNames.has(hasConjunction(token) ? token.stem : token.norm);
  if (!listed(tokens[first]!) || !listed(tokens[first + 1]!)) return false;
  // (a feminine noun a feminine definite adjective qualifies is what the bearer won or holds: `وحصد السباح
  // أحمد يوسف الميدالية الذهبية`; a family name so ending takes none: `ناصر محمد العطية إن`)
  if (isFeminineNounPhrase(reader, at)) return false;
  return !isCommonNoun(lex, family.stem) && !lex.titleDomains.has(family.norm) && !isQualifiedNoun(reader, at);
}

/** Whether the definite feminine word at `at` has a definite feminine adjective after it on the line (`الميدالية الذهبية`). */
function isFeminineNounPhrase(reader: Reader, at: number): boolean {
  const noun = reader.tokens[at]!;
  const adjective = reader.tokens[at + 1];
  if (!noun.stem.endsWith('ه') || adjective === undefined || adjective.kind !== 'word' || adjective.prefix !== 'ال' || adjective.suffix !== '') return false;
  return adjective.stem.endsWith('ه') && !reader.claims[at + 1] && sameLine(reader.stream, at, at + 1);
}

/**
 * A demonym with the article after a known given name and a word that is no given name is a family
 * name (محمد شياع السوداني, the Iraqi prime minister): a nationality after a name follows a name whose
 * words are both given names (اللاعب محمد صلاح المصري, أحمد علي العراقي).
 */
function demonymClosesName(reader: Reader, first: number, at: number): boolean {
  const { tokens } = reader;
  const family = tokens[at]!;
  return (
    family.kind === 'word' &&
    family.prefix === 'ال' &&
    !reader.claims[at] &&
    demonymCode(family) !== null &&
    isGivenName(reader, tokens[first]!, false) &&
    !isGivenName(reader, tokens[first + 1]!, true) &&
    !reader.lex.particles.has(tokens[first + 1]!.norm)
  );
}

/**
 * A definite title word after given names is their family name (ناصر الشاعر، محمد القاضي، حسين
 * الشيخ، أبو مهدي المهندس) when nothing goes on with it as a title: news puts the title before the
 * name and qualifies it (الشاعر الفلسطيني محمود درويش), so a title word with no complement, no name
 * after it and reported speech, a title in apposition or the clause's end right after it names the
 * family (`قال ناصر الشاعر إن`, `ناصر الشاعر وزير التعليم`); before a preposition or a noun it is
 * the title of what the person did or met (`وصل أحمد الطبيب إلى`, `استقبل عباس الشاعر سميح
 * القاسم`). A head that is an everyday noun too (الفريق، الحكم، الحارس) is left out: `قاد محمد
 * الفريق.` is the team.
 */
function closesWithTitleWord(reader: Reader, first: number, at: number): boolean {
  const { tokens, lex } = reader;
  const family = tokens[at]!;
  const read = at - first;
  if (read < 1 || read > MAX_NAME_WORDS - 1 || family.prefix !== 'ال' || family.suffix !== '' || reader.claims[at]) return false;
  for (let k = first; k < at; k++) {
    const word = tokens[k]!;
    if (!isGivenName(reader, word, true) && !isParticleWord(reader, word, k === first)) return false;
  }
  if (isParticleWord(reader, tokens[at - 1]!, at - 1 === first)) return false;
  // the head alone, one word: a head of several words (المدير العام، الرئيس التنفيذي) is an office
  if (lex.titleHeads.match(reader.stream, at)?.next !== at + 1 || lex.ambiguousTitleHeads.has(family.norm) || !sameLine(reader.stream, at - 1, at)) return false;
  return endsClearly(reader, at + 1);
}

/**
 * Whether a name plainly ends before `at`, as nothing but a name would: the text, the line or the
 * sentence ends, reported speech or a title in apposition (indefinite, in construct: وزير التعليم، أمير
 * الكويت; or after a comma) follows.
 */
function endsClearly(reader: Reader, at: number): boolean {
  const after = reader.tokens[at];
  if (after === undefined || isPunctuation(after, SENTENCE_ENDS) || !sameLine(reader.stream, at - 1, at)) return true;
  return introducesSpeech(reader, at) || (after.prefix === '' && titleAt(reader, at) !== null) || opensTitleInApposition(reader, at);
}

/**
 * A third word no list knows closes a name that a known given name and a father's given name open
 * (محمد حمدان دقلو) when the name plainly ends after it: at punctuation, the end of the text, a claimed
 * token or a word that is no name (إن، أن، قال). The word must look like a name on its own (no
 * pronoun suffix, no common noun, no adjective with the nisba ending, no accusative: محمد حمدان وحده،
 * أحمد حسن مسؤولا، سامي حسن رسميا).
 */
function familyNameCloses(reader: Reader, first: number, at: number): boolean {
  const { tokens } = reader;
  const family = tokens[at]!;
  // an indefinite accusative (قال جو بايدن وكامالا هاريس شيئا) is the verb's object
  if (family.prefix !== '' || family.norm.endsWith('ا') || NISBA_ENDING.test(family.norm)) return false;
  if (!isUnlistedNameWord(reader, at, false, false)) return false;
  if (!isGivenName(reader, tokens[first]!, false) || !isGivenName(reader, tokens[first + 1]!, true)) return false;
  return endsPlainly(reader, at + 1);
}

/**
 * A third word closes a name whose second and third words no list or open data holds (`تيدروس أدهانوم
 * غيبريسوس`: a given name, the father's and the grandfather's, as the Horn of Africa names people) when
 * the name plainly ends after it or reported speech follows, as familyNameCloses asks of a name a listed
 * given name opens. Open data holds the family names of the people it knows (`شولتس`، `بايدن`), so a
 * known person's name with another's surname after it as an object is not read so by this rule. The
 * second and third words have no clitic and look like names (isUnlistedNameWord), the third no alif of
 * the accusative, no nisba ending and is no word the lists know.
 */
function closesUnlistedName(reader: Reader, first: number, at: number): boolean {
  const { tokens } = reader;
  const family = tokens[at]!;
  // (an alif of the accusative is no object's before reported speech, which قال takes: `نغوزي أوكونجو
  // إيويالا إن`; participles so ending end the name before: endsNameByShape)
  const accusative = family.norm.endsWith('ا') && !introducesSpeech(reader, at + 1);
  if (family.prefix !== '' || family.suffix !== '' || accusative || NISBA_ENDING.test(family.norm) || isKnownWord(reader, family.norm)) return false;
  if (tokens[first]!.prefix !== '') return false;
  // (nor the father's name a feminine noun: `وأعلن الرئيس بوش حالة طوارئ`)
  for (let k = first + 1; k <= at; k++) {
    const word = tokens[k]!;
    if (word.prefix !== '' || word.norm.endsWith('ه') || isGivenName(reader, word, true) || !isUnlistedNameWord(reader, k, false, true)) return false;
    // (a word the splitter left whole whose و leaves a function word: `سيما وقد صار`)
    if (word.norm.startsWith('و') && isKnownWord(reader, word.norm.slice(1))) return false;
  }
  // a definite word after it makes the third word a noun in construct, a title in apposition (`سيباستيان
  // لوب بطل العالم`), whichever list holds it; not a definite title, itself in apposition (`تيدروس أدهانوم
  // غيبريسوس المدير العام للمنظمة`), which no noun of a name is in construct with
  const after = tokens[at + 1];
  if (after !== undefined && hasArticle(after)) return opensDefiniteTitle(reader, at + 1);
  return endsPlainly(reader, at + 1) || introducesSpeech(reader, at + 1);
}

/**
 * Whether a definite title opens at `at` with its head alone (`المدير العام`, `الرئيس`), no everyday noun
 * too (`الفريق`, `الحكم`) and no preposition before its article.
 */
function opensDefiniteTitle(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.prefix !== 'ال' || !sameLine(reader.stream, at - 1, at)) return false;
  const title = titleAt(reader, at);
  return title !== null && !title.ambiguous;
}

// The longest word of a name in syllables (بان كي مون، شو سو هون): Korean and Chinese names are
// written one syllable a word, in three letters at most.
const MAX_SYLLABLE_LETTERS = 3;

/**
 * A third word of three letters or fewer closes a name whose first two words are such syllables
 * and name words of the lists or open data (شو سو هون, a Korean name: هون is in no list) when the
 * name plainly ends after it, as familyNameCloses asks. No clitic, article or known word (كي
 * `so that` is a name word only between two syllables already read).
 */
function closesSyllableName(reader: Reader, first: number, at: number): boolean {
  const { tokens } = reader;
  const isSyllable = (token: Token): boolean => token.prefix === '' && token.suffix === '' && token.norm.length <= MAX_SYLLABLE_LETTERS;
  const last = tokens[at]!;
  if (!isSyllable(last) || isKnownWord(reader, last.norm)) return false;
  for (let k = first; k < at; k++) if (!isSyllable(tokens[k]!) || !isGivenName(reader, tokens[k]!, true)) return false;
  return endsPlainly(reader, at + 1);
}

// The countries whose family names are one syllable written first (Hu Jintao, Ma Ying-jeou, Ho Chi Minh),
// some of which fold to an Arabic function word: هو (he), ما (what), لي (to me).
export const FAMILY_NAME_FIRST_COUNTRIES: readonly string[] = ['CN', 'TW', 'HK', 'MO', 'SG', 'VN', 'KR', 'KP'];
// Given names after such a family name: one word or two syllables (جينتاو، ينغ جيو).
const MAX_SYLLABLE_GIVEN_WORDS = 2;

/**
 * The name at `at` after a title of a country that writes a family name of one syllable first
 * (`الرئيس الصيني هو جينتاو`, `الرئيس التايواني ما ينغ جيو`), whose family name folds to a function
 * word of two letters or fewer, no name word elsewhere: one or two words after it that look like
 * names (no article, no clitic, no word the lists know, no ه that may be a pronoun) and the name plainly
 * ends or reported speech follows. Elsewhere هو and ما are the pronoun and the particle (`الرئيس الصيني هو الذي`, `هو الآخر`).
 */
export function syllableSurnameNameAt(reader: Reader, at: number, nationality: string | undefined): NameSpan | null {
  const surname = reader.tokens[at];
  if (nationality === undefined || !FAMILY_NAME_FIRST_COUNTRIES.includes(nationality) || surname === undefined || surname.kind !== 'word') return null;
  if (surname.prefix !== '' || surname.suffix !== '' || surname.norm.length > 2 || reader.claims[at] || !isNotNameWord(reader.lex, surname)) return null;
  // (أن written without its hamza opens a clause: `الزعيم الكوري ان X Y هي`)
  if (reader.lex.complementizers.has(surname.norm)) return null;
  let next = at + 1;
  while (next - at <= MAX_SYLLABLE_GIVEN_WORDS && isSyllableGivenName(reader, next)) next++;
  if (next === at + 1) return null;
  return endsPlainly(reader, next) || introducesSpeech(reader, next) ? { first: at, next } : null;
}

/**
 * The name read after a title (`name`) with the family name after it that the reading stopped at, where
 * the title names the bearer's nationality and that country writes such family names:
 * - China, Korea… (FAMILY_NAME_FIRST_COUNTRIES) a syllable that folds to a function word, after a given
 *   name the West gave (`رجل الأعمال الصيني جاك ما إن`): a word open data holds as a name word, before a
 *   mark or reported speech (`الرئيس الصيني شي هو الذي` goes on with the clause); or a third syllable
 *   after two (isThirdSyllable: `رئيس الوزراء الفيتنامي فام مينه تشينه`), where the name plainly ends;
 * - the Maghreb (ELIDED_ARTICLE_COUNTRIES) the article elided to ل, which the splitter takes for the
 *   preposition (`الفنان المغربي سعد لمجرد`, `الدولي الجزائري رياض لحمر`): after one given name of the
 *   lists, a stem no list knows, no feminine (ل before a feminine noun is a purpose: `لمدة`), no verbal
 *   noun of the derived forms (`لانتخاب`), before what shows the name is over: a mark, reported speech,
 *   a title in apposition, or the verb's object in the indefinite accusative (`أحيا … سعد لمجرد حفلا`);
 *   a purpose goes on with its complement (`سعد لموسم واحد`).
 */
export function withNationalSurname(reader: Reader, name: NameSpan, nationality: string | undefined): NameSpan {
  const surname = reader.tokens[name.next];
  if (nationality === undefined || surname === undefined || surname.kind !== 'word' || reader.claims[name.next]) return name;
  if (!sameLine(reader.stream, name.next - 1, name.next)) return name;
  const next = name.next + 1;
  const closed = { first: name.first, next };
  if (FAMILY_NAME_FIRST_COUNTRIES.includes(nationality)) {
    if (name.next - name.first === 2 && isThirdSyllable(reader, name.next)) return endsPlainly(reader, next) || introducesSpeech(reader, next) ? closed : name;
    if (surname.prefix !== '' || surname.suffix !== '' || surname.norm.length > 2 || !isNotNameWord(reader.lex, surname)) return name;
    if (reader.lex.complementizers.has(surname.norm) || !personNameWords().has(surname.norm)) return name;
    // (a function word after it is the clause the pronoun opens: شي هو الذي)
    const after = reader.tokens[next];
    return after === undefined || after.kind === 'punctuation' || introducesSpeech(reader, next) ? closed : name;
  }
  if (ELIDED_ARTICLE_COUNTRIES.includes(nationality) && name.next - name.first === 1 && surname.suffix === '' && isElidedArticleSurname(reader, name.next)) {
    return endsClearly(reader, next) || isAccusativeObject(reader, next) ? closed : name;
  }
  return name;
}

/**
 * Whether a definite family name at `at` closes a name whose first word, before it, is shaped as a
 * demonym without the article after a title (isDemonymAsName: `الناقدة يمنى العيد`, which folding makes
 * يمني): no adjective of the definite title, so a given name, and the definite word after it its family
 * name where the name plainly ends or the verb's object follows (`كتبت الناقدة يمنى العيد كتابا`).
 */
export function closesDemonymShapedName(reader: Reader, at: number): boolean {
  const family = reader.tokens[at];
  if (family === undefined || family.kind !== 'word' || family.prefix !== 'ال' || family.suffix !== '' || reader.claims[at] || !isDemonymAsName(reader, at - 1)) return false;
  // written with ى, as no nisba is (يمنى, not يمني), or a name word of the lists or open data: an
  // indefinite nisba before a definite noun is in construct with it (`اللاعب مصري الجنسية`)
  const given = reader.tokens[at - 1]!;
  if (demonymCode(given) === null || (!given.text.endsWith('ى') && !isGivenName(reader, given, true))) return false;
  return endsClearly(reader, at + 1) || isAccusativeObject(reader, at + 1);
}

/**
 * The name read after a woman's title (`head`, a feminine noun: `محامية الدفاع`, `الوزيرة`) with a
 * masculine demonym with the article after its one word: an adjective agrees with its noun, so it is
 * the family name (`وقالت محامية الدفاع هالة المصري إن`, which read `هالة`), where the name plainly
 * ends or reported speech follows. After a man's title it may be his nationality (`اللاعب محمد المصري`).
 */
export function withFamilyDemonym(reader: Reader, name: NameSpan, head: Token): NameSpan {
  const family = reader.tokens[name.next];
  if (name.next - name.first !== 1 || !head.stem.endsWith('ه') || family === undefined || family.kind !== 'word' || family.prefix !== 'ال' || family.suffix !== '') return name;
  if (family.stem.endsWith('ه') || demonymCode(family) === null || reader.claims[name.next] || !sameLine(reader.stream, name.first, name.next)) return name;
  return endsClearly(reader, name.next + 1) ? { first: name.first, next: name.next + 1 } : name;
}

// A syllable of an East Asian name written in Arabic letters: تشينه، ميونغ، تشيانغ
const MAX_SYLLABLE_WORD_LETTERS = 6;

/**
 * Whether the word at `at` is a third syllable of a name written family name first: no clitic but an ه
 * the splitter took for a pronoun (Vietnamese nh: `تشينه`، `مينه`) on a stem that is no feminine noun
 * before it (ت), no word the lists know, unclaimed, on the name's line.
 */
function isThirdSyllable(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.kind !== 'word' || token.prefix !== '' || (token.suffix !== '' && token.suffix !== 'ه') || token.norm.length > MAX_SYLLABLE_WORD_LETTERS) return false;
  if (token.stem.endsWith('ت') || reader.claims[at] || isKnownWord(reader, token.stem) || isKnownWord(reader, token.norm) || demonymCode(token) !== null) return false;
  return sameLine(reader.stream, at - 1, at);
}

/**
 * Whether the definite word at `at`, after one unlisted word read after a title, is its family name: a
 * nisba with the article that open data holds whole as a name word, no demonym (`الشاعر الفلسطيني مريد
 * البرغوثي بالجائزة`, which read no one), where the name plainly ends or a preposition with the article
 * follows. A noun in construct after a title's word is no open data nisba (`أكد الوزير حرص الحكومة`).
 */
export function closesWithNisbaFamily(reader: Reader, at: number): boolean {
  const family = reader.tokens[at];
  if (family === undefined || family.kind !== 'word' || family.prefix !== 'ال' || family.suffix !== '' || reader.claims[at] || !isNisba(family)) return false;
  if (demonymCode(family) !== null || !personNameWords().has(family.norm, normShape(family)) || !sameLine(reader.stream, at - 1, at)) return false;
  return endsPlainly(reader, at + 1) || introducesSpeech(reader, at + 1) || opensPrepositionalPhrase(reader, at + 1);
}

// The shortest stem after an elided article that is a family name (لحمر، لزرق): three letters
const MIN_ELIDED_SURNAME_STEM = 3;

/** Whether the word at `at` is ل and a stem no list knows, no feminine, no derived verbal noun, no demonym. */
function isElidedArticleSurname(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  const { stem } = token;
  if (token.prefix !== 'ل' || stem.length < MIN_ELIDED_SURNAME_STEM || stem.endsWith('ه') || DERIVED_VERBAL_NOUN.test(stem)) return false;
  return !isKnownWord(reader, stem) && !isKnownWord(reader, token.norm) && demonymCode(token) === null;
}

/**
 * Whether the word at `at` is a verb's object in the indefinite accusative after the name (`حفلا`,
 * `هدفا`, `كتابا`, which the splitter reads as ك + تابا): alif on a word of four letters or more, whole,
 * with no article, conjunction or pronoun, unclaimed (a place: `بفرنسا`), that is no given name.
 */
function isAccusativeObject(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  if (token === undefined || token.kind !== 'word' || hasArticle(token) || hasConjunction(token) || token.suffix !== '' || reader.claims[at]) return false;
  return token.norm.length >= 4 && token.norm.endsWith('ا') && !isGivenName(reader, token, true) && sameLine(reader.stream, at - 1, at);
}

function isSyllableGivenName(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  if (token === undefined || token.prefix !== '' || token.suffix !== '' || !isNameWord(reader, at) || !sameLine(reader.stream, at - 1, at)) return false;
  // (nor a pronoun the splitter left on a word: `ما نصه`, what reads)
  return !token.norm.endsWith('ه') && !isKnownWord(reader, token.norm) && isUnlistedNameWord(reader, at, false, true);
}

/**
 * Whether the و the clitic splitter took off the word at `index` is the first letter of a foreign
 * name no list of given names holds (وينستون as و + ينستون, والاس as و + ال + اس; the splitter keeps
 * listed ones whole: وليام), asked only where a name stands and no conjunction can (after a title and
 * its complements, a demonym as a noun). The word
 * whole is a name word of the lists or open data, or the rest is no word at all, and a name reading
 * goes on: a second name word, or the phrase ends. A word the lists know, whole or without its و,
 * is that word (وزير، وكالة، والي for وإلى، وقال); a given name without the و (وجون: and John) is
 * the conjunction, unless the word whole is a listed name too (وليد).
 */
export function ownsConjunction(reader: Reader, index: number): boolean {
  const { tokens } = reader;
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || !token.prefix.startsWith('و') || token.suffix !== '' || reader.claims[index]) return false;
  const rest = token.norm.slice(1);
  if (rest.length < 3 || isKnownWord(reader, token.norm) || isKnownWord(reader, rest) || demonymCode(token) !== null) return false;
  const whole = reader.lex.givenNames.has(token.norm, normShape(token)) || personNameWords().has(token.norm, normShape(token));
  if (!whole && personNameWords().has(rest)) return false;
  const next = tokens[index + 1];
  const named = next !== undefined && next.prefix === '' && next.suffix === '' && !next.norm.endsWith('ا') && sameLine(reader.stream, index, index + 1) && isNameWord(reader, index + 1);
  // the rest no word: a second name word, and the name plainly ends after it
  if (!whole) return named && isUnlistedNameWord(reader, index + 1, false, true) && (endsPlainly(reader, index + 2) || introducesSpeech(reader, index + 2));
  return named || endsPlainly(reader, index + 1) || introducesSpeech(reader, index + 1);
}

// The ng of Chinese, Korean and Southeast Asian names at a word's end (وونغ، يانغ، تشانغ), which ends no
// Arabic word: a word so ending is a name whole, its first و too (`لورانس وونغ`), where open data lacks it.
const FOREIGN_NG = /..نغ$/;

/**
 * Whether the word at `at`, after a name's first word, is a family name whose first letter the
 * splitter took for و (`سيرينا ويليامز`, `هارولد ويلسون`, `كايل ووكر`): open data holds it whole as a
 * name word, or it ends in an Asian ng (FOREIGN_NG: `لورانس وونغ`), and not without its و, nor do the
 * lists (`وبوتين`, `وجون`, `ووانغ`: and Putin, and John, and Wang); it is no word the lists know, whole
 * or without its و (`ووزير`), has no pronoun, and the name plainly ends after it, reported speech or a
 * preposition with the article follows (a verb after a name, `ويضيف`, is in no such list whole).
 */
function ownsConjunctionAfterName(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.prefix !== 'و' || token.suffix !== '' || !(personNameWords().has(token.norm, normShape(token)) || FOREIGN_NG.test(token.norm))) return false;
  if (personNameWords().has(token.stem, stemShape(token)) || isKnownWord(reader, token.norm) || isKnownWord(reader, token.stem)) return false;
  return endsPlainly(reader, at + 1) || introducesSpeech(reader, at + 1) || opensPrepositionalPhrase(reader, at + 1);
}

/**
 * Whether the word at `at` is a number written as a word that the figures claimed after أبو, after a
 * given name, ending a name (`غسان أبو ستة إن`): a family name in أبو, as the Levant and Palestine write
 * many. Before what it counts أبو is a father (`استشهد محمد أبو ستة أطفال`), so the name must plainly end
 * after the number or reported speech follow; أبو first is the kunya or a father alone (`قتل أبو ستة`).
 */
function isKunyaNumber(reader: Reader, first: number, at: number): boolean {
  const token = reader.tokens[at]!;
  const claim = reader.claims[at];
  if (at - first < 2 || claim?.category !== 'figures' || claim.nextToken !== at + 1 || token.kind !== 'word' || token.prefix !== '' || token.suffix !== '') return false;
  const before = reader.tokens[at - 1]!;
  if (before.prefix !== '' || !reader.lex.kunyas.has(before.norm) || !sameLine(reader.stream, at - 1, at)) return false;
  return endsPlainly(reader, at + 1) || introducesSpeech(reader, at + 1);
}

// ك and the article as the splitter reads a word's first letters (كالامار as ك + ال + امار)
const SIMILE_ARTICLE = 'كال';

/**
 * Whether the word at `at`, after a name's first word, is a foreign family name whose first letters the
 * splitter read as ك (like) and the article (`أنياس كالامار` as ك + ال + امار): a word open data holds
 * whole (`فيليبي كالديرون`), or a stem no list knows, with or without the article, and not of the
 * shapes a simile's noun takes after a name (a feminine, a nisba, a participle in م: `كالعادة`,
 * `كالتالي`, `كالمعتاد`), where the name plainly ends after it (reported speech, a title in
 * apposition, the sentence's end).
 */
function closesWithSimileArticle(reader: Reader, at: number): boolean {
  return isSimileArticleName(reader, at) && endsClearly(reader, at + 1);
}

/**
 * Whether the word at `at`, right after a title, opens a foreign name whose first letters the splitter
 * read as ك and the article (`المدافع السنغالي كاليدو كوليبالي`, as ك + ال + يدو), as closesWithSimileArticle
 * reads it, before a family name without clitics that open data holds or after which the name plainly
 * ends; a simile goes on with its adjective (`كالأسد الجريح`).
 */
export function opensWithSimileArticle(reader: Reader, at: number): boolean {
  const next = reader.tokens[at + 1];
  if (!isSimileArticleName(reader, at) || next === undefined || next.kind !== 'word' || next.suffix !== '' || reader.claims[at + 1]) return false;
  // (its own first letter may look like a preposition too: كوليبالي as ك + وليبالي)
  if (next.prefix !== '' && !mayOwnPreposition(reader, next)) return false;
  if (!sameLine(reader.stream, at, at + 1) || isKnownWord(reader, next.norm)) return false;
  return personNameWords().has(next.norm, normShape(next)) || endsClearly(reader, at + 2);
}

/** Whether the word at `at` is ك and the article before a foreign name's letters (see closesWithSimileArticle). */
function isSimileArticleName(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  const { stem } = token;
  if (token.prefix !== SIMILE_ARTICLE || token.suffix !== '' || stem.length < 3 || demonymCode(token) !== null) return false;
  // (open data holds the word whole: كالديرون, whose stem looks like a plural in ون)
  if (personNameWords().has(token.norm, normShape(token))) return true;
  if (stem.endsWith('ه') || NISBA_ENDING.test(stem) || stem[0] === 'م') return false;
  return !isKnownWord(reader, stem) && !isKnownWord(reader, 'ال' + stem);
}

// عبد written joined to what follows it opens a family name (العبداللات، العبدالهادي), never a plural noun
const JOINED_ABD = 'عبد';

/**
 * Whether a definite word's stem is a plural a verb takes as object after a given name, no family name:
 * a long sound feminine plural (`ورفض حمدان الإجراءات`; not one عبد opens joined, `محمد العبداللات`), a
 * participle's masculine plural, a broken plural فعايا (`وتبادل بوتين وشي الهدايا`, `وناقش خالد القضايا`).
 */
function isObjectPlural(stem: string): boolean {
  return (LONG_FEMININE_PLURAL.test(stem) && !stem.startsWith(JOINED_ABD)) || PARTICIPLE_PLURAL.test(stem) || FAAAYA_PLURAL.test(stem);
}

/**
 * Whether a word after a name's first one ends the name by its shape, unless lists or open data hold
 * it as a name (ماريا، يوسف): a participle in the indefinite accusative, how the name's bearer came or
 * stood (ظهر الرئيس أردوغان مبتسما، وغادر ميسي مصابا); a verb in the imperfect, the bearer doing
 * something (وكان طلعت زكريا يقدم البرنامج), not a name after يا written without a hamza (YA_WITHOUT_HAMZA:
 * `عمر ياغي`, `لامين يامال`), or in the passive (PASSIVE_VERB: `محمد أصيب في الحادث`); a noun ending in alif with a pronoun, which the clitic
 * splitter leaves whole (أنقذ الحارس محمد خليل مرماه); a listed noun in the indefinite accusative, what
 * the bearer was or became (كان محمد شاعرا، عين أحمد مستشارا); a broken plural of the shape فعايا, what
 * the bearer discussed or gave (ناقش الوزير خالد قضايا المياه: FAAAYA_PLURAL).
 */
function endsNameByShape(reader: Reader, token: Token): boolean {
  const { norm } = token;
  const accusative = norm.endsWith('ا') && reader.lex.commonNouns.has(norm.slice(0, -1));
  const bare = token.prefix === '';
  const verb = (IMPERFECT_VERB.test(norm) && !(YA_WITHOUT_HAMZA.test(token.text) && token.suffix === '')) || (PASSIVE_VERB.test(norm) && token.text[0] === 'أ' && !isKnownWord(reader, norm));
  const shaped = ADVERBIAL_PARTICIPLE.test(norm) || (bare && FAIL_ACCUSATIVE.test(norm)) || (bare && (verb || FAAAYA_PLURAL.test(norm))) || PRONOUN_AFTER_ALIF.test(norm) || accusative;
  return shaped && !isGivenName(reader, token, true);
}

/**
 * Whether the word at `at`, after a name's first word, is an elative that compares the name's bearer
 * (`أليكو دانغوتي أكبر أثرياء أفريقيا`, `أغنى رجل`, `أقوى من`): أ and three letters as written (ELATIVE),
 * no given name of the lists (أحمد، أكرم، أشرف; open data holds أكبر, as in علي أكبر), before what it
 * compares in: a word no list or open data holds as a name word that is no function word, or من.
 * Before a name word, reported speech (`جون أندر إن`) or a word and reported speech (`قال علي أكبر
 * ولايتي إن`) the word is the name's.
 */
function opensComparison(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.prefix !== '' || token.suffix !== '' || token.text[0] !== 'أ' || !ELATIVE.test(token.norm) || isGivenName(reader, token, false)) return false;
  const next = reader.tokens[at + 1];
  if (next === undefined || next.kind !== 'word' || reader.claims[at + 1] || !sameLine(reader.stream, at, at + 1)) return false;
  if (next.norm === THAN) return true;
  // (a name of three words before reported speech: `قال علي أكبر ولايتي إن`)
  return !isGivenName(reader, next, true) && !isNotNameWord(reader.lex, next) && !reader.lex.complementizers.has(next.norm) && !introducesSpeech(reader, at + 2);
}

// The pronouns of the third person the splitter takes off a word: what the name's bearer did or holds
// is his or hers (`استقالته`، `أغنيتها`). Not نا or ك, which end foreign names as often (`هورنا`، `دونا`).
const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['ه', 'ها', 'هم', 'هما', 'هن']);
// الله written joined to a name (نصرالله، عبدالله), whose last letter the splitter takes for ه
const NAME_OF_GOD = 'الله';

/**
 * Whether the word at `at` carries a pronoun (`أغنيتها`، `روايته`، `استقالته`، `دعمه`): what the name's
 * bearer made, did or holds (`الفنانة فيروز أغنيتها الشهيرة`، `وقدم وزير الخارجية استقالته`، `أعلن رئيس
 * إريتريا دعمه`), for a name takes no pronoun; unless the lists or open data hold the word whole as a
 * name (`عبده`), or it ends in الله (`نصرالله`). ه alone also ends foreign names the splitter cuts
 * (`هاينه`، `فام مينه`): it counts on a feminine stem (its ة written ت, `روايته`), a word the lists
 * know (`ابنه`، `حديثه`) or a name's `first` word (`دعمه`، `سيره`, which open data holds as a name
 * without its ه; a foreign given name so written, `كاترينه`, is lost), and on the feminine stem not
 * where the text writes ة as ه nor before a report (`شحاته` is a name in `قال محمد شحاته إن`). Asked of
 * every word a name reads: a word without a suffix, most of them, is ruled out by one comparison.
 */
function carriesPronoun(reader: Reader, at: number, first: boolean): boolean {
  const token = reader.tokens[at]!;
  const { suffix, stem, norm } = token;
  if (suffix === '' || !THIRD_PERSON_PRONOUNS.has(suffix) || norm.endsWith(NAME_OF_GOD) || reader.lex.givenNames.has(norm, normShape(token)) || personNameWords().has(norm, normShape(token))) return false;
  if (suffix !== 'ه') return true;
  if (!stem.endsWith('ت')) return first || isKnownWord(reader, stem);
  return !(writesTehAsHeh(reader) || introducesSpeech(reader, at + 1));
}

/**
 * Whether a word ending in ه, which the splitter reads as a stem and its pronoun (`جيله` as جيل + ه), is
 * the family name of a name whose two words before it are given names of the lists or open data
 * (`إسماعيل عمر جيله`, as the Horn of Africa names people: a given name, the father's, the
 * grandfather's), where reported speech or a title in apposition follows: a person's two names and
 * what is his do not stand before `إن` (`وشكر الوزير أحمد علي فريقه.` thanks his team). Not kin
 * (`ابنه`: his son, in apposition) nor a word the lists know with its ه (`حديثه`) or a feminine one
 * (`روايته`).
 */
function closesWithHeh(reader: Reader, first: number, at: number): boolean {
  const token = reader.tokens[at]!;
  if (at - first !== 2 || token.suffix !== 'ه' || token.prefix !== '' || token.stem.endsWith('ت') || isKnownWord(reader, token.stem) || reader.lex.kinNouns.has(token.stem)) return false;
  for (let k = first; k < at; k++) if (!isGivenName(reader, reader.tokens[k]!, true)) return false;
  const after = reader.tokens[at + 1];
  return introducesSpeech(reader, at + 1) || (after !== undefined && after.prefix === '' && titleAt(reader, at + 1) !== null) || opensTitleInApposition(reader, at + 1);
}

/**
 * Whether the word at `at` is a feminine noun an indefinite feminine nisba qualifies (`أغنية وطنية`,
 * `زيارة رسمية`): after a name's first word it is what the bearer sang or made (`المطربة أروى أغنية
 * وطنية`), for a family name takes no adjective. The adjective has no clitic and is no claim.
 */
function isQualifiedFeminineNoun(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  const adjective = reader.tokens[at + 1];
  if (!token.norm.endsWith('ه') || adjective === undefined || adjective.kind !== 'word' || adjective.prefix !== '' || adjective.suffix !== '') return false;
  return adjective.norm.endsWith('يه') && !reader.claims[at + 1] && sameLine(reader.stream, at, at + 1) && !isGivenName(reader, token, true);
}

/**
 * Whether the word at `at` is a given name that is a title too, in construct with what it is of: a place
 * or body the recognizers claim, or a word such a title governs (الشيخ تميم بن حمد آل ثاني أمير دولة
 * قطر، أمير البلاد، أمير منطقة الرياض). After a name it is the title in apposition.
 */
function opensTitleInApposition(reader: Reader, at: number): boolean {
  const { tokens, lex } = reader;
  const token = tokens[at];
  const next = tokens[at + 1];
  // (`at` may be past the text's last word: a name that ends it, `إسماعيل عمر جيله`)
  if (token === undefined || token.prefix !== '' || !lex.namesAlsoTitles.has(token.norm) || next === undefined || !sameLine(reader.stream, at, at + 1)) return false;
  const claim = reader.claims[at + 1];
  return (claim !== undefined && (claim.category === 'places' || claim.category === 'organizations')) || lex.domainsOfNamedTitles.has(next.norm);
}

/** Whether nothing at `at` can go on with a name: the end, punctuation, a claimed span, a function word. */
export function endsPlainly(reader: Reader, at: number): boolean {
  const after = reader.tokens[at];
  return after === undefined || after.kind === 'punctuation' || reader.claims[at] !== undefined || isNotNameWord(reader.lex, after);
}

export function isNameWord(reader: Reader, index: number): boolean {
  const token = reader.tokens[index];
  if (!token || token.kind !== 'word' || reader.claims[index]) return false;
  if (token.norm.length < 2 || (isNotNameWord(reader.lex, token) && !isAnneAt(reader, index))) return false;
  if ((demonymCode(token) && !isDemonymAsName(reader, index)) || reader.lex.titleDomains.has(token.norm)) return false;
  return !titleHeadAt(reader.stream, reader.lex, index);
}

/**
 * Whether a demonym without the article at `index` right after a definite word is a name's first word
 * (`المدرب جورجي جيسوس`: Jorge, which folds as the Georgian does; `الناقدة يمنى العيد`): an adjective
 * agrees with its noun, and a definite noun takes none without the article, so with a name word after
 * it on the line it is a name.
 */
export function isDemonymAsName(reader: Reader, index: number): boolean {
  const token = reader.tokens[index]!;
  const before = reader.tokens[index - 1];
  const next = reader.tokens[index + 1];
  if (token.prefix !== '' || token.suffix !== '' || before === undefined || before.kind !== 'word' || !hasArticle(before) || next === undefined || next.kind !== 'word') return false;
  if (reader.claims[index + 1] || demonymCode(next) !== null || isNotNameWord(reader.lex, next) || !sameLine(reader.stream, index - 1, index + 1)) return false;
  return next.prefix === '' || next.prefix === 'ال';
}

// Anne as written, with the madda (folded, it is أن; as written, آن `it is time`, as in آن الأوان)
const ANNE = 'آن';

/**
 * Whether آن at `index` is the given name Anne (`عمدة باريس آن هيدالغو`): a family name follows it, a
 * word without clitics that open data or the lists hold as a name word. `it is time` goes on with a
 * definite noun (آن الأوان), a preposition (آن لنا) or a function word (آن أن).
 */
function isAnneAt(reader: Reader, index: number): boolean {
  if (reader.tokens[index]!.text !== ANNE) return false;
  const family = reader.tokens[index + 1];
  if (family === undefined || family.kind !== 'word' || family.prefix !== '' || family.suffix !== '' || reader.claims[index + 1] || !sameLine(reader.stream, index, index + 1)) return false;
  return !isNotNameWord(reader.lex, family) && (reader.lex.givenNames.has(family.norm, normShape(family)) || personNameWords().has(family.norm, normShape(family)));
}

/**
 * A name of two or three words that no lexicon knows, starting at `first` (after the conjunction
 * when `joined`): every word looks like a name (isUnlistedNameWord), and a word with the article only
 * follows a particle (عبد الرحمن، أبو الغيط).
 */
export function unlistedNameAt(reader: Reader, first: number, joined: boolean): NameSpan | null {
  const token = reader.tokens[first];
  if (token === undefined) return null;
  // a preposition the splitter took off may be the name's own first letter (ولوكاس ديني), and so may
  // a ف where no conjunction stands (after a reporting verb: `وأكد فتحي X أن`), on a name word whole
  const owned = (joined ? token.prefix.startsWith('و') : !hasConjunction(token)) && mayOwnPreposition(reader, token);
  if (token.prefix !== (joined ? 'و' : '') && !owned && (joined || !ownsFa(reader, token))) return null;
  const name = readName(reader, first, owned);
  if (!name) return null;
  let words = 0;
  // Latin letters spelt out and nothing else are an acronym (`قالت سي بي إس إن`: a network), where a
  // person's initials go with a name word (`جي دي فانس`)
  let letters = 0;
  for (let at = name.first; at < name.next; at++) {
    const word = reader.tokens[at]!;
    if (reader.lex.latinLetters.has(word.norm)) letters++;
    if (isParticleWord(reader, word, joined && at === first)) continue;
    // a particle and the word with the article after it are one given name (عبد الرحيم، أبو الفضل)
    if (hasArticle(word) && at > first && isParticleWord(reader, reader.tokens[at - 1]!, joined && at - 1 === first)) {
      words++;
      continue;
    }
    if (hasArticle(word) || !isUnlistedNameWord(reader, at, joined && at === first, words > 0)) return null;
    words++;
  }
  return words >= MIN_UNLISTED_WORDS && words <= MAX_UNLISTED_WORDS && letters < name.next - name.first ? name : null;
}

/**
 * Whether a word the splitter read as ف + a stem is a name whole (فتحي، فيان، فؤاد): a name word of the
 * lists or open data written so, with no pronoun, whose stem is no word the lists know (فريق، فيما
 * keep their ف). Asked only where no conjunction can stand.
 */
export function ownsFa(reader: Reader, token: Token): boolean {
  return token.prefix === 'ف' && token.suffix === '' && isGivenName(reader, token, true) && !isKnownWord(reader, token.stem);
}

// أبو and ابن as folded: the nominative particles a subject's kunya or family name opens with, and بن,
// as the Maghreb and the Gulf write ابن in a family name or a name of descent (`وقال بن كيران إن`, `وأكد بن
// سلمان أن`, `بن غفير`)
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['ابو', SON_OF, 'بن']);
// the genitive ي of أخ and أب with the pronoun ه (أخيه، أبيه)
const KIN_PRONOUN = 'يه';

/**
 * A person known by a kunya or a family name in ابن at `at` (أبو عبيدة، ابن كيران، ابن تيمية، بن غفير): أبو,
 * ابن or بن and one word with no clitic (`ابن عمه`: his cousin), no article (`أبو الشهيد`: the martyr's
 * father), that is no common noun or other word the lists know but a given name (isKnownWord), no
 * kin with a pronoun (`ابن أخيه`, `ابن عمي`), unclaimed, on one line.
 */
export function kunyaAt(reader: Reader, at: number): NameSpan | null {
  const particle = reader.tokens[at];
  const word = reader.tokens[at + 1];
  if (particle === undefined || word === undefined || !SURNAME_PARTICLES.has(particle.norm)) return null;
  // (a name's own first letter may look like a preposition: كيران as ك + يران)
  if ((word.prefix !== '' && !mayOwnPreposition(reader, word)) || word.suffix !== '' || !isNameWord(reader, at + 1) || !sameLine(reader.stream, at, at + 1)) return null;
  if (isKnownWord(reader, word.norm) && !isGivenName(reader, word, false)) return null;
  // أخ and أب take ي before a pronoun the splitter leaves on them (ابن أخيه: his nephew), and a kin
  // noun takes the ي of `my` (ابن عمي)
  const { norm } = word;
  const kin = (norm.endsWith(KIN_PRONOUN) && isCommonNoun(reader.lex, norm.slice(0, -KIN_PRONOUN.length))) || (norm.endsWith('ي') && isCommonNoun(reader.lex, norm.slice(0, -1)));
  return kin ? null : { first: at, next: at + 2 };
}

/** Whether the word is a name particle (عبد، أبو، بن, ولد), or one after the conjunction where `joined` may hold one (وعبد). */
function isParticleWord(reader: Reader, token: Token, joined: boolean): boolean {
  const { particles } = reader.lex;
  return particles.has(token.norm) || (joined && hasConjunction(token) && particles.has(token.stem));
}

/**
 * Whether the ب, ك or ل the clitic splitter took off a word (after a و or ف) may be the first letter
 * of a foreign name (كانتي as ك + انتي, بنزيمة as ب + نزيمه, ولوكاس as و + ل + وكاس): neither the
 * word without its conjunction nor its stem is a word the lexicons know (لوكالة، كذلك، بأن، لعلي keep
 * their preposition), no demonym, no pronoun on it, and no article (للصحفيين). Asked only where a name
 * stands (after a reporting verb, in a list of people, after a name's first word).
 */
export function mayOwnPreposition(reader: Reader, token: Token): boolean {
  const prefix = hasConjunction(token) ? token.prefix.slice(1) : token.prefix;
  if (prefix.length !== 1 || !isPrepositionLetter(prefix.charCodeAt(0)) || token.suffix !== '' || token.stem.length < 3) return false;
  return !isKnownWord(reader, token.stem) && !isKnownWord(reader, prefix + token.stem) && demonymCode(token) === null;
}

// The countries whose news writes given names with the article elided to ل (لسعد Lassaad, لحسن
// Lahcen, لخضر Lakhdar): the Maghreb's.
const ELIDED_ARTICLE_COUNTRIES: readonly string[] = ['MA', 'DZ', 'TN', 'LY', 'MR'];

/**
 * The name of two words at `at` whose given name is written with the Maghreb's elided article, which
 * the splitter takes for the preposition ل (لسعد as ل + سعد), right after a demonym of a Maghreb
 * country (`مدرب الرجاء التونسي لسعد الشابي`, `وقال المغربي لحسن حداد`): the stem is a given name of
 * the lists or the word whole a name word of open data, a family name follows (a nisba with the
 * article, no listed noun: `لحسن الحظ`, luckily, and `لسعد الدين` are ل and a construct; or one
 * without clitics but a letter it owns), and the name plainly ends after it. Elsewhere ل before a given
 * name is the preposition (`أكد الرئيس الفرنسي لسعد الحريري`).
 */
export function elidedArticleNameAt(reader: Reader, at: number): NameSpan | null {
  const { tokens, lex } = reader;
  const given = tokens[at];
  const family = tokens[at + 1];
  if (given === undefined || family === undefined || given.prefix !== 'ل' || given.suffix !== '' || reader.claims[at]) return null;
  const code = demonymCode(tokens[at - 1]);
  if (code === null || !ELIDED_ARTICLE_COUNTRIES.includes(code)) return null;
  if (!lex.givenNames.has(given.stem, stemShape(given)) && !personNameWords().has(given.norm, normShape(given))) return null;
  if (!sameLine(reader.stream, at, at + 1) || !isNameWord(reader, at + 1)) return null;
  const familyName =
    family.prefix === 'ال'
      ? isNisba(family) && !isCommonNoun(lex, family.stem) && !isQualifiedNoun(reader, at + 1)
      : (family.prefix === '' || ownsPreposition(reader, family)) && isUnlistedNameWord(reader, at + 1, false, true);
  return familyName && endsClearly(reader, at + 2) ? { first: at, next: at + 2 } : null;
}

/**
 * Whether a name of two words read after a title a demonym or place qualifies is a foreign name whose
 * first letter the splitter took for a preposition (الحكم الإيطالي بيرلويجي كولينا as ب + يرلويجي):
 * the first word may own its letter (mayOwnPreposition) and is no verbal noun (`بتشكيلة جديدة`), the
 * second is a name word no list knows (its own first letter may look like a preposition too), and the
 * name plainly ends or reported speech follows.
 */
export function isForeignNameAfterNational(reader: Reader, name: NameSpan): boolean {
  const { tokens } = reader;
  const first = tokens[name.first]!;
  const family = tokens[name.first + 1]!;
  const words = name.next - name.first;
  if (words < 2 || words > MAX_UNLISTED_WORDS || !mayOwnPreposition(reader, first) || opensVerbalNoun(reader, first) || isNounAfterPreposition(reader, first)) return false;
  // a short noun and its adjective (MIN_FOREIGN_STEM: `وندد الرئيس الفرنسي بعنف شديد`)
  if (first.stem.length < MIN_FOREIGN_STEM && (family.norm.length <= 4 || family.norm[0] === 'م')) return false;
  // (the second word's first letter may look like one too: كولينا as ك + ولينا; a third, a family name
  // after a middle name, has no clitic: باسيرو ديوماي فاي)
  for (let at = name.first + 1; at < name.next; at++) {
    const word = tokens[at]!;
    const bare = word.prefix === '' || (at === name.first + 1 && mayOwnPreposition(reader, word));
    if (!bare || isKnownWord(reader, word.norm) || !isUnlistedNameWord(reader, at, false, true)) return false;
  }
  return endsPlainly(reader, name.next) || introducesSpeech(reader, name.next) || opensPrepositionalPhrase(reader, name.next) || opensVerbalNounObject(reader, name.next);
}

/**
 * Whether a derived verbal noun without clitics stands at `at` (the second form's تشكيل، تقديم; إطلاق،
 * افتتاح), no name word of open data: the object of the verb before a title and a name (`وأعلن الرئيس
 * الإندونيسي برابوو سوبيانتو تشكيل حكومته`), where no name goes on.
 */
function opensVerbalNounObject(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  if (token === undefined || token.kind !== 'word' || token.prefix !== '' || token.suffix !== '' || reader.claims[at] || !sameLine(reader.stream, at - 1, at)) return false;
  return (TAFIL.test(token.norm) || DERIVED_VERBAL_NOUN.test(token.norm)) && !personNameWords().has(token.norm, normShape(token));
}

// The proclitics of a preposition fused with the article (بالمشروع، للاتفاق، كالعادة), after و or ف or not
const PREPOSITION_WITH_ARTICLE = /^[وف]?(?:بال|لل|كال)$/;

/**
 * Whether a preposition with the article opens the word at `at` (`بالمشروع`, `للاتفاق`): what the
 * verb before a title and a name takes (`أشاد عمدة باريس برتران دولانوا بالمشروع`), never a word of a
 * name, which takes no preposition before its article.
 */
function opensPrepositionalPhrase(reader: Reader, at: number): boolean {
  const token = reader.tokens[at];
  return token !== undefined && token.kind === 'word' && PREPOSITION_WITH_ARTICLE.test(token.prefix) && sameLine(reader.stream, at - 1, at);
}

// The fewest letters of a foreign given name after the ب the splitter took off, when neither the lists
// nor open data hold it (بيرلويجي، برتران، باسيرو), unless a long family name follows (برند جوتشولك):
// shorter stems before a short word or one in م are a noun a verb takes with ب and its adjective
// (بعنف شديد، بقرار جريء، بحادث مؤسف، بدعم متواصل); short foreign names are mostly the lists' (بيتر، بيل).
const MIN_FOREIGN_STEM = 5;
// A stem of the shape فعول (هجوم، وصول، شروط، وعود): a verbal noun or a broken plural.
const FUUL = /^..و.$/;
// A sound feminine plural of five letters or more (حملات، تضحيات): after ب, no foreign given name ends so.
const FEMININE_PLURAL = /^.{3,}ات$/;

/**
 * Whether a word after a preposition has a noun's shape no foreign given name has, so that the
 * preposition is one (`ندد الرئيس الفرنسي بهجوم دام`, `رحب الوزير الفرنسي بخطوة جريئة`, `طالب الرئيس
 * الأمريكي بشروط جديدة`, which read as names like بيرلويجي كولينا): the feminine ة as written, a sound
 * feminine plural, or فعول (FUUL). Not a name word of the lists or open data whole (بهيجة، بثينة).
 */
function isNounAfterPreposition(reader: Reader, token: Token): boolean {
  const { stem } = token;
  const shaped = token.text.endsWith('ة') || FUUL.test(stem) || FEMININE_PLURAL.test(stem);
  return shaped && !isGivenName(reader, token, true);
}

/**
 * Whether the ب, ك or ل on a word after a name's first word is the family name's own first letter
 * (بوزوق as ب + وزوق, لعرج as ل + عرج): the word may own it (mayOwnPreposition) and the preposition
 * would end no name (prepositionEndsName).
 */
export function ownsPreposition(reader: Reader, token: Token): boolean {
  return mayOwnPreposition(reader, token) && !prepositionEndsName(reader, token);
}

/**
 * Whether a word ل and a feminine stem no list knows at `at` is a family name written whole (لعمامرة
 * as ل + عمامره: the Maghreb writes the article elided before such names), not ل before a feminine
 * noun (opensVerbalNoun: لرحلة طويلة): no verbal noun's م or ت opens the stem, and reported speech
 * or a title in apposition follows it (`رمطان لعمامرة إن`, `رمطان لعمامرة وزير الخارجية`), where a
 * purpose or an addressee would go on with its complement (`لمنظمة العفو`). The end of a sentence is
 * not enough: the lists know few everyday nouns (`قال خالد لرحلة.`, `سامي لجنة.`, ل + جنه to the
 * splitter).
 */
function closesWithLamSurname(reader: Reader, at: number): boolean {
  const token = reader.tokens[at]!;
  if (token.prefix !== 'ل' || token.stem[0] === 'م' || token.stem[0] === 'ت' || !mayOwnPreposition(reader, token)) return false;
  const after = reader.tokens[at + 1];
  return introducesSpeech(reader, at + 1) || (after !== undefined && after.prefix === '' && titleAt(reader, at + 1) !== null);
}

function prepositionEndsName(reader: Reader, token: Token): boolean {
  return token.suffix.startsWith('ه') || isKnownWord(reader, token.stem) || isKnownWord(reader, token.prefix + token.stem) || opensVerbalNoun(reader, token);
}

/**
 * لـ or بـ before a noun of the shapes مـ/تـ (لمدة، لمواجهة، لتعزيز، بموجب، بمناسبة، بتهمة), or لـ
 * before a feminine noun (لرحلة): a purpose or a circumstance after the name (تعاقد مع المهاجم نيمار
 * لمدة عامين), never its next word. In ANERcorp one of 805 words written لمـ/لتـ continues a name, a
 * short one (محمد لمين: the noun has four letters or ends in ة), and none of those written لـ…ة; بـ
 * does before foreign names (ريتشارد بتلر، كريم بنزيمة، بوصوفة), so there only مـ, or تـ on a
 * feminine noun (بتهمة) or in the shape of the second form's verbal noun (بتشكيل، بتقديم: TAFIL), counts;
 * after both, the derived forms' verbal nouns that open with alif (بإدخال، لانتخاب: DERIVED_VERBAL_NOUN).
 */
function opensVerbalNoun(reader: Reader, token: Token): boolean {
  const { prefix, stem } = token;
  const feminine = stem.endsWith('ه');
  const verbalNoun = (stem[0] === 'م' || stem[0] === 'ت') && (stem.length >= 4 || feminine);
  const derived = stem[0] === 'ا' && DERIVED_VERBAL_NOUN.test(stem);
  const opens = prefix === 'ل' ? verbalNoun || feminine || derived : prefix === 'ب' && (derived || (stem[0] === 'م' ? verbalNoun : stem[0] === 'ت' && (feminine || TAFIL.test(stem))));
  return opens && !isGivenName(reader, token, true);
}

/** A word some list of the people recognizer holds: a function word, noun, title word, given name. */
export function isKnownWord(reader: Reader, word: string): boolean {
  const { lex } = reader;
  if (lex.notNameWords.has(word) || lex.givenNames.has(word) || isCommonNoun(lex, word)) return true;
  if (lex.audienceNouns.has(word) || lex.statementNouns.has(word) || lex.complementizers.has(word)) return true;
  return lex.titleDomains.has(word) || lex.particles.has(word);
}

/**
 * Whether a word no lexicon lists as a name may still be one. Known given names may; common nouns
 * and adjectives of news (مصدر، مسؤولون، مطلعة), adverbial accusatives (قائلا، مشيرا) and pronoun
 * suffixes may not. A nisba (عسكري، أمنية، هاتفيا) is an adjective unless a given name comes right before it: then
 * it is a family name (حسن روحاني). A name's first word written ـيه where the text writes ة is no nisba (endsInWrittenHeh).
 */
export function isUnlistedNameWord(reader: Reader, index: number, joined: boolean, afterFirst: boolean): boolean {
  const { tokens, lex } = reader;
  const token = tokens[index]!;
  if (isGivenName(reader, token, false)) return true;
  const word = joined ? token.stem : token.norm;
  // the و may be the word's own letter (وجها لوجه), so a joined word is checked whole too
  const common = isCommonNoun(lex, word) || (joined && isCommonNoun(lex, token.norm));
  if (token.suffix !== '' || common || lex.titleLinks.has(word) || ADVERBIAL_PARTICIPLE.test(word)) return false;
  // a name's first word: an adjective follows a noun, but French given names end so (جوزيه، أندريه),
  // Arabic ones in ي that open data holds (فتحي، مجدي، صبري; it holds none of the adjectives news
  // names people by: قيادي، دبلوماسي، أمني), and women's names in يا it holds (كلوديا، صوفيا; none of the
  // adverbs: رسميا، هاتفيا)
  if (!NISBA_ENDING.test(word) || (!afterFirst && (endsInWrittenHeh(reader, token) || (!word.endsWith('ه') && isGivenName(reader, token, true))))) return true;
  // a surname that only looks like preposition + nisba (نغولو كانتي): an adjective after a noun takes no preposition
  if (afterFirst && !joined && mayOwnPreposition(reader, token)) return true;
  const first = afterFirst ? tokens[index - 1] : undefined;
  return first !== undefined && (isGivenName(reader, first, true) || endsAbdName(reader, index - 1));
}

/**
 * Whether the word at `at` closes a given name of عبد and one of the words it joins in names (عبد
 * الرحيم، وعبد الرحمن: ABD_NAME_WORDS), which a family name shaped as a nisba may follow (عبد الرحيم
 * حمادي) as it follows any given name.
 */
function endsAbdName(reader: Reader, at: number): boolean {
  const abd = reader.tokens[at - 1];
  return abd !== undefined && abd.stem === 'عبد' && (abd.prefix === '' || hasConjunction(abd)) && reader.lex.abdNameWords.has(reader.tokens[at]!.norm);
}

/** A listed common noun, or one with a plural, dual or feminine ending (مسؤولون، مطلعة). */
export function isCommonNoun(lex: PeopleLexicon, word: string): boolean {
  if (lex.commonNouns.has(word)) return true;
  return lex.nounEndings.some((ending) => word.length > ending.length + 1 && word.endsWith(ending) && lex.commonNouns.has(word.slice(0, -ending.length)));
}
