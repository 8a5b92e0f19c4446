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
