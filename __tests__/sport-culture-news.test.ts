// Session 16, lane q3: sport, culture and society news across the Arab world. Every sentence is
// written for these tests; read with the rules alone (model: false), which decide these readings.
import { extract, type Organization } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);
const clubMentions = (text: string): string[] =>
  extract(text, { model: false })
    .organizations.filter((entity: Organization) => entity.kind === 'sports')
    .flatMap((entity) => entity.mentions.map((mention) => mention.text));
const placeNames = (text: string): string[] => extract(text, { model: false }).places.map((place) => place.name);
const dateTexts = (text: string): string[] => extract(text, { model: false, referenceDate: '2026-12-06' }).dates.map((date) => date.text);

describe('people: a scorer whose family name has the article', () => {
  test.each([
    ['وسجل سالم الدوسري هدف الفوز في الدقيقة 80.', 'سالم الدوسري'],
    ['وأحرز ياسر الشهراني الهدف الثاني للفريق.', 'ياسر الشهراني'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    // the sides of a match score too; a word of rank after a given name is no family name
    'وسجل الهلال الهدف الأول في الشوط الثاني.',
    'وسجل البديل المغربي هدف التعادل.',
    'وسجل فريق الشباب الهدف الثاني.',
  ])('no scorer: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a given name written with the article after a title', () => {
  test.each([
    ['أصدر الروائي السوداني الطيب صالح روايته الأشهر عام 1966.', 'الطيب صالح'],
    ['وقال الروائي الطيب صالح إن الرواية ليست تاريخا.', 'الطيب صالح'],
    ['وقال اللاعب المختار محمد إن الفريق جاهز.', 'المختار محمد'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test('the title keeps its demonym, not the given name', () => {
    const [person] = extract('أصدر الروائي السوداني الطيب صالح روايته الأشهر.', { model: false }).people;
    expect(person?.titles).toEqual(['الروائي السوداني']);
    expect(person?.nationality).toBe('SD');
  });
  test.each([
    // an adjective of the title's holder before a name is no given name (العربي is left out of the list)
    ['وقال الكاتب العربي نجيب محفوظ إن الرواية فن.', ['نجيب محفوظ']],
    ['أشاد الناقد الطيب بالرواية الجديدة.', []],
    ['وقال الأمين العام للحزب إن الانتخابات قادمة.', []],
  ])('no name opened by the definite word: %s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a feminine noun with its pronoun after a name', () => {
  test.each([
    ['وغنت الفنانة اللبنانية فيروز أغنيتها الشهيرة في افتتاح المهرجان.', 'فيروز'],
    ['وقدمت المطربة شيرين أغنيتها الجديدة.', 'شيرين'],
    ['وأصدر الروائي علاء الأسواني روايته الجديدة.', 'علاء الأسواني'],
  ])('is what the bearer made, no family name: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    // where the text writes ة as ه, or before a report, a family name in ته stays
    'وقال الفنان محمد شحاته إن المسرحيه الجديده جاهزه.',
    'وقال الفنان محمد شحاته إن المسرحية الجديدة جاهزة.',
  ])('a family name in ته: %s', (text) => {
    expect(rules(text)).toEqual(['محمد شحاته']);
  });
});

describe('people: the object after a title in the accusative is no name', () => {
  test.each([
    'وحقق العداء رقما قياسيا جديدا في السباق.',
    'وقدم المطرب حفلا غنائيا كبيرا في المهرجان.',
    'وخاض الملاكم نزالا قويا أمام بطل العالم.',
    'وحقق العداء زمنا قدره 9.85 ثانية.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    'وأكد النادي الإسباني أن اللاعب سيغيب شهرا بسبب الإصابة.',
    'وقالت الصحيفة إن الفنانة ستثير الجدل بفيلمها الجديد.',
  ])('a verb in the future after a title is no name: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    ['وقال المدرب سيرجيو كونسيساو إن الفريق جاهز.', 'سيرجيو كونسيساو'],
    ['وقال الممثل ستيفين كورين إن الفيلم جاهز.', 'ستيفين كورين'],
  ])('names that open like a verb in the future stay: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    ['وقال المدرب رضا مالك إن الفريق جاهز.', 'رضا مالك'],
    ['وتأهلت اللاعبة الروسية ماريا شارابوفا إلى الدور الثاني.', 'ماريا شارابوفا'],
    ['وغاب المدافع الإيطالي جيانلوكا زامبروتا عن المباراة.', 'جيانلوكا زامبروتا'],
  ])('names that end in alif stay: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
});

describe('people: a post of a club named after ل', () => {
  test.each([
    ['وقال المدير الفني للوداد عادل رمزي إن الفريق جاهز.', 'عادل رمزي', 'المدير الفني للوداد'],
    ['وقال المدير الفني للترجي التونسي معين الشعباني إن فريقه لعب جيدا.', 'معين الشعباني', 'المدير الفني للترجي التونسي'],
  ])('%s', (text, name, title) => {
    const people = extract(text, { model: false }).people;
    expect(people.map((person) => person.name)).toEqual([name]);
    expect(people[0]?.titles).toEqual([title]);
  });
  test.each([
    'وقال المتحدث للصحفيين إن الوزير سيصل غدا.',
    'وقدم المدرب للجماهير اعتذارا بعد الخسارة.',
  ])('no name after those a statement is made to: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: posts on the pitch and writers by their craft as titles', () => {
  test.each([
    ['وقال الظهير الأيسر للمنتخب السعودي ياسر الشهراني إن الفريق جاهز.', 'الظهير الأيسر للمنتخب السعودي'],
    ['وأكد صانع الألعاب الجزائري يوسف بلايلي أن المباراة صعبة.', 'صانع الألعاب الجزائري'],
    ['وصدرت الرواية بترجمة المترجم المصري محمد عناني.', 'المترجم المصري'],
    ['وأصدر القاص العراقي محمد خضير مجموعة جديدة.', 'القاص العراقي'],
  ])('%s', (text, title) => {
    expect(extract(text, { model: false }).people[0]?.titles).toEqual([title]);
  });
  test.each([
    'ويلعب قلب الدفاع دورا مهما في خطة المدرب.',
    'ويتحرك الجناح الأيمن للحزب نحو التحالف.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('organizations: clubs named by an Arabic society word', () => {
  test.each([
    ['فاز مولودية وهران على شبيبة القبائل بهدفين نظيفين في الجولة العاشرة.', ['مولودية وهران', 'شبيبة القبائل']],
    ['تعادل الوداد مع نهضة بركان بهدف لمثله في الدوري.', ['الوداد', 'نهضة بركان']],
    ['فاز شباب بلوزداد على اتحاد العاصمة بهدفين في الدوري الجزائري.', ['شباب بلوزداد', 'اتحاد العاصمة']],
  ])('a side of a fixture takes the word after the society word: %s', (text, clubs) => {
    expect(clubMentions(text)).toEqual(clubs);
  });
  test('a side no longer stops at its society word alone', () => {
    expect(clubMentions('فاز الوداد على اتحاد العاصمة بهدفين.')).not.toContain('اتحاد');
  });
  test.each([
    ['وقال رئيس نادي الرجاء إن الفريق سيواجه هلال الشلف في الجولة المقبلة من الدوري.', 'هلال الشلف'],
    ['وأعلن فريق الوداد أنه سيلاقي حسنية أكادير في الجولة المقبلة.', 'حسنية أكادير'],
  ])('a society word before a city in an article about sport: %s', (text, club) => {
    expect(clubMentions(text)).toContain(club);
    expect(placeNames(text)).toEqual([]);
  });
  test.each([
    // young people, a future, folk: an everyday society word is a club only as a side of a fixture
    'وأكد أن هدف الحكومة هو دعم شباب غزة وتوفير فرص العمل لهم.',
    'وكان هدف الزيارة بحث مستقبل بيروت، والتقى الوفد أهلي طرابلس في المساء.',
    // a place named by a noun of places, a country, a treaty's union in an article about no sport
    'وحضر المباراة شباب المدينة وعبروا عن فرحتهم بالفوز في المباراة.',
    'وقال شباب مصر إن المباراة كانت صعبة.',
    'وانضمت سورية إلى اتفاقية اتحاد باريس بهدف حماية الملكية الصناعية.',
  ])('no club: %s', (text) => {
    expect(clubMentions(text)).toEqual([]);
  });
});

describe('organizations: a loss names the other side after أمام', () => {
  test('in a sentence of a match', () => {
    expect(clubMentions('خسر أهلي طرابلس أمام الاتحاد الليبي بهدف في الدوري الليبي.')).toEqual(['أهلي طرابلس', 'الاتحاد الليبي']);
    expect(clubMentions('انهزم الكوكب المراكشي أمام حسنية أكادير بهدف نظيف.')).toEqual(['الكوكب المراكشي', 'حسنية أكادير']);
  });
  test('an election is lost so too', () => {
    expect(clubMentions('خسر المرشح أمام منافسه في الانتخابات الرئاسية.')).toEqual([]);
  });
});

describe('organizations: a competition named by its sponsor', () => {
  test('a foreign word after دوري or كأس before a nisba is the competition, no club', () => {
    expect(clubMentions('وفاز الشباب على الأهلي بهدفين في دوري روشن السعودي.')).toEqual(['الشباب', 'الأهلي']);
  });
  test('a club after the competition it plays in stays', () => {
    expect(clubMentions('وتعادل الوداد مع بنفيكا البرتغالي في كأس العالم للأندية.')).toEqual(['الوداد', 'بنفيكا البرتغالي']);
  });
});

describe('organizations: a publishing house named by its purpose', () => {
  test('الدار, an adjective and a purpose', () => {
    const [house] = extract('وصدرت الرواية عن الدار العربية للعلوم في بيروت.', { model: false }).organizations;
    expect(house?.name).toBe('الدار العربية للعلوم');
    expect(house?.kind).toBe('company');
  });
  test.each([
    'وعاد إلى الدار الكبيرة للعائلة في القرية.',
    'وتقع الدار القديمة لجده وسط المدينة.',
    'وانطلقت من الدار البيضاء قافلة للمساعدات.',
  ])('a house, or Casablanca: %s', (text) => {
    expect(extract(text, { model: false }).organizations).toEqual([]);
  });
});

describe('dates: a place named after a day', () => {
  test.each([
    'أقيمت المباراة على ملعب 5 جويلية في العاصمة.',
    'وقع الحادث على جسر 6 أكتوبر وسط القاهرة.',
    'يسكن اللاعب بمدينة 6 أكتوبر غرب القاهرة.',
    'تظاهر المئات في شارع 26 يوليو.',
  ])('no date: %s', (text) => {
    expect(dateTexts(text)).toEqual([]);
  });
  test.each([
    ['افتتح الملعب في 5 جويلية بحضور الوزير.', ['5 جويلية']],
    ['وصل المنتخب يوم 5 جويلية إلى الجزائر.', ['يوم 5 جويلية']],
    ['يفتتح ملعب المدينة الجديد 6 أكتوبر المقبل.', ['6 أكتوبر المقبل']],
  ])('a date said of a place stays one: %s', (text, dates) => {
    expect(dateTexts(text)).toEqual(dates);
  });
});

describe('dates: an event named after a day', () => {
  test.each([
    'أحيا المتظاهرون ذكرى ثورة 25 يناير في الميدان.',
    'تغيرت سياسات الطيران بعد هجمات 11 سبتمبر.',
    'نظمت حركة 20 فبراير مسيرة في الدار البيضاء.',
    'شارك والده في حرب 6 أكتوبر.',
    'وقعت الحكومة على اتفاق 17 أيار قبل عقود.',
  ])('no date: %s', (text) => {
    expect(dateTexts(text)).toEqual([]);
  });
  test.each([
    // with the article the noun is not in construct: the event is said to happen on that day
    ['اندلعت الثورة 25 يناير 2011 في القاهرة.', ['25 يناير 2011']],
    ['وقع الهجوم 7 أكتوبر الماضي.', ['7 أكتوبر الماضي']],
    // an anniversary is a day, to come or just passed
    ['تحيي البلاد ذكرى 25 يناير غدا.', ['25 يناير', 'غدا']],
  ])('a date said of an event stays one: %s', (text, dates) => {
    expect(dateTexts(text)).toEqual(dates);
  });
});
