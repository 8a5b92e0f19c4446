// Lane t3 (session 19): clubs of African and Asian football in fixtures, named after a preposition.
// Every sentence is written for these tests.
import { extract } from '../src/index';

const clubs = (text: string) =>
  extract(text)
    .organizations.filter((body) => body.kind === 'sports')
    .map((body) => ({ mention: body.mentions[0]!.text, nationality: body.nationality }));

describe('a club the lexicon names whole is a side after a preposition, whatever its words look like', () => {
  test.each([
    // صن is of Arabic shape, داونز a person's name word
    ['فاز الأهلي على صن داونز بهدفين دون رد في دوري أبطال أفريقيا.', [{ mention: 'الأهلي', nationality: undefined }, { mention: 'صن داونز', nationality: 'ZA' }]],
    // the splitter takes كايزر for ك + ايزر
    ['وتغلب الوداد على كايزر تشيفز بثلاثة أهداف.', [{ mention: 'الوداد', nationality: undefined }, { mention: 'كايزر تشيفز', nationality: 'ZA' }]],
    // أورلاندو is a given name
    ['وخسر الترجي أمام أورلاندو بايرتس بهدف نظيف.', [{ mention: 'الترجي', nationality: undefined }, { mention: 'أورلاندو بايرتس', nationality: 'ZA' }]],
    ['وتعادل مازيمبي مع الهلال السوداني بهدف لمثله.', [{ mention: 'مازيمبي', nationality: 'CD' }, { mention: 'الهلال السوداني', nationality: 'SD' }]],
  ])('%s', (text, expected) => {
    expect(clubs(text)).toEqual(expected);
  });

  test('a person after a preposition stays none: two name words of no club the lexicon names', () => {
    expect(clubs('وفاز جوكوفيتش على يانيك سينر بثلاث مجموعات.')).toEqual([]);
    expect(clubs('وتغلب نادال على كارلوس ألكاراز في نصف النهائي.')).toEqual([]);
  });
});

describe("a club the lexicon names takes its own country's nisba into the mention", () => {
  test.each([
    ['وقال ريال مدريد الإسباني إن مهاجمه سيغيب عن المباراة.', 'ريال مدريد الإسباني', 'ES'],
    ['وتأهل صن داونز الجنوب أفريقي إلى نصف النهائي.', 'صن داونز الجنوب أفريقي', 'ZA'],
  ])('%s', (text, mention, nationality) => {
    expect(clubs(text)).toEqual([{ mention, nationality }]);
  });

  test("another country's nisba is a player's after the club", () => {
    expect(clubs('وضم بايرن ميونخ الفرنسي كومان قادما من يوفنتوس.')).toEqual([{ mention: 'بايرن ميونخ', nationality: 'DE' }]);
  });
});

describe('`نادي` before a foreign name and its country\'s nisba names a club where no match word does', () => {
  test('the name and the nisba, the head out, found again bare', () => {
    const text = 'وتأهل نادي بيرسبوليس الإيراني إلى دور الثمانية. وكان بيرسبوليس قد أقال مدربه الشهر الماضي.';
    expect(extract(text).organizations.map((body) => [body.mentions.map((m) => m.text), body.nationality])).toEqual([[['بيرسبوليس الإيراني', 'بيرسبوليس'], 'IR']]);
  });

  test('`فريق` is any team: no club without a match word', () => {
    expect(clubs('ووصل فريق خبراء ألماني إلى الموقع.')).toEqual([]);
  });
});

describe('a result over a guest or host is a match: both sides are clubs', () => {
  test('a club named with its head is remembered without it', () => {
    const text = 'وفاز فريق بيراميدز على ضيفه النجم الساحلي. وقال مدرب بيراميدز إن الفريق قدم أداء جيدا.';
    expect(extract(text).organizations.map((body) => body.mentions.map((m) => m.text))).toEqual([['فريق بيراميدز', 'بيراميدز'], ['النجم الساحلي']]);
  });

  test('a rival is an election\'s too: no match without a match word', () => {
    expect(clubs('وفاز الحزب الحاكم على منافسه التقليدي حزب الوسط في الانتخابات.')).toEqual([]);
    expect(clubs('وفاز المرشح على منافسه في الجولة الثانية.')).toEqual([]);
  });

  test('a two-word club the lexicon names as a first side', () => {
    expect(clubs('وتعادل يانغ أفريكانز التنزاني مع مازيمبي بدون أهداف.')).toEqual([
      { mention: 'يانغ أفريكانز التنزاني', nationality: 'TZ' },
      { mention: 'مازيمبي', nationality: 'CD' },
    ]);
  });
});

describe("a club's own nisba before a person's name is the person's", () => {
  test('the coach keeps his name, the club its own', () => {
    const result = extract('وأعلن مدرب نادي مانشستر يونايتد الإنجليزي أليكس فيرغوسن أنه يبحث عن لاعب.');
    expect(result.organizations.map((body) => body.mentions[0]!.text)).toEqual(['مانشستر يونايتد']);
    expect(result.people.map((person) => person.mentions[0]!.text)).toEqual(['أليكس فيرغوسن']);
  });
});
