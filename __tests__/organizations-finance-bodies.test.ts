// Lane t4 (session 18): development banks and central banks, read from paragraphs of economic news
// written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const kinds = (text: string): [string, string, string | undefined][] =>
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
