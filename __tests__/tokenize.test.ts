import { tokenize, type Token } from '../src/text/tokenize';
import { seedArticles } from './helpers';

const split = (word: string) => {
  const [t] = tokenize(word);
  return t ? [t.prefix, t.stem, t.suffix] : null;
};
const texts = (s: string) => tokenize(s).map((t) => t.text);
const kinds = (s: string) => tokenize(s).map((t) => `${t.text}:${t.kind}`);

function expectExactOffsets(source: string, tokens: Token[]) {
  for (const t of tokens) {
    expect(source.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeLessThanOrEqual(t.stemStart);
    expect(t.stemEnd).toBeLessThanOrEqual(t.end);
  }
}

describe('tokenize: kinds and boundaries', () => {
  test('Arabic punctuation always splits from words', () => {
    expect(texts('قال،ثم سأل؟ نعم؛ «حسنا» “تمام”')).toEqual(['قال', '،', 'ثم', 'سأل', '؟', 'نعم', '؛', '«', 'حسنا', '»', '“', 'تمام', '”']);
  });
  test('numbers keep separators only between digits', () => {
    expect(kinds('دفع 1,500 ثم 2.5 ثم ١٬٢٠٠ و٣٫٧، ثم 10.')).toEqual([
      'دفع:word', '1,500:number', 'ثم:word', '2.5:number', 'ثم:word', '١٬٢٠٠:number', 'و:word', '٣٫٧:number',
      '،:punctuation', 'ثم:word', '10:number', '.:punctuation',
    ]);
  });
  test('a digit run and an Arabic letter split (2021م) and a clock time is number : number', () => {
    expect(kinds('2021م 09:30')).toEqual(['2021:number', 'م:word', '09:number', '::punctuation', '30:number']);
  });
  test('Latin words, URLs and emails', () => {
    expect(kinds('زوروا https://example.com/a?b=1. أو www.news.org و info@example.org و COVID-19 G20')).toEqual([
      'زوروا:word', 'https://example.com/a?b=1:url', '.:punctuation', 'أو:word', 'www.news.org:url', 'و:word', 'info@example.org:email',
      'و:word', 'COVID:latin', '-:punctuation', '19:number', 'G20:latin',
    ]);
  });
  test('symbols, emoji and other scripts', () => {
    expect(kinds('20% $ € 😀 Путин 東京')).toEqual(['20:number', '%:symbol', '$:symbol', '€:symbol', '😀:symbol', 'Путин:other', '東京:other']);
  });
  test('repeated dots are one token', () => {
    expect(texts('انتهى... ثم')).toEqual(['انتهى', '...', 'ثم']);
  });
  test('diacritics, tatweel and zero-width characters stay inside the word', () => {
    const source = 'الرَّئِيسُ بـيروت قره\u200cباغ';
    const tokens = tokenize(source);
    expect(tokens.map((t) => t.text)).toEqual(['الرَّئِيسُ', 'بـيروت', 'قره\u200cباغ']);
    expect(tokens.map((t) => t.norm)).toEqual(['الرئيس', 'بيروت', 'قرهباغ']);
    expectExactOffsets(source, tokens);
  });
  test('a lone surrogate is its own token and offsets still hold', () => {
    const source = 'نص\ud800نص';
    const tokens = tokenize(source);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'other', 'word']);
    expectExactOffsets(source, tokens);
  });
});

describe('tokenize: clitic split (positive)', () => {
  test.each([
    ['وأرمينيا', ['و', 'ارمينيا', '']],
    ['لأذربيجان', ['ل', 'اذربيجان', '']],
    ['والرئيس', ['وال', 'رئيس', '']],
    ['بالمدينة', ['بال', 'مدينه', '']],
    ['للجنود', ['لل', 'جنود', '']],
    ['للجنة', ['ل', 'لجنه', '']],
    ['وسيعقد', ['وس', 'يعقد', '']],
    ['فقال', ['ف', 'قال', '']],
    ['كتابهم', ['', 'كتاب', 'هم']],
    ['قواتهما', ['', 'قوات', 'هما']],
    ['حكومته', ['', 'حكومت', 'ه']],
    ['وبلادنا', ['و', 'بلاد', 'نا']],
    ['عليها', ['', 'علي', 'ها']],
    ['منكم', ['', 'من', 'كم']],
    ['كلهم', ['', 'كل', 'هم']],
    ['وبينهما', ['و', 'بين', 'هما']],
    ['بشأن', ['ب', 'شان', '']],
    // ل + ال is written لل: after a preposition's ل, ال starts the stem
    ['لالتزام', ['ل', 'التزام', '']],
    ['ولاليبيلا', ['ول', 'اليبيلا', '']],
    ['لاستعادة', ['ل', 'استعاده', '']],
    // no preposition comes before إلى: ب ك ل + الي is one word (Bali, Cali), and و or ف before إلى still splits
    ['بالي', ['', 'بالي', '']],
    ['وبالي', ['و', 'بالي', '']],
    ['كالي', ['', 'كالي', '']],
    ['والى', ['و', 'الي', '']],
    ['فإلى', ['ف', 'الي', '']],
    ['بالية', ['ب', 'اليه', '']],
  ])('%s → %j', (word, expected) => {
    expect(split(word)).toEqual(expected);
  });
});

describe('tokenize: clitic split (words that only look clitic-bearing)', () => {
  test.each([
    'بلجيكا', 'لبنان', 'فرنسا', 'كندا', 'وزير', 'بغداد', 'فلسطين', 'وزارة', 'وكالة', 'ولاية', 'بيان', 'كانت', 'لجنة',
    'سيارة', 'سياسة', 'فبراير', 'كيلومتر', 'الذي', 'التي', 'الله', 'آلاف', 'ألفين', 'إلى', 'الى', 'الاف',
  ])('%s stays whole', (word) => {
    const [t] = tokenize(word);
    expect(t!.prefix).toBe('');
    expect(t!.suffix).toBe('');
  });
  test.each([
    ['حكومة', 'ة is not the pronoun ه'],
    ['كورونا', 'a long vowel before نا'],
    ['اتجاه', 'a long vowel before ه'],
    ['الروسي', 'ي is never split'],
    ['مدينتها', 'keeps ها'],
    ['الكتابه', 'no pronoun after the article'],
    ['درهم', 'too short to hold a pronoun'],
    ['يمكن', 'too short to hold a pronoun'],
  ])('%s: %s', (word) => {
    const [t] = tokenize(word);
    if (word === 'مدينتها') expect(t!.suffix).toBe('ها');
    else expect(t!.suffix).toBe('');
  });
  test('a country inside a conjunction keeps its own first letter (وفرنسا, وبلجيكا)', () => {
    expect(split('وفرنسا')).toEqual(['و', 'فرنسا', '']);
    expect(split('وبلجيكا')).toEqual(['و', 'بلجيكا', '']);
    expect(split('ولبنان')).toEqual(['و', 'لبنان', '']);
  });
  test('a given name that is also a word stays whole, and keeps its own first letter after و', () => {
    expect(split('كريم')).toEqual(['', 'كريم', '']);
    expect(split('كمال')).toEqual(['', 'كمال', '']);
    expect(split('وكريم')).toEqual(['و', 'كريم', '']);
  });
  test('the stem offsets leave out the proclitic in the original text', () => {
    const source = 'ووصل إلى وأَرْمينيا';
    const t = tokenize(source)[2]!;
    expect(source.slice(t.stemStart, t.stemEnd)).toBe('أَرْمينيا');
  });
  test('remembered splits answer as fresh ones: words that fold alike stay apart, in any order', () => {
    // رئيسه/رئيسة and الكتاب/ألكتاب fold to one form but split differently (ة is no pronoun, أ no
    // article); splits are remembered across calls, so each order must give the same answers
    const parts = (text: string) => tokenize(text).map((t) => [t.prefix, t.stem, t.suffix]);
    const pronoun = [['', 'رئيس', 'ه'], ['ال', 'كتاب', '']];
    const whole = [['', 'رئيسه', ''], ['', 'الكتاب', '']];
    for (const order of [['رئيسه الكتاب', 'رئيسة ألكتاب'], ['رئيسة ألكتاب', 'رئيسه الكتاب']]) {
      for (const text of [...order, ...order]) expect(parts(text)).toEqual(text.startsWith('رئيسه') ? pronoun : whole);
    }
  });
  test('remembered splits stay right once the memory fills and starts over, and for words too long to remember', () => {
    const parts = (text: string) => tokenize(text).map((t) => `${t.prefix}+${t.stem}+${t.suffix}`);
    const sample = 'والكتاب بالمدرسة للجنود منها سيكون كتابهم ' + 'و' + 'ب'.repeat(300) + 'ها';
    const before = parts(sample);
    expect(before.slice(0, 6)).toEqual(['وال+كتاب+', 'بال+مدرسه+', 'لل+جنود+', '+من+ها', 'س+يكون+', '+كتاب+هم']);
    expect(before[6]).toBe(`وب+${'ب'.repeat(299)}+ها`);
    // more distinct words than the memory holds (50,000): it starts over at least once
    const letters = 'بتثجحخدذرزشصضطظعغقمن';
    const many: string[] = [];
    for (let k = 0; many.length < 60_000; k++) {
      let word = 'وال';
      for (let rest = k; word.length < 7 || rest > 0; rest = Math.floor(rest / letters.length)) word += letters[rest % letters.length];
      many.push(word);
    }
    const manyParts = parts(many.join(' '));
    expect(manyParts.every((p, k) => p === `وال+${many[k]!.slice(3)}+`)).toBe(true);
    expect(parts(sample)).toEqual(before);
  });
});

describe('tokenize: bad input and the seeds', () => {
  test('a non-string throws a TypeError', () => {
    expect(() => tokenize(undefined as unknown as string)).toThrow(/tokenize\(\) expects a string.*undefined/);
  });
  test('an empty or blank string gives no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u200f ')).toEqual([]);
  });
  test.each(seedArticles().map((a) => [a.name, a.text]))('offsets are exact on seed %s', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(300);
    expectExactOffsets(text, tokens);
    // tokens are ordered and never overlap
    tokens.forEach((t, i) => i > 0 && expect(t.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end));
  });
});
