// Words the organization patterns are built from (src/organizations/): the bodies every state has,
// ministries' fields, head nouns that open a name, words that introduce a brand, and the words
// that end a name. Hand-kept facts of Arabic news usage.
import type { MinistryDomain, NameDescriptor, NationalBody, OrganizationHead } from './shapes';

/** Fields of ministries (`وزارة الدفاع`); each becomes the national body `ministry:<id>`. */
export const MINISTRY_DOMAINS: readonly MinistryDomain[] = [
  { id: 'defense', names: ['الدفاع'], construct: ['دفاع'], short: true },
  { id: 'foreign', names: ['الخارجية', 'الشؤون الخارجية', 'الخارجية والمغتربين'], construct: ['خارجية'], short: true },
  { id: 'interior', names: ['الداخلية'], construct: ['داخلية'], short: true },
  { id: 'health', names: ['الصحة', 'الصحة العامة'], construct: ['صحة'], short: false },
  { id: 'finance', names: ['المالية'], construct: ['مالية'], short: false },
  { id: 'justice', names: ['العدل'], construct: ['عدل'], short: false },
  { id: 'education', names: ['التربية والتعليم', 'التربية', 'التعليم'], construct: ['تربية', 'تعليم'], short: false },
  { id: 'higher-education', names: ['التعليم العالي', 'التعليم العالي والبحث العلمي'], construct: [], short: false },
  { id: 'economy', names: ['الاقتصاد'], construct: ['اقتصاد'], short: false },
  { id: 'energy', names: ['الطاقة'], construct: ['طاقة'], short: false },
  { id: 'oil', names: ['النفط'], construct: ['نفط'], short: false },
  { id: 'agriculture', names: ['الزراعة'], construct: ['زراعة'], short: false },
  { id: 'information', names: ['الإعلام'], construct: ['إعلام'], short: false },
  { id: 'culture', names: ['الثقافة'], construct: ['ثقافة'], short: false },
  { id: 'tourism', names: ['السياحة'], construct: ['سياحة'], short: false },
  { id: 'transport', names: ['النقل', 'النقل والمواصلات'], construct: ['نقل'], short: false },
  { id: 'communications', names: ['الاتصالات'], construct: ['اتصالات'], short: false },
  { id: 'labour', names: ['العمل'], construct: [], short: false },
  { id: 'social-affairs', names: ['الشؤون الاجتماعية'], construct: [], short: false },
  { id: 'treasury', names: ['الخزانة'], construct: ['خزانة'], short: false },
  { id: 'trade', names: ['التجارة'], construct: ['تجارة'], short: false },
  { id: 'industry', names: ['الصناعة'], construct: ['صناعة'], short: false },
  { id: 'environment', names: ['البيئة'], construct: ['بيئة'], short: false },
  { id: 'youth-sports', names: ['الشباب والرياضة', 'الرياضة'], construct: [], short: false },
  { id: 'religious-endowments', names: ['الأوقاف', 'الأوقاف والشؤون الإسلامية'], construct: ['أوقاف'], short: false },
  { id: 'housing', names: ['الإسكان'], construct: ['إسكان'], short: false },
  { id: 'water', names: ['المياه', 'الموارد المائية'], construct: [], short: false },
  { id: 'electricity', names: ['الكهرباء'], construct: ['كهرباء'], short: false },
  { id: 'emergencies', names: ['الطوارئ', 'حالات الطوارئ'], construct: [], short: false },
  { id: 'planning', names: ['التخطيط'], construct: [], short: false },
  { id: 'investment', names: ['الاستثمار'], construct: [], short: false },
];

/**
 * Bodies every state has, other than ministries. `names` need a country (alone they are anaphora);
 * `standaloneNames` are a body's name on their own. See NationalBody for the fields.
 */
export const NATIONAL_BODIES: readonly NationalBody[] = [
  { id: 'government', kind: 'government', names: ['الحكومة'], aroundCountry: ['حكومة {country}'], locatedByIn: true },
  // a government named by what it was formed for (Libya's, Palestine's, Lebanon's): another body than the
  // state's government where a rival one sits (حكومة الوحدة الوطنية in Tripoli, حكومة الاستقرار in the east)
  { id: 'national-unity-government', kind: 'government', names: [], standaloneNames: ['حكومة الوحدة الوطنية'], locatedByIn: true, feminine: true },
  { id: 'national-accord-government', kind: 'government', names: [], standaloneNames: ['حكومة الوفاق الوطني'], locatedByIn: true, feminine: true },
  { id: 'national-stability-government', kind: 'government', names: [], standaloneNames: ['حكومة الاستقرار الوطني'], locatedByIn: true, feminine: true },
  { id: 'presidency', kind: 'presidency', names: ['الرئاسة'], locatedByIn: false },
  {
    id: 'cabinet',
    kind: 'government',
    names: [],
    standaloneNames: ['مجلس الوزراء'],
    aroundCountry: ['مجلس وزراء {country}'],
    locatedByIn: true,
  },
  { id: 'royal-court', kind: 'government', names: [], standaloneNames: ['الديوان الملكي'], locatedByIn: false },
  // the emir's court is the royal court of an emirate: one to a state, named alone (الديوان alone is an anaphor)
  { id: 'emiri-court', kind: 'government', names: [], standaloneNames: ['الديوان الأميري'], locatedByIn: false },
  { id: 'parliament', kind: 'parliament', names: ['البرلمان'], aroundCountry: ['برلمان {country}'], locatedByIn: true },
  // Tunisia's assembly is the house of the people's representatives (مجلس نواب الشعب)
  { id: 'house-of-representatives', kind: 'parliament', names: [], standaloneNames: ['مجلس النواب', 'مجلس نواب الشعب'], locatedByIn: true },
  { id: 'senate', kind: 'parliament', names: [], standaloneNames: ['مجلس الشيوخ'], locatedByIn: true },
  { id: 'peoples-assembly', kind: 'parliament', names: [], standaloneNames: ['مجلس الشعب'], locatedByIn: true },
  { id: 'national-assembly', kind: 'parliament', names: [], standaloneNames: ['مجلس الأمة', 'الجمعية الوطنية'], locatedByIn: true },
  { id: 'shura-council', kind: 'parliament', names: [], standaloneNames: ['مجلس الشورى'], locatedByIn: true },
  {
    // alone, `مجلس الأمن` is the United Nations' council (the lexicon's); with a country, that state's
    id: 'security-council',
    kind: 'government',
    names: ['مجلس الأمن'],
    standaloneNames: ['مجلس الأمن القومي', 'مجلس الأمن الوطني'],
    locatedByIn: true,
  },
  { id: 'national-team', kind: 'sports', names: ['المنتخب'], aroundCountry: ['منتخب {country}'], locatedByIn: false },
  {
    id: 'central-bank',
    kind: 'agency',
    names: [],
    standaloneNames: ['البنك المركزي', 'المصرف المركزي'],
    aroundCountry: ['مصرف {country} المركزي', 'بنك {country} المركزي'],
    locatedByIn: true,
  },
  // the public prosecution, or the attorney general's office as Libya, Iraq and the Gulf name it (مكتب
  // النائب العام الليبي); النائب العام alone is the person
  { id: 'public-prosecution', kind: 'court', names: [], standaloneNames: ['النيابة العامة', 'مكتب النائب العام'], locatedByIn: true },
  { id: 'supreme-court', kind: 'court', names: [], standaloneNames: ['المحكمة العليا'], locatedByIn: true },
  {
    id: 'constitutional-court',
    kind: 'court',
    names: [],
    // a state has a constitutional court or a constitutional council (France, Lebanon): one body, named alone
    standaloneNames: ['المحكمة الدستورية العليا', 'المحكمة الدستورية', 'المجلس الدستوري'],
    locatedByIn: true,
  },
  { id: 'police', kind: 'agency', names: ['الشرطة'], locatedByIn: false },
  // a state's civil defence (الدفاع المدني السوري), civil protection in the Maghreb (الحماية المدنية
  // الجزائرية): one to a state, named so alone; armed forces are no organization (ANERcorp's O)
  { id: 'civil-defense', kind: 'agency', names: [], standaloneNames: ['الدفاع المدني', 'الحماية المدنية'], locatedByIn: true },
  // customs and the weather service with their country (الجمارك السعودية، الأرصاد الجوية الأردنية);
  // alone, the words are duties and forecasts
  { id: 'customs', kind: 'agency', names: ['الجمارك'], locatedByIn: false, feminine: true },
  { id: 'meteorology', kind: 'agency', names: ['الأرصاد الجوية'], locatedByIn: false },
  // a state's stock exchange (البورصة المصرية، البورصة التركية); alone, whichever the text spoke of
  { id: 'stock-exchange', kind: 'other', names: ['البورصة'], locatedByIn: false },
  // a state's Red Crescent society (الهلال الأحمر الفلسطيني، الهلال الأحمر القطري); alone, the society of
  // the country the article is about, as الحكومة is not: no other body is called so
  { id: 'red-crescent', kind: 'other', names: [], standaloneNames: ['الهلال الأحمر'], locatedByIn: false },
  {
    id: 'intelligence',
    kind: 'agency',
    names: ['المخابرات', 'الاستخبارات'],
    standaloneNames: ['جهاز المخابرات', 'جهاز الاستخبارات'],
    locatedByIn: false,
  },
  // a state's house of fatwa (دار الإفتاء المصرية، دار الإفتاء الأردنية), one to a state
  { id: 'fatwa-house', kind: 'other', names: [], standaloneNames: ['دار الإفتاء'], locatedByIn: true, feminine: true },
  // a state's flag carrier (الخطوط الجوية الكويتية، الخطوط الملكية المغربية): only with its country,
  // for the words alone are any air routes
  { id: 'airline', kind: 'company', names: ['الخطوط الجوية', 'الخطوط الملكية', 'الخطوط الجوية الملكية'], locatedByIn: false },
  {
    id: 'news-agency',
    kind: 'media',
    names: ['وكالة الأنباء'],
    aroundCountry: ['وكالة أنباء {country}', 'وكالة {country} للأنباء'],
    locatedByIn: false,
  },
];

/** A court's level or field: after محكمة one of them is the court's name (`محكمة الاستئناف`). */
const COURT_TYPES: readonly string[] = [
  'الجنايات', 'الجنح', 'النقض', 'الاستئناف', 'الابتدائية', 'العليا', 'الإدارية', 'العسكرية',
  'الدستورية', 'التمييز', 'الأسرة', 'الاقتصادية', 'الشرعية', 'الجزائية', 'الصلح', 'التحكيم',
];

/**
 * A court's chamber by its field (`الغرفة الجزائية`, `الغرفة التجارية الثانية`): the definite head,
 * one of these adjectives, and an ordinal if the court has several.
 */
export const COURT_CHAMBER_HEAD = 'الغرفة';
export const COURT_CHAMBER_FIELDS: readonly string[] = [
  'الجزائية', 'الجنائية', 'الجنحية', 'المدنية', 'التجارية', 'الإدارية', 'الاجتماعية', 'العقارية', 'الاستعجالية',
];
/**
 * Verbs of judging before `الغرفة التجارية` that make it a court's commercial chamber (`نظرت الغرفة
 * التجارية في النزاع`), not a chamber of commerce (`مقر الغرفة التجارية`, `قالت الغرفة التجارية`).
 */
export const CHAMBER_RULING_VERBS: readonly string[] = [
  'قضت', 'حكمت', 'أيدت', 'ألغت', 'نظرت', 'أجلت', 'عاقبت', 'برأت', 'أدانت', 'خففت', 'تنظر', 'تقضي',
];
export const FEMININE_ORDINALS: readonly string[] = [
  'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة',
];

/** Indefinite head nouns that open an organization's name. */
export const ORGANIZATION_HEADS: readonly OrganizationHead[] = [
  { head: 'وزارة', kind: 'ministry', complement: 'words', minWords: 1 },
  { head: 'منظمة', kind: 'other', complement: 'words', minWords: 1 },
  { head: 'مجلس', kind: 'other', complement: 'words', minWords: 1, takesPlaceName: true },
  { head: 'حزب', kind: 'party', complement: 'words', minWords: 1 },
  { head: 'وكالة', kind: 'agency', complement: 'words', minWords: 1 },
  { head: 'جامعة', kind: 'other', complement: 'words', minWords: 1, takesPlaceName: true, takesNamesake: true },
  { head: 'حلف', kind: 'alliance', complement: 'words', minWords: 1 },
  { head: 'تحالف', kind: 'alliance', complement: 'words', minWords: 1 },
  // a parliament's blocs and electoral coalitions (كتلة الصدريين، ائتلاف الكرامة); an air mass or a mass of
  // money is indefinite (كتلة هوائية باردة) or definite itself (الكتلة النقدية)
  { head: 'كتلة', kind: 'party', complement: 'words', minWords: 1 },
  { head: 'ائتلاف', kind: 'alliance', complement: 'words', minWords: 1 },
  { head: 'هيئة', kind: 'other', complement: 'words', minWords: 1, takesPlaceName: true },
  { head: 'اتحاد', kind: 'other', complement: 'words', minWords: 1 },
  // a city's council or municipality by its name (بلدية دبي، بلدية مدينة الخليل)
  { head: 'بلدية', kind: 'government', complement: 'words', minWords: 1, takesPlaceName: true },
  // these also name generic things with one word (صندوق الاقتراع، لجنة التحقيق، شركة الطيران)
  { head: 'شركة', kind: 'company', complement: 'words', minWords: 2, takesPlaceName: true },
  { head: 'لجنة', kind: 'other', complement: 'words', minWords: 2 },
  { head: 'مؤسسة', kind: 'other', complement: 'words', minWords: 2, takesPlaceName: true, takesNamesake: true },
  // a chamber of commerce (غرفة تجارة وصناعة دبي، غرفة التجارة الأمريكية); غرفة العمليات is a room
  { head: 'غرفة', kind: 'other', complement: 'words', minWords: 2, takesPlaceName: true },
  { head: 'صندوق', kind: 'other', complement: 'words', minWords: 2, takesNamesake: true },
  { head: 'بنك', kind: 'company', complement: 'words', minWords: 2, takesPlaceName: true },
  { head: 'مصرف', kind: 'company', complement: 'words', minWords: 2, takesPlaceName: true },
  // a stock exchange by its city or country (بورصة لندن، بورصة الكويت), or by name (بورصة نيويورك للأوراق المالية)
  { head: 'بورصة', kind: 'other', complement: 'words', minWords: 1, takesPlaceName: true },
  // a public office by its field: an audit bureau, a civil service (ديوان المحاسبة، ديوان الخدمة المدنية،
  // ديوان الوقف السني); one other word is a poet's collection (ديوان الشاعر), so two words or a naming field
  { head: 'ديوان', kind: 'agency', complement: 'words', minWords: 2, namingWords: ['المحاسبة', 'المحاسبات', 'المظالم', 'الرقابة'] },
  // a commission by its field (مفوضية الانتخابات، مفوضية اللاجئين); before a body the lexicon names it is
  // that body's organ, and the body is the mention (مفوضية الاتحاد الأوروبي → الاتحاد الأوروبي), as
  // ANERcorp's gold marks it and as قوات is read
  { head: 'مفوضية', kind: 'other', complement: 'words', minWords: 1, possessedByKnown: true },
  // a trade union or a professional body by whom it gathers (نقابة الصحفيين، نقابة المحامين الأردنيين)
  { head: 'نقابة', kind: 'other', complement: 'words', minWords: 1 },
  // an association or a league by its name of two words or more (جمعية الهلال الأحمر، رابطة العالم
  // الإسلامي); with one word they are bonds and societies in general (رابطة الدم، جمعية خيرية)
  { head: 'جمعية', kind: 'other', complement: 'words', minWords: 2, takesNamesake: true },
  { head: 'رابطة', kind: 'other', complement: 'words', minWords: 2 },
  // a court's level or field names it alone (محكمة النقض); else it needs two words (محكمة الشؤون الأسرية)
  // or in construct with the place or field it serves (محكمة جنايات القاهرة، محكمة استئناف باريس)
  {
    head: 'محكمة',
    kind: 'court',
    complement: 'words',
    minWords: 2,
    namingWords: COURT_TYPES,
    constructWords: ['جنايات', 'جنح', 'استئناف', 'نقض', 'تمييز', 'أسرة', 'صلح'],
    takesPlaceName: true,
  },
  // Algeria's appeal courts, one per province (مجلس قضاء وهران)
  { head: 'مجلس قضاء', kind: 'court', complement: 'words', minWords: 1, takesPlaceName: true },
  // sports: a club or a team with its name (نادي الزمالك، فريق الأهلي، نادي برشلونة); فريق العمل is a task
  // a club's key is its name without the head, so `نادي الوداد`, `فريق الوداد` and a later bare `الوداد` are one
  { head: 'نادي', kind: 'sports', complement: 'words', minWords: 1, takesPlaceName: true, namesClub: true },
  { head: 'فريق', kind: 'sports', complement: 'words', minWords: 1, takesPlaceName: true, namesClub: true },
  { head: 'منتخب', kind: 'sports', complement: 'words', minWords: 1, takesPlaceName: true },
  // armed forces with a proper name (قوات الدعم السريع); قوات الأمن، قوات الاحتلال are descriptions
  { head: 'قوات', kind: 'military', complement: 'words', minWords: 2, possessedByKnown: true },
  // institutions named after a person (مستشفى الملك فيصل التخصصي، كلية الأمير سلطان، مكتبة الملك فهد
  // الوطنية); with another complement they are a kind of place or a department (مستشفى الأطفال، كلية
  // الطب). Not مطار، ميناء، ملعب (places and facilities), nor مدينة (مدينة الملك عبدالله الاقتصادية is a city).
  // A hospital is named by its well-known city too (مستشفى القاهرة الجامعي، مستشفى غزة الأوروبي)
  { head: 'مستشفى', kind: 'other', complement: 'namesake', minWords: 1, takesPlaceName: true },
  { head: 'كلية', kind: 'other', complement: 'namesake', minWords: 1 },
  { head: 'مكتبة', kind: 'other', complement: 'namesake', minWords: 1 },
  // movement / front line / group: only a quoted name makes them a body's name
  { head: 'حركة', kind: 'other', complement: 'quoted', minWords: 1 },
  { head: 'جبهة', kind: 'other', complement: 'quoted', minWords: 1 },
  { head: 'مجموعة', kind: 'other', complement: 'quoted', minWords: 1 },
  { head: 'جماعة', kind: 'other', complement: 'quoted', minWords: 1 },
  { head: 'تنظيم', kind: 'other', complement: 'quoted', minWords: 1 },
];

/** Words that introduce a brand's name without being part of it (`موقع روسيا اليوم`, `صحيفة "الشرق الأوسط"`). */
export const NAME_DESCRIPTORS: readonly NameDescriptor[] = [
  { word: 'قناة', kind: 'media' },
  { word: 'موقع', kind: 'media' },
  { word: 'صحيفة', kind: 'media' },
  { word: 'جريدة', kind: 'media' },
  { word: 'مجلة', kind: 'media' },
  { word: 'شبكة', kind: 'media' },
  { word: 'تلفزيون', kind: 'media' },
  { word: 'إذاعة', kind: 'media' },
  { word: 'فضائية', kind: 'media' },
  { word: 'منصة', kind: 'media' },
];

/**
 * Heads of bodies named by a description of what they are for. A definite head takes a qualifying
 * adjective, then لـ + the purpose (`المركز الروسي للتجاوب مع القضايا الإنسانية`, `الهيئة العامة
 * للاستعلامات`); without the purpose (`المجلس الأعلى`) it is an anaphor. A head in construct takes a
 * definite noun, then the purpose (`مركز الأهرام للدراسات`).
 */
export const DESCRIBED_BODY_HEADS: readonly NameDescriptor[] = [
  { word: 'المركز', kind: 'other' },
  { word: 'المجلس', kind: 'other' },
  { word: 'المرصد', kind: 'other' },
  { word: 'المعهد', kind: 'other' },
  { word: 'الصندوق', kind: 'other' },
  { word: 'الهيئة', kind: 'agency' },
  { word: 'الجهاز', kind: 'agency' },
  { word: 'الوكالة', kind: 'agency' },
  { word: 'المفوضية', kind: 'other' },
  { word: 'المؤسسة', kind: 'other' },
  // the Maghreb's public offices and directorates (الديوان الوطني للإحصاء، المديرية العامة للأمن الوطني،
  // المندوبية السامية للتخطيط)
  { word: 'الديوان', kind: 'agency' },
  { word: 'المديرية', kind: 'agency' },
  // and offices (المكتب الوطني للسياحة، المكتب الشريف للفوسفاط)
  { word: 'المكتب', kind: 'agency' },
  { word: 'المندوبية', kind: 'agency' },
  // a court by its field and level (المحكمة الإدارية العليا; see SUPREME_ADJECTIVES) or its purpose
  { word: 'المحكمة', kind: 'court' },
  { word: 'الجمعية', kind: 'other' },
  // a university, and in the Maghreb a sports federation (الجامعة الملكية المغربية لكرة القدم)
  { word: 'الجامعة', kind: 'other' },
  { word: 'الاتحاد', kind: 'other' },
  { word: 'الرابطة', kind: 'other' },
  // unions of unions and the Maghreb's federations (الكونفدرالية الديمقراطية للشغل، الفيدرالية الدولية
  // لحقوق الإنسان, Algeria's الاتحادية الجزائرية لكرة القدم); الاتحادية, as often the adjective `federal`
  // (الحكومة الاتحادية), only where no definite noun before it takes it (described.ts)
  // a liberation front or movement, named only by what it would free (الجبهة الشعبية لتحرير تيغراي;
  // described.ts): `الحركة الاحتجاجية` and `الجبهة الداخلية` describe
  { word: 'الجبهة', kind: 'military' },
  { word: 'الحركة', kind: 'military' },
  { word: 'الكونفدرالية', kind: 'other' },
  { word: 'الفيدرالية', kind: 'other' },
  { word: 'الاتحادية', kind: 'other' },
  { word: 'النقابة', kind: 'other' },
  { word: 'الأكاديمية', kind: 'other' },
  { word: 'المنظمة', kind: 'other' },
  { word: 'اللجنة', kind: 'other' },
  // named by a purpose, a bank is a public institution (البنك الأفريقي للتنمية), not a company
  { word: 'البنك', kind: 'other' },
  { word: 'المصرف', kind: 'other' },
  { word: 'الشركة', kind: 'company' },
  // a party by its ideology (الحزب الديمقراطي، الحزب الاشتراكي الفرنسي; PARTY_IDEOLOGIES)
  { word: 'الحزب', kind: 'party' },
  // a publishing house (الدار العربية للعلوم، الدار المصرية اللبنانية); a house alone is a noun
  { word: 'الدار', kind: 'company' },
  // a school named by its purpose, as the Maghreb's grandes écoles are (المدرسة الوطنية للإدارة، المدرسة
  // العليا للأساتذة); a school alone, or described (`المدرسة الابتدائية`), is a noun
  { word: 'المدرسة', kind: 'other' },
  { word: 'مركز', kind: 'other' },
  { word: 'معهد', kind: 'other' },
  { word: 'مرصد', kind: 'other' },
  { word: 'صندوق', kind: 'other' },
  { word: 'مؤسسة', kind: 'other' },
  { word: 'جمعية', kind: 'other' },
  { word: 'أكاديمية', kind: 'other' },
  // a state's investment authority by its state (جهاز قطر للاستثمار، جهاز أبوظبي للاستثمار); with a
  // definite noun it is a device (جهاز الحاسوب للعمل): a place's name only (described.ts)
  { word: 'جهاز', kind: 'agency' },
  // a stock market by its city (سوق مسقط للأوراق المالية، سوق الكويت للأوراق المالية); with a definite
  // noun it is a market of goods (سوق السيارات للبيع): a place's name only, as after جهاز
  { word: 'سوق', kind: 'other' },
];

/**
 * Adjectives of a supreme body: after a described head and its field's adjective they name the body
 * without a purpose (`المحكمة الإدارية العليا`, `المجلس الإسلامي الأعلى`), for a state has one.
 */
export const SUPREME_ADJECTIVES: readonly string[] = ['العليا', 'الأعلى'];

/**
 * Adjectives of a party's ideology: after `الحزب` one of them names a party (`الحزب الديمقراطي`,
 * `الحزب الوطني الديمقراطي`, `الحزب الاشتراكي الفرنسي`), as parties call themselves; a party described by
 * its place in politics or its power (`الحزب الحاكم`, `الحزب اليميني الفرنسي`) is whichever the text spoke of.
 */
export const PARTY_IDEOLOGIES: readonly string[] = ['الديمقراطي', 'الديموقراطي', 'الجمهوري', 'الشيوعي', 'الاشتراكي', 'الليبرالي'];

/**
 * Words after لـ that tell whose a body is or whom it addresses, not what it is for: `المجلس
 * التنفيذي للمنظمة` is the organization's board, `قدم المجلس الأعلى للحكومة تقريرا` a report to
 * the government. A programme, project, plan, initiative or deal after it is what the body does in
 * the sentence, never its field (`تأسيس البنك التجاري لبرنامج أوراق الدين`, `تمويل الصندوق الوطني
 * لمشروع السد`). Heads of bodies are added to these where the list is used.
 */
export const NOT_BODY_PURPOSES: readonly string[] = [
  'الحكومة', 'الدولة', 'البلاد', 'البلد', 'المدينة', 'المحافظة', 'الولاية', 'الإقليم', 'المنطقة',
  'الرئيس', 'الرئاسة', 'الوزير', 'الوزارة', 'الحزب', 'الجيش', 'الشعب', 'الناس', 'الجميع', 'الدول',
  'العام', 'العالم', 'المرة',
  'البرنامج', 'المشروع', 'الخطة', 'المبادرة', 'الصفقة',
];

/**
 * Definite words that end a name rather than continue it: time words (`قال حزب الشعب الجمهوري
 * الأحد`), descriptions of a body (الحاكم، المعارض، الجديد، السابق), ordinals, and a person's titles
 * shaped like a nisba adjective, which a name in apposition follows (`رئيس هيئة النزاهة القاضي X`,
 * `نقيب المحامين المحامي X`).
 */
export const NAME_ENDING_WORDS: readonly string[] = [
  'القاضي', 'القاضية', 'المحامي', 'المحامية',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'اليوم', 'الليلة', 'الصباح', 'المساء', 'الماضي', 'الماضية', 'المقبل', 'المقبلة', 'الحالي', 'الحالية',
  'الجاري', 'الجارية', 'الأخير', 'الأخيرة', 'السابق', 'السابقة',
  'الحاكم', 'الحاكمة', 'المعارض', 'المعارضة', 'الجديد', 'الجديدة', 'الرئيسي', 'الرئيسية',
  'المذكور', 'المذكورة', 'المعني', 'المعنية', 'المختص', 'المختصة', 'التابع', 'التابعة',
  'المكلف', 'المكلفة', 'الموالي', 'الموالية', 'المحلي', 'المحلية', 'المشترك', 'المشتركة',
  'الثنائي', 'الثنائية', 'الثلاثي', 'الثلاثية', 'الحكومي', 'الحكومية', 'نفسه', 'نفسها',
  'الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة',
];

/**
 * Definite nouns that, right after a head noun, make a description rather than a name (مجلس
 * الإدارة = a board, حزب الأغلبية = whichever party has the majority), and titles that a person's
 * name must follow (جامعة الملك …): the pattern does not read them as a name.
 */
export const NOT_NAME_COMPLEMENTS: readonly string[] = [
  'الإدارة', 'الأمناء', 'المدينة', 'العاصمة', 'المنطقة', 'البلدة', 'القرية', 'المحافظة', 'العائلة', 'الأغلبية', 'الأكثرية', 'الأقلية', 'المعارضة', 'السلطة',
  // a poet's collection (ديوان الشاعر، ديوان الشعر العربي)
  'الشعر', 'الشاعر', 'الشاعرة',
  'الاقتراع', 'البريد', 'الدم', 'الأهداف', 'التحقيق', 'المحلفين', 'العزاء', 'الخبراء',
  'الملك', 'الأمير', 'الشيخ', 'الإمام', 'السلطان', 'الرئيس', 'السيد', 'الشهيد', 'القائد',
  // teams that do a task (فريق العمل، فريق الإنقاذ) and forces described by their role (قوات الأمن)
  'العمل', 'الإنقاذ', 'البحث', 'التفاوض', 'المفاوضين', 'الدفاع', 'الادعاء', 'الإطفاء', 'الإسعاف',
  'المراقبين', 'التفتيش', 'الطوارئ', 'الأمن', 'الاحتلال', 'النظام', 'المعارضة', 'التحالف', 'الشرطة',
  'الجيش', 'حفظ', 'المتمردين', 'الحكومة', 'الحكومية', 'الكوماندوز', 'النخبة', 'المشاة', 'المارينز',
];

/**
 * Titles before a person's name that a body is named after (`جامعة الملك سعود`, `مستشفى الشيخ زايد`,
 * `مركز الملك سلمان للإغاثة`): after a head in construct, the title and name are the body's name.
 */
export const NAMESAKE_TITLES: readonly string[] = [
  'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الشيخ', 'الشيخة', 'السلطان', 'الإمام', 'الشهيد', 'القاضي',
];

/**
 * Words of a sport or a competition in a body's name (`الاتحاد المصري لكرة القدم`, `اللجنة الأولمبية
 * الروسية`, `رابطة الدوري الإسباني`, `الاتحاد الدولي لألعاب القوى`): a body of kind `other` so named
 * runs a sport, kind `sports`, as the lexicon's federations are. Written without the article: a name
 * has them with it or with لـ.
 */
export const SPORT_NAME_WORDS: readonly string[] = [
  'كرة', 'ألعاب', 'أولمبية', 'أولمبي', 'بارالمبية', 'دوري', 'رياضة', 'تنس', 'سباحة', 'ملاكمة', 'مصارعة',
  'جودو', 'فروسية', 'شطرنج', 'جمباز',
];

/**
 * A development or monetary bank or fund of a region or of states together (`بنك التنمية الأفريقي`,
 * `البنك الإسلامي للتنمية`, `صندوق النقد العربي`, `بنك الاستثمار الأوروبي`): its head, its field and
 * its region's adjective, none a country's, name a body of several states, kind `international`; a
 * country's nisba makes it that state's (`الصندوق الكويتي للتنمية`).
 */
export const INTERNATIONAL_FINANCE = {
  heads: ['بنك', 'مصرف', 'صندوق'],
  fields: ['تنمية', 'إنماء', 'إعمار', 'نقد', 'استثمار'],
  regions: ['أفريقي', 'إفريقي', 'آسيوي', 'أوروبي', 'أوربي', 'عربي', 'إسلامي', 'دولي', 'عالمي'],
} as const;

/** Definite adjectives that continue a name though they are not nisbas (الأمم المتحدة، اللجنة العليا). */
export const NAME_ADJECTIVES: readonly string[] = [
  'المتحدة', 'العليا', 'الأعلى', 'العام', 'العامة', 'الحر', 'الحرة', 'الموحد', 'الموحدة',
  'المستقل', 'المستقلة', 'الأحمر',
  // a holding company's (الشركة القابضة للمطارات والملاحة الجوية، الشركة القابضة لمياه الشرب)
  'القابضة',
];

/**
 * Labels news puts in brackets before a lead, where a credit's sources also stand (`(تحديث) -`,
 * `(عاجل)`, `(فيديو)`): they say what the item is, not who sent it, so they are never an outlet.
 */
export const BRACKETED_ITEM_LABELS: readonly string[] = [
  'تحديث', 'محدث', 'محدثة', 'عاجل', 'حصري', 'حصريا', 'خاص', 'مباشر', 'فيديو', 'بالفيديو', 'صور',
  'بالصور', 'شاهد', 'شاهدوا', 'إنفوغراف', 'انفوجراف', 'إنفوجرافيك', 'تقرير', 'تحليل', 'رأي', 'مقال',
  'ملف', 'تصحيح', 'توضيح', 'بيان', 'صوت', 'صورة', 'تسجيل',
];

/** Function words: a quoted text or a bracketed word that is one of them is not a name. */
export const FUNCTION_WORDS: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'عن', 'أن', 'إن', 'لا', 'ما', 'لم', 'لن', 'قد', 'هو', 'هي', 'هم', 'نحن',
  'أنا', 'هذا', 'هذه', 'ذلك', 'تلك', 'الذي', 'التي', 'كل', 'بعض', 'غير', 'مع', 'بين', 'حتى', 'لكن',
  'ثم', 'أو', 'بل', 'يا', 'نعم', 'كلا',
  // في with a pronoun, which the clitic splitter leaves whole (`فاز فيها على ضيفه`)
  'فيه', 'فيها', 'فيهم',
];

/**
 * A court's levels and fields that news writes alone for the court later in an article (`الجنايات`
 * for `محكمة الجنايات`); the others are adjectives too common to read so (`العسكرية`, `العليا`).
 */
export const COURT_SHORT_FORMS: readonly string[] = ['الجنايات', 'الجنح', 'النقض', 'الاستئناف', 'التمييز'];

/**
 * Words before a court's bare level or field (`الجنايات`, `الاستئناف`) that make it the court once
 * the article has named it in full: a preposition of appearing before a court (`أمام الجنايات`, `إلى
 * الجنايات`) or a verb a court is the subject of (`قضت الجنايات`). Elsewhere the word is common:
 * `قدم المحامي الاستئناف` files an appeal.
 */
export const COURT_SHORT_FORM_CUES: readonly string[] = [
  'أمام', 'لدى', 'إلى', 'على',
  'قضت', 'حكمت', 'أصدرت', 'أيدت', 'ألغت', 'رفضت', 'قبلت', 'نظرت', 'أجلت', 'عاقبت', 'برأت', 'قررت',
  'أدانت', 'خففت', 'شددت', 'تنظر', 'تقضي', 'تصدر', 'قالت', 'أكدت', 'اعتبرت', 'أوضحت',
];

/**
 * A fixture between two clubs. After `فريقا`/`فريقي` ("the two teams") both names are clubs; after
 * the verbs of a result (`فاز X على Y`, `تعادل X مع Y`) they are clubs only when one of them is a
 * club the article knows, or the sentence speaks of a match (MATCH_WORDS): `فاز المرشح على منافسه`
 * is an election.
 */
export const FIXTURE_PAIR_WORDS: readonly string[] = ['فريقا', 'فريقي'];
/**
 * A match named by its sides (`مباراة الأهلي والزمالك`): both sides are clubs when both are written
 * with the article (`مباراة ودية وتدريبية` describes the match).
 */
export const FIXTURE_NOUNS: readonly string[] = ['مباراة'];
/**
 * The imperfect previews a fixture (`يلتقي X مع Y`): as a meeting of envoys reads the same, only in a
 * sentence of a match. `between`: the preposition before the second side, or empty for a rival's noun.
 */
export const FIXTURE_VERBS: readonly { verb: string; between: string }[] = [
  { verb: 'فاز', between: 'على' },
  { verb: 'تغلب', between: 'على' },
  { verb: 'انتصر', between: 'على' },
  { verb: 'تعادل', between: 'مع' },
  { verb: 'يلتقي', between: 'مع' },
  // a loss names the winner after أمام (`خسر الزمالك أمام بيراميدز`); a candidate loses so too, hence a match word
  { verb: 'خسر', between: 'أمام' },
  { verb: 'انهزم', between: 'أمام' },
  // a host meets its guest, a guest its host, with no preposition: a rival's noun (OPPONENT_NOUNS) is
  // between them (`يستقبل الأهلي ضيفه الترجي`, `ويواجه الزمالك مضيفه نهضة بركان`); `between` empty
  ...['استقبل', 'يستقبل', 'استضاف', 'يستضيف', 'واجه', 'يواجه', 'لاقى', 'يلاقي'].map((verb) => ({ verb, between: '' })),
];
/**
 * Nouns news puts between a result's preposition and the other side, with a pronoun for the first
 * (`فاز الوداد على ضيفه الرجاء`, `تعادل مع مضيفه`, `بعد فوزه على منافسه`): the side follows them.
 * Alone, with no side after them, they are a person's rival or guest (`استقبل ضيفه`, `على منافسه
 * الروسي`: a demonym is no side).
 */
export const OPPONENT_NOUNS: readonly string[] = ['ضيف', 'مضيف', 'منافس', 'غريم', 'خصم'];
/**
 * The rival's nouns that say the result was a match: a host and its guest play at home and away
 * (`فاز فريق بيراميدز على ضيفه النجم الساحلي`); a rival (`منافسه`) is an election's too.
 */
export const HOST_GUEST_NOUNS: readonly string[] = ['ضيف', 'مضيف'];
/**
 * A team's goal (`سجل هدفين في مرمى العين`): after `في`, in a sentence that scores (SCORING_WORDS), the
 * word after it is a team, a club named after its city too (not a country: a national team). `على
 * مرمى حجر` ("a stone's throw") takes no `في`; `في مرمى النيران` (in the line of fire) scores nothing.
 */
export const GOAL_NOUNS: readonly string[] = ['مرمى'];
/** The goals scored, folded without clitics: a goal's mouth (GOAL_NOUNS) is a team's in their sentence. */
export const SCORING_WORDS: readonly string[] = ['هدف', 'هدفا', 'هدفين', 'هدفان', 'أهداف', 'ثنائية', 'ثلاثية'];
/**
 * Epithets of a rival between its noun and the side (`على غريمه التقليدي الرجاء`, `على مضيفه المتصدر
 * الهلال`), or standing for it alone (`على ضيفه الثقيل بهدفين`): adjectives, no club's name.
 */
export const OPPONENT_EPITHETS: readonly string[] = ['التقليدي', 'اللدود', 'العنيد', 'الثقيل', 'القادم', 'المباشر', 'المتصدر', 'الجريح'];
/** `شركة` in the dual, before two companies' names joined by و (`شركتي تويوتا وجنرال موتورز`). */
export const COMPANY_PAIR_HEADS: readonly string[] = ['شركتي', 'شركتا'];
/** `شركات`: before `مثل` and quoted names, a list of companies (`شركات السيارات مثل « جيلي » و « بريلاينس »`). */
export const COMPANY_LIST_HEADS: readonly string[] = ['شركات'];
/**
 * What a company is named bare beside (companies.ts): its shares, sales, profits and revenues (`ارتفعت
 * أسهم فولكسفاغن`, `مبيعات هيونداي`), and the verbs of selling and making, whose subject news names by
 * the brand alone (`باعت رينو مليون سيارة`). Only a foreign word no list knows is read after one: an
 * Arabic noun after them says what is sold (`مبيعات السيارات`, `أرباح قياسية`); a place, a month, a
 * number's qualifier (`أنتجت حوالي`) or a person's name word is none (`أسهم ماسك` are a man's).
 */
export const COMPANY_TRADE_WORDS: readonly string[] = [
  // the past only: an imperfect follows its subject as often, its object after it (`الشركة تنتج نحو …`)
  'أسهم', 'سهم', 'مبيعات', 'أرباح', 'إيرادات', 'باعت', 'أنتجت', 'صنعت',
];
/**
 * The trade's words that are nouns only (`أسهم` is a verb too, "contributed"): the name after one is in
 * construct with it, genitive, so a final ا is the name's own (`مبيعات مازدا`), no accusative.
 */
export const COMPANY_TRADE_NOUNS: readonly string[] = ['سهم', 'مبيعات', 'أرباح', 'إيرادات'];
/** A stock index's noun (`مؤشر نيكاي`): a word the article writes after it is the index, no company (`أسهم نيكاي`). */
export const STOCK_INDEX_NOUN = 'مؤشر';
/**
 * A spokesperson's noun before `باسم` (`متحدثة باسم لوفتهانزا`, `الناطق باسم فرونتكس`): who speaks in
 * the name of a body; a foreign word no list knows after them is that body (companies.ts), of a kind
 * the words do not tell. `باسم` alone is a given name too (`باسم يوسف`).
 */
export const SPOKESPERSON_NOUNS: readonly string[] = ['متحدث', 'متحدثة', 'ناطق', 'ناطقة'];
export const IN_THE_NAME_OF = 'باسم';
/**
 * `التنفيذي` after these: the chief executive of what follows with لـ (`الرئيس التنفيذي لأمازون`), a
 * company however it is named, a person's name word too (no one is the executive of a person).
 */
export const EXECUTIVE_TITLE_HEADS: readonly string[] = ['الرئيس', 'الرئيسة', 'المدير', 'المديرة'];
export const EXECUTIVE_ADJECTIVE = 'التنفيذي';
/** `مثل`, `منها`: after a list head, what opens its examples. */
export const LIST_EXAMPLE_WORDS: readonly string[] = ['مثل', 'منها'];
/**
 * Words that open a club's name before its city's (`دينامو كييف`, `سسكا موسكو`, `أتلتيكو مدريد`) or
 * before a foreign word of its own (`ريال سوسيداد`, `ريال بيتيس`): names of sports societies shared by
 * clubs of many cities, facts of the clubs' own names. `ريال` (Spanish "royal") is a currency too,
 * after a number (`مليون ريال`) or before its country's nisba (`ريال سعودي`): no club there.
 */
export const CLUB_CITY_PREFIXES: readonly string[] = [
  'دينامو', 'ستيوا', 'سسكا', 'سبارتاك', 'لوكوموتيف', 'أتلتيكو', 'أتلتيك', 'سبورتنغ', 'سبورتينغ', 'أولمبيك', 'إيك', 'بوروسيا',
  'ريال',
];
/**
 * Arabic words of sports societies that open a club's name before its city's or its own word, as the
 * Maghreb, Libya and the Gulf name clubs (`مولودية وهران`, `نهضة بركان`, `شبيبة القبائل`, `اتحاد
 * العاصمة`, `أهلي طرابلس`): facts of the clubs' names. Each is an everyday word too (youth,
 * renaissance), so a club only as a side of a fixture, or before a place that is no country (`نهضة
 * مصر` is Egypt's renaissance) in an article of matches that names a club or team. Not `نجم` (a star:
 * `نجم مصر` is a player) nor `أمل` (hope: `أمل المغرب في التأهل`), nor `وفاق` and `وداد` (`وفاق سطيف`,
 * `وداد تلمسان`), whose first letter the splitter takes for و.
 */
export const CLUB_SOCIETY_WORDS: readonly string[] = [
  'مولودية', 'شبيبة', 'نهضة', 'حسنية', 'شباب', 'أهلي', 'اتحاد', 'ترجي', 'مستقبل', 'رجاء', 'هلال',
];
/**
 * The society words that name a city's young people, future or folk as often in any news, sports news
 * too (`شباب غزة`, `مستقبل بيروت`, `أهلي` my family): a club only as a side of a fixture (`فاز شباب
 * قسنطينة على …`, `خسر أهلي طرابلس أمام …`), never by the city after them alone.
 */
export const CLUB_SOCIETY_EVERYDAY_WORDS: readonly string[] = ['شباب', 'مستقبل', 'أهلي'];
/**
 * A force's nouns that clubs are named after with an adjective of their own (`الجيش الملكي`, Morocco's
 * army club; `الشرطة` …): as a side of a fixture, with that adjective, a club, though never a name's
 * complement elsewhere (NOT_NAME_COMPLEMENTS: `قوات الجيش`).
 */
export const CLUB_FORCE_WORDS: readonly string[] = ['الجيش', 'الشرطة'];
/** Words of a football match, folded without clitics: in the sentence of a result, they say the sides are clubs. */
export const MATCH_WORDS: readonly string[] = [
  'هدف', 'هدفين', 'هدفا', 'أهداف', 'مباراة', 'المباراة', 'مباراته', 'الدوري', 'دوري', 'الكأس', 'كأس',
  'الشوط', 'شوط', 'ركلات', 'الترجيح', 'الجولة', 'الملعب', 'ملعب', 'الذهاب', 'الإياب', 'نظيف', 'نظيفة',
];

/**
 * A stadium's nouns, folded without clitics: a stadium is often named after its club and one more word
 * (`استاد سلتيك بارك`), which makes the club's name part of the stadium's, no mention of the club.
 */
export const STADIUM_NOUNS: readonly string[] = ['ملعب', 'استاد', 'إستاد', 'ستاد'];

/**
 * City nisbas that qualify an outlet by where it appears (`صحيفة الشرق الأوسط اللندنية`): part of the
 * outlet's mention, as a country's nisba is (`صحيفة غارديان البريطانية`), but no nationality.
 */
export const OUTLET_CITY_NISBAS: readonly string[] = [
  'اللندنية', 'اللندني', 'الباريسية', 'الباريسي', 'القاهرية', 'البيروتية', 'البيروتي', 'الدمشقية',
  'المقدسية', 'البغدادية', 'الرباطية', 'النيويوركية',
];

/**
 * Descriptors after which an unknown definite name with an outlet's nisba is an outlet (`صحيفة الحياة
 * اللندنية`, `قناة المنار اللبنانية`). Not موقع, شبكة, منصة: `شبكة الكهرباء السورية` is a grid.
 */
export const OUTLET_DESCRIPTORS_WITH_NISBA: readonly string[] = [
  'صحيفة', 'جريدة', 'مجلة', 'قناة', 'إذاعة', 'تلفزيون', 'فضائية',
];

/**
 * Verbs whose subject news cites as a source, beside the verbs of saying (SPEECH_VERBS): right before an
 * outlet's descriptor they make the one definite word after it the outlet's name (`ونقلت جريدة
 * الصباح عن مصدر`, `وبثت قناة الحياة لقاء`), where a descriptor in construct is no source (`صحيفة
 * الاتهام`, `موقع الحادث`).
 */
export const OUTLET_CITING_VERBS: readonly string[] = [
  'نقل', 'نقلت', 'نشر', 'نشرت', 'بث', 'بثت', 'أورد', 'أوردت', 'كتب', 'كتبت', 'زعم', 'زعمت', 'ادعت',
  'نسبت', 'عرضت', 'أذاعت',
];
/**
 * What an outlet is, written after its brand with the article (`تعرض أوربت التلفزيونية`, `روتانا
 * الإذاعية`): an indefinite word takes no definite adjective, so a foreign word before one is a name,
 * a broadcaster's (companies.ts). Not `الفضائية`, which is space's too (`ناسا الفضائية`).
 */
export const OUTLET_ADJECTIVES: readonly string[] = ['التلفزيونية', 'الإخبارية', 'الإذاعية'];
/** What names a source before an outlet's descriptor (`بحسب صحيفة الأيام`, `نقلا عن قناة الحياة`), as a verb of saying does. */
export const OUTLET_SOURCE_WORDS: readonly string[] = ['بحسب', 'حسب', 'وفق', 'نقلا عن'];
/**
 * Times of day that end other names (NAME_ENDING_WORDS) but name a cited outlet (`قالت جريدة الصباح
 * إن`): no newspaper is "of the morning" in news, which writes `صحيفة صباحية`.
 */
export const OUTLET_DAY_PARTS: readonly string[] = ['الصباح', 'المساء'];
/**
 * Owners a cited descriptor names (`وقال تلفزيون الدولة إن`: state television), grammar words of news
 * beside the bodies' heads and national bodies (`صحيفة الحزب`, `قناة الحكومة`), which the tables know.
 */
export const OUTLET_OWNER_WORDS: readonly string[] = ['الدولة', 'البلاد'];
