import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from '../lexicon/given-names';
import { TITLE_DOMAINS, TITLE_HEADS, TITLE_LINKS } from '../lexicon/person-titles';
import { lazy } from '../lazy';
import { foldKey } from '../text/fold-key';
import { PhraseIndex } from '../text/phrases';

/** Words that can never be part of a personal name: function words, common verbs of reporting. */
const NOT_NAME_WORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'التي', 'الذي', 'الذين',
  'قد', 'لم', 'لن', 'ما', 'لا', 'هو', 'هي', 'هم', 'كان', 'كانت', 'بعد', 'قبل', 'خلال', 'حول', 'بين', 'عند',
  'حيث', 'كما', 'لكن', 'أو', 'ثم', 'حتى', 'منذ', 'ضد', 'دون', 'عبر', 'لدى', 'إذ', 'إذا', 'كل', 'بعض',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'أيضا', 'اليوم', 'أمس', 'غدا', 'الآن',
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'صرحت',
  'ذكر', 'ذكرت', 'أشار', 'أشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'دعا', 'دعت', 'طالب', 'طالبت',
  'اعتبر', 'اعتبرت', 'رأى', 'نفى', 'نفت', 'أفاد', 'أفادت', 'كشف', 'كشفت', 'وصف', 'وصفت', 'بحث', 'بحثا',
  'يؤكد', 'تؤكد', 'يقول', 'تقول', 'أعرب', 'أعربت', 'تابع', 'تابعت', 'أردف', 'استقال', 'وضع', 'عبر',
  'مستعد', 'نظيره', 'نظيرته', 'عن', 'بشأن', 'وفق', 'بحسب', 'حسب', 'عقب', 'إثر', 'لقاء', 'اجتماع',
  'مباحثات', 'محادثات', 'اتصال', 'بيان', 'تصريح', 'تصريحات', 'كلمة', 'زيارة', 'رسالة',
];

/** Particles that join a name to the next word, which may carry the article (`عبد العظيم`, `أبو الغيط`). */
const NAME_PARTICLES = ['عبد', 'أبو', 'ابو', 'أبي', 'بن', 'ابن', 'بنت', 'آل', 'ولد', 'دي', 'فون', 'فان', 'دو', 'لا'];

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
}

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldKey));

export const peopleLexicon = lazy(
  (): PeopleLexicon => ({
    titleHeads: new PhraseIndex(TITLE_HEADS.map((title) => [title, true] as const)),
    titleDomains: folded(TITLE_DOMAINS),
    titleLinks: folded(TITLE_LINKS),
    givenNames: folded([...GIVEN_NAMES, ...AMBIGUOUS_GIVEN_NAMES]),
    ambiguousGivenNames: folded(AMBIGUOUS_GIVEN_NAMES),
    notNameWords: new Set([...folded(NOT_NAME_WORDS), ...TITLE_HEADS.filter((t) => !t.includes(' ')).map(foldKey)]),
    particles: folded(NAME_PARTICLES),
    bylineWords: folded(BYLINE_WORDS),
  }),
);
