// Lane t2 (session 18): markets, companies and regional bodies of the Gulf, the Maghreb, Latin America
// and Asia, read from economy and world news paragraphs written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));
const peopleOf = (text: string): string[] => extract(text).people.flatMap((person) => person.mentions.map((mention) => mention.text));

describe('the companies behind the indices and the exchange: Dow Jones, Nasdaq', () => {
  test.each([
    ['وأغلق مؤشر داو جونز الصناعي على ارتفاع طفيف أمس.', ['داو جونز']],
    ['وارتفعت أسهم داو جونز بعد بيانات الوظائف الأمريكية.', ['داو جونز']],
    ['وتراجعت أسهم شركات التكنولوجيا في بورصة ناسداك بنيويورك.', ['ناسداك']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
    expect(organizationsOf(text)[0]?.kind).toBe('company');
    expect(peopleOf(text)).toEqual([]);
  });

  test('a person of the family name Jones stays a person', () => {
    expect(peopleOf('وقال المحلل توم جونز إن الأسواق متقلبة هذا الأسبوع.')).toEqual(['توم جونز']);
    expect(mentions('وقال المحلل توم جونز إن الأسواق متقلبة هذا الأسبوع.')).toEqual([]);
  });
});

describe('regional and humanitarian bodies and a Gulf bank the lexicon names', () => {
  test.each([
    ['ورحبت السوق المشتركة لأمريكا الجنوبية (ميركوسور) بالحوار بين الحكومة والمعارضة في فنزويلا.', ['السوق المشتركة لأمريكا الجنوبية', 'ميركوسور']],
    ['وقال وزير الاقتصاد الأرجنتيني إن قمة ميركوسور ستعقد في أسونسيون.', ['ميركوسور']],
    ['أطلقت لجنة الإنقاذ الدولية نداء لجمع التبرعات لضحايا الزلزال.', ['لجنة الإنقاذ الدولية']],
    ['وشارك الصليب الأحمر الدولي في إجلاء الجرحى من المدينة.', ['الصليب الأحمر الدولي']],
    ['وقال بنك الإمارات دبي الوطني إن صافي أرباحه ارتفع بنسبة عشرين في المائة.', ['بنك الإمارات دبي الوطني']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
    expect(peopleOf(text)).toEqual([]);
  });

  test('the rescue committee is one body, the rescue team none', () => {
    expect(mentions('ووصل فريق الإنقاذ إلى موقع الانهيار بعد ساعتين.')).toEqual([]);
  });

  test('the International Red Cross is one entity by both its names', () => {
    const found = organizationsOf('وقال الصليب الأحمر الدولي إن الوضع خطير. وأرسلت اللجنة الدولية للصليب الأحمر فريقا طبيا.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((mention) => mention.text)).toEqual(['الصليب الأحمر الدولي', 'اللجنة الدولية للصليب الأحمر']);
  });
});

describe('a foreign name plainly ends before إن, أن or عن with a pronoun too', () => {
  test.each([
    ['وقالت شركة الأدوية السويسرية روش إنها ستبني مصنعا في مصر.', ['روش']],
    ['وأعلنت شركة السيارات الصينية جيلي أنها ستفتح مصنعا في المغرب.', ['جيلي']],
    ['وقالت صحيفة كوميرسانت إنها حصلت على نسخة من الاتفاق.', ['كوميرسانت']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    // the description alone names no company, and a word after it that is followed by an object is no name
    ['وقالت شركة الأدوية السويسرية إنها ستبني مصنعا في مصر.', ['شركة الأدوية السويسرية']],
    ['وقالت صحيفة يومية إنها حصلت على الوثائق.', []],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("a holding company's adjective continues its name", () => {
  test.each([
    ['قالت الشركة القابضة للمطارات والملاحة الجوية إن حركة الطيران زادت.', ['الشركة القابضة للمطارات والملاحة الجوية']],
    ['وقال رئيس شركة أبوظبي القابضة إن الصفقة اكتملت.', ['شركة أبوظبي القابضة']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test('the holding company alone is whichever the text spoke of', () => {
    expect(mentions('وقالت الشركة القابضة إن الأرباح تضاعفت.')).toEqual([]);
  });
});
