import { createExtractor, extract } from '../src/index';
import type { Extraction } from '../src/index';
import { pieces } from '../src/extract/pieces';
import { seedArticles } from './helpers';

function expectMentionsSlice(source: string, result: Extraction) {
  const spans = [
    ...result.figures,
    ...result.dates,
    ...[...result.people, ...result.places, ...result.organizations].flatMap((e) => e.mentions),
  ];
  for (const m of spans) expect(source.slice(m.start, m.end)).toBe(m.text);
}

describe('extract: the contract', () => {
  test('returns every category as an array', () => {
    const result = extract('خبر قصير');
    for (const key of ['people', 'places', 'organizations', 'figures', 'dates'] as const) {
      expect(Array.isArray(result[key])).toBe(true);
    }
  });
  test('an empty string gives empty results', () => {
    const result = extract('');
    expect([result.people, result.places, result.organizations, result.figures, result.dates].every((a) => a.length === 0)).toBe(true);
  });
  test('reports which reference date it used', () => {
    expect(extract('نص', { referenceDate: '2020-11-16' }).reference).toMatchObject({ value: '2020-11-16', source: 'option' });
    expect(extract('نص', { referenceDate: new Date(Date.UTC(2021, 0, 3, 22)) }).reference.value).toBe('2021-01-03');
  });
  test.each(seedArticles().map((a) => [a.name, a.text]))('every mention slices to its text on seed %s', (_n, text) => {
    expectMentionsSlice(text, extract(text));
  });
});

describe('extract: bad input', () => {
  test('a non-string text throws a TypeError saying what was passed', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(new TypeError('extract() expects a string as its first argument, got undefined'));
    expect(() => extract({ text: 'x' } as unknown as string)).toThrow(/got an object/);
  });
  test('options must be an object with known names', () => {
    expect(() => extract('x', '2020-01-01' as never)).toThrow(TypeError);
    expect(() => extract('x', { refDate: '2020-01-01' } as never)).toThrow(/unknown option "refDate"/);
  });
  test('an invalid referenceDate throws a RangeError that says so', () => {
    expect(() => extract('x', { referenceDate: new Date('x') })).toThrow(RangeError);
    expect(() => extract('x', { referenceDate: 'yesterday' })).toThrow(/"referenceDate" must be an ISO 8601 date/);
    expect(() => extract('x', { referenceDate: '2021-02-30' })).toThrow(RangeError);
    expect(() => extract('x', { referenceDate: 20210101 as never })).toThrow(TypeError);
  });
});

describe('extract: long texts are read in pieces', () => {
  const [first] = seedArticles();
  const single = extract(first!.text);
  const copies = 200;
  const long = Array.from({ length: copies }, () => first!.text).join('\n\n');
  const result = extract(long);

  test('the text is long enough to need several pieces', () => {
    expect(pieces(long).length).toBeGreaterThan(2);
  });
  test('every figure and date of every copy is found, with exact offsets', () => {
    expect(result.figures).toHaveLength(single.figures.length * copies);
    expect(result.dates).toHaveLength(single.dates.length * copies);
    expectMentionsSlice(long, result);
  });
  test('one person stays one entity across pieces', () => {
    expect(result.people.map((p) => p.name)).toEqual(single.people.map((p) => p.name));
    expect(result.people[0]!.mentions).toHaveLength(single.people[0]!.mentions.length * copies);
  });
});

describe('extract: people across pieces', () => {
  test('a surname alone in a later piece joins the full name from an earlier one', () => {
    const filler = Array.from({ length: 3000 }, () => 'وتستمر الأمطار في الهطول على المدن الساحلية.').join('\n\n');
    const text = `قال الرئيس الأمريكي جو بايدن إن الاقتصاد يتعافى.\n\n${filler}\n\nوأضاف بايدن أن البطالة تراجعت.`;
    expect(pieces(text).length).toBeGreaterThan(1);
    const people = extract(text).people;
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions.map((m) => m.text)).toEqual(['جو بايدن', 'بايدن']);
  });
});

describe('pieces', () => {
  test('cuts at paragraph breaks, else line breaks, else spaces, and covers the whole text', () => {
    const text = 'أ ب\n\nج د\nه و ز ح';
    const cut = pieces(text, 3);
    expect(cut[0]![0]).toBe(0);
    expect(cut[cut.length - 1]![1]).toBe(text.length);
    cut.forEach(([from, to], k) => {
      expect(to).toBeGreaterThan(from);
      if (k > 0) expect(from).toBe(cut[k - 1]![1]);
      if (k < cut.length - 1) expect([' ', '\n']).toContain(text[to]);
    });
  });
  test('a line with no break is cut after a sentence, else between words, else not after a number', () => {
    const cutText = (text: string, size: number) => pieces(text, size).map(([from, to]) => text.slice(from, to));
    // a sentence's end after the size wins over the spaces before it
    expect(cutText('أ ب ج. د ه', 3)[0]).toBe('أ ب ج.');
    // no sentence end: a space with no digit beside it, not the one inside 5 آلاف
    expect(cutText('قتل 5 آلاف شخص', 5)[0]).toBe('قتل 5 آلاف');
    // spaces all beside digits: not the one between a number and its unit
    expect(cutText('1 م 2 م 3 م', 2)[0]).toBe('1 م');
  });
  test('a line is cut where a space-by-space reading of the same preferences cuts it', () => {
    // the preferences read one space at a time, as a reference for random lines of a few characters
    const expected = (text: string, size: number): number[] => {
      const cuts: number[] = [];
      let from = 0;
      while (text.length - from > size) {
        const at = from + size;
        const to = Math.min(text.length, at + size);
        const spaces: number[] = [];
        for (let k = at; k <= to; k++) if (text[k] === ' ') spaces.push(k);
        const digit = (k: number) => /[0-9٠-٩]/.test(text[k] ?? '');
        const cut =
          spaces.find((k) => '.!?؟…۔'.includes(text[k - 1]!)) ??
          spaces.find((k) => !digit(k - 1) && !digit(k + 1)) ??
          spaces.find((k) => !digit(k - 1)) ??
          spaces[0] ??
          // no space: where a number follows an Arabic letter, from half the size on
          firstFrom(text, to, Math.max(1, from + Math.floor(size / 2)), (k) => digit(k) && letter(k - 1), (k) => letter(k - 2) && mark(k - 1) && letter(k));
        if (cut === undefined || cut < 0) break;
        cuts.push(cut);
        from = cut;
      }
      return cuts;
    };
    const letter = (k: number) => /[مب]/.test(text_[k] ?? '');
    const mark = (k: number) => /[.؟]/.test(text_[k] ?? '');
    let text_ = '';
    // the first offset in [from, to) where the first test holds, else where the second does, else -1
    const firstFrom = (text: string, to: number, from: number, ...tests: Array<(k: number) => boolean>) => {
      text_ = text;
      for (const test of tests) for (let k = from; k < to; k++) if (test(k)) return k;
      return -1;
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = ['1', '٣', 'م', 'ب', ' ', ' ', '.', '؟'];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 40) }, () => letters[Math.floor(random() * letters.length)]).join('');
      const size = 2 + Math.floor(random() * 5);
      expect([text, pieces(text, size).slice(1).map(([from]) => from)]).toEqual([text, expected(text, size)]);
    }
  });
  test('a long line of numbers and units keeps every unit with its number', () => {
    const figures = extract('1 م '.repeat(20_000)).figures;
    expect(pieces('1 م '.repeat(20_000)).length).toBeGreaterThan(1);
    expect(figures).toHaveLength(20_000);
    expect(figures.filter((figure) => figure.unit !== 'm')).toEqual([]);
  });
  test('text dense in spaces is cut in pieces of a third of the size, prose is not', () => {
    const lengths = (text: string) => pieces(text).map(([from, to]) => to - from);
    // a space every other character: 40,000 characters in pieces of about 10,000
    const dense = lengths('1 م '.repeat(10_000));
    expect(dense.length).toBeGreaterThanOrEqual(3);
    expect(dense[0]).toBeLessThanOrEqual(10_004);
    expect(dense[1]).toBeLessThanOrEqual(10_004);
    // a space every sixth character, as in news: one piece of 30,000 and the rest
    const prose = lengths('كلمات '.repeat(7_000));
    expect(prose).toHaveLength(2);
    expect(prose[0]).toBeGreaterThanOrEqual(30_000);
  });
  test('a text with no white space is cut where a number follows an Arabic letter, from half the size on', () => {
    const text = 'م'.repeat(5) + '12م3م45م';
    const cut = pieces(text, 4);
    expect(cut.map(([from, to]) => text.slice(from, to))).toEqual(['ممممم', '12م', '3م', '45م']);
  });
  test('every piece holds at least a character, whatever the size', () => {
    // with a size of 1, half the size is 0: the cut was searched for from the piece's own start,
    // found there, and the same empty piece was cut again and again
    const text = 'م1م2م3';
    for (const size of [1, 2, 3]) {
      const cut = pieces(text, size);
      expect(cut.every(([from, to]) => to > from)).toBe(true);
      expect(cut.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
    }
  });
  test('else after a mark of punctuation between two letters, from half the size on', () => {
    const cutText = (text: string, size: number) => pieces(text, size).map(([from, to]) => text.slice(from, to));
    // from half the size (2) on
    expect(cutText('a.b.c.d.e.f', 4)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.f']);
    expect(cutText('سلام/كلام/ختام', 5)).toEqual(['سلام/', 'كلام/', 'ختام']);
    // not inside a number, nor between a letter and a digit
    expect(pieces('1.5.2.7.9.3.4', 4)).toEqual([[0, 13]]);
    expect(pieces('ab.1.cd.2', 2)).toEqual([[0, 9]]);
    // a mark, not a combining vowel or a joiner
    expect(pieces('بَ\u200cبَ\u200cبَ\u200cبَ', 3)).toHaveLength(1);
  });
  test('a megabyte of letters and dots with no space is read in pieces, its spans exact', () => {
    const text = 'a.'.repeat(500_000) + '@';
    const cut = pieces(text);
    expect(cut.length).toBeGreaterThan(30);
    expect(cut.every(([from, to]) => to - from <= 30_000)).toBe(true);
    expect(cut.map(([from, to]) => text.slice(from, to)).join('')).toBe(text);
  });
  test('a text with no white space and no such place stays whole from there on', () => {
    const text = 'ب'.repeat(20);
    expect(pieces(text, 4)).toEqual([[0, 20]]);
  });
  test('a long run of numbers and letters with no space reads like a short one, piece by piece', () => {
    const unit = '1م';
    const long = unit.repeat(40_000);
    expect(pieces(long).length).toBeGreaterThan(1);
    const short = extract(unit.repeat(3)).figures[1]!;
    const figures = extract(long).figures;
    expect(figures).toHaveLength(40_000);
    // 1م is one metre (no length word, no plausible year): its unit's span shifts with it
    const span = short.unitSpan!;
    figures.forEach((figure, k) => {
      const shift = unit.length * (k - 1);
      const unitSpan = { ...span, start: span.start + shift, end: span.end + shift };
      expect(figure).toEqual({ ...short, start: short.start + shift, end: short.end + shift, unitSpan });
    });
  });
  test('a short text is one piece', () => {
    expect(pieces('نص قصير')).toEqual([[0, 7]]);
  });
});

describe('extract: text of numbers and their units only', () => {
  // the entity stage is passed over where no token could be part of a name: these check that what
  // is passed over held no name, and that a word anywhere, or a caller's lexicon, still has it read
  const noEntities = (text: string) => {
    const result = extract(text);
    return [...result.people, ...result.places, ...result.organizations];
  };
  test('a table of numbers, units and marks has figures and no entity', () => {
    const table = '15 م، 17 م - 3.5 % ؛ 1م2م 40 كم\n12,5 %';
    expect(noEntities(table)).toEqual([]);
    expect(extract(table).figures.map((figure) => figure.value)).toEqual(expect.arrayContaining([17, 3.5, 40]));
  });
  test('one word after the numbers is read', () => {
    expect(extract('5 م 7 م في القاهرة').places.map((place) => place.name)).toEqual(['القاهرة']);
    expect(extract('12 % 9 كم وزار الرئيس الفرنسي إيمانويل ماكرون').people).toHaveLength(1);
  });
  test('a letter alone that follows no number is read as a word', () => {
    // و here opens the next words, which name a place
    expect(extract('1م 2م و بيروت').places.map((place) => place.name)).toEqual(['بيروت']);
  });
  test("a caller's lexicon is always read", () => {
    const withName = createExtractor({ lexicon: { organizations: [{ name: '7 م', kind: 'company' }] } });
    expect(withName('12 ، 7 م').organizations.map((body) => body.name)).toEqual(['7 م']);
  });
});

describe('extract: an organization’s name owns its words', () => {
  test('a number inside a name is no figure', () => {
    const result = extract('أعلنت مجموعة السبع عن حزمة مساعدات جديدة');
    expect(result.organizations.map((o) => o.mentions[0]!.text)).toEqual(['مجموعة السبع']);
    expect(result.figures).toEqual([]);
  });

  test('a number beside the name is still one', () => {
    const result = extract('قالت مجموعة السبع إن 30 دولة ستنضم إلى الخطة');
    expect(result.figures.map((f) => [f.text, f.value])).toEqual([['30', 30]]);
  });
});

describe("extract: a person's name owns its words", () => {
  test('a number word inside a name is no figure', () => {
    const result = extract('قال الطبيب الجراح غسان أبو ستة إن المستشفى امتلأ بالجرحى');
    expect(result.people.map((p) => p.name)).toEqual(['غسان أبو ستة']);
    expect(result.figures).toEqual([]);
  });

  test('the same number word outside a name counts', () => {
    const result = extract('وصل أبو ستة أطفال إلى المدرسة متأخرا، وأصيب ستة أشخاص في الحادث');
    expect(result.figures.map((f) => [f.text, f.value])).toEqual([
      ['ستة', 6],
      ['ستة', 6],
    ]);
  });
});
