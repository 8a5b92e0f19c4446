// An office whose fields are joined by و (وزير الثقافة والفنون، وزير التعليم العالي والبحث العلمي),
// as the Maghreb, Egypt and Jordan name their ministers: the whole office is the title and the name
// comes after it. Forms of address joined by و open another person.
import { extract } from '../src/index';
import { peopleNames as names } from './people-helpers';

describe('people: an office of fields joined by و is one title', () => {
  test.each([
    ['أشرفت وزيرة الثقافة والفنون صورية مولوجي على افتتاح المعرض.', 'صورية مولوجي', 'وزيرة الثقافة والفنون'],
    ['قال وزير التعليم العالي والبحث العلمي نعيم العبودي إن القبول بدأ.', 'نعيم العبودي', 'وزير التعليم العالي والبحث العلمي'],
    ['قال وزير التجهيز والنقل الموريتاني محمد عالي ولد سيدي محمد إن الطريق جاهز.', 'محمد عالي ولد سيدي محمد', 'وزير التجهيز والنقل الموريتاني'],
    ['أعلن وزير الأوقاف والشؤون والمقدسات الإسلامية محمد الخلايلة موعد تفويج الحجاج.', 'محمد الخلايلة', 'وزير الأوقاف والشؤون والمقدسات الإسلامية'],
    ['قال وزير الشباب والرياضة أحمد الخليفي إن المنتخب جاهز.', 'أحمد الخليفي', 'وزير الشباب والرياضة'],
  ])('%s', (text, name, title) => {
    expect(names(text, false)).toEqual([name]);
    expect(extract(text, { model: false }).people[0]!.titles).toEqual([title]);
  });

  test('a form of address joined by و after an office opens another person', () => {
    const text = 'حضر اللقاء وزير البيئة والمياه والسيد كينجي تاناكا القائم بأعمال السفارة.';
    const people = extract(text, { model: false }).people;
    expect(people.map((p) => p.name)).toEqual(['كينجي تاناكا']);
    expect(people[0]!.titles).toEqual(['السيد']);
  });

  test('an office with nothing after it that could be a name proposes nothing', () => {
    expect(names('وصل وزير الخارجية والوفد المرافق له إلى العاصمة مساء أمس.', false)).toEqual([]);
    expect(names('وصل وزير الخارجية والوفد المرافق له إلى العاصمة مساء أمس.', true)).toEqual([]);
  });
});

describe('people: a preposition with a pronoun is no name', () => {
  test.each([
    'وصل وزير الداخلية الجديد له إلى المطار.',
    'وصل رئيس الوزراء المرافق له إلى القصر.',
    'قال المقدم إليه إن الطلب رفض.',
  ])('%s', (text) => {
    expect(names(text, false)).toEqual([]);
  });
});

describe('people: clergy, members and astronauts are titles before a name', () => {
  test.each([
    ['قال آية الله علي السيستاني إن المشاركة واجبة.', 'علي السيستاني', 'آية الله'],
    ['قال المرجع الديني الأعلى علي السيستاني إن المشاركة واجبة.', 'علي السيستاني', 'المرجع الديني الأعلى'],
    ['قال مفتي القدس محمد حسين إن المسجد مغلق.', 'محمد حسين', 'مفتي القدس'],
    ['قال القس منذر إسحاق إن الكنيسة ستبقى مفتوحة.', 'منذر إسحاق', 'القس'],
    ['قالت عضو البرلمان التونسي فاطمة المسدي إن المشروع سيعرض قريبا.', 'فاطمة المسدي', 'عضو البرلمان التونسي'],
    ['قال عضو المكتب السياسي لحركة حماس باسم نعيم إن الوفد غادر.', 'باسم نعيم', 'عضو المكتب السياسي لحركة حماس'],
    ['أكد رائد الفضاء الإماراتي سلطان النيادي أن المهمة نجحت.', 'سلطان النيادي', 'رائد الفضاء الإماراتي'],
    ['قال شيخ الأزهر أحمد الطيب إن الأمة بحاجة إلى الوحدة.', 'أحمد الطيب', 'شيخ الأزهر'],
    ['وقال الناقد السينمائي طارق الشناوي إن الفيلم يستحق الجائزة.', 'طارق الشناوي', 'الناقد السينمائي'],
  ])('%s', (text, name, title) => {
    expect(names(text, false)).toEqual([name]);
    expect(extract(text, { model: false }).people[0]!.titles).toEqual([title]);
  });

  test('المفتي is a family name too: it is no title', () => {
    const people = extract('التقى الملك فارس المفتي والسفير الأذري في عمان.', { model: false }).people;
    expect(people.flatMap((p) => p.titles ?? []).some((t) => t.includes('المفتي'))).toBe(false);
  });

  test('a member with nothing after it that could be a name proposes nothing', () => {
    expect(names('قال عضو في المجلس إن الجلسة تأجلت.', false)).toEqual([]);
  });
});

describe('people: an event\'s noun after a title opens the event\'s name, not a person\'s', () => {
  test.each([
    'افتتح وزير الثقافة معرض الدوحة للكتاب.',
    'افتتحت وزيرة الثقافة مهرجان قرطاج الدولي.',
    'شارك رئيس الوزراء مؤتمر باريس للمناخ.',
  ])('%s', (text) => {
    expect(names(text, false)).toEqual([]);
  });
  test('a name after the title still is one', () => {
    expect(names('افتتح وزير الثقافة محمد الجسار معرض الكويت للكتاب.', false)).toEqual(['محمد الجسار']);
  });
});

describe('people: a title after a name ends it', () => {
  test('البابا فرنسيس شيخ الأزهر أحمد الطيب is two people', () => {
    expect(names('استقبل البابا فرنسيس شيخ الأزهر أحمد الطيب في روما.', false)).toEqual(['فرنسيس', 'أحمد الطيب']);
  });
  test('شيخ inside a name stays in it', () => {
    expect(names('قال الرئيس الصومالي حسن شيخ محمود إن الحكومة ستحارب الإرهاب.', false)).toEqual(['حسن شيخ محمود']);
  });
});

describe('people: a title after ل + the article is given with its alef', () => {
  test.each([
    ['منحت الأكاديمية الجائزة للكاتب النرويجي يون فوسه.', 'يون فوسه', 'الكاتب النرويجي'],
    ['فاز الفيلم بجائزة الحرية للمخرج محمد كردفاني.', 'محمد كردفاني', 'المخرج'],
  ])('%s', (text, name, title) => {
    const person = extract(text, { model: false }).people[0]!;
    expect(person.name).toBe(name);
    expect(person.titles).toEqual([title]);
  });
  test('a title with ل alone or none is as written', () => {
    expect(extract('نقل مصدر مقرب لوزير الخارجية أحمد عطاف أن الزيارة تأجلت.', { model: false }).people[0]!.titles).toEqual(['وزير الخارجية']);
    expect(extract('بعث الملك برسالة إلى الكاتب النرويجي يون فوسه.', { model: false }).people[0]!.titles).toEqual(['الكاتب النرويجي']);
  });
});

describe('people: an office of a business or civil body, the body in construct after it', () => {
  test.each([
    ['وقال الرئيس التنفيذي للمجموعة حاتم دويدار إن الأرباح ارتفعت.', 'حاتم دويدار', 'الرئيس التنفيذي للمجموعة'],
    ['وأوضح رئيس الجمعية سامر الخطيب أن التبرعات زادت.', 'سامر الخطيب', 'رئيس الجمعية'],
    ['قال مدير المستشفى يوسف الحلبي إن الجرحى في حال مستقرة.', 'يوسف الحلبي', 'مدير المستشفى'],
  ])('%s', (text, name, title) => {
    expect(names(text, false)).toEqual([name]);
    expect(extract(text, { model: false }).people[0]!.titles).toEqual([title]);
  });

  test('the office with no name after it proposes no one', () => {
    expect(names('وقال مدير المستشفى إن الحالة مستقرة.', false)).toEqual([]);
    expect(names('وأكد رئيس المؤسسة أن المشروع اكتمل.', false)).toEqual([]);
  });
});

describe('people: a list of people with an adjunct after each name', () => {
  test('a short prepositional phrase between two elements of a list keeps the list', () => {
    expect(names('شارك في الندوة كل من سامي يوسف من مصر وعادل حسن من تونس.', false)).toEqual(['سامي يوسف', 'عادل حسن']);
  });
  test('no list of people: the elements are no names', () => {
    expect(names('التقى كل من مصر في القاهرة والأردن.', false)).toEqual([]);
  });
});

describe('people: a noun after a name of a particle pair and a family name is the verb’s object', () => {
  test('a listed noun, or one its adjective follows, is no fourth name word', () => {
    expect(names('استقبل الرئيس عبد العزيز بوتفليقة الوفد.', false)).toEqual(['عبد العزيز بوتفليقة']);
    expect(names('استقبل الرئيس عبد العزيز بوتفليقة الوفد الأمريكي.', false)).toEqual(['عبد العزيز بوتفليقة']);
  });
  test('a family name with the article still closes such a name', () => {
    expect(names('قال عبد الله محمد الأحمد إن الاتفاق قريب.', false)).toEqual(['عبد الله محمد الأحمد']);
  });
});

describe('people: a verb in the future after a title is what its holder will do', () => {
  test('the future of a derived verb is no name', () => {
    expect(names('قال مصدر إن الوزير سيستقيل الأسبوع المقبل.', false)).toEqual([]);
    expect(names('أكد أن الرئيس سيتوجه إلى القاهرة.', false)).toEqual([]);
  });
  test('a name that opens with س stays a name', () => {
    expect(names('وقال المدرب ستيفن جيرارد إن الفريق جاهز.', false)).toEqual(['ستيفن جيرارد']);
  });
});

// an office held for another (بالإنابة، بالوكالة as the Maghreb says it) after the office and what it is of
describe('people: an acting office is still the title', () => {
  test.each([
    ['قال حاكم مصرف لبنان بالإنابة وسيم منصوري إن سعر الصرف استقر.', 'وسيم منصوري', 'حاكم مصرف لبنان بالإنابة'],
    ['أكد وزير المالية بالوكالة كريم الزواري أن العجز تراجع.', 'كريم الزواري', 'وزير المالية بالوكالة'],
    ['صرح رئيس الوزراء بالإنابة سامي الفاضل بأن الحكومة ماضية في الإصلاح.', 'سامي الفاضل', 'رئيس الوزراء بالإنابة'],
  ])('%s', (text, name, title) => {
    expect(names(text, false)).toEqual([name]);
    expect(extract(text, { model: false }).people[0]!.titles).toEqual([title]);
  });

  test.each(['وقع وزير المالية بالإنابة عن الحكومة على الاتفاقية.', 'ألقى وزير الخارجية كلمة بالإنابة عن الرئيس أمام القمة.'])(
    'on behalf of someone (بالإنابة عن) names no one: %s',
    (text) => {
      expect(names(text, false)).toEqual([]);
      expect(names(text, true)).toEqual([]);
    },
  );
});
