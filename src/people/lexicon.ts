import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../lexicon/given-names';
import { NAME_DESCRIPTORS, ORGANIZATION_HEADS } from '../lexicon/organizations-patterns';
import { PLACE_NAME_HEADS, PLACE_TRIGGERS, STATE_TITLES } from '../lexicon/places-context';
import { TITLE_DOMAINS, TITLE_HEADS, TITLE_LINKS } from '../lexicon/person-titles';
import { lazy } from '../lazy';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';

/** Verbs that report what someone said or did; the subject right after one may be a name nobody lists. */
const SPEECH_VERBS = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'صرحت',
  'ذكر', 'ذكرت', 'أشار', 'أشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'دعا', 'دعت', 'طالب', 'طالبت',
  'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'نفى', 'نفت', 'أفاد', 'أفادت', 'كشف', 'كشفت', 'أعرب', 'أعربت',
  'تابع', 'تابعت', 'أردف', 'أردفت', 'حذر', 'حذرت', 'يؤكد', 'تؤكد', 'يقول', 'تقول',
];

/** Words that can never be part of a personal name: function words, reporting verbs (above). */
const NOT_NAME_WORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'التي', 'الذي', 'الذين',
  'قد', 'لم', 'لن', 'ما', 'لا', 'هو', 'هي', 'هم', 'كان', 'كانت', 'بعد', 'قبل', 'خلال', 'حول', 'بين', 'عند',
  'حيث', 'كما', 'لكن', 'أو', 'ثم', 'حتى', 'منذ', 'ضد', 'دون', 'عبر', 'لدى', 'إذ', 'إذا', 'كل', 'بعض',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'أيضا', 'اليوم', 'أمس', 'غدا', 'الآن',
  'وصف', 'وصفت', 'بحث', 'بحثا', 'استقال', 'وضع', 'عبر',
  'مستعد', 'نظيره', 'نظيرته', 'عن', 'بشأن', 'وفق', 'بحسب', 'حسب', 'عقب', 'إثر', 'لقاء', 'اجتماع',
  'مباحثات', 'محادثات', 'اتصال', 'بيان', 'تصريح', 'تصريحات', 'كلمة', 'زيارة', 'رسالة',
  // verbs of what office holders do, which follow a bare title as often as a surname does (أن الرئيس
  // استقبل وفدا، الوزيرة افتتحت المعرض)
  'استقبل', 'استقبلت', 'التقى', 'التقت', 'زار', 'زارت', 'وصل', 'وصلت', 'غادر', 'غادرت', 'افتتح', 'افتتحت',
  'ترأس', 'ترأست', 'اجتمع', 'اجتمعت', 'شارك', 'شاركت', 'حضر', 'حضرت', 'وقع', 'وقعت', 'أجرى', 'أجرت',
  'تلقى', 'تلقت', 'أصدر', 'أصدرت', 'رحب', 'رحبت', 'هنأ', 'هنأت', 'أشاد', 'أشادت', 'انتقد', 'انتقدت',
  'قرر', 'قررت', 'وافق', 'وافقت', 'رفض', 'رفضت', 'توجه', 'توجهت', 'عاد', 'عادت', 'أمر', 'أمرت',
  'يستقبل', 'تستقبل', 'يلتقي', 'تلتقي', 'يزور', 'تزور', 'يصل', 'تصل', 'يغادر', 'تغادر', 'يشارك', 'تشارك',
  // adverbs of place and time that work as prepositions (المصور داخل أحد المستشفيات)
  'داخل', 'خارج', 'أمام', 'وراء', 'خلف', 'فوق', 'تحت', 'قرب', 'وسط', 'أثناء', 'طوال', 'نحو', 'ضمن',
  'إزاء', 'تجاه', 'أحد', 'إحدى',
];

/** Particles that join a name to the next word, which may carry the article (`عبد العظيم`, `أبو الغيط`). */
const NAME_PARTICLES = ['عبد', 'أبو', 'ابو', 'أبي', 'بن', 'ابن', 'بنت', 'آل', 'ولد', 'دي', 'فون', 'فان', 'دو', 'لا'];

/**
 * Nouns and adjectives that follow a reporting verb or stand in a list where a name could, and are
 * no name (قال مصدر مسؤول، قالت مصادر مطلعة، قال شهود عيان): the sources, witnesses and groups news
 * quotes without naming, kin, and words of foreign brand names (نيوز، تايمز). Sound plurals and
 * feminine forms are derived (NOUN_ENDINGS); broken plurals are listed. A name nobody lists must
 * not be one of these.
 */
const COMMON_NOUNS = [
  'مصدر', 'مصادر', 'مسؤول', 'شاهد', 'شهود', 'عيان', 'تقرير', 'تقارير', 'متحدث', 'مراسل', 'ناشط',
  'نشطاء', 'ساكن', 'سكان', 'خبير', 'خبراء', 'محلل', 'مراقب', 'مطلع', 'رفيع', 'كبير', 'كبار', 'بارز',
  'مقرب', 'قريب', 'مجهول', 'صادر', 'مشترك', 'ضابط', 'ضباط', 'عضو', 'أعضاء', 'ممثل', 'موظف', 'عامل',
  'عمال', 'طالب', 'طلاب', 'معلم', 'أستاذ', 'طبيب', 'أطباء', 'مسعف', 'باحث', 'قائد', 'قادة', 'زعيم',
  'زعماء', 'رجل', 'رجال', 'امرأة', 'نساء', 'شاب', 'شباب', 'فتاة', 'طفل', 'أطفال', 'مواطن', 'لاجئ',
  'مقاتل', 'مسلح', 'محتج', 'متظاهر', 'أهالي', 'أهل', 'عائلة', 'أسرة', 'أقارب', 'جار', 'جيران', 'أحد',
  'إحدى', 'عدد', 'جميع', 'معظم', 'أغلب', 'غالبية', 'فريق', 'وفد', 'جيش', 'قوات', 'قوة', 'شرطة', 'أمن',
  'جهاز', 'جهة', 'جهات', 'مكتب', 'إدارة', 'حكومة', 'سلطات', 'سلطة', 'دولة', 'دول', 'بلد', 'مدينة',
  'دراسة', 'استطلاع', 'وثيقة', 'مذكرة', 'خبر', 'نبأ', 'أنباء', 'معلومات', 'نتائج', 'مساء', 'صباح',
  'ظهر', 'ليل', 'يوم', 'يجب', 'ينبغي', 'يمكن', 'لابد', 'أب', 'أم', 'والد', 'ابن', 'ابنة', 'نجل',
  'شقيق', 'أخ', 'أخت', 'زوج', 'عم', 'خال', 'جد', 'حفيد', 'صاحب', 'أصحاب', 'مالك', 'رئاسة', 'حرس',
  'آخر', 'عديد', 'كثير', 'مختلف', 'عدة', 'ضيف', 'ضيوف', 'وجه', 'ناطق', 'صحفي', 'صحافي', 'مصور', 'مذيع', 'فنان',
  'كاتب', 'شاعر', 'أديب', 'مخرج', 'مطرب', 'مغني', 'لاعب', 'مدرب', 'مرشح', 'مستشار', 'مدير', 'محامي',
  'محام', 'منسق',
  'نيوز', 'تايمز', 'بوست', 'جورنال', 'برس', 'ووتش', 'إنترناشونال', 'جنرال', 'موتور', 'موتورز', 'غروب',
  'ميديا', 'إلكترونيكس', 'بلاتفورمز', 'إيرلاينز', 'إيرويز', 'بتروليوم', 'إنرجي', 'هولدينغ', 'كابيتال',
  'كوربوريشن', 'تكنولوجيز', 'سيستمز',
];

/**
 * Endings of sound plurals, duals, the feminine, the construct plural and the indefinite accusative
 * (مسؤولون، مسؤولو، مطلعة، اتصالا).
 */
const NOUN_ENDINGS = ['ون', 'ين', 'ات', 'ان', 'تان', 'تين', 'ة', 'و', 'ا'];

/** Words that open a report's content or source after the speaker (`قال X إن`, `قال X لوكالة …`). */
const COMPLEMENTIZERS = ['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها', 'بأنهم'];
/** What a statement was made in (`قال X في بيان`). */
const STATEMENT_NOUNS = [
  'تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابلة', 'مؤتمر', 'كلمة', 'تغريدة', 'منشور', 'رسالة', 'خطاب', 'لقاء',
];
/** Whom a statement was made to, without the lam and article (`قال X لوكالة …`, `قال X للصحفيين`). */
const AUDIENCE_NOUNS = ['وكالة', 'صحفيين', 'صحافيين', 'صحافة', 'صحفي', 'إعلام', 'مراسل', 'مراسلين'];

/** Words that open a list of people (`بكل من X وY`, `وهم X وY`). */
const LIST_INTRODUCERS = [
  'كل من', 'كلا من', 'بكل من', 'لكل من', 'وكل من', 'هم', 'وهم', 'هما', 'وهما', 'منهم', 'ومنهم', 'من بينهم',
  'ومن بينهم', 'أبرزهم',
];

/** Verbs and nouns that introduce a byline (`كتب محمد …`). */
const BYLINE_WORDS = ['كتب', 'كتبت', 'بقلم', 'إعداد', 'تقرير', 'متابعة'];

export interface PeopleLexicon {
  titleHeads: PhraseIndex<true>;
  titleDomains: ReadonlySet<string>;
  titleLinks: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  ambiguousGivenNames: ReadonlySet<string>;
  notNameWords: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  bylineWords: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  commonNouns: ReadonlySet<string>;
  nounEndings: readonly string[];
  complementizers: ReadonlySet<string>;
  statementNouns: ReadonlySet<string>;
  audienceNouns: ReadonlySet<string>;
  listIntroducers: PhraseIndex<true>;
  /**
   * Every word a person's reading can start at, folded and without clitics: title heads, given names,
   * particles, byline words, reporting verbs, list introducers; words with the article also without
   * it, as a token's stem has them (الرئيس → رئيس). One or two probes rule out most tokens.
   */
  startWords: ReadonlySet<string>;
}

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

const firstWords = (phrases: readonly string[]): string[] => phrases.map((phrase) => phrase.split(' ')[0]!);

/** The folded words, and those with the article also without it. */
function withStems(words: readonly string[]): ReadonlySet<string> {
  const keys = words.map(foldKey);
  return new Set([...keys, ...keys.filter((key) => key.startsWith('ال')).map((key) => key.slice(2))]);
}

export const peopleLexicon = lazy(
  (): PeopleLexicon => ({
    startWords: withStems([
      ...firstWords(TITLE_HEADS),
      ...GIVEN_NAMES,
      ...AMBIGUOUS_GIVEN_NAMES,
      ...NAME_PARTICLES,
      ...BYLINE_WORDS,
      ...SPEECH_VERBS,
      ...firstWords(LIST_INTRODUCERS),
    ]),
    titleHeads: new PhraseIndex(TITLE_HEADS.map((title) => [title, true] as const)),
    titleDomains: folded(TITLE_DOMAINS),
    titleLinks: folded(TITLE_LINKS),
    givenNames: folded([...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES]),
    ambiguousGivenNames: folded(AMBIGUOUS_GIVEN_NAMES),
    notNameWords: new Set([
      ...folded([...NOT_NAME_WORDS, ...SPEECH_VERBS]),
      ...TITLE_HEADS.filter((t) => !t.includes(' ')).map(foldKey),
    ]),
    particles: folded(NAME_PARTICLES),
    bylineWords: folded(BYLINE_WORDS),
    speechVerbs: folded(SPEECH_VERBS),
    // the head nouns of bodies, outlets and places (وكالة، صحيفة، مدينة، دير) open other names than a person's
    commonNouns: folded([
      ...COMMON_NOUNS,
      ...ORGANIZATION_HEADS.map((h) => h.head),
      ...NAME_DESCRIPTORS.map((d) => d.word),
      ...PLACE_TRIGGERS.map(([word]) => word),
      ...PLACE_NAME_HEADS,
      ...STATE_TITLES,
    ]),
    nounEndings: NOUN_ENDINGS.map(foldKey),
    complementizers: folded(COMPLEMENTIZERS),
    statementNouns: folded(STATEMENT_NOUNS),
    audienceNouns: new Set([...folded(AUDIENCE_NOUNS), ...NAME_DESCRIPTORS.map((d) => foldKey(d.word))]),
    listIntroducers: new PhraseIndex(LIST_INTRODUCERS.map((phrase) => [phrase, true] as const)),
  }),
);
