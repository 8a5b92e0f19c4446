// The learned entity model beside the rules: its unit parts (decoder, features, weights) and what it
// changes in extract's output, on sentences written for these tests.
import { extract, tokenize } from '../src/index';
import type { Extraction } from '../src/index';
import { decode } from '../src/model/decoder';
import { closedTokens, contextFeatures, sequenceContext, tokenFeatures, wordFeatures, FEATURE_ROWS, type RuleSpan } from '../src/model/features';
import { LABEL_COUNT as L, mayFollow } from '../src/model/labels';
import { EntityModel } from '../src/model/model';
import { namedAsTheRules, spansBesideRules } from '../src/extract/combine';
import { entityCandidate, type EntityCandidate } from '../src/contracts/candidate';
import { extractWith } from '../src/extract/extract';
import type { ModelWithRules } from '../src/model/model';
import { codeOf, codeValue, decodeBase64, fromBase64, packWeights, rowAt, toBase64, unpackWeights, type ModelWeights } from '../src/model/weights';
import { MODEL_DATA } from '../src/model/weights.generated';
import { WordRows } from '../src/model/word-rows';
import type { Token } from '../src/text/tokenize';

/** One word looked up as a read looks its words up: described by prepare, then found. */
const lookUp = (words: WordRows, token: Token): number => {
  words.prepare([token], Int32Array.of(0), 1);
  return words.find(token, 0);
};

/** The weight of label y in feature row `row`, read the way the model reads it. */
function weightOf(weights: ModelWeights, row: number, y: number): number {
  const at = rowAt(weights.index, row);
  return at < 0 ? 0 : weights.values[weights.rows[at + y]!]!;
}

/**
 * Training's view of a sequence's emission rows, summed by hand: every bucket of every token, and a
 * closed token's row O alone (0, the rest −∞). Each row less its O score, as the model's rows may all
 * be off by one amount per token (a kept word's rows leave out O's weight).
 */
function summedByHand(weights: ModelWeights, tokens: ReturnType<typeof tokenize>, rules: readonly RuleSpan[]): number[] {
  const words = tokens.map(wordFeatures);
  const ctx = sequenceContext(tokens, rules);
  const closed = new Uint8Array(tokens.length);
  closedTokens(tokens, ctx.tags, closed);
  return relativeToO(
    tokens.flatMap((_, i) => {
      if (closed[i] === 1) return [0, ...new Array<number>(L - 1).fill(-Infinity)];
      const row = new Array<number>(L).fill(0);
      for (const b of tokenFeatures(words, ctx, i)) for (let y = 0; y < L; y++) row[y]! += weightOf(weights, b, y);
      return row;
    }),
  );
}

/** Emission rows, each less its own O score. */
const relativeToO = (rows: ArrayLike<number>): number[] => Array.from(rows, (v, k) => v - rows[k - (k % L)]!);

const checked = (text: string, options?: { model?: boolean }): Extraction => {
  const result = extract(text, options);
  for (const category of ['people', 'places', 'organizations'] as const) {
    for (const entity of result[category]) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return result;
};
const people = (text: string, options?: { model?: boolean }) => checked(text, options).people.map((p) => p.name);

describe('model: unknown names after reporting verbs', () => {
  test.each([
    ['قال برودي إن الحكومة مستعدة للحوار.', 'برودي'],
    ['وأضاف كاكبيرن أن الوضع الأمني تحسن.', 'كاكبيرن'],
    ['وأكد هولاند أن بلاده لن تتراجع.', 'هولاند'],
    ['وصرح ماتيوس للصحفيين بأن المفاوضات متعثرة.', 'ماتيوس'],
    ['وتابع أوكونور أن الخطة جاهزة.', 'أوكونور'],
    ['ورأى سوليفان أن الوقت مناسب.', 'سوليفان'],
    ['وأشار فيلدمان إلى أن الأسعار ارتفعت.', 'فيلدمان'],
    ['وأوضح غوستافو بيترو أن الانتخابات ستجرى في موعدها.', 'غوستافو بيترو'],
    ['وقال محمد إن الأمر انتهى.', 'محمد'],
    // lost by session 16's retrain (d76a56a1…), read again by session 17's
    ['وقالت سيلفيا مارتينيز إن اللجنة ستجتمع.', 'سيلفيا مارتينيز'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  test('the rules alone miss those no list holds (a surname open data holds, برودي, they read: people-foreign-names.test.ts)', () => {
    expect(people('وأضاف كاكبيرن أن الوضع الأمني تحسن.', { model: false })).toEqual([]);
    expect(people('وأشار فيلدمان إلى أن الأسعار ارتفعت.', { model: false })).toEqual([]);
  });
  test('a conjunction is left out of the mention, a name’s own first letter is not', () => {
    const [p] = checked('وقال وبرودي إن الاتفاق قريب.').people;
    expect(p?.mentions[0]?.text).toBe('برودي');
    // after a preposition no conjunction can stand: the و is the name's (عن X قوله: every retrain
    // reads a name there; after صحيفة غارديان just before, only some runs do)
    expect(people('ونقلت الوكالة عن وولفسون قوله إن المفاوضات متعثرة.')).toEqual(['وولفسون']);
    // ف and ب may start a foreign name
    expect(people('وأشار فيلدمان إلى أن الأسعار ارتفعت.')).toEqual(['فيلدمان']);
  });
});

describe('model: names in lists', () => {
  test('three names joined by و', () => {
    expect(people('وشارك في الاجتماع كل من أندريه كوفاليف وميخائيل سيدوروف ويوري بتروف.')).toEqual([
      'أندريه كوفاليف',
      'ميخائيل سيدوروف',
      'يوري بتروف',
    ]);
  });
  test('names no lexicon lists, in a list after a verb', () => {
    const names = people('وحضر اللقاء بيتر هانسن وأولاف يوهانسون وكارل لارسن.');
    expect(names).toEqual(expect.arrayContaining(['بيتر هانسن', 'أولاف يوهانسون']));
  });
  test('a later mention by surname joins the person the model found', () => {
    const [p] = checked('وقال برودي إن الحكومة مستعدة. وأضاف برودي أن الحوار سيبدأ قريبا.').people;
    expect(p?.mentions.map((m) => m.text)).toEqual(['برودي', 'برودي']);
  });
});

describe('model: sports news', () => {
  test.each([
    ['وسجل ميسي هدفين في المباراة.', ['ميسي']],
    ['وقاد المدرب يورغن كلوب فريقه إلى الفوز.', ['يورغن كلوب']],
    ['وتعاقد النادي مع المهاجم كريستيان بنتيكي.', ['كريستيان بنتيكي']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
  test('a name right before a figure or a date is kept whole, and the figure stays out of it', () => {
    expect(people('وأحرز صلاح هدفين للفريق.')).toEqual(['صلاح']);
    expect(people('وسجل ميسي 3 أهداف في المباراة.')).toEqual(['ميسي']);
  });
  test('the team is not a person: الفريق جاهز', () => {
    expect(people('وأكد المدرب أن الفريق جاهز للمباراة.')).toEqual([]);
    // the rules alone no longer take جاهز for a name: alone, the rank الفريق needs a given name after it
    expect(people('وأكد المدرب أن الفريق جاهز للمباراة.', { model: false })).toEqual([]);
  });
  test('a club the model knows from news', () => {
    const { organizations } = checked('وفاز مانشستر يونايتد على ضيفه بهدفين.');
    expect(organizations.map((o) => o.name)).toEqual(['مانشستر يونايتد']);
  });
});

describe('model: court news', () => {
  test.each([
    ['وقال القاضي فرانكلين إن الأدلة غير كافية.', ['فرانكلين']],
    ['وأجلت المحكمة النظر في قضية المتهم كمال بوشناق.', ['كمال بوشناق']],
    ['وطالب المحامي ريتشارد هولمز بالإفراج عن موكله.', ['ريتشارد هولمز']],
  ])('%s', (text, names) => {
    expect(people(text)).toEqual(names);
  });
  test('a court without a name proposes no person', () => {
    expect(people('وقضت محكمة النقض برفض الطعن.')).toEqual([]);
    expect(people('وقررت المحكمة تأجيل الجلسة إلى الشهر المقبل.')).toEqual([]);
  });
});

describe('model: frequent words after titles are no names', () => {
  test.each([
    'وأكد المدرب أن الفريق جاهز للمباراة.',
    'وقال المدير إن العمل مستمر.',
    'وأكد الوزير أن الحكومة ماضية في خطتها.',
    'وقال الرئيس إن البلاد بخير.',
    'وقال اللواء إن القوات جاهزة.',
    'وزع عبد المال على الفقراء',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
  // `سعيد` here is `happy with the results`: the rules' guess is one everyday word, which the model's
  // agreement does not make a name (it reads a person after a title almost whatever the word)
  test.each(['وقال المستشار سعيد بالنتائج.', 'وبدا المدرب سعيد بالفوز على الضيوف.', 'وقال المدير أمين بالقرار الأخير.', 'وأكد الوزير كريم بالعطاء.'])(
    'an everyday given name alone after a title, before a preposition: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('the same everyday word is a name beside a stronger mention of the person', () => {
    expect(people('وقال المستشار سعيد الحربي إن الخطة جاهزة. وأضاف المستشار سعيد بالنتائج أن العمل مستمر.')).toEqual(['سعيد الحربي']);
  });
  test('a guess that is no everyday word is still a name when the model reads one: السفير الأمريكي بيرنز', () => {
    expect(people('وقال السفير الأمريكي بيرنز إن المحادثات مثمرة.')).toEqual(['بيرنز']);
  });
  test('a real name after the same titles stays', () => {
    expect(people('وقال الرئيس قيس سعيد إن البلاد بخير.')).toEqual(['قيس سعيد']);
    expect(people('وقال المستشار سعيد الحربي إن النتائج مرضية.')).toEqual(['سعيد الحربي']);
  });
});

describe('model: علي the preposition (على written with ي) and علي the name', () => {
  test.each(['وحصل علي مطالب العمال.', 'ووافق المجلس علي المشروع.', 'وأثنى الحضور علي جهود المنظمين.'])('%s: no person', (text) => {
    expect(people(text)).toEqual([]);
  });
  test('the rules alone read علي مطالب as a person where the text also writes على, not where it never does', () => {
    expect(people('وحصل علي مطالب العمال، وأكد على حقوقهم.', { model: false })).toEqual(['علي مطالب']);
    expect(people('وحصل علي مطالب العمال.', { model: false })).toEqual([]);
  });
  test.each([
    ['وقال علي حسن إن الاجتماع انتهى.', 'علي حسن'],
    ['واستقبل علي عبد الله صالح الوفد.', 'علي عبد الله صالح'],
    ['وأكد الوزير علي حسن ضرورة الحوار', 'علي حسن'],
  ])('%s: the name stays', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('model off: { model: false } gives the rules alone', () => {
  // every golden fixture also passes with the model off: __tests__/golden.test.ts runs both
  test('no entity the model found appears, and figures and dates are the same either way', () => {
    const text = 'قال برودي في 3 مارس 2021 إن 40 شخصا أصيبوا.';
    const on = checked(text);
    const off = checked(text, { model: false });
    expect(off.people).toEqual([]);
    expect(on.people.map((p) => p.name)).toEqual(['برودي']);
    expect(on.figures).toEqual(off.figures);
    expect(on.dates).toEqual(off.dates);
  });
  test('"model" must be a boolean; parseDate takes no such option', () => {
    expect(() => extract('نص', { model: 'no' as unknown as boolean })).toThrow(TypeError);
    expect(() => extract('نص', { model: 1 as unknown as boolean })).toThrow(/"model" must be true or false/);
    expect(() => extract('نص', { model: true })).not.toThrow();
  });
});

describe('model: a name the rules found elsewhere in the article', () => {
  const text = 'توجهنا إلى منطقة تشن داي ثم وصلنا إلى تشن داي';
  const at = (word: string, from = 0): number => text.indexOf(word, from);
  const candidate = (fields: Partial<EntityCandidate> & Pick<EntityCandidate, 'start' | 'end' | 'key'>): EntityCandidate =>
    entityCandidate({ category: 'places', firstToken: 0, nextToken: 1, strength: 2, ...fields });
  const rule = candidate({ start: at('تشن'), end: at('تشن') + 7, key: 'place:تشن داي', kind: 'district' });
  const model = candidate({ start: at('تشن', 20), end: at('تشن', 20) + 7, key: 'model:تشن داي', strength: 1, evidence: 'model' });

  test('takes the rules’ key and reading, so the two mentions are one entity', () => {
    expect(namedAsTheRules([model], [rule], text)).toEqual([{ ...model, key: 'place:تشن داي', kind: 'district' }]);
  });

  test('keeps its own key when the rules read the words two ways, or as another category', () => {
    const other = { ...rule, key: 'geonames:1' };
    expect(namedAsTheRules([model], [rule, other], text)).toEqual([model]);
    expect(namedAsTheRules([model], [{ ...rule, category: 'organizations' }], text)).toEqual([model]);
  });
});

describe('model: the decoder', () => {
  /** Every labelling of n tokens that BIO allows, scored by brute force. */
  function bruteForce(emissions: Float64Array, transitions: Float64Array, starts: Float64Array, n: number) {
    let best = -Infinity;
    let bestPath: number[] = [];
    const marginals = new Float64Array(n * L).fill(-Infinity);
    const walk = (path: number[], score: number) => {
      if (path.length === n) {
        if (score > best) [best, bestPath] = [score, [...path]];
        path.forEach((y, i) => (marginals[i * L + y] = Math.max(marginals[i * L + y]!, score)));
        return;
      }
      const i = path.length;
      for (let y = 0; y < L; y++) {
        const from = i === 0 ? 0 : path[i - 1]!;
        if (!mayFollow(from, y)) continue;
        const step = i === 0 ? starts[y]! : transitions[from * L + y]!;
        walk([...path, y], score + step + emissions[i * L + y]!);
      }
    };
    walk([], 0);
    return { bestPath, marginals };
  }
  test('Viterbi and its max-marginals agree with brute force on small random chains', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 20 - 10;
    for (let round = 0; round < 20; round++) {
      const n = 1 + (round % 4);
      const emissions = Float64Array.from({ length: n * L }, random);
      const transitions = Float64Array.from({ length: L * L }, random);
      const starts = Float64Array.from({ length: L }, random);
      const { labels, scores } = decode(emissions, transitions, starts, n);
      const expected = bruteForce(emissions, transitions, starts, n);
      expect([...labels]).toEqual(expected.bestPath);
      scores.forEach((s, k) => expect(s).toBeCloseTo(expected.marginals[k]!, 6));
    }
  });
  /** Viterbi as a plain loop over the labels each label may follow, back pointers kept at each step. */
  function loopViterbi(emissions: Float64Array, transitions: Float64Array, starts: Float64Array, n: number): number[] {
    const forward = new Float64Array(n * L);
    const back = new Uint8Array(n * L);
    for (let y = 0; y < L; y++) forward[y] = mayFollow(0, y) ? emissions[y]! + starts[y]! : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        for (let x = 0; x < L; x++) {
          const s = forward[(i - 1) * L + x]! + transitions[x * L + y]!;
          if (mayFollow(x, y) && s > best) [best, back[i * L + y]] = [s, x];
        }
        forward[i * L + y] = best + emissions[i * L + y]!;
      }
    }
    const path = [0];
    for (let y = 1; y < L; y++) if (forward[(n - 1) * L + y]! > forward[(n - 1) * L + path[0]!]!) path[0] = y;
    for (let i = n - 1; i > 0; i--) path.unshift(back[i * L + path[0]!]!);
    return path;
  }
  test('on long chains of small integers, full of ties, it picks the path a plain loop picks (the first of equal labels)', () => {
    let seed = 11;
    const small = () => ((seed = (seed * 16807) % 2147483647) % 5) - 2;
    for (let round = 0; round < 30; round++) {
      const n = 40 + round;
      const emissions = Float64Array.from({ length: n * L }, small);
      const transitions = Float64Array.from({ length: L * L }, small);
      const starts = Float64Array.from({ length: L }, small);
      const { labels } = decode(emissions, transitions, starts, n);
      expect([...labels]).toEqual(loopViterbi(emissions, transitions, starts, n));
      // arrays given to write into give the same, however long they are and whatever they held
      const into = { labels: new Uint8Array(n + 9).fill(6), scores: new Float64Array((n + 9) * L).fill(NaN) };
      decode(emissions, transitions, starts, n, true, into);
      expect([...into.labels.subarray(0, n)]).toEqual([...labels]);
      expect([...into.scores.subarray(0, n * L)]).toEqual([...decode(emissions, transitions, starts, n).scores]);
    }
  });
  test('an I never follows O or another type, nor opens the sequence', () => {
    const emissions = new Float64Array(3 * L);
    // I-PER scores highest everywhere, but may not open the chain
    for (let i = 0; i < 3; i++) emissions[i * L + 2] = 5;
    const { labels } = decode(emissions, new Float64Array(L * L), new Float64Array(L), 3);
    expect(labels[0]).not.toBe(2);
    for (let i = 1; i < 3; i++) expect(mayFollow(labels[i - 1]!, labels[i]!)).toBe(true);
  });
  test('an empty sequence decodes to nothing', () => {
    expect(decode(new Float64Array(0), new Float64Array(L * L), new Float64Array(L), 0).labels.length).toBe(0);
  });
});

describe('model: weights and features', () => {
  test('base64 round-trips any bytes', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100]) {
      const bytes = Uint8Array.from({ length }, (_, k) => (k * 37 + 11) & 0xff);
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
      // the plain JavaScript decoder, which engines without Node's Buffer use
      expect([...decodeBase64(toBase64(bytes))]).toEqual([...bytes]);
    }
  });
  test('codes keep small weights beside large ones, with their signs', () => {
    expect(codeValue(0)).toBe(0);
    expect(codeValue(-5)).toBe(-codeValue(5));
    expect(codeOf(100, 100)).toBe(127);
    expect(codeOf(-100, 100)).toBe(-127);
    expect(codeOf(0.5, 100)).toBeGreaterThan(0);
    // about 4% a step: the value of a code is within 5% of what it stands for, scaled
    const scale = codeValue(127) / 100;
    for (const w of [1, 3, 10, 42, 99]) expect(Math.abs(codeValue(codeOf(w, 100)) / scale - w) / w).toBeLessThan(0.05);
  });
  test('packing keeps every used row, gaps of any size included', () => {
    const emissions = new Int8Array(FEATURE_ROWS * L);
    emissions[3 * L + 1] = 5;
    emissions[(FEATURE_ROWS - 1) * L + 6] = -127;
    const codes = { emissions, transitions: Int8Array.from({ length: L * L }, (_, k) => k - 20), starts: new Int8Array(L).fill(3) };
    const unpacked = unpackWeights(packWeights(codes));
    expect(weightOf(unpacked, 3, 1)).toBe(codeValue(5));
    expect(weightOf(unpacked, 3, 0)).toBe(0);
    expect(weightOf(unpacked, FEATURE_ROWS - 1, 6)).toBe(codeValue(-127));
    // every other row reads as zero, whether its index word has a kept row or not
    for (const row of [0, 2, 4, 31, 32, 1000, FEATURE_ROWS - 2]) expect(rowAt(unpacked.index, row)).toBe(-1);
    expect([...unpacked.transitions]).toEqual([...codes.transitions].map(codeValue));
    expect([...unpacked.starts]).toEqual([...codes.starts].map(codeValue));
  });
  test('the model sums exactly the features training reads', () => {
    const emissionCodes = Int8Array.from({ length: FEATURE_ROWS * L }, (_, k) => ((k * 2654435761) >>> 27) - 16);
    const codes = { emissions: emissionCodes, transitions: new Int8Array(L * L), starts: new Int8Array(L) };
    const weights = unpackWeights(packWeights(codes));
    const model = new EntityModel(weights, { thresholds: [-Infinity, -Infinity, -Infinity] });
    const tokens = tokenize('وقال الرئيس برودي في روما، إن 3 وزراء سيجتمعون غدا.');
    const rules = [
      { category: 'places' as const, firstToken: 5, nextToken: 6, strength: 3 },
      { category: 'people' as const, firstToken: 3, nextToken: 4, strength: 2 },
    ];
    const emissions = (model as unknown as { emissions(t: typeof tokens, r: typeof rules): Float64Array }).emissions(tokens, rules);
    expect(relativeToO(emissions)).toEqual(summedByHand(weights, tokens, rules));
    expect(tokens.some((t) => t.kind === 'number')).toBe(true);
    expect(contextFeatures(sequenceContext(tokens, rules), 0).length).toBeGreaterThan(0);
    // the second time, every word's rows come from the model's memory of words: the same sums
    const again = (model as unknown as { emissions(t: typeof tokens, r: typeof rules): Float64Array }).emissions(tokens, rules);
    expect([...again]).toEqual([...emissions]);
  });
  /** A model of weights and transitions of small integers (many ties), proposing every span it reads. */
  function smallIntegerModel() {
    const small = (k: number) => (((k + 7) * 2654435761) >>> 29) - 4;
    const codes = { emissions: Int8Array.from({ length: FEATURE_ROWS * L }, (_, k) => small(k)), transitions: Int8Array.from({ length: L * L }, (_, k) => small(k + 3)), starts: Int8Array.from({ length: L }, (_, k) => small(k + 5)) };
    const weights = unpackWeights(packWeights(codes));
    return { weights, model: new EntityModel(weights, { thresholds: [-Infinity, -Infinity, -Infinity] }) };
  }
  test('a text of closed tokens only is read as a whole decode of their rows would read it: no span, O by an infinite margin', () => {
    const { weights, model } = smallIntegerModel();
    // numbers, a letter after a number, and a word the rules read as part of a date
    const tokens = tokenize('1م 25 ك 2007 مايو 3');
    const rules = [{ category: 'dates' as const, firstToken: 4, nextToken: 6, strength: 3 }];
    const emissions = Float64Array.from((model as unknown as { emissions(t: typeof tokens, r: typeof rules): Float64Array }).emissions(tokens, rules));
    const whole = decode(emissions, weights.transitions, weights.starts, tokens.length);
    expect([...whole.labels]).toEqual(tokens.map(() => 0));
    const reading = model.read(tokens, rules);
    expect(reading.spans).toEqual([]);
    for (let first = 0; first < tokens.length; first++) expect(reading.outsideMargin(first, first + 1)).toBe(Infinity);
    // one open word among them and the model reads again: its margin is a finite number
    const open = tokenize('1م 25 ك 2007 مايو 3 سامي');
    expect(Number.isFinite(model.read(open, rules).outsideMargin(open.length - 1, open.length))).toBe(true);
  });
  test('a read decodes the runs between closed tokens as a decode of the whole sequence would', () => {
    // weights and transitions of small integers: many ties, which both decodes must break alike
    const { weights, model } = smallIntegerModel();
    const tokens = tokenize('قال سامي 3 مرات إن فريق برشلونة فاز في 12 مايو 2007 على ريال مدريد بنتيجة 2 - 1 وسط الجماهير');
    const rules = [{ category: 'dates' as const, firstToken: 10, nextToken: 13, strength: 3 }];
    const closed = tokens.map((t, i) => t.kind === 'number' || (i >= 10 && i < 13));
    expect(closed.filter(Boolean).length).toBeGreaterThan(4);
    const emissions = Float64Array.from((model as unknown as { emissions(t: typeof tokens, r: typeof rules): Float64Array }).emissions(tokens, rules));
    // a closed token's row says O alone
    closed.forEach((c, i) => c && expect([...emissions.subarray(i * L, i * L + L)]).toEqual([0, ...new Array<number>(L - 1).fill(-Infinity)]));
    const whole = decode(emissions, weights.transitions, weights.starts, tokens.length);
    const margin = (k: number, label: number) => whole.scores[k * L + label]! - Math.max(...[...whole.scores.subarray(k * L, k * L + L)].filter((_, y) => y !== label));
    const reading = model.read(tokens, rules);
    const spans = [];
    for (let i = 0; i < tokens.length; i++) {
      if (whole.labels[i] === 0 || whole.labels[i]! % 2 === 0) continue;
      let next = i + 1;
      while (next < tokens.length && whole.labels[next] === whole.labels[i]! + 1) next++;
      let least = Infinity;
      for (let k = i; k < next; k++) least = Math.min(least, margin(k, whole.labels[k]!));
      spans.push({ firstToken: i, nextToken: next, margin: least });
    }
    expect(spans.length).toBeGreaterThan(0);
    expect(reading.spans.map(({ firstToken, nextToken, margin }) => ({ firstToken, nextToken, margin }))).toEqual(spans);
    for (let first = 0; first < tokens.length; first++) {
      for (const next of [first + 1, first + 3]) {
        if (next > tokens.length) continue;
        let least = Infinity;
        for (let k = first; k < next; k++) least = Math.min(least, margin(k, 0));
        expect(reading.outsideMargin(first, next)).toBe(least);
      }
    }
  });
  test("the model's memory of words keeps each split of a word apart", () => {
    const emissionCodes = Int8Array.from({ length: FEATURE_ROWS * L }, (_, k) => ((k * 2246822519) >>> 27) - 16);
    const weights = unpackWeights(packWeights({ emissions: emissionCodes, transitions: new Int8Array(L * L), starts: new Int8Array(L) }));
    const model = new EntityModel(weights, { thresholds: [-Infinity, -Infinity, -Infinity] });
    const emissionsOf = (tokens: ReturnType<typeof tokenize>) =>
      (model as unknown as { emissions(t: typeof tokens, r: never[]): Float64Array }).emissions(tokens, []);
    const split = tokenize('قال وزيرهم في الحكومة');
    expect(split[1]).toMatchObject({ stem: 'وزير', suffix: 'هم' });
    // the same letters read whole, as a splitter that knew the word might read them
    const whole = split.map((t, k) => (k === 1 ? { ...t, prefix: '', stem: t.norm, suffix: '' } : t));
    const expected = (tokens: typeof split) => summedByHand(weights, tokens, []);
    expect(relativeToO(emissionsOf(split))).toEqual(expected(split));
    expect(relativeToO(emissionsOf(whole))).toEqual(expected(whole));
    expect(expected(whole)).not.toEqual(expected(split));
    expect(relativeToO(emissionsOf(split))).toEqual(expected(split));
  });
  test("a word the memory has found often keeps its place through a flood of words seen once, and every lookup sums the same", () => {
    const weights = unpackWeights(fromBase64(MODEL_DATA.weights));
    const words = new WordRows(weights);
    const summed = jest.spyOn(words as unknown as { sum(t: unknown): Int32Array }, 'sum');
    const [often] = tokenize('الحكومة');
    const rowsOf = (token: typeof often) => {
      // each lookup a read of its own, as a read of a long text lets no word it found go
      words.beginRead();
      const entry = lookUp(words, token!);
      return entry < 0 ? [...words.spare] : [...words.rows.subarray(words.rowsOf(entry), words.rowsOf(entry) + 18)];
    };
    const first = rowsOf(often);
    rowsOf(often);
    rowsOf(often);
    expect(summed).toHaveBeenCalledTimes(1);
    // 150,000 words once each, some seventy-three to each of the memory's 2,048 sets of sixteen: under the old rule (the
    // entry used longer ago goes) a few in its set were enough to push الحكومة out
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    for (let k = 0; k < 150_000; k++) {
      let word = 'ا';
      for (let n = k; n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length];
      rowsOf(tokenize(word)[0]);
    }
    summed.mockClear();
    expect(rowsOf(often)).toEqual(first);
    expect(summed).not.toHaveBeenCalled();
  });
  test("an entry a read has looked up keeps its word until the read ends, whatever the read looks up after it", () => {
    const words = new WordRows(unpackWeights(fromBase64(MODEL_DATA.weights)));
    const [word] = tokenize('الحكومة');
    const rowsAt = (entry: number) => [...words.rows.subarray(words.rowsOf(entry), words.rowsOf(entry) + 18)];
    const flood = () => {
      const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
      for (let k = 0; k < 100_000; k++) {
        let other = 'ت';
        for (let n = k; n > 0; n = Math.floor(n / letters.length)) other += letters[n % letters.length];
        lookUp(words, tokenize(other)[0]!);
      }
    };
    words.beginRead();
    const entry = lookUp(words, word!);
    expect(entry).toBeGreaterThanOrEqual(0);
    const rows = rowsAt(entry);
    // some forty-nine words to each set of sixteen: without the read's hold, the misses in its set would take the entry
    flood();
    expect(rowsAt(entry)).toEqual(rows);
    expect(lookUp(words, word!)).toBe(entry);
    // later reads may take it
    for (let read = 0; read < 2; read++) {
      words.beginRead();
      flood();
    }
    expect(rowsAt(entry)).not.toEqual(rows);
  });
  test('after 65,535 reads the count of reads comes round without reaching 0, so an entry no read has used can still be taken', () => {
    const words = new WordRows(unpackWeights(fromBase64(MODEL_DATA.weights)));
    // 0 marks the entries no read has used: a read numbered 0 would take them for its own and keep none
    for (let read = 0; read < 0xffff; read++) words.beginRead();
    expect(lookUp(words, tokenize('الحكومة')[0]!)).toBeGreaterThanOrEqual(0);
  });
  test("words whose sums outgrow the memory's 16 bits, and words too long for it, are summed each time", () => {
    // every weight at its largest, O's at its lowest: a word's dozen features, less O's, sum far beyond 32,767 at its own slot
    const largest = Int8Array.from({ length: FEATURE_ROWS * L }, (_, k) => (k % L === 0 ? -127 : 127));
    const weights = unpackWeights(packWeights({ emissions: largest, transitions: new Int8Array(L * L), starts: new Int8Array(L) }));
    const model = new EntityModel(weights, { thresholds: [-Infinity, -Infinity, -Infinity] });
    const tokens = tokenize('وقال الرئيس في الاجتماعاتالاستثنائيةالمطولة إن 3 وزراء اجتمعوا.');
    expect(tokens.some((t) => t.norm.length > 16)).toBe(true);
    const expected = summedByHand(weights, tokens, []);
    expect(Math.max(...expected)).toBeGreaterThan(5 * 0x7fff);
    const emissionsOf = () => relativeToO((model as unknown as { emissions(t: typeof tokens, r: never[]): Float64Array }).emissions(tokens, []));
    expect(emissionsOf()).toEqual(expected);
    expect(emissionsOf()).toEqual(expected);
  });
});

describe('model: more unknown names and outlets', () => {
  test.each([
    ['وعلق ماركوس بأن الحكم قاس.', 'ماركوس'],
    ['وسجل المهاجم روبرتو فيرمينو الهدف الثاني.', 'روبرتو فيرمينو'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
  // هآرتس and يديعوت أحرونوت joined the curated outlets (issue 16): معاريف and كوميرسانت are in no list.
  // The model's own reading of an unknown word after صحيفة moves with each retrain (the weights of
  // issue 17's retrain read none here, session 12's o3 lane's none for معاريف once the rules read more
  // outlets): the rules read such an outlet, and extract finds it either way
  test.each([
    ['وذكرت صحيفة كوميرسانت أن الجيش استعد.', 'كوميرسانت'],
    ['وقالت صحيفة معاريف إن الحكومة تدرس الاقتراح.', 'معاريف'],
  ])('a newspaper no lexicon lists is an organization: %s', (text, name) => {
    for (const model of [true, false]) {
      expect(checked(text, { model }).organizations.map((o) => [o.name, o.kind])).toEqual([[name, 'media']]);
    }
  });
  test.each(['وقال شهود إن الشرطة اعتقلت ثلاثة أشخاص.', 'وأكد المصدر أن الاجتماع سيعقد غدا.', 'وقال مسؤول في الوزارة إن القرار نهائي.'])(
    'unnamed speakers are no people: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('the rules keep what they found: a known place stays a place, a titled name keeps its title', () => {
    const result = checked('وقال المتحدث باسم الشرطة توماس برنارد في باريس إن التحقيق مستمر.');
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['توماس برنارد', ['المتحدث باسم الشرطة']]]);
    expect(result.places.map((p) => [p.name, p.countryCode])).toEqual([['باريس', 'FR']]);
  });
  test('output from the model validates against the schema', () => {
    const { validate } = jest.requireActual('../src/index') as typeof import('../src/index');
    expect(validate(checked('وقال برودي إن صحيفة هآرتس نشرت الخبر.')).valid).toBe(true);
  });
});

describe('model: offsets and long texts', () => {
  test('a mention with diacritics and tatweel is the text as written', () => {
    const text = 'وقالَ بَرودي إنّ الحكومةَ مستعدة.';
    const [p] = checked(text).people;
    expect(p?.mentions[0]?.text).toBe('بَرودي');
  });
  test('a text cut into pieces still finds and joins the model’s people', () => {
    const filler = 'وتواصلت الاجتماعات في العاصمة طوال اليوم دون نتائج واضحة. '.repeat(700);
    const text = `قال برودي إن الحكومة مستعدة. ${filler} وأضاف برودي أن الحوار سيبدأ.`;
    expect(text.length).toBeGreaterThan(30_000);
    const names = checked(text).people.map((p) => [p.name, p.mentions.length]);
    expect(names).toEqual([['برودي', 2]]);
  });
  test('the weights are outside what tokenize and normalize import', () => {
    const { readFileSync } = jest.requireActual('node:fs') as typeof import('node:fs');
    const { dirname, resolve } = jest.requireActual('node:path') as typeof import('node:path');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) visit(resolve(dirname(file), spec!) + '.ts');
    };
    visit(resolve(__dirname, '../src/text/tokenize.ts'));
    visit(resolve(__dirname, '../src/text/normalize.ts'));
    expect([...seen].filter((file) => file.includes('/model/'))).toEqual([]);
    expect(seen.size).toBeGreaterThan(2);
  });
});

describe('model: evidence', () => {
  test('what the model found says so; what the rules found says how', () => {
    const result = checked('وقال برودي في روما إن الاتفاق قريب. وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعمه.');
    const evidence = (name: string) => [...result.people, ...result.places].find((e) => e.name === name)?.evidence;
    expect(evidence('برودي')).toEqual(['model']);
    expect(evidence('إيمانويل ماكرون')).toEqual(['pattern']);
    expect(evidence('روما')).toEqual(['lexicon']);
  });
});

describe('model: spans the entity stage takes', () => {
  const span = (category: 'people' | 'organizations', firstToken: number, nextToken: number) => ({ category, firstToken, nextToken, margin: 100 });
  test('a span that begins or ends with punctuation or a number runs over a sentence end and is left out', () => {
    // tokens: أعلن البنك . 4 شركات جديدة
    const tokens = tokenize('أعلن البنك . 4 شركات جديدة');
    expect(tokens.map((t) => t.text)).toEqual(['أعلن', 'البنك', '.', '4', 'شركات', 'جديدة']);
    expect(spansBesideRules([span('organizations', 1, 4), span('organizations', 2, 4)], [], tokens)).toEqual([]);
  });
  test('a span of words with a full stop inside is kept (إس . إل)', () => {
    const tokens = tokenize('وقعت شركة إس . إل اتفاقا');
    expect(spansBesideRules([span('organizations', 2, 5)], [], tokens)).toEqual([span('organizations', 2, 5)]);
  });
  test('one word with a pronoun suffix or a broken plural of things is no person; a given name of that shape is', () => {
    for (const text of ['أفكارك وتعليقاتك', 'أخبارهم كثيرة', 'أعمال المؤتمر', 'وقال أطفال إنهم خائفون']) {
      const tokens = tokenize(text);
      const first = text.startsWith('وقال') ? 1 : 0;
      expect(spansBesideRules([span('people', first, first + 1)], [], tokens)).toEqual([]);
    }
    for (const text of ['قالت إلهام إن الوضع صعب', 'قال أنطون إن الوضع صعب']) {
      expect(spansBesideRules([span('people', 1, 2)], [], tokenize(text))).toEqual([span('people', 1, 2)]);
    }
  });
  test('a name the lists write with ى, written with ي in a text that writes ى, is the other word: حل سلمي', () => {
    // سلمي (peaceful) folds to the name سلمى; a text that writes على keeps the two letters apart
    const peaceful = 'دعا الوزير إلى حل سلمي للأزمة';
    expect(tokenize(peaceful)[4]!.text).toBe('سلمي');
    expect(spansBesideRules([span('people', 4, 5)], [], tokenize(peaceful), peaceful)).toEqual([]);
    // the name as the lists write it stays one
    const named = 'وقالت سلمى إن الوضع صعب على الجميع';
    expect(spansBesideRules([span('people', 1, 2)], [], tokenize(named), named)).toEqual([span('people', 1, 2)]);
    // a text that writes ى nowhere (علي for على, as much Egyptian text does) may mean the name by سلمي
    const noAlefMaksura = 'وقالت سلمي ان الوضع صعب علي الجميع';
    expect(spansBesideRules([span('people', 1, 2)], [], tokenize(noAlefMaksura), noAlefMaksura)).toEqual([span('people', 1, 2)]);
  });
  test('عبد opens a name only before a word names join to it', () => {
    // a servant of money, of the people: no name, whatever a model reads
    for (const text of ['وزع عبد المال على الفقراء', 'وقال عبد الشعب إن الوضع صعب']) {
      expect(spansBesideRules([span('people', 1, 3)], [], tokenize(text))).toEqual([]);
    }
    // God's names, and the few other words names take after عبد; with a conjunction before it too
    for (const text of ['قال عبد الرحمن الخطيب إن الوضع صعب', 'وصل عبد الأمير الحسيني', 'وقال وعبد ربه منصور']) {
      expect(spansBesideRules([span('people', 1, 4)], [], tokenize(text))).toEqual([span('people', 1, 4)]);
    }
  });
  test('a span that starts with a verb of saying is no name: وأردف بوتين', () => {
    expect(spansBesideRules([span('people', 0, 2)], [], tokenize('وأردف بوتين أن الوضع صعب'))).toEqual([]);
    expect(spansBesideRules([span('people', 0, 2)], [], tokenize('وقال فيلدمان إن الوضع صعب'))).toEqual([]);
    expect(spansBesideRules([span('people', 1, 2)], [], tokenize('وأردف بوتين أن الوضع صعب'))).toEqual([span('people', 1, 2)]);
  });
  test('a span touching a rule span is left out, one a word away is kept', () => {
    const tokens = tokenize('زار فيلدمان القاهرة ثم عاد');
    const rules = [{ category: 'places' as const, firstToken: 2, nextToken: 3, strength: 3 }];
    expect(spansBesideRules([span('people', 1, 2)], rules, tokens)).toEqual([]);
    expect(spansBesideRules([span('people', 4, 5)], rules, tokens)).toEqual([span('people', 4, 5)]);
  });
  // session 15, lane q2: a name joined to a rule's by و is another name, not a piece of the rule's
  test('a span touching a rule span across و is kept: the و joins another name', () => {
    const org = (firstToken: number, nextToken: number) => ({ category: 'organizations' as const, firstToken, nextToken, strength: 2 });
    // the rules' name opens with و after the model's
    const before = tokenize('وقع الاتفاق بين رابطة كاردامون والاتحاد الأفريقي أمس');
    expect(spansBesideRules([span('organizations', 3, 5)], [org(5, 7)], before)).toEqual([span('organizations', 3, 5)]);
    // the model's name opens with و after the rules'
    const after = tokenize('وقع الاتفاق بين الاتحاد الأفريقي ورابطة كاردامون أمس');
    expect(spansBesideRules([span('organizations', 5, 7)], [org(3, 5)], after)).toEqual([span('organizations', 5, 7)]);
    // without و the touching span is still a piece of a longer name the rules read otherwise
    const piece = tokenize('وقع الاتفاق بين رابطة كاردامون الاتحاد الأفريقي أمس');
    expect(spansBesideRules([span('organizations', 3, 5)], [org(5, 7)], piece)).toEqual([]);
    // nor does a و inside the model's span, past its first word, part it from the rules' name
    const inside = tokenize('وقع الاتفاق بين الاتحاد الأفريقي رابطة وكاردامون أمس');
    expect(spansBesideRules([span('organizations', 5, 7)], [org(3, 5)], inside)).toEqual([]);
  });
  test("a person touching a rule's name across و is still left out: a name word may open with و", () => {
    const person = (firstToken: number, nextToken: number) => ({ category: 'people' as const, firstToken, nextToken, strength: 3 });
    // واين is Wayne, not و + اين: the model's person would lose its first letter and run on the rules'
    const tokens = tokenize('وقال المدرب أحمد سالم واين روني إن الفريق جاهز');
    expect(spansBesideRules([span('people', 4, 6)], [person(2, 4)], tokens)).toEqual([]);
  });
});

describe('model: a person it reads leaves out a preposition before a listed given name', () => {
  /** A stand-in for the model that reads a person over tokens first…next − 1 of the text. */
  const readingPerson = (firstToken: number, nextToken: number): ModelWithRules => ({
    reader: { read: () => ({ spans: [{ category: 'people' as const, firstToken, nextToken, margin: 1e9 }], outsideMargin: () => -Infinity }) },
    veto: [-Infinity],
    promote: Infinity,
  });
  const mentions = (text: string, first: number, next: number) =>
    extractWith(text, { referenceDate: null, model: true }, readingPerson(first, next)).people.flatMap((p) => p.mentions.map((m) => [p.name, text.slice(m.start, m.end)]));
  test.each([
    // tokens: وقدم الحضور الشكر لناصر مسعود على جهوده
    ['وقدم الحضور الشكر لناصر مسعود على جهوده', 3, 5, 'ناصر مسعود'],
    ['وقدم الشكر لمحمد بن سلمان على دعمه', 2, 5, 'محمد بن سلمان'],
    ['وأشاد الحضور بخالد الحربي بعد المباراة', 2, 4, 'خالد الحربي'],
  ])('%s', (text, first, next, name) => {
    expect(mentions(text, first, next)).toEqual([[name, name]]);
  });
  test.each([
    // a given name whose first letter looks like a preposition is read whole (كريم is no ك + ريم, بسام no ب + سام)
    ['وتحدث كريم الخطيب بعد المباراة', 1, 3, 'كريم الخطيب'],
    ['وتحدث بسام الخطيب بعد المباراة', 1, 3, 'بسام الخطيب'],
    // a foreign name the lists do not know keeps its first letter (برودي)
    ['وقال برودي إن الاتفاق قريب', 1, 2, 'برودي'],
  ])('a word that is itself a name keeps its first letter: %s', (text, first, next, name) => {
    expect(mentions(text, first, next)).toEqual([[name, name]]);
  });
});

describe('model: a place or organization it reads leaves out a preposition before the article, as the rules’ mentions do', () => {
  /** A stand-in for the model that reads a span of `category` over each token written as one of `words`. */
  const reading = (category: 'places' | 'organizations', text: string, words: readonly string[]): ModelWithRules => {
    const tokens = tokenize(text);
    const spans = words.map((word) => {
      const at = tokens.findIndex((t) => t.text === word);
      return { category, firstToken: at, nextToken: at + 1, margin: 1e9 };
    });
    return { reader: { read: () => ({ spans, outsideMargin: () => -Infinity }) }, veto: [-Infinity], promote: Infinity };
  };
  const found = (category: 'places' | 'organizations', text: string, ...words: string[]) =>
    extractWith(text, { referenceDate: null, model: true }, reading(category, text, words))[category].map((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
  test.each([
    // after لل the article's alef is lost: the mention keeps its lam, as the rules' للأمم المتحدة → لأمم المتحدة
    ['وأكد المسؤول في تصريح للجزيرة أن الاتفاق قريب', 'للجزيرة', 'لجزيرة'],
    ['وقال المتحدث للصحفيين وللجزيرة إن الاتفاق قريب', 'وللجزيرة', 'لجزيرة'],
    // after ب the article is written whole
    ['وأشاد الوزير بالجزيرة في كلمته', 'بالجزيرة', 'الجزيرة'],
    ['وأشاد الوزير بالجزيرة وبالعربية في كلمته', 'وبالعربية', 'العربية'],
  ])('%s', (text, word, mention) => {
    expect(found('organizations', text, word)).toEqual([[mention]]);
  });
  test('a place after لل keeps the article’s lam too', () => {
    expect(found('places', 'وانتقل الوفد للزنبقية أمس', 'للزنبقية')).toEqual([['لزنبقية']]);
  });
  test('a body written with لل and with the article is one body', () => {
    const text = 'وأكد المسؤول في تصريح للجزيرة أن الاتفاق قريب، ثم قال في مقابلة مع الجزيرة إن الوضع صعب';
    expect(found('organizations', text, 'للجزيرة', 'الجزيرة')).toEqual([['لجزيرة', 'الجزيرة']]);
  });
});

describe('model: a person it reads carries a title and nationality like the rules’ people', () => {
  test.each([
    ['وقال المدرب الإسباني لوبيتيغي إن الفريق مستعد.', 'لوبيتيغي', 'المدرب الإسباني', 'ES'],
    // (بيرنز, a name word of open data, is read whole by the rules after a title: people-sport-kunya-clitics)
    // (a name after a bare title whose first letter looks like a preposition, الوزير كاكبيرن, is read by
    // some retrains and not others: no test holds the model to it; README, What it cannot do)
  ])('a word after a title the rules only guessed at is a name when the model reads one: %s', (text, name, title, nationality) => {
    const [person, ...rest] = checked(text).people;
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ name, titles: [title], evidence: expect.arrayContaining(['model']) });
    expect(person!.nationality).toBe(nationality);
    // the rules alone keep such a guess only beside a stronger mention
    expect(people(text, { model: false })).toEqual([]);
  });
  test('a demonym right after a name the model found gives its nationality', () => {
    expect(checked('وقال برودي الإيطالي إن الاتفاق قريب.').people).toEqual([expect.objectContaining({ name: 'برودي', nationality: 'IT' })]);
  });
  test.each(['وأكد الوزير بحث الملف مع الوفد.', 'وقال المدير لموظفيه إن العمل مستمر.', 'وأشاد المدرب بالفريق بعد الفوز.'])(
    'a word after a title that is a preposition and a noun stays no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
});

describe('model: people it reads must look like one person’s name', () => {
  test.each(['كما قتل جنديان عراقيان في الهجوم.', 'وكان معظم الضحايا أميركيين وبريطانيين وكنديين.', 'وقال مسؤول إن جنديين سوريين قتلا.'])(
    'a plural or dual demonym is no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('a name ending like a dual is still a name (كوتشاريان)', () => {
    expect(people('وقال كوتشاريان إن الحل قريب.')).toEqual(['كوتشاريان']);
  });
  test.each(['وتابع الجمهور لقاء « كلاسيكو » الأرض في الملعب.', 'وأطلقت الشركة سيارة «بريلاينس» الجديدة.'])(
    'one word alone in quotation marks is no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('a name the model reads outside quotation marks stays', () => {
    expect(people('وقال برودي إن «الاتفاق» قريب.')).toEqual(['برودي']);
  });
  test('في with a pronoun (فيها) starts no name', () => {
    expect(people('وأعلن فيها بان أن الاتفاق تم.')).toEqual([]);
  });
  // the shipped model reads a person in the first (session 11); the others guard against a retrain
  test.each(['مرض كوفيد-19.', 'تراجعت إصابات كوفيد-19 في المدينة.', 'وأسقطت الدفاعات طائرة ميغ-29 قرب الحدود.', 'وانتشر مرض كوفيد19 في المدينة.'])(
    'a word run on into a number is a code, a model or a disease, no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  // the shipped model of session 14 reads a person in the first two; the rest guard against a retrain
  test.each(['ارتفع مؤشر داو جونز الصناعي 350 نقطة.', 'وأغلق مؤشر فوتسي في لندن مرتفعا.', 'وأطلقت الشركة تطبيق سناب شات للمحادثة.', 'واشترى المصرف أنظمة من منصة بلومبرغ ترمينال.'])(
    'a name after a product’s or index’s noun in construct is the thing’s, no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('the spans set aside after a product’s noun, of spelt-out letters or before a model’s number', () => {
    const span = (category: 'people', firstToken: number, nextToken: number) => ({ category, firstToken, nextToken, margin: 100 });
    expect(spansBesideRules([span('people', 2, 4)], [], tokenize('ارتفع مؤشر داو جونز أمس'))).toEqual([]);
    expect(spansBesideRules([span('people', 4, 6)], [], tokenize('عدد مستخدمي تشات جي بي تي'))).toEqual([]);
    expect(spansBesideRules([span('people', 1, 3)], [], tokenize('هاتف ميت إكس 6 الجديد'))).toEqual([]);
    // the model name's first word alone, before its letter and number
    expect(spansBesideRules([span('people', 2, 3)], [], tokenize('وطرحت الشركة غالاكسي إس 26'))).toEqual([]);
    // a letter spelt out with no number after it is a name's initial: kept
    expect(spansBesideRules([span('people', 1, 2)], [], tokenize('وقال جون إف كينيدي'))).toEqual([span('people', 1, 2)]);
    // another noun in construct, a product's noun with the article, initials and a name: kept
    expect(spansBesideRules([span('people', 3, 4)], [], tokenize('وانتقد الخبراء نموذج برودي الاقتصادي'))).toEqual([span('people', 3, 4)]);
    expect(spansBesideRules([span('people', 2, 4)], [], tokenize('وقال المؤشر جون سميث إن'))).toEqual([span('people', 2, 4)]);
    expect(spansBesideRules([span('people', 3, 6)], [], tokenize('وقال نائب الرئيس جي دي فانس إن'))).toEqual([span('people', 3, 6)]);
  });
  // the shipped model of session 14 reads a person in the first; the second guards against a retrain
  test.each(['وأطلقت شركة هواوي هاتفها القابل للطي "ميت إكس 6" في السوق السعودية.', 'وطرحت الشركة غالاكسي إس 26 في الأسواق.'])(
    'a name ending in a Latin letter spelt out before a number is a model’s, no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  // the shipped model of session 14 reads a person in the first
  test.each(['ومن المتوقع أن يصل عدد مستخدمي تشات جي بي تي في المنطقة إلى 50 مليونا.', 'وبثت قناة إم بي سي البرنامج أمس.'])(
    'Latin letters spelt out and nothing else are an acronym, no person: %s',
    (text) => {
      expect(people(text)).toEqual([]);
    },
  );
  test('a person whose initials are spelt out stays a person', () => {
    expect(people('وقال نائب الرئيس جي دي فانس إن الاتفاق قريب.')).toEqual(['جي دي فانس']);
  });
  test('a name followed by a number after a space stays a name', () => {
    expect(people('وقال برودي 3 مرات إن الاتفاق قريب.')).toEqual(['برودي']);
  });
  test.each(['كان الجو باردا أمس.', 'وكان الجو ممطرا في المدينة.'])('a given name made definite is an ordinary noun: %s (الجو, جو)', (text) => {
    expect(people(text)).toEqual([]);
  });
});
