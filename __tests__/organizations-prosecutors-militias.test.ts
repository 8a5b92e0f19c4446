// Lane t3 (session 19): a prosecutor's office as Libya and Iraq name it, and Iraq's armed factions
// whose names hold another body's. Every sentence is written for these tests.
import { extract } from '../src/index';

const bodies = (text: string) =>
  extract(text).organizations.map((body) => ({ mentions: body.mentions.map((mention) => mention.text), kind: body.kind, nationality: body.nationality }));

describe("the attorney general's office is the public prosecution", () => {
  test('with its nisba, and one entity with النيابة العامة of that state', () => {
    const found = bodies('وأصدر مكتب النائب العام الليبي أمرا بالقبض على مسؤولين، وقالت النيابة العامة الليبية إن التحقيق مستمر.');
    expect(found).toEqual([{ mentions: ['مكتب النائب العام الليبي', 'النيابة العامة الليبية'], kind: 'court', nationality: 'LY' }]);
  });

  test('the attorney general alone is a person, no body', () => {
    expect(bodies('وقال النائب العام إن التحقيق سيستغرق أسابيع.')).toEqual([]);
  });
});

describe("a faction named with another body's name is its own body", () => {
  test.each([
    ['وقالت كتائب حزب الله إنها استهدفت قاعدة أمريكية في سوريا.', 'كتائب حزب الله', 'IQ'],
    ['وأعلنت عصائب أهل الحق مشاركتها في الانتخابات.', 'عصائب أهل الحق', 'IQ'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'military', nationality }]);
  });

  test("Lebanon's party named alone is still the party", () => {
    expect(bodies('وقال حزب الله إنه استهدف موقعا عسكريا.')).toEqual([{ mentions: ['حزب الله'], kind: 'party', nationality: 'LB' }]);
  });
});

describe('parties and NGOs the patterns cannot read, named by the lexicon', () => {
  test.each([
    // a purpose after the head's phrase: the lexicon's name runs past it, the head in the mention
    ['وقال حزب التجمع الوطني للأحرار إنه يتصدر النتائج.', 'حزب التجمع الوطني للأحرار', 'MA'],
    // حركة takes only a quoted name or a lexicon one
    ['وقالت حركة مجتمع السلم إنها ستشارك في الانتخابات.', 'حركة مجتمع السلم', 'DZ'],
    // إنقاذ after منظمة is a task's word in construct (NOT_NAME_COMPLEMENTS)
    ['وقالت منظمة إنقاذ الطفولة إن الأطفال في اليمن يواجهون الجوع.', 'منظمة إنقاذ الطفولة', undefined],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text).filter((found) => found.mentions.includes(body))).toEqual([{ mentions: [body], kind: expect.any(String), nationality }]);
  });

  test('a head phrase the lexicon does not run past stays the phrase', () => {
    expect(bodies('وقال حزب التجمع الوطني إن مرشحه فاز.')).toEqual([{ mentions: ['حزب التجمع الوطني'], kind: 'party', nationality: undefined }]);
  });
});

describe('`الغرفة التجارية`: a chamber of commerce, or a court\'s chamber where a court is said', () => {
  test.each([
    ['وزار وفد من رجال الأعمال مقر الغرفة التجارية في جدة.', 'الغرفة التجارية'],
    ['وقال رئيس الغرفة التجارية الصناعية إن الصادرات ارتفعت.', 'الغرفة التجارية الصناعية'],
  ])('a chamber of commerce: %s', (text, body) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'other', nationality: undefined }]);
  });

  test.each([
    ['ونظرت الغرفة التجارية في النزاع بين الشركتين.', 'الغرفة التجارية'],
    ['وأحالت الغرفة التجارية الثانية الملف إلى الخبير.', 'الغرفة التجارية الثانية'],
  ])("a court's chamber: %s", (text, body) => {
    expect(bodies(text).find((found) => found.mentions.includes(body))?.kind).toBe('court');
  });
});
