// An exchange rate written as a bare number before مقابل/أمام and a currency is a sum in the other
// currency its clause names before it: تراجعت الليرة السورية إلى 14 ألفا مقابل الدولار is 14,000 pounds.
import { figuresIn, onlyFigure } from './figures-helpers';

describe('a bare exchange rate takes the currency its clause names', () => {
  it.each([
    ['the subject, with its adjective', 'تراجعت الليرة السورية إلى 14 ألفا مقابل الدولار', '14 ألفا', 14000, 'SYP'],
    ['the currency whose price it is', 'وبلغ سعر صرف الدينار الجزائري 134 مقابل الدولار في السوق الرسمية', '134', 134, 'DZD'],
    ['with أمام and a decimal', 'وانخفض الجنيه المصري إلى 30.9 أمام الدولار في البنوك', '30.9', 30.9, 'EGP'],
    ['against the euro', 'وسجل الدرهم المغربي 10.9 مقابل اليورو', '10.9', 10.9, 'MAD'],
    ['a currency quoted per dollar', 'وتراجع الين الياباني إلى 150 مقابل الدولار', '150', 150, 'JPY'],
    ['the euro is quoted in the other', 'وارتفع اليورو إلى 1.09 مقابل الدولار الأمريكي', '1.09', 1.09, 'USD'],
  ])('%s', (_name, text, mention, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: mention, value, kind: 'money', unit });
  });
});

describe('what stays a count', () => {
  it.each([
    ['مقابل before a number, not a currency', 'وارتفع عدد الإصابات إلى 30 مقابل 20 أمس', 'count'],
    ['no other currency named before', 'وسجل مؤشر البورصة 30 مقابل الدولار', 'count'],
    ['a clause end between', 'تراجعت الليرة السورية. وسجلت البورصة 120 مقابل الدولار', 'count'],
    ['a number with its own noun', 'وتراجع الدينار بعد 3 جلسات مقابل الدولار', 'count'],
  ])('%s', (_name, text, kind) => {
    expect(figuresIn(text).map((f) => f.kind)).toEqual(expect.arrayContaining([kind]));
    expect(figuresIn(text).some((f) => f.kind === 'money')).toBe(false);
  });
});
