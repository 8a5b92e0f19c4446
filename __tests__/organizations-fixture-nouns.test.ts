// Session 11 (lane orgs2): a match named by its two sides (`مباراة الأهلي والزمالك`) and a fixture
// previewed with `يلتقي X مع Y` in a sentence of a match. Every sentence is written for these tests.
import { extract } from '../src/index';

const organizations = (text: string): string[] =>
  extract(text, { referenceDate: '2026-12-05' }).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('a match named by its sides', () => {
  test('مباراة + two definite sides joined by و are clubs', () => {
    expect(organizations('انتهت مباراة الأهلي والزمالك بالتعادل.')).toEqual(['الأهلي', 'الزمالك']);
    expect(organizations('حضر آلاف المشجعين مباراة الرجاء والوداد مساء الأحد.')).toEqual(['الرجاء', 'الوداد']);
    // remembered: the bare name later in the article is the club
    expect(organizations('تأجلت مباراة النصر والشباب. وقال مدرب النصر إن الفريق جاهز.')).toEqual(['النصر', 'النصر', 'الشباب']);
  });

  test('not sides: indefinite descriptions, the match’s own words, a pronoun', () => {
    expect(organizations('لعب المنتخب مباراة ودية وتدريبية.')).toEqual([]);
    expect(organizations('تقام مباراة الذهاب والإياب في نوفمبر.')).toEqual([]);
    expect(organizations('تابعنا مباراة الأمس والتي انتهت بالتعادل.')).toEqual([]);
  });
});

describe('يلتقي X مع Y', () => {
  test('in a sentence of a match, both sides are clubs', () => {
    expect(organizations('يلتقي الترجي التونسي مع الوداد البيضاوي في ذهاب نصف نهائي دوري الأبطال.')).toEqual([
      'الترجي التونسي',
      'الوداد البيضاوي',
    ]);
  });

  test('a meeting is no fixture', () => {
    expect(organizations('يلتقي الوزير التونسي مع نظيره الجزائري الأسبوع المقبل.')).toEqual([]);
    expect(organizations('يلتقي السفير الأمريكي مع الوزير المصري في القاهرة.')).toEqual([]);
  });
});
