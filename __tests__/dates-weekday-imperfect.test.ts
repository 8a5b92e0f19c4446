// A bare weekday after an imperfect verb in its clause is the coming one: news tells what is planned
// in the imperfect (يصل الوفد الأحد). 14 March 2024 is a Thursday.
import { valuesIn } from './dates-helpers';

const REFERENCE = '2024-03-14';

describe('a weekday after an imperfect verb is ahead', () => {
  it.each([
    ['verb first, يوم before the day', 'ويلتقي الفريق يوم الجمعة نظيره الوداد في الدار البيضاء', 'يوم الجمعة', '2024-03-15'],
    ['a verb in ي', 'يصل الوفد الأحد إلى الرباط', 'الأحد', '2024-03-17'],
    ['after إن, in the reported clause', 'قال الوزير إن المجلس يجتمع الاثنين لبحث الميزانية', 'الاثنين', '2024-03-18'],
    ['a verb in ت with words between', 'وتنطلق الانتخابات التشريعية في البلاد يوم السبت', 'يوم السبت', '2024-03-16'],
    ['a verb with a pronoun after it', 'ويبحثه مجلس الأمن يوم الاثنين', 'يوم الاثنين', '2024-03-18'],
    ['a verb ending in the letter ه', 'ويتوجه الناخبون إلى صناديق الاقتراع السبت', 'السبت', '2024-03-16'],
    ['the reference day itself', 'وتستضيف الرياض القمة العربية الخميس', 'الخميس', '2024-03-14'],
    ['قد with an imperfect: may, ahead', 'وقد يعقد المجلس جلسته الأحد', 'الأحد', '2024-03-17'],
    ['a relative clause in the imperfect', 'وحضر الوزير المؤتمر الذي يعقد الثلاثاء', 'الثلاثاء', '2024-03-19'],
    ['a verb in ت of four letters before a feminine subject', 'تعقد اللجنة الانتخابية اجتماعها الأحد في نواكشوط', 'الأحد', '2024-03-17'],
    ['the same with a longer object', 'تبدأ المحكمة النظر في قضية الفساد الثلاثاء', 'الثلاثاء', '2024-03-19'],
    ['a verb ending in a hamza on its alef', 'ويبدأ العمل بالتوقيت الصيفي في لبنان ليل السبت', 'ليل السبت', '2024-03-16'],
    ['a place in ت after a preposition', 'يصل الوفد الاقتصادي إلى بيروت الأحد', 'الأحد', '2024-03-17'],
    ['a place in يت after في', 'ويلتقي المنتخب نظيره العراقي في تكريت الجمعة', 'الجمعة', '2024-03-15'],
  ])('%s', (_name, text, mention, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[mention, value]]);
  });
});

describe('a weekday the imperfect does not place stays in the past', () => {
  it.each([
    ['negated into the past by لم', 'لم يصل الوفد الأحد كما كان مقررا', 'الأحد', '2024-03-10'],
    ['a past auxiliary before the verb', 'وكان المجلس يعقد اجتماعاته الأحد', 'الأحد', '2024-03-10'],
    ['the formula يأتي ذلك بعد', 'يأتي ذلك بعد هجوم وقع الجمعة على حاجز للجيش', 'الجمعة', '2024-03-08'],
    ['a past verb between', 'تشهد المدينة احتجاجات اندلعت الجمعة', 'الجمعة', '2024-03-08'],
    ['a clause head between', 'ويقول السكان إن القصف استهدف الحي الثلاثاء', 'الثلاثاء', '2024-03-12'],
    ['a given name of the verb’s shape', 'التقى الرئيس يوسف الشاهد الأحد بوفد من البنك الدولي', 'الأحد', '2024-03-10'],
    ['a verbal noun of the shape تفعيل', 'وقدم تقرير اللجنة الثلاثاء إلى البرلمان', 'الثلاثاء', '2024-03-12'],
    ['a verbal noun with a pronoun (its ة written ت)', 'وقتلوا أثناء تأديتهم لصلاة الجمعة في المسجد', 'الجمعة', '2024-03-08'],
    ['a noun in the accusative, its alef no hamza', 'وشهدت البلاد تحسنا ملحوظا الأحد', 'الأحد', '2024-03-10'],
    ['a noun in ات', 'وخرجت تظاهرات حاشدة الجمعة', 'الجمعة', '2024-03-08'],
    ['no verb in the imperfect', 'أعلنت الحكومة الأحد عن خطة جديدة', 'الأحد', '2024-03-10'],
    ['a past of the fifth form, spelt as an imperfect in ت', 'وتحدث الوزير الأحد عن خطة جديدة', 'الأحد', '2024-03-10'],
    ['a past of the fifth form before a masculine subject', 'تقدم الفريق إلى المركز الثاني السبت', 'السبت', '2024-03-09'],
    ['a past after a place in ت', 'وصل الوفد إلى بيروت الجمعة', 'الجمعة', '2024-03-08'],
    ['a feminine past after a noun, not after a preposition', 'تواجه الشركة أزمة تفاقمت الأربعاء', 'الأربعاء', '2024-03-13'],
    ['a past of the sixth form, and its feminine', 'تراجعت سيولة السوق وتراجع المؤشر بشدة يوم الأحد', 'يوم الأحد', '2024-03-10'],
  ])('%s', (_name, text, mention, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[mention, value]]);
  });
});

describe('a place named after a day, with a year after it', () => {
  it.each([
    ['a university', 'وتخرج من جامعة 6 أكتوبر عام 2010 قبل أن يلتحق بالجيش', 'عام 2010', '2010'],
    ['a bridge, with سنة', 'وافتتح جسر 6 أكتوبر سنة 1996 بعد سنوات من العمل', 'سنة 1996', '1996'],
  ])('%s: the year alone is the date', (_name, text, mention, value) => {
    expect(valuesIn(text, REFERENCE)).toEqual([[mention, value]]);
  });

  it('an event named after a day keeps its whole date; a place without a year gives none', () => {
    expect(valuesIn('وشارك في حرب 6 أكتوبر عام 1973 ضابطا', REFERENCE)).toEqual([['6 أكتوبر عام 1973', '1973-10-06']]);
    expect(valuesIn('ويقع مقر الشركة في مدينة 6 أكتوبر غرب القاهرة', REFERENCE)).toEqual([]);
    expect(valuesIn('وافتتح الجسر في 6 أكتوبر عام 1996', REFERENCE)).toEqual([['6 أكتوبر عام 1996', '1996-10-06']]);
  });
});

describe('a weekday closing a range is the first such day after its first end', () => {
  it.each([
    [
      'a forecast beyond the future marker’s reach',
      'قالت الأرصاد إن الكتلة الباردة ستؤثر على المملكة اعتبارا من ليلة الجمعة وحتى صباح الأحد',
      [['ليلة الجمعة', '2024-03-15'], ['صباح الأحد', '2024-03-17']],
    ],
    [
      'a past clause whose range runs past the reference',
      'أغلقت السلطات المعبر من الثلاثاء حتى الأحد',
      [['الثلاثاء', '2024-03-12'], ['الأحد', '2024-03-17']],
    ],
    ['after a date', 'ويستمر المهرجان من 14 مارس إلى الأحد', [['14 مارس', '2024-03-14'], ['الأحد', '2024-03-17']]],
  ])('%s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });

  it.each([
    ['a range in the past stays there', 'أغلقت المدارس أبوابها من الأحد إلى الثلاثاء', [['الأحد', '2024-03-10'], ['الثلاثاء', '2024-03-12']]],
    ['a weekday after a word that closes no range', 'وصل الوفد الجمعة ثم غادر الأحد', [['الجمعة', '2024-03-08'], ['الأحد', '2024-03-10']]],
    ['an anchor of its own', 'من الثلاثاء حتى الأحد الماضي', [['الثلاثاء', '2024-03-12'], ['الأحد الماضي', '2024-03-10']]],
  ])('not otherwise: %s', (_name, text, expected) => {
    expect(valuesIn(text, REFERENCE)).toEqual(expected);
  });
});

describe('words of the future verb’s shape that are nouns, read by shape or from the countries table', () => {
  it.each([
    ['a country name in س as a dateline', 'سنغافورة - أعلنت الحكومة الأربعاء خطة جديدة', 'الأربعاء', '2024-03-13'],
    ['سنتيمترات', 'وهطلت أمطار بلغت 5 سنتيمترات الأحد', 'الأحد', '2024-03-10'],
    ['a month name before the weekday', 'وزار الوزير في يوليو الأحد المنطقة', 'الأحد', '2024-03-10'],
  ])('%s', (_name, text, mention, value) => {
    expect(valuesIn(text, REFERENCE).at(-1)).toEqual([mention, value]);
  });

  it('a future verb in سنت stays one', () => {
    expect(valuesIn('سنتابع الملف مع الوزارة الأحد', REFERENCE)).toEqual([['الأحد', '2024-03-17']]);
  });
});
