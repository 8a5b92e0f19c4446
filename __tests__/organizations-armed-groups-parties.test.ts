// Lane t4 (session 18): armed movements and the parties of Africa and Asia, read from paragraphs of
// conflict and election news written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const facts = (text: string): [string, string | undefined, string | undefined][] =>
  organizationsOf(text).map((entity) => [entity.mentions.map((m) => m.text).join(' | '), entity.kind, entity.nationality]);

describe('armed movements of the Sahel and Sudan', () => {
  test.each([
    ['وقعت حركة العدل والمساواة اتفاقا للسلام في جوبا.', [['حركة العدل والمساواة', 'military', 'SD']]],
    ['ووقعت الحكومة اتفاقا مع حركة تحرير السودان في العاصمة.', [['حركة تحرير السودان', 'military', 'SD']]],
    ['وقالت الحركة الشعبية لتحرير السودان إنها ترفض الاتفاق.', [['الحركة الشعبية لتحرير السودان', 'military', 'SD']]],
    ['وهاجم مسلحون من جماعة نصرة الإسلام والمسلمين مواقع عسكرية.', [['جماعة نصرة الإسلام والمسلمين', 'military', 'ML']]],
    ['وقالت الحركة الوطنية لتحرير أزواد إنها سيطرت على المعسكر.', [['الحركة الوطنية لتحرير أزواد', 'military', 'ML']]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  test.each([
    // the words of a movement's name, not the name
    ['وشهدت الحركة الشعبية في الشوارع زخما كبيرا.'],
    ['وطالب المحتجون بالعدل والمساواة أمام القانون.'],
  ])('no body: %s', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('parties and movements of Asia and Yemen', () => {
  test.each([
    ['وانتقد حزب المؤتمر الهندي سياسات حزب بهاراتيا جاناتا الحاكم.', [['حزب المؤتمر الهندي', 'party', 'IN'], ['حزب بهاراتيا جاناتا', 'party', 'IN']]],
    ['وقالت رابطة عوامي إنها ستشارك في الانتخابات، وقاطع الحزب الوطني البنغلاديشي الاقتراع.', [['رابطة عوامي', 'party', 'BD'], ['الحزب الوطني البنغلاديشي', 'party', 'BD']]],
    ['وأعلن المؤتمر الشعبي العام دعمه للمبادرة، ورفضها المجلس الانتقالي الجنوبي.', [['المؤتمر الشعبي العام', 'party', 'YE'], ['المجلس الانتقالي الجنوبي', 'other', 'YE']]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});

describe('a head before a body the lexicon names without it is that body', () => {
  test.each([
    // the party's key and country, the head in the mention; a later bare name is the same party
    [
      'فاز حزب المؤتمر الوطني الأفريقي بأغلبية المقاعد. وقال المؤتمر الوطني الأفريقي إنه سيشكل الحكومة.',
      [['حزب المؤتمر الوطني الأفريقي | المؤتمر الوطني الأفريقي', 'party', 'ZA']],
    ],
    ['وقدم نادي الزمالك شكوى إلى الاتحاد. وقال الزمالك إنه سيستأنف.', [['نادي الزمالك | الزمالك', 'sports', 'EG']]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  test('a body of another kind after the head is no such body: the head’s reading stands', () => {
    // the lexicon's union is a body of states, no party
    expect(facts('وقال حزب الاتحاد الأفريقي الجديد إنه سيخوض الانتخابات.')).toEqual([['حزب الاتحاد الأفريقي', 'party', undefined]]);
  });
});
