// The Maghreb press decimal: ر between two digit runs, no space. Its runs are stored fraction first
// (the order they are displayed from the right), so 5ر1 is 1.5. Anything else with a ر stays apart.
import { readDigits } from '../src/figures/digits';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';
import { figuresIn, onlyFigure } from './figures-helpers';

const tokensOf = (text: string) => tokenizeNormalized(normalize(text)).map((t) => [t.text, t.kind]);

describe('Maghreb decimal ر: one number', () => {
  test('tokens: digits ر digits is one number token, in any digit script', () => {
    expect(tokensOf('نحو 5ر1 مليار')).toEqual([['نحو', 'word'], ['5ر1', 'number'], ['مليار', 'word']]);
    expect(tokensOf('٥ر١')).toEqual([['٥ر١', 'number']]);
  });
  test('readDigits: the run after ر is the integer, the run before it the fraction', () => {
    expect(readDigits('5ر1')).toEqual({ value: 1.5, integerDigits: 1, grouped: false, decimal: true, leadingZero: false });
    expect(readDigits('65ر12')!.value).toBe(12.65);
    expect(readDigits('05ر3')!.value).toBe(3.05);
    expect(readDigits('٧٥ر٠')!.value).toBe(0.75);
  });
  test('figures: with a scale, a currency, a percent sign', () => {
    expect(onlyFigure('تتوقع الحكومة عجزا يناهز 5ر1 مليار درهم')).toMatchObject({ text: '5ر1 مليار درهم', value: 1.5e9 });
    expect(onlyFigure('أغلق سعر السهم على 30ر8 دولار')).toMatchObject({ text: '30ر8 دولار', value: 8.3, unit: 'USD' });
    expect(onlyFigure('تراجع المؤشر بنسبة 25ر3%')).toMatchObject({ text: '25ر3%', value: 3.25, unit: 'percent' });
  });
});

describe('Maghreb decimal ر: what stays apart', () => {
  test('a spaced ر is a letter between two numbers', () => {
    expect(tokensOf('3 ر 5').map(([, kind]) => kind)).toEqual(['number', 'word', 'number']);
  });
  test('ر before a word, or with digits on one side only', () => {
    expect(tokensOf('5رجال')).toEqual([['5', 'number'], ['رجال', 'word']]);
    expect(tokensOf('5ر و ر5').map(([text]) => text)).toEqual(['5', 'ر', 'و', 'ر', '5']);
  });
  test('a number with another separator does not take a ر decimal', () => {
    expect(tokensOf('1,500ر5').map(([text]) => text)).toEqual(['1,500', 'ر', '5']);
    expect(tokensOf('5ر1.5').map(([text]) => text)).toEqual(['5', 'ر', '1.5']);
    expect(figuresIn('دفع 1,500ر5 لاحقا').map((f) => f.value)).not.toContain(1500.5);
  });
});
