// Lane t4 (session 18): development banks and central banks, read from paragraphs of economic news
// written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const kinds = (text: string): [string, string | undefined, string | undefined][] =>
  organizationsOf(text).map((entity) => [entity.mentions[0]!.text, entity.kind, entity.nationality]);

describe('a region’s development or monetary bank or fund is international', () => {
  test.each([
    ['أقر بنك التنمية الأفريقي قرضا بقيمة مئتي مليون دولار لمشروعات الطاقة.', [['بنك التنمية الأفريقي', 'international', undefined]]],
    ['وقال البنك الإسلامي للتنمية إنه سيشارك في تمويل الطريق.', [['البنك الإسلامي للتنمية', 'international', undefined]]],
    ['وقال صندوق النقد العربي إنه سيصدر تقريره الشهر المقبل.', [['صندوق النقد العربي', 'international', undefined]]],
    ['وأعلن بنك الاستثمار الأوروبي عن قرض جديد للمدن الساحلية.', [['بنك الاستثمار الأوروبي', 'international', undefined]]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // a state's fund: its country's nisba
    ['قال الصندوق الكويتي للتنمية الاقتصادية العربية إنه سيمول المشروع.', [['الصندوق الكويتي للتنمية الاقتصادية العربية', 'other', 'KW']]],
    ['وأعلن بنك الاستثمار العربي الأردني عن أرباحه السنوية.', [['بنك الاستثمار العربي الأردني', 'company', 'JO']]],
    // no region's adjective: whichever bank of development
    ['وقال البنك الأهلي للتنمية إن أرباحه ارتفعت.', [['البنك الأهلي للتنمية', 'other', undefined]]],
  ])('not international: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('a central bank named by its country alone is that state’s central bank', () => {
  test.each([
    ['أبقى بنك إنجلترا على سعر الفائدة دون تغيير.', 'بنك إنجلترا', 'GB'],
    ['وأعلن بنك الشعب الصيني خفض نسبة الاحتياطي الإلزامي.', 'بنك الشعب الصيني', 'CN'],
    ['وقال بنك المغرب إن التضخم تراجع في الربع الأخير.', 'بنك المغرب', 'MA'],
  ])('%s', (text, mention, country) => {
    const [bank] = organizationsOf(text);
    expect(bank?.mentions.map((m) => m.text)).toEqual([mention]);
    expect(bank?.kind).toBe('agency');
    expect(bank?.nationality).toBe(country);
  });

  test('one entity with the bank named by its head, adjective and nisba', () => {
    const text = 'رفع البنك المركزي الياباني سعر الفائدة. وقال بنك اليابان إن التضخم سيتراجع.';
    expect(organizationsOf(text).map((bank) => bank.mentions.map((m) => m.text))).toEqual([['البنك المركزي الياباني', 'بنك اليابان']]);
  });

  test('a commercial bank named by its country stays a company', () => {
    const [bank] = organizationsOf('وقال بنك مصر إن أرباحه ارتفعت هذا العام.');
    expect(bank?.mentions.map((m) => m.text)).toEqual(['بنك مصر']);
    expect(bank?.kind).toBe('company');
  });
});

test('Saudi Arabia’s central bank under its former name is the national body', () => {
  const [bank] = organizationsOf('وقالت مؤسسة النقد العربي السعودي إن الودائع المصرفية ارتفعت.');
  expect([bank?.mentions[0]?.text, bank?.kind, bank?.nationality]).toEqual(['مؤسسة النقد العربي السعودي', 'agency', 'SA']);
});
