// Periods two back or ahead (الأسبوع قبل الماضي), a part of a year named with the article and its number
// (نهاية العام 2019), and a counted noun that stops before the time of the event. Sentences of our own.
import { figuresIn } from './figures-helpers';
import { valuesIn } from './dates-helpers';

const WEDNESDAY = '2024-03-13';

describe('a period two back or two ahead', () => {
  test.each([
    ['التقى الوزيران الأسبوع قبل الماضي في جنيف', 'الأسبوع قبل الماضي', '2024-W09'],
    ['ارتفعت الأسعار الشهر ما قبل الماضي', 'الشهر ما قبل الماضي', '2024-01'],
    ['بلغ العجز ذروته العام قبل الماضي', 'العام قبل الماضي', '2022'],
    ['أغلق المصنع السنة قبل الماضية', 'السنة قبل الماضية', '2022'],
    ['تبدأ الأشغال العام بعد المقبل', 'العام بعد المقبل', '2026'],
    ['يفتتح الخط الشهر ما بعد القادم', 'الشهر ما بعد القادم', '2024-05'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test('قبل before the period is the preposition: last week, which the text says it came before', () => {
    expect(valuesIn('غادر قبل الأسبوع الماضي', WEDNESDAY)).toEqual([['الأسبوع الماضي', '2024-W10']]);
  });
});

describe('a part of a year: the article and a number name that year, not the current one', () => {
  test.each([
    ['عاد إلى بلاده نهاية العام 2019', 'نهاية العام 2019', '2019'],
    ['انطلق البث مطلع العام 2021', 'مطلع العام 2021', '2021'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test('alone, the period noun after a part is the current one', () => {
    expect(valuesIn('يكتمل المشروع نهاية العام', WEDNESDAY)).toEqual([['نهاية العام', '2024']]);
  });
});

describe('the noun a number counts stops before the time of the event', () => {
  test.each([
    ['قتل ثلاثة أشخاص فجر اليوم في قصف', 'أشخاص'],
    ['أصيب 7 عمال مساء الخميس', 'عمال'],
    ['اعتقل 12 متظاهرا يوم السبت', 'متظاهرا'],
  ])('%s', (text, noun) => {
    expect(figuresIn(text)[0]!.noun).toBe(noun);
  });

  test('a noun in construct still extends it', () => {
    expect(figuresIn('وصلت 3 سيارات إسعاف إلى المكان')[0]!.noun).toBe('سيارات إسعاف');
  });
});

describe('last night', () => {
  test.each([
    ['قصفت الطائرات أطراف المدينة الليلة الماضية', 'الليلة الماضية', '2024-03-12'],
    ['اندلع الحريق في الليلة الفائتة', 'الليلة الفائتة', '2024-03-12'],
  ])('%s', (text, written, value) => {
    expect(valuesIn(text, WEDNESDAY)).toEqual([[written, value]]);
  });

  test('a relative day of two words still takes no preposition on its first: باول أمس is Powell, yesterday', () => {
    expect(valuesIn('التقى باول أمس بالوزير', WEDNESDAY)).toEqual([['أمس', '2024-03-12']]);
  });
});
