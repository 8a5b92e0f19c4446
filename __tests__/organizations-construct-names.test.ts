// Lane o6 (session 14): a body named by a noun in construct after its head (`منظمة إنقاذ X`, `هيئة
// تحرير الشام`, `اتحاد كرة القدم`), not a description, a verb or an adjective there. Every sentence
// is written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const allMentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('a head, a noun in construct and the definite phrase it names', () => {
  test.each([
    ['وقرر اتحاد كرة القدم تأجيل مباريات الأسبوع.', 'اتحاد كرة القدم'],
    ['وقالت لجنة حماية الصحفيين إن مراسلين اعتقلوا.', 'لجنة حماية الصحفيين'],
    ['وأعلن اتحاد نقابات العمال إضرابا عاما يوم الأحد.', 'اتحاد نقابات العمال'],
    ['وأطلقت جمعية حماية المستهلك حملة ضد الغلاء.', 'جمعية حماية المستهلك'],
    ['وقال مجلس قيادة الثورة إن الانتخابات ستجرى في موعدها.', 'مجلس قيادة الثورة'],
    ['وطالبت منظمة حقوق الإنسان بالإفراج عن المعتقلين.', 'منظمة حقوق الإنسان'],
    ['ودعا مجلس محافظي البنوك المركزية إلى خفض الفائدة.', 'مجلس محافظي البنوك المركزية'],
    ['وأعلن حزب حركة الإنصاف مقاطعة الجلسة.', 'حزب حركة الإنصاف'],
    // three letters after a feminine head: a verb there would agree with it (دعت)
    ['وأعلنت هيئة دعم الصادرات عن برنامج جديد.', 'هيئة دعم الصادرات'],
    ['ورفعت شركة غاز الشمال أسعارها.', 'شركة غاز الشمال'],
  ])('%s → %s', (text, name) => {
    expect(allMentions(text)).toContain(name);
  });

  test('a country nisba after the phrase ends it and gives the nationality', () => {
    const found = organizationsOf('وقال حزب حركة الإنصاف الباكستاني إن زعيمه سيعود.');
    expect(found.map((entity) => [entity.mentions[0]?.text, entity.nationality])).toEqual([['حزب حركة الإنصاف الباكستاني', 'PK']]);
  });

  test('a head in construct is the organ of the body after it, which the mention names', () => {
    expect(allMentions('واجتمع مجلس اتحاد الصناعات الغذائية أمس.')).toEqual(['اتحاد الصناعات الغذائية']);
  });

  test.each([
    ['واجتمع مجلس إدارة الشركة أمس.'],
    ['وقال حزب رئيس الوزراء إنه سيفوز بالأغلبية.'],
    ['وهي منظمة تدعم الحكومة منذ سنوات.'],
    ['وهي منظمة دعت الحكومة إلى الحوار.'],
    ['وهو حزب رفض المشاركة في الانتخابات.'],
    ['وانتشرت قوات حفظ السلام في الجنوب.'],
    ['وشكلت لجنة تحقيق الحكومة في الحادث.'],
    ['وعمل فريق عمل الوزارة طوال الليل.'],
    ['وهو حزب إسلامي التوجه تأسس قبل عامين.'],
    ['وهي شركة دعت المساهمين إلى الاجتماع.'],
  ])('no body: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });
});

describe("a definite head, its field's adjectives and its country's nisba", () => {
  test.each([
    ['وقالت اللجنة الأولمبية المصرية إن البعثة غادرت إلى باريس.', 'اللجنة الأولمبية المصرية', 'EG'],
    ['وقرر المجلس الشعبي الوطني الجزائري تأجيل الجلسة العامة.', 'المجلس الشعبي الوطني الجزائري', 'DZ'],
    ['وافتتح المركز الثقافي الفرنسي معرضا للصور.', 'المركز الثقافي الفرنسي', 'FR'],
    ['وأعلن البنك الأهلي السعودي أرباحه السنوية.', 'البنك الأهلي السعودي', 'SA'],
    ['وأوقفت البورصة المصرية التداول على السهم.', 'البورصة المصرية', 'EG'],
  ])('%s → %s', (text, name, country) => {
    const found = organizationsOf(text).find((entity) => entity.mentions.some((mention) => mention.text === name));
    expect(found?.nationality).toBe(country);
  });

  test('الجامعة with a purpose is a body too (the Maghreb names its federations so)', () => {
    expect(allMentions('وقررت الجامعة الملكية المغربية لكرة القدم إيقاف اللاعب.')).toEqual(['الجامعة الملكية المغربية لكرة القدم']);
  });

  test.each([
    ['وقال المجلس الوطني إن الدورة ستعقد في موعدها.'],
    ['وأعلنت البورصة تعليق التداول.'],
    ['وزار الوفد المصري المركز الثقافي.'],
    ['ودرس في الجامعة الأردنية أربع سنوات.'],
  ])('one adjective alone, or a demonym alone, is an anaphor or a description: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });
});

describe("a head, a foreign name and its country's nisba agreeing with the head", () => {
  test.each([
    ['وأعلن حزب مورينا المكسيكي فوزه في الانتخابات.', 'حزب مورينا المكسيكي', 'MX', 'party'],
    ['ونشرت جامعة هارفارد الأمريكية دراسة عن المناخ.', 'جامعة هارفارد الأمريكية', 'US', 'other'],
    ['وأعلن بنك باركليز البريطاني أرباحه الفصلية.', 'بنك باركليز البريطاني', 'GB', 'company'],
    // a quoted-only head stays out of the mention, as before a quoted name
    ['وقالت مجموعة ألستوم الفرنسية إنها فازت بالعقد.', 'ألستوم الفرنسية', 'FR', 'other'],
  ])('%s → %s', (text, name, country, kind) => {
    const found = organizationsOf(text).find((entity) => entity.mentions.some((mention) => mention.text === name));
    expect(found).toMatchObject({ nationality: country, kind });
  });

  test('a body the lexicon names with its head keeps its entry, its own nisba in the mention', () => {
    expect(allMentions('وقال حزب الله اللبناني إنه لن يرد.')).toEqual(['حزب الله اللبناني']);
  });

  test.each([
    ['وأسس حزب معارض فرعا في المدينة.'],
    ['وهو بنك استثماري تأسس في لندن.'],
    ['وقال حزب بيرونيست إنه سيشارك.'],
  ])('no nisba, or no name: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });
});

describe("a government's or parliament's form before its country's nisba", () => {
  test.each([
    ['وقالت الحكومة الفيدرالية الصومالية إنها استعادت البلدة.', 'الحكومة الفيدرالية الصومالية', 'government:SO'],
    ['وصوت البرلمان الاتحادي العراقي على الموازنة.', 'البرلمان الاتحادي العراقي', 'parliament:IQ'],
  ])('%s → %s', (text, name, key) => {
    const found = organizationsOf(text);
    expect(found.map((entity) => entity.mentions[0]?.text)).toEqual([name]);
    expect(found[0]?.nationality).toBe(key.slice(-2));
  });

  test('the same government named without the adjective is one entity', () => {
    const text = 'وقالت الحكومة الفيدرالية الصومالية إنها استعادت البلدة. ونفت الحكومة الصومالية سقوط قتلى.';
    expect(organizationsOf(text)).toHaveLength(1);
  });

  test.each([
    ['وقالت الحكومة الجديدة المصرية إنها ستدعم المصانع.'],
    ['وقالت الشرطة الدينية السعودية إنها أوقفت رجلا.'],
  ])('a description, or another body than the state\'s: %s', (text) => {
    expect(organizationsOf(text).filter((entity) => entity.kind === 'government' || entity.kind === 'agency')).toEqual([]);
  });

  test.each([
    ['وأقر البوندستاغ حزمة المساعدات.', 'البوندستاغ', 'DE'],
    ['وصوت مجلس العموم البريطاني على الاتفاق.', 'مجلس العموم البريطاني', 'GB'],
  ])('a parliament by its local name: %s', (text, name, country) => {
    expect(organizationsOf(text)).toMatchObject([{ kind: 'parliament', nationality: country, mentions: [{ text: name }] }]);
  });
});

// A body the lexicon names right after a head is the name whole: the definite words after it are the
// sentence's object, not more of the body's name.
describe('a known body after a head takes no definite phrase as its own', () => {
  test.each([
    ['رفعت وكالة موديز التصنيف الائتماني للمملكة إلى درجة أعلى.', 'موديز'],
    ['وخفضت وكالة فيتش النظرة المستقبلية للبنوك المحلية.', 'فيتش'],
    ['ونقلت شركة أرامكو الشحنات الأولى إلى آسيا.', 'أرامكو'],
  ])('%s → %s', (text, name) => {
    expect(allMentions(text)).toEqual([name]);
  });

  test('an unknown noun in construct still names the body with the phrase after it', () => {
    expect(allMentions('وقالت لجنة حماية الصحفيين إن مراسلين اعتقلوا.')).toEqual(['لجنة حماية الصحفيين']);
  });
});
