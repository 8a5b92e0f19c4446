// Lane t4 (session 18): a school named by whom it trains, read from paragraphs of education news
// written for these tests.
import { extract } from '../src/index';

const mentions = (text: string): string[] => extract(text).organizations.flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('a sound plural of people after a school’s head is whom it trains', () => {
  test.each([
    ['تخرج الطالب من المدرسة الوطنية للمهندسين في تونس عام 2010.', ['المدرسة الوطنية للمهندسين']],
    ['وقالت المدرسة الوطنية للمهندسين في صفاقس إنها ستفتح باب التسجيل.', ['المدرسة الوطنية للمهندسين']],
    ['والتحق بالمعهد العالي للمترجمين في بيروت بعد الثانوية.', ['المعهد العالي للمترجمين']],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  test.each([
    // another head: the plural hears what the body says
    ['وقال المجلس العسكري للصحفيين إن الانتخابات ستجري في موعدها.'],
    ['وقال مسؤول في المجلس العسكري للصحفيين إن الاتفاق قريب.'],
    // a school with no field's adjective is whichever school
    ['وقالت المدرسة للتلاميذ إن العطلة ستبدأ غدا.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});
