// Lane t2 (session 18): markets, companies and regional bodies of the Gulf, the Maghreb, Latin America
// and Asia, read from economy and world news paragraphs written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));
const peopleOf = (text: string): string[] => extract(text).people.flatMap((person) => person.mentions.map((mention) => mention.text));

describe('the companies behind the indices and the exchange: Dow Jones, Nasdaq', () => {
  test.each([
    ['وأغلق مؤشر داو جونز الصناعي على ارتفاع طفيف أمس.', ['داو جونز']],
    ['وارتفعت أسهم داو جونز بعد بيانات الوظائف الأمريكية.', ['داو جونز']],
    ['وتراجعت أسهم شركات التكنولوجيا في بورصة ناسداك بنيويورك.', ['ناسداك']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
    expect(organizationsOf(text)[0]?.kind).toBe('company');
    expect(peopleOf(text)).toEqual([]);
  });

  test('a person of the family name Jones stays a person', () => {
    expect(peopleOf('وقال المحلل توم جونز إن الأسواق متقلبة هذا الأسبوع.')).toEqual(['توم جونز']);
    expect(mentions('وقال المحلل توم جونز إن الأسواق متقلبة هذا الأسبوع.')).toEqual([]);
  });
});
