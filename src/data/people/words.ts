// Hand-kept word lists of the people recognizer: closed classes of Arabic function words and
// reporting vocabulary (verbs of saying, complementizers, particles of names) that no open data set
// lists for news; entries are typed from Arabic grammar and news usage.

/** Verbs that report what someone said or did; the subject right after one may be a name nobody lists. */
export const SPEECH_VERBS = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أضاف', 'أضافت', 'أوضح', 'أوضحت', 'صرح', 'صرحت',
  'ذكر', 'ذكرت', 'أشار', 'أشارت', 'لفت', 'لفتت', 'شدد', 'شددت', 'دعا', 'دعت', 'طالب', 'طالبت',
  'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'نفى', 'نفت', 'أفاد', 'أفادت', 'كشف', 'كشفت', 'أعرب', 'أعربت',
  'تابع', 'تابعت', 'أردف', 'أردفت', 'حذر', 'حذرت', 'يؤكد', 'تؤكد', 'يقول', 'تقول',
];

/**
 * Verbs of what office holders do (استقبل، زار، انتقد): they follow a bare title as often as a surname
 * does (`أن الرئيس استقبل وفدا`, `الوزيرة افتتحت المعرض`), so they are no name words; before a name with
 * its office in apposition after it they show the name is the subject's (`وانتقد X Y المستشار السياسي
 * للجبهة`: reported.ts).
 */
export const OFFICE_VERBS = [
  'استقبل', 'استقبلت', 'التقى', 'التقت', 'زار', 'زارت', 'وصل', 'وصلت', 'غادر', 'غادرت', 'افتتح', 'افتتحت',
  'ترأس', 'ترأست', 'اجتمع', 'اجتمعت', 'شارك', 'شاركت', 'حضر', 'حضرت', 'وقع', 'وقعت', 'أجرى', 'أجرت',
  'تلقى', 'تلقت', 'أصدر', 'أصدرت', 'رحب', 'رحبت', 'هنأ', 'هنأت', 'أشاد', 'أشادت', 'انتقد', 'انتقدت',
  'قرر', 'قررت', 'وافق', 'وافقت', 'رفض', 'رفضت', 'توجه', 'توجهت', 'عاد', 'عادت', 'أمر', 'أمرت',
];

/**
 * Verbs of appointment and election (عين، انتخب، كلف): their object is a person named with the office
 * given (`عين X Y وزيرا للمالية`) or the one replaced (`وعين مكانه X Y`), read in reported.ts.
 */
export const APPOINTMENT_VERBS = [
  'عين', 'عينت', 'يعين', 'تعين', 'انتخب', 'انتخبت', 'كلف', 'كلفت', 'سمى', 'سمت', 'اختار', 'اختارت', 'رشح', 'رشحت',
];

/**
 * The place of the one replaced, with his or her pronoun, between a verb of appointment and the name
 * of who replaces them (`وعين مكانه X Y`, `وانتخب بدلها X Y`).
 */
export const REPLACEMENT_WORDS = ['مكانه', 'مكانها', 'محله', 'محلها', 'بدله', 'بدلها'];

/** Words that can never be part of a personal name: function words, reporting verbs (above). */
export const NOT_NAME_WORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'أنه', 'إنه', 'أنها', 'التي', 'الذي', 'الذين',
  'قد', 'لم', 'لن', 'ما', 'لا', 'ليس', 'ليست', 'هو', 'هي', 'هم', 'كان', 'كانت', 'بعد', 'قبل', 'خلال', 'حول', 'بين', 'عند',
  'حيث', 'كما', 'لكن', 'أو', 'ثم', 'حتى', 'منذ', 'ضد', 'دون', 'عبر', 'لدى', 'إذ', 'إذا', 'كل', 'بعض',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هناك', 'هنا', 'أيضا', 'اليوم', 'أمس', 'غدا', 'الآن',
  // the pronouns after و or ف, which the clitic splitter leaves whole (أم محمد وهي نازحة، وهو يقول)
  'وهو', 'وهي', 'وهم', 'فهو', 'فهي', 'فهم',
  // في with a pronoun, which the clitic splitter leaves whole (أعلن فيها بان أن)
  'فيه', 'فيها', 'فيهم', 'فيهما',
  // and من the relative after a preposition, written as one word (ميساء لمن لا يعرفك: for whoever)
  'لمن', 'ممن', 'عمن', 'بمن', 'فيمن',
  // and so are ل، ب، إلى and لدى with one (الوفد المرافق له، المقرب منه): after a title they are no name
  'له', 'لها', 'لهم', 'لهما', 'به', 'بها', 'بهم', 'إليه', 'إليها', 'إليهم', 'لديه', 'لديها',
  'وصف', 'وصفت', 'بحث', 'بحثا', 'استقال', 'وضع', 'عبر',
  'مستعد', 'نظيره', 'نظيرته', 'عن', 'بشأن', 'وفق', 'بحسب', 'حسب', 'عقب', 'إثر', 'لقاء', 'اجتماع',
  'مباحثات', 'محادثات', 'اتصال', 'بيان', 'تصريح', 'تصريحات', 'كلمة', 'زيارة', 'رسالة',
  // the passive's auxiliary (أن اللاعب تم نقله إلى المستشفى: the player was taken)
  'تم',
  'يستقبل', 'تستقبل', 'يلتقي', 'تلتقي', 'يزور', 'تزور', 'يصل', 'تصل', 'يغادر', 'تغادر', 'يشارك', 'تشارك',
  // and what athletes do, after a title of sport (النجم الأميركي أحرز اللقب، المهاجم البرازيلي سجل هدفا)
  'أحرز', 'أحرزت', 'سجل', 'سجلت', 'فاز', 'فازت', 'حقق', 'حققت', 'توج', 'توجت', 'تأهل', 'تأهلت', 'خسر',
  'خسرت', 'انضم', 'انضمت', 'لعب', 'لعبت', 'تعادل', 'تعادلت',
  // adverbs of place and time that work as prepositions (المصور داخل أحد المستشفيات)
  'داخل', 'خارج', 'أمام', 'وراء', 'خلف', 'فوق', 'تحت', 'قرب', 'وسط', 'أثناء', 'طوال', 'نحو', 'ضمن',
  'إزاء', 'تجاه', 'أحد', 'إحدى', 'مثل',
  // كل with a preposition or و, which the splitter leaves whole (two letters would remain): a list of
  // people after a title opens with one (أشاد المدرب بكل من X وY)
  'بكل', 'لكل', 'وكل', 'ككل', 'كلا',
  // `saying`, how a speaker went on (واستطرد النجم الهولندي قائلا)
  'قائلا', 'قائلة', 'قائلين',
  // the verbal noun of saying with its speaker's pronoun, as news quotes through a source (نقلت الوكالة
  // عن خالد قوله إن، عن الوزير تأكيده أن): the stem, which the splitter leaves once the pronoun is off
  'قول', 'تأكيد',
  // superlatives after a name say what its bearer was chosen as (اختير أشرف حكيمي أفضل لاعب، أول من);
  // open data lists some as name words (Afzal), so the third word of a name took them. Not أكبر,
  // which Persian names carry (علي أكبر ولايتي)
  'أفضل', 'أكثر', 'أقل', 'أول', 'أحسن', 'أبرز', 'أهم', 'أصغر', 'أقدم', 'أطول', 'أسرع', 'أشهر', 'أعظم',
];

/**
 * Given names that are titles too, written after a name in apposition and in construct with what the
 * title is of (الشيخ تميم بن حمد آل ثاني أمير دولة قطر، أمير البلاد، أمير منطقة الرياض): there the
 * title, not the name's next word.
 */
export const NAMES_ALSO_TITLES = ['أمير', 'أميرة'];

/** What such a title is of when no place or body the recognizers claim follows it at once. */
export const DOMAINS_OF_NAMED_TITLES = ['دولة', 'البلاد', 'منطقة', 'المنطقة', 'إمارة', 'المؤمنين'];

/**
 * Formulas of blessing religious writing says after a person's name (عائشة رضي الله عنها، الإمام
 * الشافعي رحمه الله، الحسين عليه السلام، محمد ﷺ): no part of the name, which ends before them, and
 * said of nobody but a person. Matched from their first two words (the ligature ﷺ is one).
 */
export const HONORIFIC_FORMULAS = [
  'رضي الله', 'رحمه الله', 'رحمها الله', 'رحمهم الله', 'حفظه الله', 'حفظها الله', 'كرم الله', 'صلى الله',
  'عليه السلام', 'عليها السلام', 'عليهم السلام', 'قدس سره', 'دام ظله', 'ﷺ',
];

/**
 * Particles that join a name to the next word, which may carry the article (`عبد العظيم`, `أبو الغيط`);
 * the Amazigh آيت (`the sons of`: `خالد آيت الطالب`, `حسين آيت أحمد`) among them.
 */
export const NAME_PARTICLES = ['عبد', 'أبو', 'ابو', 'أبي', 'بن', 'ابن', 'بنت', 'آل', 'ولد', 'دي', 'فون', 'فان', 'دو', 'دا', 'دوس', 'لا', 'آيت'];

/**
 * The words `عبد` joins in given names: the names of God that names use (`عبد الرحمن`, `عبد الفتاح`),
 * and the few other words names take after it (`عبد النبي`, `عبد الأمير`, `عبد المسيح`, `عبد ربه`).
 * After `عبد`, any other word is a servant of something, not a name: `وزع عبد المال على الفقراء`.
 */
export const ABD_NAME_WORDS = [
  'الله', 'الإله', 'الرحمن', 'الرحيم', 'الملك', 'المالك', 'القدوس', 'السلام', 'المؤمن', 'المهيمن',
  'العزيز', 'الجبار', 'المتكبر', 'الخالق', 'البارئ', 'الباري', 'المصور', 'الغفار', 'القهار', 'الوهاب',
  'الرزاق', 'الرازق', 'الفتاح', 'العليم', 'القابض', 'الباسط', 'الخافض', 'الرافع', 'المعز', 'السميع',
  'البصير', 'الحكم', 'العدل', 'اللطيف', 'الخبير', 'الحليم', 'العظيم', 'الغفور', 'الشكور', 'العلي',
  'الكبير', 'الحفيظ', 'المقيت', 'الحسيب', 'الجليل', 'الكريم', 'الرقيب', 'المجيب', 'الواسع', 'الحكيم',
  'الودود', 'المجيد', 'الباعث', 'الشهيد', 'الحق', 'الوكيل', 'القوي', 'المتين', 'الولي', 'الحميد',
  'المحصي', 'المبدئ', 'المعيد', 'المحيي', 'الحي', 'القيوم', 'الواجد', 'الماجد', 'الواحد', 'الأحد',
  'الصمد', 'القادر', 'المقتدر', 'الأول', 'الآخر', 'الظاهر', 'الباطن', 'الوالي', 'المتعال', 'المتعالي',
  'البر', 'التواب', 'العفو', 'الرؤوف', 'الرءوف', 'الغني', 'المغني', 'المعطي', 'النافع', 'النور',
  'الهادي', 'البديع', 'الباقي', 'الوارث', 'الرشيد', 'الصبور', 'الستار', 'الساتر', 'المنعم', 'الجواد',
  'المحسن', 'الناصر', 'المولى', 'الشافي', 'الكافي', 'المعين', 'الدائم', 'الدايم', 'العال', 'العاطي',
  'الحافظ', 'المقصود', 'الموجود', 'الحنان', 'المنان', 'المطلب', 'النبي', 'الرسول', 'الأمير', 'الحسين',
  'الحسن', 'الزهرة', 'الزهراء', 'المسيح', 'الرضا', 'الكاظم', 'الصاحب', 'ربه', 'الرب', 'الوحيد', 'اللاه',
  'الراضي', 'الفضيل', 'يسوع', 'علي',
];

/**
 * Nouns and adjectives that follow a reporting verb or stand in a list where a name could, and are
 * no name (قال مصدر مسؤول، قالت مصادر مطلعة، قال شهود عيان): the sources, witnesses and groups news
 * quotes without naming, kin, and words of foreign brand names (نيوز، تايمز). Sound plurals and
 * feminine forms are derived (NOUN_ENDINGS); broken plurals are listed. A name nobody lists must
 * not be one of these.
 */
export const COMMON_NOUNS = [
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
  // what a spokesperson or officer announces right after his title (أعلن المتحدث باسم القيادة مقتل خمسة)
  'مقتل', 'مصرع', 'استشهاد', 'وفاة', 'إصابة', 'اعتقال', 'إطلاق', 'تأجيل', 'انطلاق', 'بدء', 'انتهاء',
  // the credits of a work, joined by و after a name (من تأليف X وإخراج Y، كلمات X وألحان Y)
  'تأليف', 'إخراج', 'ألحان', 'تلحين', 'إنتاج', 'سيناريو', 'توزيع', 'كلمات', 'غناء', 'تمثيل',
  // what a name's bearer signs, concludes or wins, after his name as its object (ووقع الوزير محمد علي
  // الاتفاقية، وحصد أحمد يوسف الميدالية)
  'اتفاقية', 'اتفاق', 'معاهدة', 'صفقة', 'ميدالية',
  // what a cleric reads or gives right after his title (وتلا الإمام آيات من القرآن، وألقى الشيخ خطبة
  // الجمعة): آيات is a woman's name too, lost where it opens a name alone (وقالت آيات محمد إن)
  'آيات', 'خطبة', 'فتوى', 'موعظة',
  // events a festival's, fair's or meeting's name follows (افتتح وزير الثقافة معرض الدوحة للكتاب)
  'معرض', 'مهرجان', 'مؤتمر', 'منتدى', 'ملتقى', 'ندوة', 'حفل', 'بطولة', 'قمة', 'موسم', 'دورة',
  'نيوز', 'تايمز', 'بوست', 'جورنال', 'برس', 'ووتش', 'إنترناشونال', 'جنرال', 'موتور', 'موتورز', 'غروب',
  'ميديا', 'إلكترونيكس', 'بلاتفورمز', 'إيرلاينز', 'إيرويز', 'بتروليوم', 'إنرجي', 'هولدينغ', 'كابيتال',
  'كوربوريشن', 'تكنولوجيز', 'سيستمز',
];

/**
 * Nouns of places built or settled that take a person's title and name as their own name (`شارع
 * الملك فهد`, `مستشفى الملك فيصل`, `مسجد الشيخ زايد`, `حي السيدة زينب`): after one of them in
 * construct, a title and name name the place, not a person in the news.
 */
export const LANDMARK_HEADS = [
  'شارع', 'طريق', 'ميدان', 'ساحة', 'جسر', 'مستشفى', 'جامعة', 'كلية', 'مدرسة', 'معهد', 'مسجد', 'جامع',
  'كنيسة', 'كاتدرائية', 'مقام', 'ضريح', 'مرقد', 'قرية', 'بلدة', 'حي', 'مدينة', 'مطار', 'ميناء', 'ملعب',
  'استاد', 'قاعة', 'جائزة', 'سد', 'قاعدة', 'مجمع', 'مركز',
];

/**
 * Nouns of things sold or quoted that a brand's, product's or index's name follows in construct
 * (`مؤشر داو جونز`, `تطبيق تيك توك`, `منصة نتفليكس`, `طراز كامري`): the name after them is the
 * thing's, not a person's. Not نموذج, شركة, برنامج or هاتف, which take a person's name as often
 * (`نموذج ريتشارد ريد`, `برنامج ترامب`, `التنصت على هاتف ميركل`).
 */
export const PRODUCT_HEADS = ['مؤشر', 'مؤشرات', 'تطبيق', 'تطبيقات', 'منصة', 'منصات', 'طراز', 'روبوت', 'متصفح'];

/**
 * Ordinals (stems, without the article), masculine and feminine; حادي takes عشر after it (الحادي عشر).
 * Right after a given name, a definite ordinal is the name's regnal number (`عبدالله الثاني`,
 * `إليزابيث الثانية`, `لويس الرابع عشر`).
 */
export const ORDINALS = [
  'أول', 'أولى', 'ثاني', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة',
  'سابع', 'سابعة', 'ثامن', 'ثامنة', 'تاسع', 'تاسعة', 'عاشر', 'عاشرة', 'حادي', 'حادية',
];

/** The ten of a compound ordinal (`السادس عشر`, `الثانية عشرة`). */
export const ORDINAL_TENS = ['عشر', 'عشرة'];

/**
 * Adjectives of rank besides the ordinals (stems, without the article): with the ordinals, after a
 * definite word they say it is a noun they qualify (`الهدف الأول`, `الشوط الثاني`, `المرة الأخيرة`),
 * not a family name. (A literal: a spread of ORDINALS here would keep both lists in every bundle that
 * imports this file.)
 */
export const RANK_ADJECTIVES = ['أخير', 'أخيرة'];

/**
 * The second halves of compound given names (`نور الدين`, `صلاح الدين`, `سيف الإسلام`, `زين
 * العابدين`, `نور الهدى`, `فاطمة الزهراء`): after a given name, the pair is one given name and the name reads on
 * (`سعد الدين العثماني`, `زين العابدين بن علي`).
 */
export const COMPOUND_NAME_ENDS = ['الدين', 'الإسلام', 'العابدين', 'الهدى', 'الزهراء'];

/**
 * Words after a person's name that introduce another name of theirs, a laqab or kunya, with ب (`محمد
 * حمدان دقلو المعروف بحميدتي`, `المكنى بأبي محمد`, `الملقب بالشبح`): the stems, the article taken off.
 */
export const ALIAS_WORDS = ['معروف', 'معروفة', 'ملقب', 'ملقبة', 'مكنى', 'مكناة', 'مكني'];

/**
 * The particle of a kunya (`أبو عبيدة`, `أبو مازن`; genitive أبي), by which people are named alone:
 * a place's name may start with it too (أبو ظبي), but after a title it opens a person's name.
 */
export const KUNYA_PARTICLES = ['أبو', 'أبي'];

/**
 * Prepositions before which a definite demonym is a noun, `the Brazilian`, not an adjective (an
 * adjective follows its noun: `المنتخب البرازيلي`), so a name may follow it (`مع البرازيلي نيمار`).
 */
export const NATIONAL_PREPOSITIONS = ['مع', 'من', 'على', 'عن', 'إلى', 'ضد', 'أمام'];

/**
 * Of those, the ones before which a feminine demonym is a woman: after من، عن، إلى it is a language
 * (ترجم إلى الروسية), after these one meets or plays a woman (أمام الأمريكية سيرينا ويليامز).
 */
export const WOMAN_NATIONAL_PREPOSITIONS = ['مع', 'على', 'ضد', 'أمام'];

/** Particles of descent (`بن`, `ابن`, `بنت`, `ولد`): a father's name follows them, and a family name may close the chain. */
export const PATRONYMIC_PARTICLES = ['بن', 'ابن', 'بنت', 'ولد'];

/**
 * Endings of sound plurals, duals, the feminine, the construct plural and the indefinite accusative
 * (مسؤولون، مسؤولو، مطلعة، اتصالا).
 */
export const NOUN_ENDINGS = ['ون', 'ين', 'ات', 'ان', 'تان', 'تين', 'ة', 'و', 'ا'];

/** Words that open a report's content or source after the speaker (`قال X إن`, `قال X لوكالة …`). */
export const COMPLEMENTIZERS = ['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها', 'بأنهم'];
/** What a statement was made in (`قال X في بيان`). */
export const STATEMENT_NOUNS = [
  'تصريح', 'تصريحات', 'بيان', 'حديث', 'مقابلة', 'مؤتمر', 'كلمة', 'تغريدة', 'منشور', 'رسالة', 'خطاب', 'لقاء',
];
/**
 * Whom a statement was made to when that is the writer or reader: ل with a pronoun of the first or second
 * person (`وقال لي إن`, he told me that), between a reporting verb and reported speech where a speaker's
 * name alone stands too (`وقال كيم إن`). The third person's are NOT_NAME_WORDS (له، لها).
 */
export const ADDRESSEE_PRONOUNS = ['لي', 'لنا', 'لك', 'لكم'];
/** Whom a statement was made to, without the lam and article (`قال X لوكالة …`, `قال X للصحفيين`). */
export const AUDIENCE_NOUNS = ['وكالة', 'صحفيين', 'صحافيين', 'صحافة', 'صحفي', 'إعلام', 'مراسل', 'مراسلين'];

/**
 * Verbs of a player's touch of the ball in match reports, whose subject may be a player named by his
 * surname alone (`ومرر X كرة`, `وسدد X ركلة`), and the objects after them that show the verb is said
 * of play (a ball, a kick, a pass, a shot, a header). Not a goal: a club scores one as often as a
 * player does (`وأضاف X الهدف الثاني` may be a club).
 */
export const PLAY_VERBS = ['مرر', 'سدد', 'أهدر', 'أرسل'];
export const PLAY_OBJECTS = ['كرة', 'الكرة', 'ركلة', 'تمريرة', 'ضربة', 'رأسية', 'تسديدة', 'عرضية'];
/**
 * Verbs of scoring and the goals scored, which a club's name may stand between as well as a
 * player's: read only for a name of two words a given name opens that no other recognizer claimed
 * (`سجل X Y الهدف الأول`; not `سجل ريال مدريد هدفا`, a club of the lexicon).
 */
export const SCORING_VERBS = ['سجل', 'أحرز', 'أضاف'];
export const GOAL_OBJECTS = ['هدف', 'الهدف', 'هدفا', 'هدفين', 'الهدفين', 'ثنائية', 'ثلاثية'];

/** Prepositions of an adjunct between two elements of a list (`كل من X في الدقيقة 12 وY`). */
export const ADJUNCT_PREPOSITIONS = ['في', 'من', 'عن', 'على', 'إلى', 'مع'];

/** Words that open a list of people (`بكل من X وY`, `وهم X وY`). */
export const LIST_INTRODUCERS = [
  'كل من', 'كلا من', 'بكل من', 'لكل من', 'وكل من', 'هم', 'وهم', 'هما', 'وهما', 'منهم', 'ومنهم', 'من بينهم',
  'ومن بينهم', 'بينهم', 'وبينهم', 'أبرزهم',
];

/** Verbs and nouns that introduce a byline (`كتب محمد …`). */
export const BYLINE_WORDS = ['كتب', 'كتبت', 'بقلم', 'إعداد', 'تقرير', 'متابعة'];
