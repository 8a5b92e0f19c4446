// A currency word that is a measure where its currency is not settled: أوقية is Mauritania's ouguiya
// in a Mauritanian story and an ounce of gold elsewhere. Every sentence is written for these tests.
import { extract } from '../src/index';

const figures = (text: string) =>
  extract(text).figures.map((figure) => ({ text: figure.text, kind: figure.kind, value: figure.value, unit: figure.unit, unitSpan: figure.unitSpan?.text }));

describe('أوقية', () => {
  test("is the ouguiya in a Mauritanian story, or where the text names the currency", () => {
    expect(figures('نواكشوط - قالت الحكومة الموريتانية إن الميزانية بلغت 100 مليار أوقية.')).toEqual([
      { text: '100 مليار أوقية', kind: 'money', value: 100_000_000_000, unit: 'MRU', unitSpan: undefined },
    ]);
    expect(figures('وتراجعت الأوقية الموريتانية أمام اليورو، وبلغ متوسط الراتب 30 ألف أوقية.')).toEqual([
      { text: '30 ألف أوقية', kind: 'money', value: 30_000, unit: 'MRU', unitSpan: undefined },
    ]);
  });

  test('is an ounce elsewhere, its word the unit span', () => {
    expect(figures('أنتج المنجم الكندي 500 ألف أوقية من الذهب العام الماضي.')).toEqual([
      { text: '500 ألف أوقية', kind: 'measure', value: 500_000, unit: 'ozt', unitSpan: 'أوقية' },
    ]);
    expect(figures('واشترى المستثمر أوقيتين من الفضة.')).toEqual([{ text: 'أوقيتين', kind: 'measure', value: 2, unit: 'ozt', unitSpan: 'أوقيتين' }]);
  });

  test('a price per ounce is the price, and other ambiguous currencies stay as they were', () => {
    expect(figures('ارتفع سعر الذهب إلى 2400 دولار للأوقية.')).toEqual([
      { text: '2400 دولار', kind: 'money', value: 2400, unit: 'USD', unitSpan: undefined },
    ]);
    // a riyal in a story no country settles stays the word
    expect(figures('وبلغ سعر الكيس 45 ألف ريال.')).toEqual([{ text: '45 ألف ريال', kind: 'money', value: 45_000, unit: 'ريال', unitSpan: undefined }]);
  });
});
