// Lane o5 (session 13): a body's short name after its full name in one article, an owner after لـ
// that is no purpose, and a company described by trade and country. Every sentence is written for
// these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentionsOf = (entity: Organization | undefined): string[] => entity?.mentions.map((mention) => mention.text) ?? [];
const organizationNamed = (text: string, mention: string): Organization | undefined =>
  organizationsOf(text).find((entity) => entity.mentions.some((m) => m.text === mention));
const allMentions = (text: string): string[] => organizationsOf(text).flatMap(mentionsOf);

describe("a body's head and first adjective, after its full name, are that body", () => {
  test('a bank named with its country, then by head and adjective', () => {
    const text = 'رفع البنك التجاري القطري رأسماله هذا العام. وقال رئيس البنك التجاري إن الزيادة ضرورية، وأكد أن البنك التجاري سيفتتح فروعا جديدة.';
    const bank = organizationNamed(text, 'البنك التجاري القطري');
    expect(mentionsOf(bank)).toEqual(['البنك التجاري القطري', 'البنك التجاري', 'البنك التجاري']);
    expect(bank?.nationality).toBe('QA');
  });

  test('a described body, then its head and adjective, with a clitic before them', () => {
    const text = 'نظم المركز الوطني للبحوث الزراعية ندوة. وقدم باحثون من المركز الوطني دراسات، وللمركز الوطني فروع في المحافظات.';
    expect(mentionsOf(organizationNamed(text, 'المركز الوطني للبحوث الزراعية'))).toEqual(['المركز الوطني للبحوث الزراعية', 'المركز الوطني', 'لمركز الوطني']);
  });

  test('before the full name the two words are an anaphor, as they are alone', () => {
    const before = 'قال المجلس الأعلى إن الجلسة تأجلت، ثم أعلن المجلس الأعلى للقضاء موعدا جديدا.';
    expect(allMentions(before)).toEqual(['المجلس الأعلى للقضاء']);
    expect(allMentions('قال المجلس الأعلى إن الجلسة تأجلت.')).toEqual([]);
  });

  test('the head and adjective with another adjective after them are another name', () => {
    const text = 'رفع البنك التجاري القطري رأسماله. وقال البنك التجاري الأردني إن أرباحه تراجعت.';
    expect(organizationNamed(text, 'البنك التجاري القطري')?.mentions).toHaveLength(1);
  });

  test('two bodies that share a head and adjective leave the short name unread', () => {
    const text = 'رفع البنك التجاري القطري رأسماله، وخفض البنك التجاري العالمي أرباحه. وقال البنك التجاري إن الخطة تنجح.';
    expect(mentionsOf(organizationNamed(text, 'البنك التجاري القطري'))).toEqual(['البنك التجاري القطري']);
    expect(allMentions(text)).not.toContain('البنك التجاري');
  });

  test('a head without an adjective is no short name', () => {
    const text = 'أصدر المركز الوطني للبحوث الزراعية تقريرا. وقال المركز إن المحصول زاد.';
    expect(allMentions(text)).toEqual(['المركز الوطني للبحوث الزراعية']);
  });
});

describe('لـ + a masculine nisba standing alone is whom the body belongs to, not its purpose', () => {
  test("a team's staff is no body named with the club", () => {
    expect(allMentions('وقرر الجهاز الفني للأهلي منح اللاعبين راحة يومين.')).toEqual([]);
    expect(allMentions('واجتمع المكتب الإعلامي للإسماعيلي بالصحفيين.')).toEqual([]);
  });

  test('a field is a noun, also one ending in ي', () => {
    expect(allMentions('قالت الهيئة العامة للري إن المياه تكفي.')).toEqual(['الهيئة العامة للري']);
    expect(allMentions('شكلت اللجنة الوطنية للتصدي للفساد فريقا.')).toEqual(['اللجنة الوطنية للتصدي للفساد']);
    expect(allMentions('نشر المركز العربي للرأي العام استطلاعا.')).toEqual(['المركز العربي للرأي العام']);
    expect(allMentions('وزعت المؤسسة العامة للأراضي خرائط جديدة.')).toEqual(['المؤسسة العامة للأراضي']);
  });
});

describe("a company described by its trade and country, where the article names that country's company", () => {
  test('the description is no second body', () => {
    const text = 'أعلنت شركة فولكسفاغن الألمانية سحب مليون سيارة. وقالت شركة السيارات الألمانية إن العيب بسيط.';
    expect(allMentions(text)).toEqual(['فولكسفاغن الألمانية']);
  });

  test("another country's company leaves the name", () => {
    const text = 'وقعت شركة الاتصالات السعودية اتفاقا مع شركة هواوي الصينية.';
    expect(allMentions(text)).toEqual(['شركة الاتصالات السعودية', 'هواوي الصينية']);
  });

  test('alone, the words are a name', () => {
    expect(allMentions('وقالت شركة الكهرباء الأردنية إن الانقطاع انتهى.')).toEqual(['شركة الكهرباء الأردنية']);
  });
});
