// Titles and roles that introduce a person's name in news copy. Hand-kept facts of usage.

/**
 * Words and phrases a title starts with. A title may go on with complements (a ministry domain,
 * a demonym, a country or body: `وزير الخارجية الروسي`, `رئيس وزراء أرمينيا`, `المتحدث باسم الكرملين`);
 * src/people/titles.ts reads those.
 */
export const TITLE_HEADS: readonly string[] = [
  'الرئيس', 'الرئيسة', 'رئيس', 'رئيسة', 'رئيسا', 'نائب', 'نائبة', 'النائب', 'النائبة',
  'رئيس الوزراء', 'رئيسة الوزراء', 'رئيس الحكومة', 'رئيس الجمهورية', 'رئيس وزراء',
  'الوزير', 'الوزيرة', 'وزير', 'وزيرة', 'وزيرا', 'وكيل', 'وكيلة',
  'المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'ناطق',
  'الأمين العام', 'أمين عام', 'أمين', 'الأمين', 'الأمينة العامة', 'أمينة عامة', 'الممثل الخاص', 'الممثلة الخاصة', 'المبعوث', 'المبعوثة', 'مبعوث',
  'السفير', 'السفيرة', 'سفير', 'القنصل',
  'الملك', 'الملكة', 'العاهل', 'الأمير', 'الأميرة', 'ولي العهد', 'السلطان', 'الشيخ', 'الشيخة',
  'السيد', 'السيدة', 'الآنسة', 'الدكتور', 'الدكتورة', 'د.', 'البروفيسور', 'الأستاذ', 'المهندس',
  'المستشار', 'المستشارة', 'مستشار', 'المدير', 'المديرة', 'مدير', 'مديرة', 'المدير العام', 'مدير عام',
  'الجنرال', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'المشير', 'الأدميرال',
  'قائد', 'القائد', 'الزعيم', 'زعيم', 'البابا', 'البطريرك', 'المطران', 'الكاردينال', 'الإمام', 'المرشد',
  // clergy of every faith, and the ranks of Shia scholars (آية الله علي السيستاني، مفتي القدس X، القس X);
  // not المفتي, a family name too (فارس المفتي)
  'شيخ الأزهر', 'آية الله', 'حجة الإسلام', 'المرجع الديني', 'المرجع الشيعي', 'المرجع الأعلى', 'مفتي', 'القس', 'الأسقف', 'الحاخام',
  // a member of a council, parliament or bureau (عضو البرلمان التونسي X، عضو المكتب السياسي لحركة حماس X)
  'عضو', 'عضوة',
  'رائد الفضاء', 'رائدة الفضاء',
  'الحاكم', 'حاكم', 'المحافظ', 'محافظ', 'عمدة', 'رئيس بلدية', 'القاضي', 'المدعي العام', 'النائب العام',
  // the same of a woman, and a judge in construct with the court or inquiry (قاضي التحقيق X، قاضية المحكمة X)
  'القاضية', 'قاضي', 'قاضية', 'المدعية العامة', 'النائبة العامة',
  // one whom security and court news name by a name alone (ألقت الشرطة القبض على المدعو X)
  'المدعو', 'المدعوة',
  // a faculty's dean (عميد كلية الطب X); العميد alone is a rank, below
  'عميد', 'عميدة',
  'المرشح', 'المرشحة', 'اللاعب', 'المدرب', 'الفنان', 'الفنانة', 'الكاتب', 'الكاتبة', 'الصحفي', 'الصحفية',
  'الناشط', 'الناشطة', 'المعارض', 'الباحث', 'الخبير', 'المحلل', 'نظيره', 'نظيرته',
  // professions news puts before a name (الشاعر العراقي X، الممثلة X)
  'الشاعر', 'الشاعرة', 'الروائي', 'الروائية', 'الأديب', 'الأديبة', 'المؤرخ', 'المفكر', 'الفيلسوف',
  'الناقد', 'الناقدة', 'المطرب', 'المطربة', 'المغني', 'المغنية', 'الملحن', 'الموسيقار', 'الممثل', 'الممثلة', 'المخرج',
  'المخرجة', 'الرسام', 'الرسامة', 'النحات', 'المصور', 'المصورة', 'الإعلامي', 'الإعلامية',
  'المذيع', 'المذيعة', 'المحامي', 'المحامية', 'الطبيب', 'الطبيبة', 'الداعية',
  // the makers of films, songs and shows, and a match's referee (the last also `the rule`: ambiguous, below)
  'السيناريست', 'كاتب السيناريو', 'المنتج', 'المنتجة', 'المؤلف', 'المؤلفة', 'العازف', 'العازفة',
  // a player in construct with the instrument (عازفة البيانو الصينية X، عازف العود X), a founder with
  // what he founded (مؤسس شركة كريم X)
  'عازف', 'عازفة', 'مؤسس',
  'الراقص', 'الراقصة', 'المصمم', 'المصممة', 'المنشد', 'الحكم',
  'اللاعبة', 'المدربة', 'الباحثة', 'الخبيرة', 'المحللة',
  // a coach in construct with the team (مدرب المنتخب السعودي X، مدربة فريق السيدات X), a lawyer with
  // whom he defends (محامي الدفاع X، محامية الأسرة X)
  'مدرب', 'مدربة', 'محامي', 'محامية',
  // ranks of several words, read whole so their second word is not taken for a name (الفريق أول X)
  'الفريق أول', 'الفريق الركن', 'الفريق أول الركن', 'الفريق أول ركن', 'اللواء الركن', 'اللواء ركن',
  'العميد الركن', 'العميد ركن', 'العقيد الركن', 'العقيد ركن',
  // offices of several words, masculine and feminine (المديرة التنفيذية للبرنامج X)
  'المدير التنفيذي', 'المديرة التنفيذية', 'المديرة العامة', 'الرئيس التنفيذي', 'الرئيسة التنفيذية',
  // athletes by their sport or post (العداء المغربي X، لاعبة التنس التونسية X، حارس مرمى المنتخب X);
  // a sport after لاعب is a definite word or كرة (a domain) in construct
  'العداء', 'العداءة', 'السباح', 'السباحة', 'الملاكم', 'الملاكمة', 'المصارع', 'المصارعة', 'الدراج',
  'الرامي', 'الرامية', 'الرباع', 'الرباعة', 'البطل', 'البطلة', 'لاعب', 'لاعبة', 'حارس المرمى',
  'حارس مرمى', 'حارسة المرمى', 'الحارس', 'المهاجم', 'المدافع', 'النجم', 'النجمة', 'الكابتن', 'كابتن',
  // the same posts of a club or side in construct (مدافع ريال مدريد X): ambiguous, below; not نجم, a
  // given name's first half too (نجم الدين)
  'مهاجم', 'مدافع',
  // posts on the pitch of several words, read whole (الظهير الأيسر للمنتخب السعودي X، صانع الألعاب
  // الجزائري X); الظهير and الجناح alone are a backing and a party's wing, and رأس الحربة, قلب الدفاع
  // are a post as often as its player (يلعب قلب الدفاع دورا مهما)
  'الظهير الأيمن', 'الظهير الأيسر', 'الجناح الأيمن', 'الجناح الأيسر', 'صانع الألعاب', 'الهداف',
  // writers by their craft (المترجم المصري X، القاص العراقي X)
  'المترجم', 'المترجمة', 'القاص', 'القاصة',
  // a team's coach and players by their post, with its pronoun (مدربه جوزيه، مهاجمه الدولي الكاميروني X)
  'مدربه', 'مدربها', 'مهاجمه', 'مهاجمها', 'مدافعه', 'مدافعها', 'حارسه', 'حارسها',
  // a rival or team-mate of the same country (فاز على مواطنه مصطفى عسل، مع مواطنتها X)
  'مواطنه', 'مواطنها', 'مواطنته', 'مواطنتها',
  // kin with the pronoun of one named before (وقال شقيقه نواز شريف، وقالت زوجته X، نجله X)
  'شقيقه', 'شقيقها', 'شقيقته', 'شقيقتها', 'زوجته', 'زوجها', 'نجله', 'نجلها', 'ابنه', 'ابنها', 'ابنته', 'ابنتها',
  'والده', 'والدها', 'والدته', 'والدتها',
  // what the news of courts, prisons and wars calls a person before the name (المتهم X، الأسيرة X،
  // الشهيد X، المواطن X); everyday nouns too, so ambiguous (below)
  'المتهم', 'المتهمة', 'الأسير', 'الأسيرة', 'الشهيد', 'الشهيدة', 'المواطن', 'المواطنة',
  // a party's or movement's leading member (القيادي في حركة حماس X); also an adjective (الدور القيادي)
  'القيادي', 'القيادية',
  // a scholar by the field in construct after him (عالم الآثار المصري X); also a world (عالم الفن)
  'عالم', 'عالمة',
  // the offices of international bodies (المفوض السامي لحقوق الإنسان X، المفوضة الأوروبية X، المقررة
  // الخاصة للأمم المتحدة X، المنسق الأممي X); المقرر is `scheduled` too (الاجتماع المقرر) and مفوض
  // `empowered`: ambiguous, below. Not an indefinite منسق, an adjective as often (بشكل منسق وجميل)
  'المفوض', 'المفوضة', 'مفوض', 'مفوضة', 'المنسق', 'المنسقة', 'المقرر', 'المقررة',
  // a senator of a foreign parliament (السيناتور الجمهوري X), and a billionaire (الملياردير الأمريكي X)
  'السيناتور', 'السيناتورة', 'سيناتور', 'الملياردير', 'المليارديرة',
  // a man or woman of business (رجل الأعمال الأمريكي X): رجل alone is any man, so the two words whole;
  // so an entrepreneur (رائدة الأعمال النيجيرية X): رائد alone is a pioneer or a major
  'رجل الأعمال', 'سيدة الأعمال', 'رائد الأعمال', 'رائدة الأعمال',
];

/**
 * Heads that are also everyday nouns (الفريق `the team`, العميد `the dean`, اللواء `the brigade`):
 * alone or with only definite words after them (`المدافع الرشاشة`, the machine guns), they make a
 * title only before a name a given name or a particle opens (`الفريق جاهز` is none); a demonym,
 * place, body or domain after them makes them a title (`المدافع الفرنسي`).
 */
export const AMBIGUOUS_TITLE_HEADS: readonly string[] = [
  'الفريق', 'اللواء', 'العميد',
  // the referee, and the rule, the judgment or the government (الحكم الذاتي، الحكم على المتهم)
  'الحكم',
  // an indefinite player, coach or lawyer is a title only with its sport, club, nationality or whom he
  // defends (لاعب كرة القدم X, مدرب المنتخب السعودي X, محامي الدفاع X; not لاعب جديد سيوقع، مدرب حراس
  // جديد): before a name alone it is in construct with it, the name's (محامي أحمد حمدان, his lawyer)
  'لاعب', 'لاعبة', 'مدرب', 'مدربة', 'محامي', 'محامية',
  // athletes' titles that are everyday nouns too: a guard, an attacker, the cannons, a star, a hero,
  // and female athletes' titles that are also their sports (السباحة swimming, المصارعة wrestling)
  'الحارس', 'المهاجم', 'المدافع', 'النجم', 'النجمة', 'مهاجم', 'مدافع', 'السباحة', 'البطل', 'البطلة', 'المصارعة', 'الملاكمة',
  // its attacker or assailant, its defenders or cannons, his guard or bodyguard
  'مهاجمه', 'مهاجمها', 'مدافعه', 'مدافعها', 'حارسه', 'حارسها',
  // a compatriot, or a country's citizen (دافع عن مواطنه المعتقل)
  'مواطنه', 'مواطنها', 'مواطنته', 'مواطنتها',
  // kin, most often named by no name at all (توفي والده، رافقته زوجته)
  'شقيقه', 'شقيقها', 'شقيقته', 'شقيقتها', 'زوجته', 'زوجها', 'نجله', 'نجلها', 'ابنه', 'ابنها', 'ابنته', 'ابنتها',
  'والده', 'والدها', 'والدته', 'والدتها',
  // the accused, the prisoner, the martyr, the citizen: most often named by no name at all
  'المتهم', 'المتهمة', 'الأسير', 'الأسيرة', 'الشهيد', 'الشهيدة', 'المواطن', 'المواطنة',
  // leading, as the adjective of a role or post (الدور القيادي); a world (دخل عالم السياسة)
  'القيادي', 'القيادية', 'عالم', 'عالمة',
  // scheduled, decided (الموعد المقرر، الجلسة المقررة); empowered (وكيل مفوض)
  'المقرر', 'المقررة', 'مفوض', 'مفوضة',
];

/**
 * The posts of a team (a club or a national side), as the stems of their heads' first words: the team a
 * demonym, place or body after them names is the post's, not the holder's country (`مدرب ريال مدريد
 * كارلو أنشيلوتي` is Italian). A coach of a national side may be foreign as well (`مدرب المنتخب السعودي
 * هيرفي رينارد`); a player of one (`لاعب منتخب مصر`) is its national, of a club (`مهاجم ليفربول`) not.
 */
export const TEAM_POST_STEMS: readonly string[] = [
  'مدرب', 'مدربة', 'لاعب', 'لاعبة', 'مهاجم', 'مدافع', 'حارس', 'حارسة', 'نجم', 'نجمة', 'ظهير', 'جناح', 'صانع', 'هداف', 'كابتن',
];
/** Of TEAM_POST_STEMS, those of a coach, who may be foreign to a national side too. */
export const COACH_STEMS: readonly string[] = ['مدرب', 'مدربة'];
/** The nouns of a team a post is of (`مدرب المنتخب المغربي`، `لاعب نادي برشلونة`), as stems; منتخب is a national side's. */
export const TEAM_NOUN_STEMS: readonly string[] = ['منتخب', 'نادي', 'فريق'];
export const NATIONAL_SIDE_STEM = 'منتخب';

/**
 * Heads of a spokesperson, after whom باسم is `in the name of` and never the given name Basem: what
 * they speak for follows it (`الناطق باسم الكتائب`, `المتحدث باسم كتائب القسام`).
 */
export const SPOKESPERSON_HEADS: readonly string[] = ['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة', 'متحدث', 'ناطق'];

/**
 * Heads of those who reign and are numbered (`البابا تواضروس الثاني`, `الملك متان الأول`): after one a
 * word and an ordinal are a name, after any other head a noun and its rank (`حقق المدرب فوزه الأول`).
 */
export const REGNAL_TITLE_HEADS: readonly string[] = ['الملك', 'الملكة', 'العاهل', 'البابا', 'البطريرك', 'السلطان', 'الأمير', 'الأميرة'];

/**
 * A sovereign's heads, and the heads of royals below one: after a sovereign's head such a head is another
 * person, the object of the verb before (`وعين الملك الأمير محمد وليا للعهد`, `واستقبل الملك ولي العهد`),
 * no title in apposition as `العاهل الأردني الملك عبد الله` is.
 */
export const SOVEREIGN_HEADS: readonly string[] = ['الملك', 'الملكة', 'العاهل', 'السلطان'];
export const PRINCELY_HEADS: readonly string[] = ['الأمير', 'الأميرة', 'ولي العهد'];

/** Words that carry a title on to what it is of (`المتحدث باسم`, `الممثل الخاص ل…`). */
export const TITLE_LINKS: readonly string[] = ['باسم', 'عن', 'لدى', 'في'];

/**
 * Forms of address a name follows at once (`السيد X`, `الدكتورة X`): joined by و after a title they
 * open another person (`وزير البيئة والسيد X`), for one person's own comes without و.
 */
export const ADDRESS_FORMS: readonly string[] = [
  'السيد', 'السيدة', 'الآنسة', 'الدكتور', 'الدكتورة', 'الأستاذ', 'الأستاذة', 'المهندس', 'المهندسة',
];

/** Ministry and office domains that complete a title (`وزير الخارجية`, `رئيس الأركان`). */
export const TITLE_DOMAINS: readonly string[] = [
  'الخارجية', 'الداخلية', 'الدفاع', 'المالية', 'الاقتصاد', 'الصحة', 'التعليم', 'التربية', 'العدل',
  'الطاقة', 'النفط', 'الإعلام', 'الثقافة', 'الزراعة', 'التجارة', 'الصناعة', 'النقل', 'الخارجيه',
  'الوزراء', 'الحكومة', 'الجمهورية', 'الدولة', 'الأركان', 'البرلمان', 'مجلس', 'المجلس', 'الأمن',
  'الأمم', 'المتحدة', 'العام', 'الخاص', 'الأول', 'الثاني', 'السابق', 'السابقة', 'الحالي', 'المؤقت',
  'الأعلى', 'الشعب', 'النواب', 'الشورى', 'الاستخبارات', 'المخابرات', 'الشرطة', 'الجيش', 'العسكري',
  'الوطني', 'الأوروبي', 'الأوروبية', 'الاتحاد', 'الحزب', 'الديمقراطي', 'الجمهوري', 'البلدية',
  'خارجية', 'داخلية', 'دفاع', 'وزراء', 'أركان', 'الأعمال', 'العامة', 'التنفيذي', 'التنفيذية', 'للشؤون',
  'الشؤون', 'الإدارة',
  // rights an office is for (المفوض السامي لحقوق الإنسان، وزير حقوق الإنسان)
  'حقوق', 'الوكالة', 'الوزارة', 'الرابطة', 'التحرير', 'المنتخب', 'النادي', 'الفريق',
  // a national side in construct with its game or country (مدرب منتخب كرة اليد القطري X، مدرب منتخب مصر X)
  'منتخب',
  // a game's ball and a goal, in construct with what they are of (لاعب كرة القدم، حارس مرمى المنتخب)
  'كرة', 'مرمى',
  // bodies an office is of (المديرة التنفيذية للبرنامج، المفوض السامي للمفوضية)
  'البرنامج', 'المنظمة', 'الصندوق', 'الهيئة', 'اللجنة', 'المفوضية', 'المكتب', 'الشركة',
  // and those of business and civil life (الرئيس التنفيذي للمجموعة، مدير الجامعة، رئيس الجمعية)
  'المجموعة', 'المؤسسة', 'البنك', 'المصرف', 'الجامعة', 'المعهد', 'الجمعية', 'المستشفى', 'الكلية',
  // the same in construct with their names (مدير مستشفى الشفاء X، عميد كلية الطب X، رئيس جامعة X،
  // رئيس مفوضية الاتحاد الأفريقي X، رئيس هيئة الأركان X)
  'مستشفى', 'جامعة', 'كلية', 'معهد', 'مفوضية', 'هيئة', 'لجنة', 'منظمة',
  // and businesses (مؤسس شركة كريم، مدير بنك X)
  'شركة', 'مجموعة', 'بنك', 'مصرف',
  // an office held for another, after the office and what it is of (حاكم مصرف لبنان بالإنابة X،
  // وزير المالية بالوكالة X, as the Maghreb says it): still the title, the name comes after it
  'بالإنابة', 'بالوكالة',
];

/**
 * The nouns of a business in construct with its name (`الرئيس التنفيذي لشركة كريم X`, `رئيس مجلس إدارة
 * بنك X`): an everyday word there that is a given name too is the brand, when a person's name follows.
 */
export const BUSINESS_NOUNS: readonly string[] = ['شركة', 'مجموعة', 'مؤسسة', 'بنك', 'مصرف', 'منصة', 'تطبيق'];

/**
 * The state, region or province an office is of, in construct with its name (`حاكم ولاية كاليفورنيا X`،
 * `رئيس إقليم تيغراي X`، `حاكم مقاطعة أونتاريو X`): without them the head is bare and the unit's word
 * was read as the name's first. Only without a clitic: `لولاية ثانية` is for a second term of office.
 */
export const TITLE_UNITS: readonly string[] = ['ولاية', 'إقليم', 'مقاطعة'];

/**
 * Kin in construct before a title (`نجل الرئيس هانتر بايدن`, `زوجة الوزير X`, `شقيق الملك الأمير X`):
 * the name after the title is the kin's, so the title given for it is the kin's relation to its holder.
 */
export const KIN_NOUNS: readonly string[] = [
  'نجل', 'نجلة', 'ابن', 'ابنة', 'شقيق', 'شقيقة', 'زوج', 'زوجة', 'أرملة', 'عقيلة', 'حرم', 'والد', 'والدة',
  'حفيد', 'حفيدة', 'صهر',
];

/**
 * An assistant in construct before a title (`مساعد وزيرة الخارجية X`, `معاون وزير الداخلية X`): the
 * name after it is the assistant's, and after a name it opens the title in apposition (`كريستوفر هيل
 * مساعد وزيرة الخارجية`), though مساعد is a given name too. Of a head with or without the article.
 */
export const ASSISTANT_NOUNS: readonly string[] = ['مساعد', 'مساعدة', 'معاون', 'معاونة'];
