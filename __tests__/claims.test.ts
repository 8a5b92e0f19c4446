// claimTokens/addClaims: which span claims each token, for spans in text order (found a few tokens
// from the last one) and out of order (found by a search), with later spans winning a token.
import { addCategoryClaims, addClaims, claimTokens } from '../src/contracts/claims';
import { tokenize } from '../src/text/tokenize';

const text = 'قتل 5 أشخاص في 3 مدن يوم 12 مايو بينما أصيب 40 آخرون';
const tokens = tokenize(text);
const spanOf = (word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};
// Array.from, not map: the claims array has holes where no span claims a token
const categories = (claims: ReturnType<typeof claimTokens>) => Array.from(claims, (claim) => claim?.category ?? null);

describe('token claims', () => {
  const inOrder = ['5', '3', '40'].map(spanOf);
  const expected = tokens.map((t) => (['5', '3', '40'].includes(t.text) ? 'figures' : null));

  test('spans in text order claim exactly their tokens', () => {
    const claims = addCategoryClaims(claimTokens(tokens), tokens, inOrder, 'figures');
    expect(categories(claims)).toEqual(expected);
    const five = tokens.findIndex((t) => t.text === '5');
    expect(claims[five]!.nextToken).toBe(five + 1);
  });
  test('spans out of order, or far apart, claim the same tokens', () => {
    const claims = addCategoryClaims(claimTokens(tokens), tokens, [inOrder[2]!, inOrder[0]!, inOrder[1]!], 'figures');
    expect(categories(claims)).toEqual(expected);
  });
  test('a span covering several tokens shares one claim; a later span wins a token', () => {
    const date = spanOf('يوم 12 مايو');
    const claims = claimTokens(tokens, [{ ...date, category: 'dates' }]);
    addClaims(claims, tokens, [{ ...spanOf('12'), category: 'figures' }]);
    const day = tokens.findIndex((t) => t.text === 'يوم');
    expect(categories(claims).slice(day, day + 3)).toEqual(['dates', 'figures', 'dates']);
    expect(claims[day]).toBe(claims[day + 2]);
    expect(claims[day]!.nextToken).toBe(day + 3);
  });
  test('a span past the last token claims nothing', () => {
    const claims = addCategoryClaims(claimTokens(tokens), tokens, [{ start: text.length, end: text.length + 1 }], 'figures');
    expect(categories(claims).every((category) => category === null)).toBe(true);
  });
});

describe('claims read no token before the first', () => {
  test('a span at the first token', () => {
    // a read at index -1 is a property lookup, not a token: these tokens throw on one
    const guarded = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^-\d+$/.test(key)) throw new RangeError(`token ${key} read`);
        return Reflect.get(target, key, receiver);
      },
    });
    const first = spanOf('قتل');
    const claims = addCategoryClaims(claimTokens(guarded), guarded, [first, spanOf('5')], 'figures');
    expect(categories(claims).slice(0, 3)).toEqual(['figures', 'figures', null]);
  });
});
