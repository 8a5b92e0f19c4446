// Words around a place name that tell the places recognizer (src/places) what it is looking at.
// Hand-kept facts of Arabic news usage; the rules that use them are in src/places/.
import type { PlaceKind } from './shapes';

export interface PlaceTriggerSpec {
  /** What a name after the trigger is. */
  kind: Extract<PlaceKind, 'city' | 'district' | 'region' | 'feature' | 'street' | 'square'>;
  /**
   * The trigger is part of the name (`ممر لاتشين`, `معبر رفح`, `نهر العاصي`): a corridor, crossing,
   * camp or natural feature is another place than the town it is named after.
   */
  partOfName: boolean;
  /**
   * A name with the article may follow (`مدينة الموصل`, `محافظة البصرة`). Not after منطقة, ولاية,
   * عاصمة: `منطقة النزاع`, `ولاية الرئيس`, `عاصمة البلاد` are common nouns far more often.
   */
  definiteNames: boolean;
  /** The trigger is masculine: an adjective after it ends in ي (`مخيم صيفي`, `ممر مائي`), which names rarely do. */
  masculine: boolean;
  /** عاصمة without the article is followed by what it is the capital of (`عاصمة إقليم …`), not by the capital. */
  capitalOf?: boolean;
  /** ولاية also means a term of office (`ولاية ترامب الثانية`). */
  alsoTermOfOffice?: boolean;
  /**
   * An unknown name after it is a place only with its country's nisba after it (`مقاطعة كيبيك
   * الكندية`): مقاطعة is also a boycott (`مقاطعة الانتخابات`, `مقاطعة منتجات الشركة`).
   */
  unknownNeedsNisba?: boolean;
  /**
   * A street or a square: named only in the bare singular (`الشارع العربي` is the Arab public,
   * `الساحة السياسية` the political arena, `ساحتي` also `my arena`), and only where the text says
   * which city it is in, by a known place right after the name (`في ساحة الشهداء ببيروت`, `ميدان
   * التحرير وسط القاهرة`): `ساحة المعركة`, `ميدان العمل`, `شارع رئيسي` name nothing, and no shape tells
   * `التحرير` from `القتال`. A place the name holds (`شارع بغداد في دمشق`) is what it is named after,
   * so the street takes its country from the place that locates it, not from its name.
   */
  cityPlace?: boolean;
  /**
   * An administrative division, which is often named after a river, sea or mountain (`ولاية نهر
   * النيل`, `محافظة البحر الأحمر`): a feature the gazetteer knows right after it names the division,
   * not the feature.
   */
  division?: boolean;
  /**
   * The noun also names an office, an act or a thing far more often than a district (`مديرية الأمن`,
   * `دائرة الأراضي`, `قضاء عطلة`, `عمالة الأطفال` child labour): only the bare singular is a trigger; a known place after it is the district,
   * and an unknown name only where the division it lies in follows, after a direction or on ب or في
   * (`قضاء سنجار غرب الموصل`, `مديرية حيس بمحافظة الحديدة`).
   */
  alsoOffice?: boolean;
  /**
   * A military base (`قاعدة`): its name is closed by an arm's adjective (ARM_ADJECTIVES: `قاعدة عين
   * الأسد الجوية`, `قاعدة حميميم الجوية`), which is in the mention; without one nothing is named, since
   * the noun is also a rule, a footing and al-Qaeda's (`قاعدة البيانات`, `قاعدة المغرب الإسلامي`).
   * Only the bare singular: `القاعدة` is the organization.
   */
  closedByArm?: boolean;
  /**
   * An oil or gas field (`حقل`): its name is followed by its product (FIELD_PRODUCTS: `حقل ظهر للغاز`,
   * `حقل الرميلة النفطي`), which the mention leaves out; without it nothing is named, since the noun is
   * also a field of study, a crop's or a minefield (`حقل التعليم`, `حقل القمح`, `حقل ألغام`).
   */
  closedByProduct?: boolean;
  /** Only the bare singular is a trigger (`ميناء`; `الميناء` is the port the story is about). */
  bareOnly?: boolean;
}

// written out in full below where an entry differs: a spread is code a bundler must keep
const city = { kind: 'city', partOfName: false, definiteNames: true, masculine: false } as const;
const region = { kind: 'region', partOfName: false, definiteNames: true, masculine: false, division: true } as const;
const namedFeature = { kind: 'feature', partOfName: true, definiteNames: true, masculine: true } as const;

/** Words after which a proper name is a place. Each is also recognized with the article (المدينة). */
export const PLACE_TRIGGERS: ReadonlyArray<readonly [string, PlaceTriggerSpec]> = [
  ['مدينة', city],
  ['بلدة', city],
  ['قرية', city],
  ['عاصمة', { kind: 'city', partOfName: false, definiteNames: false, masculine: false, capitalOf: true }],
  ['محافظة', region],
  ['إقليم', { kind: 'region', partOfName: false, definiteNames: true, masculine: true, division: true }],
  ['مقاطعة', { kind: 'region', partOfName: false, definiteNames: true, masculine: false, unknownNeedsNisba: true, division: true }],
  ['ناحية', region],
  // a governorate's districts: Yemen's مديرية, Iraq's and Lebanon's قضاء, Algeria's دائرة, Morocco's
  // prefecture عمالة; Tunisia's delegation معتمدية is never anything else (`معتمدية الرقاب`)
  ['مديرية', { kind: 'district', partOfName: false, definiteNames: false, masculine: false, division: true, alsoOffice: true }],
  ['قضاء', { kind: 'district', partOfName: false, definiteNames: false, masculine: true, division: true, alsoOffice: true }],
  ['دائرة', { kind: 'district', partOfName: false, definiteNames: false, masculine: false, division: true, alsoOffice: true }],
  ['عمالة', { kind: 'district', partOfName: false, definiteNames: false, masculine: false, division: true, alsoOffice: true }],
  ['معتمدية', { kind: 'district', partOfName: false, definiteNames: true, masculine: false, division: true }],
  // a city's quarter (`حي الشيخ جراح`); masculine, so `حي سكني` is an adjective
  ['حي', { kind: 'district', partOfName: false, definiteNames: true, masculine: true }],
  // a city's suburb (`ضاحية جرمانا`); its adjectives (سكنية، راقية، هادئة) have the shapes names.ts rejects
  ['ضاحية', { kind: 'district', partOfName: false, definiteNames: true, masculine: false }],
  // a resort town (`منتجع بورتوروز`); an unknown name with the article is more often a hotel's (`منتجع النخيل`)
  ['منتجع', { kind: 'city', partOfName: false, definiteNames: false, masculine: true }],
  ['منطقة', { kind: 'region', partOfName: false, definiteNames: false, masculine: false }],
  // a settlement (`مستوطنة سديروت`); its adjectives (إسرائيلية، يهودية، جديدة) have the shapes names.ts rejects
  ['مستوطنة', { kind: 'city', partOfName: false, definiteNames: false, masculine: false }],
  ['ولاية', { kind: 'region', partOfName: false, definiteNames: false, masculine: false, alsoTermOfOffice: true, division: true }],
  ['ممر', namedFeature],
  ['معبر', namedFeature],
  ['مخيم', namedFeature],
  ['نهر', namedFeature],
  ['بحيرة', { kind: 'feature', partOfName: true, definiteNames: true, masculine: false }],
  ['جبل', namedFeature],
  // a range, named in the plural (`جبال قنديل`, `جبال الشعانبي`); an unknown name with the article is as
  // often a figure of speech (`جبال الجليد`, `جبال القمامة`), and its adjectives are feminine (`جبال شاهقة`)
  ['جبال', { kind: 'feature', partOfName: true, definiteNames: false, masculine: false }],
  ['جزيرة', { kind: 'feature', partOfName: true, definiteNames: true, masculine: false }],
  // a peninsula, the name with its two words (`شبه جزيرة يوكاتان`, not `جزيرة يوكاتان`)
  ['شبه جزيرة', { kind: 'feature', partOfName: true, definiteNames: true, masculine: false }],
  // an archipelago (`أرخبيل سفالبارد`, `أرخبيل سقطرى`)
  ['أرخبيل', namedFeature],
  // a forest (`غابة دارين` on the migrants' route, `غابة الأمازون`); an unknown name with the article is
  // as often a figure of speech (`قانون الغابة`, `غابة السلاح`), and its adjectives (كثيفة، استوائية) have
  // the shapes names.ts rejects
  ['غابة', { kind: 'feature', partOfName: true, definiteNames: false, masculine: false }],
  ['مضيق', namedFeature],
  // `صحراء النقب`, the name without the trigger, as a city's: `صحراء المغرب` is Morocco's desert, not
  // Morocco; its adjectives (قاحلة، واسعة) have the shapes names.ts rejects
  ['صحراء', { kind: 'feature', partOfName: false, definiteNames: true, masculine: false }],
  ['شارع', { kind: 'street', partOfName: true, definiteNames: true, masculine: true, cityPlace: true }],
  ['ميدان', { kind: 'square', partOfName: true, definiteNames: true, masculine: true, cityPlace: true }],
  ['ساحة', { kind: 'square', partOfName: true, definiteNames: true, masculine: false, cityPlace: true }],
];

/**
 * The military base's trigger (PlaceTriggerSpec.closedByArm), apart from PLACE_TRIGGERS: `قاعدة` is no
 * trigger where only the word is at hand (the learned model's features, the words no person's name
 * holds), as its other senses are far more common.
 */
export const MILITARY_BASE_TRIGGER: readonly [string, PlaceTriggerSpec] = [
  'قاعدة',
  { kind: 'feature', partOfName: true, definiteNames: true, masculine: false, closedByArm: true },
];

/** The adjectives of an armed force's arm that close a base's name (`الجوية` air, `البحرية` naval, `العسكرية`). */
export const ARM_ADJECTIVES: readonly string[] = ['الجوية', 'البحرية', 'العسكرية'];

/**
 * The oil or gas field's trigger (PlaceTriggerSpec.closedByProduct), apart from PLACE_TRIGGERS for the
 * reason the base's is.
 */
export const ENERGY_FIELD_TRIGGER: readonly [string, PlaceTriggerSpec] = [
  'حقل',
  { kind: 'feature', partOfName: true, definiteNames: true, masculine: true, closedByProduct: true },
];

/**
 * A port's trigger, apart from PLACE_TRIGGERS (`ميناء` is a place's word in PLACE_CONSTRUCT_NOUNS for
 * the lists that see words alone): a known town after it, or an unknown name its country's nisba
 * closes or a direction and a known place locate (`ميناء غوادار الباكستاني`), read as the town, the
 * trigger out of the mention as after مدينة. Bare and singular only: `الميناء` is the port of the story.
 */
export const PORT_TRIGGER: readonly [string, PlaceTriggerSpec] = [
  'ميناء',
  { kind: 'city', partOfName: false, definiteNames: false, masculine: true, unknownNeedsNisba: true, bareOnly: true },
];

/** What an energy field yields, after its name: `للغاز` of gas, `النفطي` oil's (`حقل ظهر للغاز`, `حقل مجنون النفطي`). */
export const FIELD_PRODUCTS: readonly string[] = ['للغاز', 'للنفط', 'للبترول', 'الغازي', 'النفطي', 'البترولي'];

/**
 * Nouns that make a trigger of an area name a kind of area, not a place, with the article or without
 * (bare after any trigger: `منطقة حظر طيران`, `مخيم تدريب`):
 * after ساحة, ميدان or شارع an arena of fighting, work or sport (`ساحة المعركة في أوكرانيا`, `ساحة حرب`,
 * `ميدان العمل`), the scene of an event (`ساحة الحادث`) or the institution whose courtyard it is (`ساحة
 * الجامعة`); after منطقة the same, and a zone of a kind (`منطقة العمليات شمال سوريا`, `منطقة اليورو`).
 */
export const AREA_NOUNS: readonly string[] = [
  'معركة', 'معارك', 'قتال', 'حرب', 'مواجهة', 'مواجهات', 'صراع', 'نزاع', 'اقتتال', 'اشتباك', 'اشتباكات', 'جهاد', 'نزال',
  'عمل', 'شرف', 'سباق', 'منافسة', 'تنافس', 'عمليات', 'رماية', 'تدريب', 'لعب', 'أحداث', 'حادث', 'حادثة', 'انفجار',
  'تفجير', 'هجوم', 'جريمة', 'جامعة', 'كلية', 'مدرسة', 'معهد', 'مسجد', 'كنيسة', 'مستشفى', 'قصر', 'سجن', 'محكمة',
  'حظر', 'تجارة', 'جزاء', 'يورو', 'نفوذ', 'تماس', 'خطر', 'كوارث',
];

/**
 * Adjectives of position after a known place that make it another place (`جوبا السفلى` is Somalia's
 * Lower Juba, not South Sudan's capital; `أمريكا الوسطى`): names the gazetteer holds with one
 * (`آسيا الوسطى`) are matched whole first.
 */
export const POSITIONAL_ADJECTIVES: readonly string[] = ['السفلى', 'العليا', 'الوسطى', 'الأسفل', 'الأعلى', 'الأوسط'];

/**
 * The adjective that makes a known town another, new town of its country (`العلمين الجديدة`, `دمياط
 * الجديدة`, `العاصمة الإدارية الجديدة`); after a country it describes the country (`سوريا الجديدة`).
 */
export const NEW_TOWN_ADJECTIVE = 'الجديدة';

/**
 * Masculine triggers whose dual in construct (`مخيمي بلاطة وعسكر`) names two places, as every feminine
 * trigger's does (`بلدتي`, `محافظتا`). Not إقليم, نهر, جبل or حي: إقليمي, نهري, جبلي are also the
 * adjectives `regional`, `riverine`, `mountainous`, and the nominative (مخيما) is also the indefinite
 * accusative `a camp`, so only the ي form is read.
 */
export const MASCULINE_DUAL_TRIGGERS: readonly string[] = ['مخيم', 'معبر'];

/**
 * Triggers in the plural construct, each with its singular in PLACE_TRIGGERS, which name a list of
 * places joined by و (`بلدات عيتا والقليلة وطيرحرفا`, `قرى الباذان وطلوزة وعصيرة`), each name read as
 * after the singular.
 */
export const PLURAL_TRIGGERS: ReadonlyArray<readonly [string, string]> = [
  ['مدن', 'مدينة'], ['بلدات', 'بلدة'], ['قرى', 'قرية'], ['محافظات', 'محافظة'], ['ولايات', 'ولاية'], ['أقاليم', 'إقليم'],
  ['مناطق', 'منطقة'], ['أحياء', 'حي'], ['ضواحي', 'ضاحية'], ['مخيمات', 'مخيم'], ['مستوطنات', 'مستوطنة'],
];

/** Words before ولاية, or after the name that follows it, that make it a term of office. */
export const TERM_OF_OFFICE_WORDS: readonly string[] = [
  'خلال', 'فترة', 'طوال', 'انتهاء', 'نهاية', 'بداية', 'تمديد', 'منذ', 'إبان', 'مدة', 'عهد',
  'الأولى', 'الثانية', 'الثالثة', 'ثانية', 'ثالثة', 'جديدة', 'رئاسية', 'الرئاسية', 'الحالية', 'السابقة',
];

/**
 * What ولاية is held of, without the article, as a term of office (`ولاية العهد` the crown princeship,
 * `ولاية الفقيه`, `ولاية الأمر`): never a state's name, even before a country's nisba.
 */
export const OFFICES_HELD: readonly string[] = ['عهد', 'فقيه', 'أمر', 'مظالم'];

/**
 * Words an article about a monarchy calls its state and its ruler by, without naming the country
 * (`قال الصفدي في عمان إن المملكة ترفض …`, `السلطنة`), with the countries so ruled that news names:
 * [the words, with the article, the countries]. They settle a name whose readings lie in countries
 * of different kinds (عمان: Amman in the kingdom of Jordan, or the sultanate of Oman; readings.ts).
 */
export const MONARCHY_WORDS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['المملكة', 'الملك', 'العاهل'], ['JO', 'SA', 'MA', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH']],
  [['السلطنة', 'السلطان'], ['OM', 'BN']],
];

/** State titles that make a country's long name (`جمهورية أرمينيا`, `سلطنة عمان`, `دولة قطر`). */
export const STATE_TITLES: readonly string[] = ['جمهورية', 'مملكة', 'سلطنة', 'دولة', 'إمارة'];

/**
 * Head nouns of media outlets: a place name right after one is the outlet's name (`صحيفة القدس`,
 * `وكالة الأناضول`). [word, whether the name must also end like an outlet's (`موقع روسيا اليوم`),
 * because موقع and شبكة also mean `location` and `network`].
 */
export const OUTLET_HEADS: ReadonlyArray<readonly [string, boolean]> = [
  ['قناة', false],
  ['صحيفة', false],
  ['جريدة', false],
  ['مجلة', false],
  ['وكالة', false],
  ['تلفزيون', false],
  ['إذاعة', false],
  ['راديو', false],
  ['موقع', true],
  ['شبكة', true],
];

/** Words that end an outlet's name after a place name (`روسيا اليوم`, `مصر 24`). */
export const OUTLET_NAME_ENDINGS: readonly string[] = ['اليوم', 'نت', 'الآن', '24', 'بوست', 'تايمز', 'الإخبارية'];

/**
 * First words of compound place names, which take the next word with them (`دير الزور`, `سان خوسيه`,
 * `ولاية شمال كردفان`).
 */
export const PLACE_NAME_HEADS: readonly string[] = [
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'أبو', 'أم', 'بني', 'بيت', 'بئر', 'تل', 'جسر', 'خان', 'دير', 'رأس',
  'سيدي', 'عين', 'كفر', 'مجدل', 'معرة', 'الشيخ', 'شرم', 'مرسى', 'قصر', 'ميت', 'كوم', 'برج', 'حمام', 'وادي',
  'سان', 'سانت', 'سانتا', 'لوس', 'لاس', 'نيو', 'بورت', 'فورت',
  // a city gate that names its quarter (`حي باب الوادي`, `باب التبانة`)
  'باب',
  // Somali `well` (`بلدة عيل بور`, `عيل طيري`), no Arabic given name (a head is no word of a person's
  // name to the people's lists: not كرم, `vineyard` and Karam)
  'عيل',
  // Hebrew `town of`, `height of`, `hill of` (`مستوطنة كريات أربع`, `رمات غان`, `جفعات زئيف`); كريات
  // ends like a plural nisba, which alone reads as an adjective
  'كريات', 'رمات', 'جفعات',
];

/**
 * The heads of PLACE_NAME_HEADS that open foreign names only (`سانتا كروز`, `سان سيباستيان`, `لوس
 * أنجلوس`, `بورت لويس`): with one bare word after them, after a preposition of place, a place's name
 * no list holds (names.ts). `سان` and `سانت` also open a saint's name, which news writes of a place
 * or a club named so far more than of the saint.
 */
export const FOREIGN_NAME_HEADS: readonly string[] = ['سان', 'سانت', 'سانتا', 'لوس', 'لاس', 'نيو', 'بورت', 'فورت'];

/**
 * Heads news writes joined to a foreign name's word or apart (`بورتسودان` and `بورت سودان`, `نيويورك` and
 * `نيو يورك`, `نيومكسيكو` and `نيو مكسيكو`): a name the gazetteer spells joined is also read apart. And
 * French `Port` is also written as it is said (`بور لويس` and `بورت لويس`, `بور سعيد`).
 */
export const JOINED_NAME_HEADS: readonly string[] = ['نيو', 'بورت'];
export const PORT_HEAD_SPELLINGS: readonly string[] = ['بور', 'بورت'];

/**
 * Romance articles that open a foreign place's name (`لا بلاتا`, `لو هافر`, `إل باسو`): لا and لو are
 * also `not` and `if`, so they open a name only where a country's nisba closes it (names.ts).
 */
export const ROMANCE_ARTICLES: readonly string[] = ['لا', 'لو', 'إل'];

/**
 * Titles a place named after a person keeps in its name (`مدينة الملك عبدالله`, `حي الأمير عبد
 * القادر`, `مسجد السيدة زينب`); with no name after it the title names no place (`مدينة الملك`).
 */
export const PERSON_TITLES_IN_PLACE_NAMES: readonly string[] = ['الملك', 'الأمير', 'الأميرة', 'السلطان', 'الإمام', 'الشهيد', 'السيدة', 'الخليفة'];

/**
 * Words for the country the article is about (`شمال البلاد`, north of the country): after a direction
 * they locate a place as a known place does (`مقاطعة كاغايان شمال البلاد`), though they name none.
 */
export const COUNTRY_NOUNS: readonly string[] = ['البلاد'];

/** The directions: they open a compound place name (`شمال دارفور`) and locate one place by another. */
export const DIRECTIONS: readonly string[] = ['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'];

/**
 * Words between a small place and the place that locates it (`حي الزيتون جنوب مدينة غزة`, `حي النصر
 * في بغداد`), besides the DIRECTIONS and their adjectives: a preposition of containment. Not قرب, إلى, من or عبر: a place near
 * another, or a journey between two, may cross a border.
 */
export const LOCATING_WORDS: readonly string[] = ['في', 'داخل'];

/** The directions' adjectives, which locate as the directions do (`شمالي العراق`). */
export const DIRECTION_ADJECTIVES: readonly string[] = ['شمالي', 'جنوبي', 'شرقي', 'غربي'];

/** Nouns of prayer: a name right after one is a prayer's (`صلاة المغرب` is the sunset prayer, not Morocco). */
export const PRAYER_NOUNS: readonly string[] = ['صلاة', 'صلاتي', 'صلاتا', 'أذان', 'آذان', 'فريضة'];

/** Words right before a name that say it is a place (`في مالي`, `شمال مالي`). */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'في', 'إلى', 'من', 'عن', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي',
  'غربي', 'قرب', 'نحو', 'عبر', 'أنحاء', 'حدود',
];

/**
 * Words that follow a place rather than a given name (`في الخليل أو رام الله`, `في صور مساء الأحد`):
 * conjunctions, time words and adverbs of time, which no family name is; and the definite nouns that
 * open a time adverbial (`في جدة الشهر المقبل`, `في صور الأسبوع الماضي`, `في جدة الخميس`), which a
 * definite word after the name would otherwise make the complement of a construct.
 */
export const WORDS_AFTER_A_PLACE: readonly string[] = [
  'أو', 'ثم', 'حيث', 'قبل', 'بعد', 'منذ', 'خلال', 'أمس', 'مساء', 'صباح', 'فجر', 'ظهر', 'ليلة', 'يوم', 'حتى',
  'الشهر', 'الأسبوع', 'العام', 'السنة', 'اليوم', 'الليلة',
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
];

/**
 * Nouns whose construct names a place as surely as a preposition does (`ريف حلب`, `أهالي الخليل`,
 * `مجزرة حماة`, `مطار صنعاء`): they count as place context for names that need it.
 */
export const PLACE_CONSTRUCT_NOUNS: readonly string[] = [
  'ريف', 'أهالي', 'سكان', 'ضواحي', 'أطراف', 'محيط', 'أحياء', 'شوارع', 'مداخل', 'قرى', 'بلدات',
  'مجزرة', 'معركة', 'حصار', 'مطار', 'ميناء', 'بلدية', 'محافظ', 'حاكم', 'أمير',
  // a refinery's town (`مصفاة ينبع`, `مصفى بيجي`)
  'مصفاة', 'مصفى',
];

/**
 * Words that are never (the start of) a place name after a trigger: function words, verbs and
 * adjectives that follow منطقة، مدينة … in news, and common nouns in the construct (`مخيم
 * اللاجئين`, `مدينة الملاهي`). The trigger words themselves are added by the recognizer.
 */
export const NOT_PLACE_NAME_WORDS: readonly string[] = [
  // function words
  'في', 'من', 'إلى', 'على', 'عن', 'مع', 'بين', 'حتى', 'منذ', 'عند', 'لدى', 'نحو', 'حول', 'خلال', 'بعد',
  'قبل', 'دون', 'ضد', 'عبر', 'تحت', 'فوق', 'أمام', 'وراء', 'قرب', 'بالقرب', 'لا', 'لم', 'لن', 'ما',
  'قد', 'هي', 'هو', 'هم', 'هذه', 'هذا', 'ذلك', 'تلك', 'هناك', 'هنا', 'التي', 'الذي', 'الذين', 'كل',
  'بعض', 'أي', 'غير', 'سوى', 'أو', 'ثم', 'أن', 'إن', 'لكن', 'كما', 'مثل', 'أيضا', 'فقط', 'ذات', 'نفس',
  'عدة', 'اليوم', 'أمس', 'غدا', 'مما', 'عما', 'فيما', 'بينما', 'حيث', 'إذ', 'إذا', 'عندما', 'لأن', 'كي',
  // the five nouns with `his` (`حي أبيه`), which end as a foreign name in ه does (`إقليم أتشيه`)
  'أبيه', 'أخيه', 'ذويه', 'حميه',
  // directions: heads of compound names, never their second word (`منطقة شمال شرق …`)
  'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'أطراف', 'محيط', 'ضواحي', 'قلب', 'مركز', 'داخل', 'خارج',
  // verbs
  'كان', 'كانت', 'يكون', 'تكون', 'تقع', 'يقع', 'تشهد', 'يشهد', 'شهدت', 'تضم', 'يضم', 'تبعد', 'يبعد',
  'تعرضت', 'تعتبر', 'تعد', 'يبلغ', 'تحتضن', 'تتبع', 'يتبع', 'سيطرت', 'باتت', 'أصبحت', 'تعاني',
  'يعيش', 'يسكن', 'يقطن', 'تقطن',
  // adjectives
  'كبير', 'صغير', 'جديد', 'قديم', 'واحد', 'واحدة', 'آخر', 'أخرى', 'مجاور', 'حدودي', 'آمن', 'حر',
  'حرة', 'واسع', 'فاخر', 'فخم', 'خاص', 'تابع', 'مملوك', 'خضراء', 'زرقاء', 'حمراء', 'رئيسي', 'مهم', 'هام', 'هامة', 'إنساني', 'بري', 'بحري',
  'جوي', 'دولي', 'رسمي', 'مؤقت', 'ضخم', 'عازلة', 'آمنة', 'منزوعة', 'متنازع', 'الجنوبية', 'الشمالية',
  'الشرقية', 'الغربية', 'الوسطى',
  // nouns in the construct
  'نفوذ', 'عمليات', 'نزاع', 'صراع', 'حرب', 'توتر', 'تجارة', 'اشتباكات', 'النزاع', 'الصراع', 'القتال',
  'المعارك', 'الحرب', 'الاشتباكات', 'العمليات', 'التماس', 'الحدود', 'الملاهي', 'الأشباح', 'الألعاب',
  'الإنتاج', 'المعارض', 'الأطفال', 'اللاجئين', 'النازحين', 'السلام', 'الموت', 'الأمان', 'العبور',
  'الخطر', 'الحظر', 'اليورو', 'شنغن', 'التجارة', 'الحكم', 'النفوذ', 'البلاد', 'الدولة', 'الثقافة',
  // what قضاء (spending, serving) takes: time and its uses (`قضاء عطلة جنوب فرنسا`, `قضاء عقوبة`)
  'عطلة', 'إجازة', 'وقت', 'فترة', 'أيام', 'ليال', 'سنوات', 'عقوبة', 'حاجة', 'حاجات', 'حوائج',
];
