// Ranks and offices of several words, everyday nouns that are also ranks, names of three words that a
// nisba closes, and the open-data name words (Wikidata) that propose a name only where context points
// at one. Each mechanism is read with the rules alone (model: false) and with the model, which must
// agree: these are the rules' decisions.
import { extract } from '../src/index';
import { namesBothWays as both, peopleNames as names } from './people-helpers';

describe('people: ranks and offices of several words', () => {
  test.each([
    ['وصل الفريق أول خالد الزيدي إلى المطار.', 'خالد الزيدي', 'الفريق أول'],
    ['أكد الفريق الركن عادل المنصوري أن الحدود آمنة.', 'عادل المنصوري', 'الفريق الركن'],
    ['قال العميد الركن سامر الحداد إن الوحدات انسحبت.', 'سامر الحداد', 'العميد الركن'],
    ['وقالت المديرة التنفيذية للمنظمة سلمى الخطيب إن التمويل تراجع.', 'سلمى الخطيب', 'المديرة التنفيذية للمنظمة'],
    ['وأعلن المدير التنفيذي للصندوق رامي العطار خطة جديدة.', 'رامي العطار', 'المدير التنفيذي للصندوق'],
  ])('%s', (text, name, title) => {
    expect(both(text)).toEqual([name]);
    expect(extract(text).people[0]!.titles).toEqual([title]);
  });
  test('the second word of a rank is no part of the name (الفريق أول is one rank)', () => {
    expect(both('وصل الفريق أول عبد الكريم الفاضل إلى العاصمة.')).toEqual(['عبد الكريم الفاضل']);
  });
  test('a rank with nothing after it that could be a name proposes nothing: الفريق أول من وصل', () => {
    expect(both('كان الفريق أول من وصل إلى الملعب.')).toEqual([]);
  });
});

describe('people: ranks that are also everyday nouns (الفريق team, اللواء brigade, العميد dean)', () => {
  test.each([
    ['قال اللواء فوزي الكعبي إن الهجوم فشل.', 'فوزي الكعبي'],
    ['وقال العميد غازي النعيمي للصحفيين إن التحقيق مستمر.', 'غازي النعيمي'],
    ['وأكد الفريق عبد الرحيم الساعدي أن القوات جاهزة.', 'عبد الرحيم الساعدي'],
    ['وقال اللواء خالد الشمري إن الطريق أغلق.', 'خالد الشمري'],
  ])('a given name or particle after the rank makes a name: %s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test.each([
    'الفريق جاهز للمباراة.',
    'وأكد المدرب أن الفريق متماسك رغم الخسارة.',
    'تقدم اللواء المدرع نحو الحدود.',
    'اللواء فقد السيطرة على التلة.',
    'استقبل العميد الجديد طلاب الكلية.',
    'قال العميد إن الامتحانات تبدأ غدا.',
    'الفريق فاز بالمباراة.',
  ])('no name when no given name follows: %s', (text) => {
    expect(both(text)).toEqual([]);
  });
});

describe('people: a family name with a nisba closes a name of three words', () => {
  test.each([
    ['وقال رئيس البرلمان محمد ريكان الحلبوسي إن الجلسة تأجلت.', 'محمد ريكان الحلبوسي'],
    ['وصرح الوزير أحمد كامل الزبيدي بأن المفاوضات مستمرة.', 'أحمد كامل الزبيدي'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test('a demonym is a nationality, never the family name', () => {
    expect(names('التقى الوزير أحمد علي العراقي بنظيره.', false)).not.toContain('أحمد علي العراقي');
  });
  test('an office or domain word with the nisba ending is no family name', () => {
    expect(names('وقال الوزير أحمد علي الوطني إن', false)).not.toContain('أحمد علي الوطني');
  });
});

describe('people: open-data name words propose, context decides', () => {
  test('a name word after a title reads as a given name (فوزي، غازي are no hand-kept names)', () => {
    expect(both('وقال المستشار غازي الدليمي إن الاتفاق قريب.')).toEqual(['غازي الدليمي']);
  });
  test('a name stops before a word with the article fused to ل (للصحفيين)', () => {
    expect(names('وقال غازي حمد للصحفيين إن الوفد سيعود.', true)).toEqual(['غازي حمد']);
    for (const model of [true, false]) expect(names('وقال غازي حمد للصحفيين إن الوفد سيعود.', model).join()).not.toContain('للصحفيين');
  });
  // the rules read only a guess here, and the model's reading of a person does not make one everyday word a name
  test('a name word that is an everyday word, with no name context: المستشار سعيد بالنتائج. (with the model)', () => {
    expect(both('المستشار سعيد بالنتائج.')).toEqual([]);
  });
  test('the same with the rules alone: المستشار سعيد بالنتائج.', () => {
    expect(names('المستشار سعيد بالنتائج.', false)).toEqual([]);
  });
  test.each([
    'كان الجو جميلا وقال المعلق إن الجمهور سعيد جدا.',
    'وقال ابن عم الضحية إن الشرطة تأخرت.',
    'أكد الوزير أن الفريق الوطني مستعد.',
    'كانت الأجواء جميلة والناس سعداء بالعيد.',
    'قال المواطن إن الوضع أمين في الحي.',
  ])('a name word that is an everyday word, with no name context: %s', (text) => {
    expect(both(text)).toEqual([]);
  });
});

describe('people: a demonym closes a name of three words when the second word is no given name', () => {
  test.each([
    ['التقى رئيس الوزراء محمد شياع السوداني وفدا تجاريا.', 'محمد شياع السوداني'],
    ['وقال محمد شياع السوداني إن الحكومة ماضية في خطتها.', 'محمد شياع السوداني'],
    ['وأعلن الكاتب أحمد دقلو الليبي روايته الجديدة.', 'أحمد دقلو الليبي'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test.each([
    // two given names: the demonym after them is the player's nationality
    ['سجل اللاعب محمد صلاح المصري هدفين.', 'محمد صلاح'],
    ['استقبل الوزير أحمد علي العراقي نظيره.', 'أحمد علي'],
    ['قال محمد حسن اللبناني إن المباراة صعبة.', 'محمد حسن'],
  ])('after two given names it stays a nationality: %s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
  test('a demonym after a single word is no family name', () => {
    expect(names('وصل الرئيس عمر السوداني إلى المطار.', false).join()).not.toContain('السوداني');
  });
});

describe('people: a third word no list knows closes a name two given names open, where the name plainly ends', () => {
  test.each([
    ['قال محمد حمدان دقلو إن قواته ستنسحب.', 'محمد حمدان دقلو'],
    ['وصل محمد حمدان دقلو، قائد القوات، إلى المدينة.', 'محمد حمدان دقلو'],
    ['وأكد خالد سعيد برناوي أن الاتفاق قريب.', 'خالد سعيد برناوي'],
  ])('%s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
  test.each([
    // the name does not plainly end after the word: it may be the verb's object or an adverb
    ['التقى محمد حمدان وفدا من الخارج.', 'محمد حمدان'],
    ['وأكد محمد حمدان جاهزية القوات للمهمة.', 'محمد حمدان'],
    ['قال جو بايدن وكامالا هاريس شيئا.', 'جو بايدن'],
    // a common noun or an adjective with the nisba ending before إن is no family name
    ['وقال أحمد حسن مسؤولا إن الملف مغلق.', 'أحمد حسن'],
    ['وقال محمد علي رسمي إن القرار صدر.', 'محمد علي'],
    // a single given name before it: no father's name, so the word is not read as a family name
    ['وقال محمد برناوي إن الاتفاق قريب.', 'محمد برناوي'],
  ])('the name stops before the word: %s', (text, name) => {
    expect(names(text, false)[0]).toEqual(name);
  });
});

describe('people: بأن، لأن، كأن as written are complementizers, not the open-data name بان', () => {
  test.each([
    ['وصرح المتحدث باسم الوزارة ماثيو ميلر بأن الوفد وصل.', 'ماثيو ميلر'],
    ['وأفاد الوزير جون سميث بأنه سيستقيل.', 'جون سميث'],
    ['وقال الرئيس محمد خالد لأن الوقت ضيق.', 'محمد خالد'],
  ])('%s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
  test('بان written without the hamza stays a name', () => {
    expect(names('وقال الأمين العام بان كي مون إن المنظمة قلقة.', false)).toEqual(['بان كي مون']);
  });
});

describe('people: an open-data name word that is a noun news names people by does not carry a name on', () => {
  test.each([
    ['وقال محمد علي كبير المفاوضين إن الجولة انتهت.', 'محمد علي'],
    ['وقال أحمد سعيد صاحب المبادرة إن الحوار مستمر.', 'أحمد سعيد'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test('a name word that is no such noun still does', () => {
    expect(both('وقال المستشار غازي الدليمي إن الاتفاق قريب.')).toEqual(['غازي الدليمي']);
  });
});
