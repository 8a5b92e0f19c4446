// Given names as Arabic news spells them: common Arabic given names and the usual Arabic spellings of
// foreign given names frequent in international news. Hand-compiled facts of usage (names are facts;
// no text was copied). The one permissive open list of Arabic-script names (Wikidata's person-name
// tokens, CC0: given-names.generated.ts) mixes given, family and foreign names without saying which,
// so the people recognizer's given names are kept here by hand: add names as they come up. Spelling variants that folding does not cover (غ/ج/ك for a foreign g,
// a long vowel written or not) are listed, since the lexicon is matched before skeletons.

/** Given names that are also everyday words (أمل `hope`, سلام `peace`): they count only after a title. */
export const AMBIGUOUS_GIVEN_NAMES: readonly string[] = [
  'أمل', 'سلام', 'جمال', 'نور', 'كريم', 'عادل', 'سعيد', 'حسن', 'فرح', 'هدى', 'رحمة', 'إيمان', 'منى',
  'وفاء', 'أمين', 'أمينة', 'فؤاد', 'ماجد', 'رشيد', 'صالح', 'نبيل', 'شريف', 'عزيز', 'حكيم', 'طاهر',
  'فاضل', 'سامي', 'نصر', 'فتح', 'ناصر', 'منصور', 'بدر', 'سهيل', 'غالب', 'أسعد', 'تركي', 'مصطفى',
  'عمر', 'حياة', 'أحلام', 'ربيع', 'زكي', 'باسم', 'وليد', 'ثابت', 'كامل', 'هاني', 'مالك', 'حامد',
  'ماري', 'جان', 'بيرس', 'رائد', 'عماد', 'سيف', 'عز',
  // first halves of compound given names that are words too (زين العابدين, زين `adorned`; تقي الدين, تقي `pious`)
  'زين', 'تقي',
];

export const GIVEN_NAMES: readonly string[] = [
  // Arabic, male
  'محمد', 'أحمد', 'محمود', 'علي', 'حسين', 'حسان', 'إبراهيم', 'يوسف', 'خالد', 'عبدالله', 'عبدالرحمن',
  'عبدالعزيز', 'عثمان', 'عمرو', 'طارق', 'زياد', 'هشام', 'سمير', 'نجيب', 'ميشال', 'إلياس', 'جورج',
  'فيصل', 'سلمان', 'نايف', 'بندر', 'تميم', 'حمد', 'راشد', 'زايد', 'قابوس', 'هيثم', 'مشعل', 'إسماعيل',
  'موسى', 'عيسى', 'يحيى', 'زكريا', 'سليمان', 'داود', 'بشار', 'حافظ', 'رفيق', 'سعد', 'نجيب', 'نبيه',
  'وليد', 'ميشيل', 'جبران', 'نعيم', 'حسن', 'قيس', 'عبد المجيد', 'معمر', 'منصف', 'مولود', 'رجب',
  'أكرم', 'أيمن', 'أنور', 'جمال', 'حمدي', 'رامي', 'رياض', 'شادي', 'صلاح', 'ضياء', 'عصام', 'غسان',
  'فادي', 'فراس', 'كمال', 'لؤي', 'مازن', 'مروان', 'معاذ', 'نزار', 'هادي', 'وائل', 'ياسر', 'يزن',
  'أسامة', 'حمزة', 'طلال', 'عدنان', 'عمار', 'مهدي', 'نوري', 'حيدر', 'مقتدى', 'مسعود', 'نيجيرفان',
  'برهم', 'جلال', 'إسحاق', 'بنيامين', 'نفتالي', 'يائير', 'إيهود', 'أرييل', 'إسماعيل', 'محسن',
  'جواد', 'حسين', 'عباس', 'رضا', 'مسعود', 'إبراهيم', 'حسن', 'قاسم', 'نعيم', 'شكري', 'سامح',
  'علاء', 'حسام', 'بهاء',
  // first halves of compound given names (محيي الدين)
  'محيي', 'محي',
  // Arabic, female
  'فاطمة', 'عائشة', 'مريم', 'زينب', 'خديجة', 'سارة', 'ليلى', 'أسماء', 'رانيا', 'نادية', 'سميرة',
  'ريم', 'لينا', 'هالة', 'سلمى', 'دينا', 'رشا', 'نجلاء', 'هند', 'سعاد', 'نوال', 'غادة', 'لمياء',
  // foreign given names as Arabic news writes them
  'فلاديمير', 'فولوديمير', 'سيرغي', 'سيرجي', 'سيرجيه', 'دميتري', 'ديمتري', 'ميخائيل', 'ألكسندر',
  'ألكسندر', 'أليكسي', 'ألكسي', 'نيكولاي', 'إيغور', 'إيجور', 'يوري', 'بوريس', 'أندريه', 'أنطون',
  'ماريا', 'فالنتينا', 'إلهام', 'نيكول', 'أرمين', 'روبرت', 'سيرج', 'إيمانويل',
  // foreign names whose first letter is و, which the clitic splitter takes for the conjunction
  'وليام', 'ويليام', 'وارن', 'والتر',
  'جيرالد', 'شارل', 'فرانسوا', 'نيكولا', 'جان', 'لوران', 'برونو', 'كاترين', 'مارين',
  'أورسولا', 'جوزيب', 'أنغيلا', 'أنجيلا', 'أولاف', 'فرانك', 'فالتر', 'أنالينا', 'ريشي', 'كير',
  'تيريزا', 'ليز', 'ديفيد', 'جيمس', 'جون', 'جو', 'دونالد', 'باراك', 'هيلاري', 'كامالا', 'مايك',
  'مايكل', 'أنتوني', 'ماركو', 'جاك', 'جيك', 'لويد', 'بيتر', 'أنطونيو', 'أنتونيو', 'ستيفان', 'تيدروس', 'كريستالينا', 'رجب', 'مولود', 'هاكان', 'خلوصي', 'شي', 'وانغ', 'فوميو',
  'ناريندرا', 'شهباز', 'عمران', 'أشرف', 'جوزيف', 'بيدرو', 'جورجيا', 'ماتيو', 'ماريو', 'سيلفيو',
  'فيكتور', 'ألكسندر', 'إيلون', 'بيل', 'مارك', 'تيم', 'ستيف', 'جيف', 'كريستين', 'جانيت',
  'ألبرت', 'كارلوس', 'لويس', 'خوسيه', 'خافيير', 'جاير', 'إنياسيو', 'نيكولاس', 'هوغو', 'إيفو',
  'ميلوش', 'ألكسندر', 'زوراب', 'سالومي', 'إيراكلي', 'شوكت',
];

/**
 * Given names only the people recognizer (and the model's features) read, not the clitic splitter: they
 * stay out of the bundles of tokenize, parseNumber and parseDate, which carry the splitter's whole
 * words (an Arabic letter weighs six bytes there, escaped). A name whose first letter the splitter
 * takes for ب or ل (لمى as ل + مى) is still read whole where the word whole is listed (names.ts); none
 * starts with و or ف, which would be read as a conjunction. Names of women and of the Gulf and the
 * Maghreb the lists lacked (session 14's sweep).
 */
export const PEOPLE_GIVEN_NAMES: readonly string[] = [
  'لمى', 'لبنى', 'بثينة', 'نورة', 'هيفاء', 'شيماء', 'عبير', 'سوسن', 'سهى', 'ميسون', 'رغدة', 'ميساء', 'نسرين', 'جيهان',
  'نعيمة', 'خولة',
  // women's names of the Maghreb and the Levant (كوثر بن هنية، مليكة مزان) the lists lacked; كوثر, which
  // the splitter reads as ك + وثر, read no name at all. Not حفيظة, ire too (أثار حفيظة الجمهور)
  'كوثر', 'سلوى', 'عبلة', 'رقية', 'مليكة',
  'ثامر', 'حمدان', 'ذياب', 'طحنون', 'هزاع', 'نهيان', 'شخبوط', 'إدريس',
  // common Arabic given names of the Levant, Egypt, Iraq and the Gulf the lists lacked (open data held
  // them, so they opened a name only after a title or reporting verb: `وقال خليل الحية إن` was missed;
  // not بسام, which model.test reads as a name the lists lack)
  'خليل', 'رامز', 'عاطف', 'مجدي', 'مراد', 'معتز', 'ممدوح', 'منير', 'نادر', 'هاشم', 'يزيد', 'أنس',
  'توفيق', 'حاتم', 'حازم', 'زهير', 'سامر', 'سفيان', 'عدي', 'مهند', 'نواف', 'ياسين', 'يونس', 'رنا', 'روان',
  'شيرين', 'ناهد', 'أمجد', 'أدهم', 'باسل', 'تامر', 'رضوان', 'سعود', 'شوقي', 'طه', 'لطفي', 'مأمون', 'مدحت',
  'معاوية',
  // West Africa's and Spain's Lamine (لامين يامال، لامين دياك), which the splitter reads as ل + the head أمين
  'لامين',
];

/**
 * Given names written with the article, as the Maghreb, Libya and Sudan name people (الطيب صالح،
 * الحبيب بورقيبة، الهادي البكوش): after a title, such a word with a given name after it opens the
 * name, where a definite word otherwise qualifies the title (`الروائي الكبير`). Not those as often an
 * adjective of the title's holder before a name (العربي: `الكاتب العربي نجيب محفوظ`; السعيد) or a
 * family name (البشير، المهدي: `الصادق المهدي`).
 */
export const DEFINITE_GIVEN_NAMES: readonly string[] = [
  'الطيب', 'الحبيب', 'الهادي', 'المختار', 'الصادق', 'المنصف', 'المنجي', 'الطاهر', 'الأمين', 'الحسن',
  'الحسين', 'الصديق', 'المكي', 'الجيلاني', 'الشاذلي', 'المنذر', 'الزبير',
];

/** The everyday given names among them (PEOPLE_GIVEN_NAMES; AMBIGUOUS_GIVEN_NAMES says what they are). */
export const PEOPLE_AMBIGUOUS_GIVEN_NAMES: readonly string[] = [
  // women's names that are everyday words too (a gift, purity, survival, tenderness, a prayer, jasmine, kind)
  'لطيفة', 'هبة', 'صفاء', 'ضحى', 'جميلة', 'حنان', 'نجاة', 'آمنة', 'دعاء', 'منال', 'ابتسام', 'نهى', 'آلاء',
  'إسراء', 'ياسمين', 'نجوى', 'ثريا', 'مها',
  // ease, and the left hand (الفنانة يسرا، يسرى محمود)
  'يسرا', 'يسرى',
  // men's names that are everyday words or titles too (blessed, power); not خليفة, the successor of
  // someone named after it (أصبح خليفة أبو حمزة)
  'مبارك', 'سلطان',
  // and more of them (beautiful, sound, patient, struggle, chosen, skilled, populated, a supporter;
  // magic, splendour)
  'جميل', 'سليم', 'صابر', 'نضال', 'مختار', 'ماهر', 'عامر', 'مؤيد', 'سحر', 'سناء',
  // first halves of compound given names that are words too (شمس الدين, the sun; شرف الدين, honour)
  'شمس', 'شرف',
];
