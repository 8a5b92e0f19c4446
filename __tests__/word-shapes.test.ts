import { foldKey } from '../src/text/fold-key';
import { filteredSet, ShapeFilter, shapeOf } from '../src/text/word-shapes';

// written for this test: a few listed words, and everyday words no list here holds
const LISTED = ['غزة', 'القدس', 'نابلس', 'الخليل'].map(foldKey);
const UNLISTED = ['الكتاب', 'مدرسة', 'سيارة', 'الطريق', 'قال', 'وزير', 'الحكومة', 'اليوم', 'مساء', 'الشارع', 'بيت', 'الماء'].map(foldKey);

describe('shape filter: set after as many lookups as it holds words', () => {
  test('passes every word until then; afterwards passes every listed word and rules most others out', () => {
    const filter = new ShapeFilter(() => LISTED, LISTED.length);
    // the first lookups pass whatever they ask: the bits are not set yet
    for (let k = 0; k < LISTED.length - 1; k++) expect(filter.mayHold(shapeOf(UNLISTED[k]!))).toBe(true);
    // the lookup that sets the bits is answered by them
    expect(filter.mayHold(shapeOf(LISTED[0]!))).toBe(true);
    for (const word of LISTED) expect(filter.mayHold(shapeOf(word))).toBe(true);
    const passed = UNLISTED.filter((word) => filter.mayHold(shapeOf(word)));
    // 256 buckets for four words: an unlisted word passes seldom; most must be ruled out
    expect(passed.length).toBeLessThan(UNLISTED.length / 2);
  });

  test('a filtered table answers the same before and after its filter is set', () => {
    const table = filteredSet(LISTED);
    const ask = () => [...LISTED, ...UNLISTED].map((word) => table.has(word));
    const expected = [...LISTED.map(() => true), ...UNLISTED.map(() => false)];
    // the first round sets the filter part-way (after four lookups), the second runs wholly behind it
    expect(ask()).toEqual(expected);
    expect(ask()).toEqual(expected);
  });
});
