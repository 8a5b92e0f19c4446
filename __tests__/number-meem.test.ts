// م after a number: ميلادي after a year, متر after a length, مساء after a clock hour. One shared rule
// (src/text/number-meem.ts) decides, so the date and figure rules never both decline the number.
import { extract } from '../src/index';
import { normalize } from '../src/text/normalize';
import { readMeemAfterNumber } from '../src/text/number-meem';
import { tokenizeNormalized } from '../src/text/tokenize';

/** The rule's reading of the م after the number it follows in `text`. */
function readingOf(text: string): string | undefined {
  const view = normalize(text);
  const stream = { source: text, view, tokens: tokenizeNormalized(view) };
  const meem = stream.tokens.findIndex((token, k) => k > 0 && token.norm === 'م' && stream.tokens[k - 1]!.kind === 'number');
  const index = meem > 0 ? meem - 1 : stream.tokens.findIndex((token) => token.kind === 'number');
  return readMeemAfterNumber(stream, index);
}

/** The figures and dates extract() finds: [text, value, unit] and [text, value]. */
function found(text: string): { figures: unknown[]; dates: unknown[] } {
  const result = extract(text, { referenceDate: '2024-06-01' });
  return {
    figures: result.figures.map((figure) => [figure.text, figure.value, figure.unit ?? null]),
    dates: result.dates.map((date) => [date.text, date.value]),
  };
}

describe('the shared reading of م after a number', () => {
  test.each([
    // a length word before the number, near or a few words back
    ['قطع العداء سباق 100 م في عشر ثوان', 'metres'],
    ['يبلغ طول الجسر 300 م فوق النهر', 'metres'],
    ['بلغ ارتفاع البرج الجديد 828 م', 'metres'],
    ['سقطت القذيفة على بعد 50 م من المدرسة', 'metres'],
    // the length word outweighs a year-like number: 1500 metres is a race distance
    ['فاز بذهبية سباق 1500 م للرجال', 'metres'],
    // no year word and no plausible year: a length (5000 is past any year a news text dates by its era)
    ['حفر العمال بئرا عمقها 5000 م', 'metres'],
    ['تسلق المتطوعون صخرة 120 م دون حبال', 'metres'],
    // a four-digit year up to 2100, or a year word or preposition of time before a shorter one
    ['ولد الشاعر عام 1950م في القرية', 'year'],
    ['بني الجامع 1890م وسط المدينة', 'year'],
    ['عرفت المنطقة الزراعة منذ 300م على الأقل', 'year'],
    ['بنيت القلعة سنة 622م', 'year'],
    // beside a Hijri year: 1420هـ/1999م is one year in two calendars
    ['توفي 1420هـ/1999م في مكة', 'year'],
    // the second member of a pair of years: the first carries an era (ق.م), a year word, or the pair is a
    // rising dash span of three- or four-digit numbers (a dynasty's reign)
    ['امتد حكم الأسرة من 206 ق.م - 220 م', 'year'],
    ['عاشوا بين سنتي 300 ق.م. و300 م في الوادي', 'year'],
    ['حكمت الأسرة 618 - 907م', 'year'],
    // إلى and حتى span a reign as a dash does
    ['حكم المماليك البلاد من 1250 إلى 1517م', 'year'],
    ['استمر حكم السلالة من 960 حتى 1279م', 'year'],
    // … and a length word before them keeps the span a length
    ['يتراوح عمقها من 200 إلى 300 م', 'metres'],
    // a length word before a dash span keeps it a length
    ['يتراوح عمقها بين 200 - 300 م', 'metres'],
    // a dash span of two small numbers with no year in it is no pair of years
    ['قفز بين 5 - 8 م', 'metres'],
    // the minutes of a clock time, or an hour after الساعة
    ['ينطلق الحفل الساعة 7 م بتوقيت مكة', 'evening'],
    ['أقلعت الطائرة عند 8:45 م', 'evening'],
    // an hour of the dial (1–12) after a word that puts an hour in time: مساء, not the year 7 or 7 metres
    ['يبدأ العرض في 7 م بتوقيت القاهرة', 'evening'],
    ['تبقى المحال مفتوحة حتى 11 م', 'evening'],
    ['يستمر الدوام من 9 ص إلى 5 م', 'evening'],
    // past the dial, or with a length word, the number keeps its other readings
    ['عرفت المنطقة الزراعة منذ 70م', 'year'],
    ['رست السفينة على بعد 7 م من الرصيف', 'metres'],
    ['كتب في القرن 7م', 'era'],
    // القرن 20م: the twentieth century of the Christian era, so م is ميلادي, but 20 is an ordinal of
    // centuries, not a year; the number stays a figure with no unit
    ['ظهرت الحركة في القرن 20م', 'era'],
    ['عاش بين القرنين 19 و20م', 'era'],
  ])('%s → %s', (text, reading) => {
    expect(readingOf(text)).toBe(reading);
  });

  test('no reading without a م right after the number', () => {
    expect(readingOf('قطع 100 متر')).toBeUndefined();
    expect(readingOf('ولد 1950 ميلادية')).toBeUndefined();
    expect(readingOf('فاز بـ100 مقعد')).toBeUndefined();
  });
});

describe('extract: a number before م is always a date or a figure', () => {
  test('a length is a figure in metres', () => {
    expect(found('يبلغ طول الجسر 300 م فوق النهر')).toEqual({ figures: [['300', 300, 'm']], dates: [] });
    expect(found('قطع العداء سباق 100م في عشر ثوان').figures).toEqual([['100', 100, 'm'], ['عشر', 10, 'second']]);
    expect(found('بلغ ارتفاع البرج 828 م')).toEqual({ figures: [['828', 828, 'm']], dates: [] });
  });
  test('a year is a date, not a figure', () => {
    expect(found('ولد الشاعر عام 1950م في القرية')).toEqual({ figures: [], dates: [['عام 1950م', '1950']] });
    expect(found('عرفت المنطقة الزراعة منذ 300م')).toEqual({ figures: [], dates: [['300م', '0300']] });
  });
  test('a clock hour is a time, not metres', () => {
    expect(found('ينطلق الحفل الساعة 7 م')).toEqual({ figures: [], dates: [['الساعة 7 م', '2024-06-01T19:00']] });
  });
  test('a span of years closed by one era is one range of years: the era marks both', () => {
    expect(found('حكمت الأسرة 618 - 907م')).toEqual({ figures: [], dates: [['618 - 907م', '0618/0907']] });
    expect(found('حكم المماليك مصر من 1250 إلى 1517م')).toEqual({ figures: [], dates: [['1250 إلى 1517م', '1250/1517']] });
    // Hijri years resolve to Gregorian days: 1 Muharram 132 falls in August 749, the end of 656 in December 1258
    const hijri = found('امتدت الدولة بين 132 و656هـ').dates as [string, string][];
    expect(hijri.map(([text]) => text)).toEqual(['132 و656هـ']);
    // 1 Muharram 132 to 30 Dhu al-Hijjah 656 in Intl's Umm al-Qura calendar, in proleptic Gregorian
    // days as ISO 8601 has them (656 AH ended in late December 1258 Julian, early January 1259 here)
    expect(hijri[0]![1]).toBe('0749-08-24/1259-01-04');
    // a falling span is no reign (a count from 900 down to 300), nor is a span of lengths
    expect(found('تراجع العدد من 900 إلى 300م').dates).toEqual([]);
    expect(found('يتراوح عمقها من 200 إلى 300 م').dates).toEqual([]);
  });
  test('an hour with ص or م after في, من, حتى …: a time of day', () => {
    expect(found('يبدأ الحفل في 7 م')).toEqual({ figures: [], dates: [['7 م', '2024-06-01T19:00']] });
    expect(found('يفتح المعرض من 9 ص حتى 7 م')).toEqual({ figures: [], dates: [['9 ص حتى 7 م', '2024-06-01T09:00/2024-06-01T19:00']] });
    // ص before a number is a page (ص 7), and a ص after a number with no word of time before it is no hour
    expect(found('انظر ص 7 من التقرير').dates).toEqual([]);
    expect(found('ورد ذلك 7 ص من التقرير').dates).toEqual([]);
  });
  test('a century with its era is a date of its hundred years, and its ordinal number no figure', () => {
    expect(found('ظهرت الحركة في القرن 20م')).toEqual({ figures: [], dates: [['القرن 20م', '1900/1999']] });
  });
  test('a number read as metres or a century opens no date; a dotted date before م is still one', () => {
    // the date grammar stops at such a number at once (dates/grammar.ts): the checks below hold with
    // or without that shortcut, and pin what it must not change; the century is read from its noun
    expect(found('قفز بين 5 - 8 م ثم 9 م').dates).toEqual([]);
    expect(found('كتب في القرن 7م').dates).toEqual([['القرن 7م', '0600/0699']]);
    expect(found('وقع الحادث في 16.11.2020 م').dates).toEqual([['16.11.2020', '2020-11-16']]);
    expect(found('يبدأ الحفل في 7 م بعد سباق 100 م').dates).toEqual([['7 م', '2024-06-01T19:00']]);
  });
  test('metres are read only from the letter م alone: a word starting with م is no unit', () => {
    expect(found('شارك 300 مقاتل').figures).not.toContainEqual(expect.arrayContaining(['m']));
  });
});

describe('the rule reads no token before the first', () => {
  // a read at index -1 is no token but a property lookup, slower at every later read of that site:
  // these tokens throw on one
  const guarded = (tokens: readonly unknown[]) =>
    new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^-\d+$/.test(key)) throw new RangeError(`token ${key} read`);
        return Reflect.get(target, key, receiver);
      },
    });
  test.each([
    ['1950م في القاهرة', 'year'],
    ['300 م فقط', 'metres'],
    ['- 1648م', 'year'],
    ['و 300م', 'metres'],
    [': 7 م', 'metres'],
    ['/ 1999م', 'year'],
  ])('%s', (text, reading) => {
    const view = normalize(text);
    const tokens = tokenizeNormalized(view);
    const index = tokens.findIndex((token) => token.kind === 'number');
    expect(readMeemAfterNumber({ source: text, view, tokens: guarded(tokens) as typeof tokens }, index)).toBe(reading);
  });
});
