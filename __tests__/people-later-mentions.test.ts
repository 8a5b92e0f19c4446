// How news refers again to a person it has named in full: names ending in the name of God, surnames
// that are everyday words, and two people of one family name.
// Sentences composed for these tests; read with the rules alone (model: false), which decide these
// readings.
import { extract } from '../src/index';

/** Each person's name and the texts of its mentions, after checking every mention's offsets. */
function mentions(text: string): Array<[string, string[]]> {
  const result = extract(text, { model: false });
  for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.people.map((p) => [p.name, p.mentions.map((m) => m.text)]);
}

describe('people: what a family name alone is not', () => {
  test('الله is no mention of a name a compound with it ends (حسن نصر الله)', () => {
    const text = 'قال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة. وأضاف نصر الله أن النصر من عند الله وحده.';
    expect(mentions(text)).toEqual([['حسن نصر الله', ['حسن نصر الله', 'نصر الله']]]);
  });
  test('a compound of the name of God is the surname alone, but not after a preposition', () => {
    const text =
      'قال المرجع الديني محمد حسين فضل الله إن الوحدة واجبة. ودعا فضل الله إلى الحوار، وأيده أنصار فضل الله. والحمد لله على فضل الله.';
    expect(mentions(text)).toEqual([['محمد حسين فضل الله', ['محمد حسين فضل الله', 'فضل الله', 'فضل الله']]]);
  });
  test('a surname that is an everyday word is the person only as a reporting verb\'s subject or opening a sentence', () => {
    const text = 'كلف الرئيس اللبناني القاضي نواف سلام بتشكيل الحكومة. وقال سلام إن الحكومة ستعمل من أجل اتفاق سلام دائم.';
    expect(mentions(text)).toEqual([['نواف سلام', ['نواف سلام', 'سلام']]]);
    const happy = 'قال الرئيس التونسي قيس سعيد إن الإصلاح مستمر. وقال المدرب إنه سعيد بالفوز على الترجي.';
    expect(mentions(happy)).toEqual([['قيس سعيد', ['قيس سعيد']]]);
    const blessed = 'قال الرئيس المصري حسني مبارك إن السلام خيار. وكان مبارك قد هنأ المواطنين بحلول عيد مبارك.';
    expect(mentions(blessed)).toEqual([['حسني مبارك', ['حسني مبارك', 'مبارك']]]);
  });
  test('two people of one family name stay two, and the name alone is the one named first', () => {
    const text =
      'قال سيف الإسلام القذافي نجل الزعيم الليبي الراحل معمر القذافي إنه سيترشح للرئاسة. وأضاف القذافي أن ليبيا تحتاج إلى المصالحة.';
    expect(mentions(text)).toEqual([
      ['سيف الإسلام القذافي', ['سيف الإسلام القذافي', 'القذافي']],
      ['معمر القذافي', ['معمر القذافي']],
    ]);
  });
});
