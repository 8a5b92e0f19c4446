// Lane r5 (session 17): organizations in news khabar was not written for: a make ending in ا after a
// trade's noun, a stock index's shares, a club's name inside its stadium's. Every sentence is written
// for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentionsOf = (text: string, kind: Organization['kind']): string[] =>
  organizationsOf(text)
    .filter((entity) => entity.kind === kind)
    .flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('a make ending in ا after a noun of the trade is a company, no accusative', () => {
  test.each([
    ['وتراجعت مبيعات مازدا في السوق الأسترالية خلال الشتاء.', ['مازدا']],
    ['وقفزت أرباح شكودا بعد طرح طرازها الكهربائي الجديد.', ['شكودا']],
    ['وانخفضت إيرادات مازدا بسبب ارتفاع أسعار الشحن.', ['مازدا']],
  ])('%s', (text, companies) => {
    expect(mentionsOf(text, 'company')).toEqual(companies);
  });

  test.each([
    // a nisba's accusative is an adverb (`سنويا`), and after `أسهم`, a verb too, ا is still the accusative's
    ['وتحقق المجموعة مبيعات سنويا تقارب ملياري دولار.'],
    ['وأسهم كثيرا في إنجاح المعرض.'],
    ['واحتفظ المستثمر بما لديه من أسهم تحسبا لصعود الأسعار.'],
  ])('%s', (text) => {
    expect(mentionsOf(text, 'company')).toEqual([]);
  });
});

describe("a stock index's shares are no company", () => {
  test('a word the article writes after `مؤشر` is the index', () => {
    expect(mentionsOf('وأغلق مؤشر فوتسي على ارتفاع في لندن، وصعدت أسهم فوتسي الكبرى بقيادة البنوك.', 'company')).toEqual([]);
    expect(mentionsOf('وتقدم مؤشر نيكاي في طوكيو، بينما هبطت أسهم نيكاي التقنية.', 'company')).toEqual([]);
  });

  test('a brand the article names after no index noun is still a company', () => {
    expect(mentionsOf('وصعد مؤشر فوتسي أمس، وارتفعت أسهم ستيلانتيس بعد إعلان أرباحها.', 'company')).toEqual(['ستيلانتيس']);
  });
});

describe("a club's name inside a stadium's name is no mention of the club", () => {
  test('after a stadium noun and before one more name word', () => {
    const text = 'وفاز سلتيك الاسكتلندي على ضيفه أبردين بهدفين في الدوري، وأقيم اللقاء على ملعب سلتيك بارك أمام أربعين ألف متفرج.';
    expect(mentionsOf(text, 'sports')).toEqual(['سلتيك الاسكتلندي']);
  });

  test('the club named alone after the stadium noun is its own ground: the club', () => {
    expect(mentionsOf('وفاز الهلال على النصر بثلاثة أهداف على ملعب الهلال في الرياض.', 'sports')).toEqual(['الهلال', 'الهلال', 'النصر']);
    const text = 'وتغلب سلتيك الاسكتلندي على دندي بهدفين على ملعب سلتيك بهدف في كل شوط.';
    expect(mentionsOf(text, 'sports')).toEqual(['سلتيك الاسكتلندي', 'سلتيك']);
  });
});

describe("a force's noun with an adjective of its own is a club as a side of a match", () => {
  test.each([
    ['وتغلب الجيش الملكي على المغرب الفاسي بهدف نظيف في الدوري.', ['الجيش الملكي', 'المغرب الفاسي']],
    ['وتعادل الوداد مع مضيفه الجيش الملكي في الجولة الأخيرة.', ['الوداد', 'الجيش الملكي']],
  ])('%s', (text, clubs) => {
    expect(mentionsOf(text, 'sports')).toEqual(clubs);
  });

  test.each([
    // no match: the army; with its country's nisba, the army too; a force alone is no club
    ['وتقدم الجيش الملكي على المتمردين في الجبال الشرقية.'],
    ['وتغلب الجيش السوري على المسلحين في معركة استمرت ساعات.'],
    ['وتعادل الجيش مع المهاجمين في عدد القتلى خلال الشوط الأول من المعركة.'],
  ])('%s', (text) => {
    expect(mentionsOf(text, 'sports')).toEqual([]);
  });
});

describe("a host's verb ending in ه is read whole (`يواجه`)", () => {
  test('between the sides, a rival\'s noun', () => {
    expect(mentionsOf('يواجه الرجاء ضيفه الوداد في قمة الجولة العاشرة من الدوري.', 'sports')).toEqual(['الرجاء', 'الوداد']);
  });

  test('bare rivals in a sentence with no match word are guests of state', () => {
    expect(mentionsOf('يواجه الرئيس ضيفه الأمريكي بأسئلة عن الرسوم الجمركية.', 'sports')).toEqual([]);
    expect(organizationsOf('واستقبل الملك ضيفه في القصر، وأقام مضيفه مأدبة غداء على شرفه.')).toEqual([]);
  });
});

describe("a first side of foreign words takes its country's nisba of two words", () => {
  test('the name and the nisba, the nationality from it', () => {
    const entity = organizationsOf('وفاز صن داونز الجنوب أفريقي على ضيفه الأهلي بهدفين في دوري الأبطال.').find((e) => e.kind === 'sports' && e.nationality === 'ZA');
    expect(entity?.mentions.map((m) => m.text)).toEqual(['صن داونز الجنوب أفريقي']);
  });

  test('four words before the preposition that end in no nisba are no side', () => {
    expect(mentionsOf('وفاز حزب العمال الجديد اليوم على منافسه بأغلبية في الانتخابات والدوري.', 'sports')).toEqual([]);
  });
});

describe('a hospital named by a well-known city, as a university is', () => {
  test.each([
    ['وقال مدير مستشفى القاهرة الجامعي إن المصابين في حالة مستقرة.', ['مستشفى القاهرة الجامعي']],
    ['وعملت ممرضة في مستشفى دمشق عشرين عاما.', ['مستشفى دمشق']],
    ['ونقلت الحالات الحرجة إلى مستشفى غزة الأوروبي في خان يونس.', ['مستشفى غزة الأوروبي']],
  ])('%s', (text, names) => {
    expect(organizationsOf(text).flatMap((entity) => entity.mentions.map((m) => m.text))).toEqual(names);
  });

  test.each([
    // what it treats, a word, a hospital somewhere: no name
    ['ونقل الرضيع إلى مستشفى الأطفال في حلب.'],
    ['ونقل المصاب إلى مستشفى المدينة لتلقي العلاج.'],
    ['ونقلت الجريحة إلى مستشفى في القاهرة.'],
  ])('%s', (text) => {
    expect(organizationsOf(text)).toEqual([]);
  });
});

describe("a supreme body with في and a country is that country's", () => {
  test('the nationality from the country, which stays a place outside the name', () => {
    const result = extract('وقضت المحكمة الاتحادية العليا في العراق بعدم دستورية التعديل.');
    expect(result.organizations.map((entity) => [entity.mentions[0]!.text, entity.nationality])).toEqual([['المحكمة الاتحادية العليا', 'IQ']]);
    expect(result.places.map((place) => place.mentions[0]!.text)).toEqual(['العراق']);
  });

  test('a city after في, or a country later in the sentence, gives none', () => {
    expect(organizationsOf('وقضت المحكمة الإدارية العليا في الإسكندرية بوقف القرار.').map((entity) => entity.nationality)).toEqual([undefined]);
    expect(organizationsOf('وقضت المحكمة الإدارية العليا بوقف القرار في الأردن.').map((entity) => entity.nationality)).toEqual([undefined]);
  });
});

describe("a rival named by its noun alone, or by an epithet", () => {
  test.each([
    ['وتغلب الوداد على ضيفه بهدفين في الدوري.', ['الوداد']],
    ['وخسر الأهلي أمام مضيفه بهدف نظيف.', ['الأهلي']],
    // an epithet is no club's name: the side after it is (`المتصدر النصر`), or none
    ['وفاز الرجاء على ضيفه الثقيل بثلاثة أهداف.', ['الرجاء']],
    ['وفاز الهلال على مضيفه المتصدر النصر بهدفين.', ['الهلال', 'النصر']],
  ])('%s', (text, clubs) => {
    expect(mentionsOf(text, 'sports')).toEqual(clubs);
  });

  test.each([
    // no goal scored: an election's round, a visit; `بهدف` before a definite word is "in order to"
    ['وفاز المرشح على منافسه في الجولة الثانية من الانتخابات.'],
    ['واستقبل الملك ضيفه في القصر الملكي بالرباط.'],
    ['وفاز الحزب على منافسه بهدف الوصول إلى الأغلبية في الجولة الأولى.'],
  ])('%s', (text) => {
    expect(mentionsOf(text, 'sports')).toEqual([]);
  });
});
