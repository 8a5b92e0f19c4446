// Lane t2 (session 18): universities, schools, religious and learned bodies, read from paragraphs of
// education, health and religion news written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const mentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));

describe('an everyday word open data lists as a town is no place after a head', () => {
  test.each([
    ['أعلنت الجامعة عن تأسيس شركة جديدة لتسويق براءات الاختراع.'],
    ['وقررت الحكومة إنشاء جامعة جديدة في الجنوب.'],
    ['وأعلن الوزير تشكيل هيئة جديدة للرقابة على الأسواق.'],
  ])('no body: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });

  test.each([
    ['وقال رئيس جامعة دمشق إن الامتحانات ستبدأ الأحد.', ['جامعة دمشق']],
    ['وأعلنت جامعة الخرطوم تعليق الدراسة بسبب الحرب.', ['جامعة الخرطوم']],
  ])('a place is still named after its head: %s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
