// Lane o5 (session 13): a body's short name after its full name in one article, and an owner after
// لـ that is no purpose. Every sentence is written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentionsOf = (entity: Organization | undefined): string[] => entity?.mentions.map((mention) => mention.text) ?? [];
const allMentions = (text: string): string[] => organizationsOf(text).flatMap(mentionsOf);

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
