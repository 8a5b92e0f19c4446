// Lane r1 (session 17): a team named in the mouth of its goal (`في مرمى X`) and the sides of a
// result with the score after them are clubs, one named like its city too (not remembered; a country
// is its national team). Every sentence is written for these tests.
import { extract, type Organization } from '../src/index';

const clubMentions = (text: string): string[] =>
  extract(text)
    .organizations.filter((entity: Organization) => entity.kind === 'sports')
    .flatMap((entity) => entity.mentions.map((mention) => mention.text));
const placeNames = (text: string): string[] => extract(text).places.flatMap((place) => place.mentions.map((mention) => mention.text));

describe("a team after `في مرمى`", () => {
  test.each([
    ['وسجل المهاجم هدفين في مرمى العين في الشوط الثاني.', ['العين']],
    ['وأحرز البديل هدفا في مرمى سلتيك، ثم أضاف زميله الثاني.', ['سلتيك']],
  ])('%s', (text, clubs) => {
    expect(clubMentions(text)).toEqual(clubs);
  });

  test('a city named so is the club there only, not in the next sentence', () => {
    const text = 'وسجل المهاجم هدفين في مرمى العين في المباراة. ويزور الوفد مدينة العين الأسبوع المقبل.';
    expect(clubMentions(text)).toEqual(['العين']);
    expect(placeNames(text)).toContain('العين');
  });

  test.each([
    // a stone's throw, a line of fire, a goalkeeper
    ['وتقع القرية على مرمى حجر من الحدود في يوم المباراة.'],
    ['ووقع الجنود في مرمى النيران قرب الملعب.'],
    // no goal in the sentence, though it speaks of a match
    ['وبقي الحارس في مرمى الفريق طوال المباراة.'],
    ['وسدد المهاجم كرة في مرمى بن فوستر حارس الفريق في المباراة.'],
    // no match in the sentence
    ['وأصبحت الحكومة في مرمى الانتقادات بعد القرار.'],
  ])('no club: %s', (text) => {
    expect(clubMentions(text)).toEqual([]);
  });
});

describe('the sides of a result with the score after them', () => {
  test('a city after the verb of a result is its club before a score', () => {
    expect(clubMentions('وتغلب ليون على ضيفه نانت 3 - 1 أمس.')).toEqual(['ليون', 'نانت']);
  });

  test.each([
    // a country is a national team, no club
    ['وفاز المغرب على مصر 2 - 1 في المباراة الودية.'],
    // without a score a city stays the city
    ['وفاز ليون على نانت في الدوري الفرنسي أمس.'],
  ])('no city club: %s', (text) => {
    expect(clubMentions(text).filter((mention) => mention !== 'ليون')).toEqual([]);
  });
});

describe("a host's or guest's verb with a rival's noun between the sides", () => {
  test.each([
    ['يستقبل الأهلي ضيفه الترجي التونسي في الجولة الخامسة.', ['الأهلي', 'الترجي التونسي']],
    ['وواجه النصر ضيفه الاتحاد في الجولة العاشرة من الدوري.', ['النصر', 'الاتحاد']],
    ['ويواجه الزمالك مضيفه نهضة بركان في المباراة النهائية.', ['الزمالك', 'نهضة بركان']],
  ])('%s', (text, clubs) => {
    expect(clubMentions(text)).toEqual(clubs);
  });

  test.each([
    // a guest of state, a demonym, no match in the sentence
    ['واستقبل الملك ضيفه الرئيس الأمريكي في القصر.'],
    ['واستقبل الرئيس ضيفه الفرنسي وبحثا المباراة المقبلة.'],
    ['ويستقبل الأمير ضيفه الوزير في مكتبه.'],
  ])('no club: %s', (text) => {
    expect(clubMentions(text)).toEqual([]);
  });
});

describe("a club's head before a foreign name, in an article of matches", () => {
  test.each([
    ['وتعادل فريق زيسكو مع ضيفه في المباراة الأولى من الدوري.', ['فريق زيسكو']],
    ['وفاز نادي بيراميدز بهدفين في الجولة الأخيرة.', ['نادي بيراميدز']],
  ])('%s', (text, clubs) => {
    expect(clubMentions(text)).toEqual(clubs);
  });

  test('the name is remembered bare', () => {
    expect(clubMentions('وتعادل فريق بلاتينيوم في المباراة الأولى من الدوري. وقال مدرب بلاتينيوم إن فريقه تحسن.')).toEqual(['فريق بلاتينيوم', 'بلاتينيوم']);
  });

  test.each([
    // what the team is or does
    ['ووصل فريق دبلوماسي إلى الملعب قبل المباراة.'],
    ['وهرع فريق إسعاف إلى الملعب بعد المباراة.'],
    ['وشارك فريق خبراء في تقييم أرضية الملعب قبل المباراة.'],
    // a name going on with a place: the city's club reading's
    ['ويدخل فريق أولمبيك آسفي المباراة بمعنويات عالية.'],
    // no match in the article
    ['ووصل فريق بلاتينيوم للتحقيق في الحادث.'],
  ])('no foreign club: %s', (text) => {
    expect(clubMentions(text).filter((mention) => mention.includes('آسفي') === false)).toEqual([]);
  });
});
