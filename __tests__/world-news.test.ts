// World news in Arabic: the offices of international bodies before a foreign name, and foreign
// parties named by the article, their ideology and their country. Sentences composed for these
// tests.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: the offices of international bodies are titles', () => {
  test.each([
    ['وقال المفوض السامي لحقوق الإنسان فولكر تورك إن الانتهاكات موثقة.', 'فولكر تورك', 'المفوض السامي لحقوق الإنسان'],
    ['وقالت المقررة الخاصة للأمم المتحدة فرانشيسكا ألبانيزي إن الحصار عقاب جماعي.', 'فرانشيسكا ألبانيزي', 'المقررة الخاصة للأمم المتحدة'],
    ['وقال المنسق الأممي للشؤون الإنسانية مارتن غريفيث إن المساعدات لا تكفي.', 'مارتن غريفيث', 'المنسق الأممي للشؤون الإنسانية'],
    ['وقال مفوض الاتحاد الأوروبي للتجارة ماروش شيفتشوفيتش إن الرسوم مرفوضة.', 'ماروش شيفتشوفيتش', 'مفوض الاتحاد الأوروبي للتجارة'],
    ['وقال المفوض العام فيليب لازاريني إن الوكالة تواجه أزمة مالية.', 'فيليب لازاريني', 'المفوض العام'],
    ['وقالت المنسقة الأممية سيغريد كاغ إن المعابر ما زالت مغلقة.', 'سيغريد كاغ', 'المنسقة الأممية'],
  ])('%s', (text, name, title) => {
    const people = extract(text, { model: false }).people;
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]!.titles).toEqual([title]);
  });
  test.each([
    // المقرر is `scheduled` after a noun: only a name a given name opens follows it as a title
    'وعقد الاجتماع المقرر الخميس في جنيف بحضور الوفود.',
    'وأرجئت الجلسة المقررة يوم الأحد إلى موعد لاحق.',
    'وقال المقرر إن اللجنة ستجتمع مجددا.',
    // the one empowered, and an office with no name after it
    'ووقع الشخص المفوض بالتوقيع على العقد.',
    'وقال المفوض إن الوكالة تواجه عجزا.',
    // an indefinite منسق is an adjective as often, and a given name may follow it joined by و
    'وزين المسجد بالآيات الكريمة بشكل منسق وجميل.',
    'وأعلنت المفوضية الأوروبية أن المفوض المسؤول عن التجارة سيزور بكين.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
