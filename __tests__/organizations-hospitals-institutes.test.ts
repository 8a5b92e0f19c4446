// Lane t3 (session 19): hospitals named after a person with a family name, bodies with a second
// purpose joined by و, and agencies and outlets of Asia the lexicon names. Every sentence is written
// for these tests.
import { extract } from '../src/index';

const mentionsOf = (text: string): string[] => extract(text).organizations.flatMap((body) => body.mentions.map((mention) => mention.text));

describe("a sole given name after a namesake's head takes the family name after it", () => {
  test.each([
    ['وقالت إدارة مستشفى كمال عدوان إن القوات اقتحمت المبنى.', ['مستشفى كمال عدوان']],
    // the given name alone, before a function word or a place
    ['وقالت جامعة زايد إن التسجيل يبدأ الأحد.', ['جامعة زايد']],
    ['ونقل المصاب إلى مستشفى راشد أمس.', ['مستشفى راشد']],
  ])('%s', (text, mentions) => {
    expect(mentionsOf(text)).toEqual(mentions);
  });
});

describe('a second purpose joined by و without ل: a verbal noun in construct', () => {
  test.each([
    ['وقالت مؤسسة قطر للتربية والعلوم وتنمية المجتمع إن المدارس ستفتح.', 'مؤسسة قطر للتربية والعلوم وتنمية المجتمع'],
    ['وأعلنت الهيئة الوطنية للصحة وتطوير الخدمات عن خطة جديدة.', 'الهيئة الوطنية للصحة وتطوير الخدمات'],
  ])('%s', (text, body) => {
    expect(mentionsOf(text)).toEqual([body]);
  });

  test('a plural of people or an owner after و is the sentence\'s', () => {
    expect(mentionsOf('ودعت الهيئة العامة للاستثمار ورجال الأعمال إلى الاجتماع.')).toEqual(['الهيئة العامة للاستثمار']);
  });
});

describe('agencies and outlets of Asia and abroad the lexicon names', () => {
  test.each([
    ['وذكرت وكالة يونهاب أن بيونغ يانغ أطلقت صاروخا.', 'وكالة يونهاب', 'KR', 'media'],
    ['وقال موقع ميدل إيست آي إن الإدارة تدرس خيارات.', 'ميدل إيست آي', 'GB', 'media'],
    ['وقالت المراكز الأمريكية لمكافحة الأمراض والوقاية منها إن الإصابات تراجعت.', 'المراكز الأمريكية لمكافحة الأمراض والوقاية منها', 'US', 'agency'],
  ])('%s', (text, body, nationality, kind) => {
    const found = extract(text).organizations.find((entity) => entity.mentions.some((mention) => mention.text === body));
    expect([found?.nationality, found?.kind]).toEqual([nationality, kind]);
  });
});

describe("a state's investment authority, `جهاز` in construct with its place", () => {
  test.each([
    ['وأعلن جهاز قطر للاستثمار عن صفقة جديدة في لندن.', 'جهاز قطر للاستثمار', 'QA'],
    ['وأعلن جهاز أبوظبي للاستثمار عن استثمار في الهند.', 'جهاز أبوظبي للاستثمار', undefined],
  ])('%s', (text, body, nationality) => {
    const found = extract(text).organizations.find((entity) => entity.mentions.some((mention) => mention.text === body));
    expect([found?.kind, found?.nationality]).toEqual(['agency', nationality]);
  });

  test('with a definite noun, a device', () => {
    expect(mentionsOf('واستخدم الطالب جهاز الحاسوب للدراسة.')).toEqual([]);
  });
});

describe('an organization named in foreign words after `منظمة`, no nisba needed', () => {
  test('and after `جامعة`', () => {
    expect(mentionsOf('وقالت جامعة هارفارد إن الطلاب الأجانب سيعودون.')).toEqual(['جامعة هارفارد']);
    expect(mentionsOf('ودرس في جامعة خاصة بالقاهرة.')).toEqual([]);
  });

  test('the head in the mention, found again with a clitic', () => {
    expect(mentionsOf('وقالت منظمة أوكسفام إن الأثرياء ازدادوا ثراء. ولمنظمة أوكسفام مكاتب في عمان.')).toEqual(['منظمة أوكسفام', 'منظمة أوكسفام']);
  });

  test.each([
    ['وأسس الناشط منظمة مستقلة للدفاع عن الحقوق.'],
    ['ودعمت منظمة يمينية المرشح.'],
    ['وانضم إلى منظمة مجتمع مدني.'],
    ['وأعلنت منظمة تدعم اللاجئين عن حملة.'],
  ])('an adjective, a noun or a verb after the head is no name: %s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
});

describe('UN and development bodies the patterns cut, named by the lexicon', () => {
  test.each([
    ['وقالت هيئة الأمم المتحدة للمرأة إن النساء يدفعن الثمن.', 'هيئة الأمم المتحدة للمرأة'],
    ['وقال البنك الآسيوي للاستثمار في البنية التحتية إنه سيمول الميناء.', 'البنك الآسيوي للاستثمار في البنية التحتية'],
    ['وأعلن بنك التنمية الجديد عن قرض لجنوب أفريقيا.', 'بنك التنمية الجديد'],
  ])('%s', (text, body) => {
    expect(extract(text).organizations.find((entity) => entity.mentions.some((mention) => mention.text === body))?.kind).toBe('international');
  });
});
