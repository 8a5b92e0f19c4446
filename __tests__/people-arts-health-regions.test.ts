// News of culture, health, religion, business and regions the recognizer was less written for
// (session 18): a preposition on a noun after a qualified title, which read as a foreign name whose
// first letter the splitter took for ب. Sentences composed for these tests; read with the rules alone
// (model: false), which decide these readings.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: ب on a noun after a title a demonym qualifies is the preposition (isNounAfterPreposition)', () => {
  test.each([
    // the feminine ة as written, a sound feminine plural, the shape فعول
    ['وندد الرئيس الفرنسي بهجوم دام في الجنوب.'],
    ['ورحب الوزير الفرنسي بخطوة جريئة.'],
    ['وطالب الرئيس الأمريكي بشروط جديدة.'],
    ['والتزم الرئيس البرازيلي بوعود سابقة.'],
    ['وأشاد الرئيس الأمريكي بتضحيات جسيمة.'],
    ['وندد الوزير الفرنسي بحملات مغرضة.'],
    // a short noun and a short adjective or one in م (MIN_FOREIGN_STEM)
    ['وندد الرئيس الفرنسي بعنف شديد.'],
    ['ورحب الرئيس الأمريكي بعرض جديد.'],
    ['وأشاد الرئيس الفرنسي بدعم متواصل.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    // a foreign name whose first letter looks like ب, and a name word open data holds whole in ة
    ['وقال الحكم الإيطالي بيرلويجي كولينا إن المباراة صعبة.', ['بيرلويجي كولينا']],
    ['وقالت الفنانة المغربية بهيجة إدريس إن العرض نجح.', ['بهيجة إدريس']],
    ['وقال المدرب البلجيكي برونو مارتينيز إن الفريق جاهز.', ['برونو مارتينيز']],
    // a short given name before a long family name
    ['وقال رئيس الاتحاد الألماني برند جوتشولك إن المبيعات تراجعت.', ['برند جوتشولك']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

// every person's name with the text of each mention, read with the rules alone
const mentions = (text: string): string[][] =>
  extract(text, { model: false }).people.map((p) => [p.name, ...p.mentions.map((m) => m.text)]);

describe('people: two people named side by side, a subject and its object (sideBySide)', () => {
  test.each([
    [
      'وصل المستشار الألماني أولاف شولتس إلى واشنطن، واستقبله الرئيس الأمريكي دونالد ترامب. والتقى أولاف شولتس ترامب في المكتب البيضاوي.',
      [['أولاف شولتس', 'أولاف شولتس', 'أولاف شولتس'], ['دونالد ترامب', 'دونالد ترامب', 'ترامب']],
    ],
    // the other's word is not its last, and the splitter took its first letter for ل
    [
      'وفاز الرئيس البرازيلي لولا دا سيلفا بولاية ثالثة. وهنأ الرئيس الأرجنتيني خافيير ميلي لولا بالفوز، وقال خافيير ميلي إن البلدين جاران.',
      [['لولا دا سيلفا', 'لولا دا سيلفا', 'لولا'], ['خافيير ميلي', 'خافيير ميلي', 'خافيير ميلي']],
    ],
  ])('%s', (text, people) => {
    expect(mentions(text)).toEqual(people);
  });
  test.each([
    // one family's names share words besides the last: each is a person of its own
    ['قال جورج بوش إن الحرب انتهت. وقال جورج دبليو بوش إن الجنود سيعودون.', ['جورج بوش', 'جورج دبليو بوش']],
    ['قال محمد بن زايد إن البلاد بخير. وقال عبد الله بن زايد إن العلاقات قوية.', ['محمد بن زايد', 'عبد الله بن زايد']],
    // a name of three words no other name ends with stays whole
    ['وقال المستشار الألماني أولاف شولتس إن الاتفاق مهم. وقال الرئيس الكيني وليام ساموي روتو إن بلاده توافق.', ['أولاف شولتس', 'وليام ساموي روتو']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: آن as written before a family name is the given name Anne (isAnneAt)', () => {
  test.each([
    ['ورحبت عمدة باريس آن هيدالغو بقرار اللجنة الأولمبية.', ['آن هيدالغو']],
    ['وقالت الكاتبة الفرنسية آن إرنو إن الجائزة شرف كبير.', ['آن إرنو']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    // `it is time`: a definite noun, a preposition or a function word follows
    ['وقال الوزير آن الأوان لإصلاح التعليم.'],
    ['وقال الرئيس الفرنسي إنه آن لنا أن نتحرك.'],
    ['وقال الرئيس آن أن نعمل معا.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: ب or ل on a derived verbal noun that opens with alif ends a name (DERIVED_VERBAL_NOUN)', () => {
  test.each([
    // a kunya read on into what its bearer called for or welcomed
    ['وطالب أبو رمضان بإدخال الوقود فورا.'],
    ['ورحب أبو مازن بإعلان الهدنة.'],
    ['ورحب أبو مازن باستئناف المفاوضات.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    ['وطالب وزير الصحة الفلسطيني ماجد أبو رمضان بإدخال الوقود فورا.', ['ماجد أبو رمضان']],
    ['ورحب الرئيس الموريتاني محمد ولد الغزواني بانتخاب الأمين العام الجديد.', ['محمد ولد الغزواني']],
    // a family name whose first letter looks like ب, of no verbal noun's shape
    ['وقال المهاجم الفرنسي كريم بنزيمة إن الفريق جاهز.', ['كريم بنزيمة']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a given name after the head of the title a full name was read after is that person (titledOpeners)', () => {
  test.each([
    [
      'وافتتحت الملكة رانيا العبدالله مدرسة جديدة في إربد. وقالت الملكة رانيا إن التعليم حق لكل طفل.',
      [['رانيا العبدالله', 'رانيا العبدالله', 'رانيا']],
    ],
    [
      'وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وأضاف الرئيس بشار أن البلاد بخير.',
      [['بشار الأسد', 'بشار الأسد', 'بشار']],
    ],
  ])('%s', (text, people) => {
    expect(mentions(text)).toEqual(people);
  });
  test.each([
    // another head: a minister named by his given name is not the president of that name
    [
      'وقال الرئيس اللبناني ميشال عون إن الحكومة ستتشكل. وقال الوزير ميشال إن الموازنة جاهزة.',
      [['ميشال عون', 'ميشال عون'], ['ميشال', 'ميشال']],
    ],
    // before the full name, a given name alone may be another's
    [
      'وقال السيد كريم إن الاجتماع مهم. وقال السيد كريم بنعلي إن الاتفاق قريب.',
      [['كريم', 'كريم'], ['كريم بنعلي', 'كريم بنعلي']],
    ],
  ])('%s', (text, people) => {
    expect(mentions(text)).toEqual(people);
  });
});

describe('people: a broken plural of the shape فعايا ends a name (FAAAYA_PLURAL)', () => {
  test.each([
    ['وناقش الوزير خالد قضايا المياه مع نظيره.', ['خالد']],
    ['ووزع الأمير فيصل هدايا على الأطفال.', ['فيصل']],
    // a family name so shaped that open data holds
    ['وقال الروائي الأمريكي رودولفو أنايا إن الكتابة حياة.', ['رودولفو أنايا']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([['وناقش إبراهيم قضايا المياه.'], ['وأحصى حسن ضحايا الفيضان.']])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a family name that is an everyday noun too, where the name plainly ends (isEverydayNoun)', () => {
  test.each([
    ['وقالت الشاعرة الكويتية سعاد الصباح إن الشعر مرآة المجتمع.', ['سعاد الصباح']],
    ['وقال الكاتب الكويتي محمد الصباح إن الرواية تكتب نفسها.', ['محمد الصباح']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    // the morning, and a listed noun open data holds as no name: the verb's object
    ['وقرأ الشيخ أحمد الصباح الباكر.', ['أحمد']],
    ['وزار الملك فيصل المستشفى.', ['فيصل']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: the titles of a Shia religious authority (المرجع الشيعي, المرجع الأعلى)', () => {
  test.each([
    ['وقال المرجع الشيعي محمد الحسني إن الانتخابات واجبة.', [['محمد الحسني', ['المرجع الشيعي']]]],
    ['وقال المرجع الأعلى علي السيستاني إن الانتخابات واجبة.', [['علي السيستاني', ['المرجع الأعلى']]]],
  ])('%s', (text, people) => {
    expect(extract(text, { model: false }).people.map((p) => [p.name, p.titles])).toEqual(people);
  });
  test.each([['وعاد المرجع الشيعي إلى النجف بعد الزيارة.'], ['واعتبر المرجع الأعلى للقضاء أن الحكم نهائي.']])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
