// Maghreb names whose first letters the clitic splitter takes for a preposition: family names in
// بو، بن، بل and ل (بوزوق as ب + وزوق, لعمامرة as ل + عمامره) and given names written with the
// article elided to ل (لسعد Lassaad, لحسن Lahcen). Sentences composed for these tests; read with the
// rules alone (model: false), which decide these readings.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);
const mentions = (text: string): string[][] => extract(text, { model: false }).people.map((p) => p.mentions.map((m) => m.text));

describe('people: a family name in بو، بن، بل or ل in a list of people', () => {
  test.each([
    ['وشارك في الحصة التدريبية كل من يسري بوزوق وأنس الزنيتي.', ['يسري بوزوق', 'أنس الزنيتي']],
    ['وحضر الاجتماع كل من محمد بنعطية وعلي لعرج.', ['محمد بنعطية', 'علي لعرج']],
    ['وسجل للوداد كل من أيوب بوفتيني في الدقيقة 30 وسامي بلخادم.', ['أيوب بوفتيني', 'سامي بلخادم']],
    ['وغاب عن التدريبات كل من نبيل بلعربي وعادل بوطيبة.', ['نبيل بلعربي', 'عادل بوطيبة']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test('the family name alone later is the same person', () => {
    expect(mentions('وسجل للرجاء كل من يسري بوزوق في الدقيقة 12 وحمزة خابا. وكان بوزوق الأفضل.')).toEqual([['يسري بوزوق', 'بوزوق'], ['حمزة خابا']]);
  });
  test.each([
    'وحضر كل من محمد لوكالة الأنباء وسامي للصحفيين.',
    'وتحدث كل من سامي لمواجهة الأزمة وعلي بالمناسبة.',
    'فاز كل من علي بالذهب وحسن بالفضة.',
  ])('no family name where the preposition governs a word the lists know or a verbal noun: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: an open-data given name shaped as a nisba and a family name in بو or ل before speech', () => {
  test.each([
    ['وقال يسري بوزوق إن الفريق جاهز.', 'يسري بوزوق'],
    ['وقال صبري لعرج إن المشروع تأخر.', 'صبري لعرج'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    'قال يسري بشكل واضح إن الفريق جاهز.',
    'وقال مسؤول بالوزارة إن القرار نهائي.',
    'وقال صبري لوكالة الأنباء إن الوضع هادئ.',
    'قال سياسي بارز إن الحكومة ستستقيل.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a family name of ل and a feminine stem before reported speech or a title', () => {
  test('after a title, merged with the family name alone later', () => {
    expect(mentions('وصرح وزير الخارجية الجزائري رمطان لعمامرة بأن المفاوضات متعثرة. وأضاف لعمامرة أن الحل سياسي.')).toEqual([['رمطان لعمامرة', 'لعمامرة']]);
    expect(mentions('التقى المبعوث الأممي رمطان لعمامرة رئيس الحكومة. ورحب لعمامرة بالمبادرة.')).toEqual([['رمطان لعمامرة', 'لعمامرة']]);
  });
  test.each([
    ['وقال الأمين العام كمال لعبيدة إن النقابة ترفض القرار.', ['كمال لعبيدة']],
    ['وقالت الوزيرة الجزائرية فريدة لعمارة إن المشروع سينطلق.', ['فريدة لعمارة']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    ['قال خالد لرحلة.', []],
    ['قال الوزير أحمد لمجلة إن الوضع صعب.', ['أحمد']],
    ['وقال المدرب كريم لقناة محلية إن الفريق جاهز.', ['كريم']],
  ])('ل before a feminine noun is no family name: %s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a Maghreb given name with its article elided to ل', () => {
  test('after a title a Maghreb demonym qualifies, merged with the family name alone later', () => {
    expect(mentions('وقال مدرب الرجاء التونسي لسعد الشابي إن الفريق جاهز. وأضاف الشابي أن اللاعبين متحمسون.')).toEqual([['لسعد الشابي', 'الشابي']]);
  });
  test.each([
    ['وأعلن الوزير المغربي لحسن حداد أن الموسم السياحي ناجح.', 'لحسن حداد'],
    ['وقال المغربي لحسن حداد إن الموسم ناجح.', 'لحسن حداد'],
    ['وأكد الجزائري لخضر بوعلام أن الاتفاق جاهز.', 'لخضر بوعلام'],
    ['ووقع اللاعب المغربي لعربي بلقاسم على العقد.', 'لعربي بلقاسم'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test('the demonym is the nationality', () => {
    expect(extract('وقال المغربي لحسن حداد إن الموسم ناجح.', { model: false }).people[0]!.nationality).toBe('MA');
  });
  test.each([
    'أكد الرئيس الفرنسي لسعد الحريري أن باريس تدعم لبنان.',
    'وقال الرئيس لسعد الحريري إن الحكومة قائمة.',
    'قال المدرب التونسي لحسن الحظ إن الفريق فاز.',
    'قال المدرب التونسي لحسن الحظ فزنا بالمباراة.',
    'قال الوزير المغربي لسعد الدين العثماني إن الحكومة مستمرة.',
    'وجه السفير الجزائري لحسن نية رسالة إلى الحكومة.',
    'قال المدرب التونسي لوكالة الأنباء إن الفريق جاهز.',
  ])('ل is the preposition elsewhere: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a preposition after a given name', () => {
  test.each([
    'قال محمد لوكالة الأنباء إن الوضع هادئ.',
    'قال أحمد لرويترز إن الاتفاق قريب.',
    'أكد خالد بأن الفريق جاهز.',
    'قال المدرب لحسن الحظ فزنا.',
    'شكر الوزير لجنة التحكيم.',
    'قال سامي للصحفيين إن المباراة صعبة.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
