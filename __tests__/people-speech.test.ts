import { extract } from '../src/index';
import { extractWith } from '../src/extract/extract';
import type { ModelWithRules } from '../src/model/model';

// Names in these sentences are made up for the tests; none is in a lexicon.
const people = (text: string) => {
  const result = extract(text);
  for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.people;
};
const names = (text: string) => people(text).map((p) => p.name);
const mentions = (text: string) => people(text).map((p) => p.mentions.map((m) => m.text));

describe('people: an unknown name after a reporting verb', () => {
  test.each([
    ['وقال مهند سعدون إن الوضع صعب', 'مهند سعدون'],
    ['وأضاف نوفل حداد في بيان أن الحوار مستمر', 'نوفل حداد'],
    ['قال غيث بوعزة، المتحدث باسم الحزب، إن القرار نهائي', 'غيث بوعزة'],
    ['وأوضح نادر قصاب لوكالة الأنباء أن المفاوضات توقفت', 'نادر قصاب'],
    ['وصرح نادر قصاب للصحفيين بأن الموعد تأجل', 'نادر قصاب'],
    ['وقالت سوسن بركات: "لن نتراجع"', 'سوسن بركات'],
    ['وأكدت سوسن بركات أنها ستترشح', 'سوسن بركات'],
    ['فأعلن نوفل حداد أنه سينسحب', 'نوفل حداد'],
  ])('%s', (text, name) => {
    const [p, ...rest] = people(text);
    expect(rest).toEqual([]);
    expect(p!.name).toBe(name);
    expect(p!.mentions[0]!.start).toBe(text.indexOf(name));
    expect(p!.titles).toBeUndefined();
  });

  // the rules alone: the model reads some of these names too, and would hide whether the rule does
  test.each([
    ['وقال غيث بوعزة المتحدث باسم الحزب إن القرار نهائي', 'غيث بوعزة'],
    ['من جهته، قال عزيز أخنوش رئيس الحكومة إن الحكومة ستخلق فرص عمل', 'عزيز أخنوش'],
    ['وأكدت سوسن بركات وزيرة الصحة أن المستشفيات جاهزة', 'سوسن بركات'],
  ])('a title in apposition with no comma, then what was said: %s', (text, name) => {
    expect(extract(text, { model: false }).people.map((p) => p.name)).toEqual([name]);
  });

  // a title its domain or body completes names the words before it as a person's without a report
  // after it (session 17: hasTitleInApposition), as a source named without a name is never followed
  test('a title in apposition confirms a speaker with no report after it: وقال غيث بوعزة المتحدث باسم الحزب في المؤتمر', () => {
    expect(extract('وقال غيث بوعزة المتحدث باسم الحزب في المؤتمر', { model: false }).people.map((p) => p.name)).toEqual(['غيث بوعزة']);
  });

  test.each([
    // a common noun after the verb, then a title: no name
    'وقال مصدر رئيس الوزراء إن القرار نهائي',
  ])('no name from a title without a report after it, or before a common noun: %s', (text) => {
    expect(extract(text, { model: false }).people).toEqual([]);
  });

  test('a speech verb before a known person changes nothing', () => {
    const [p] = people('وقال وزير الخارجية أنور خليل إن اللقاء كان مثمرا');
    expect(p).toMatchObject({ name: 'أنور خليل', titles: ['وزير الخارجية'] });
  });

  test.each([
    'قال مصدر مسؤول إن الاتفاق قريب',
    'أكد مسؤول أمريكي أن الزيارة ألغيت',
    'قالت مصادر مطلعة إن الوفد وصل',
    'أعلن بيان صادر عن الوزارة أن الامتحانات تأجلت',
    'أضاف التقرير أن الأسعار ارتفعت',
    'قال شهود عيان إن الانفجار كان قويا',
    'أكدت وزارة الصحة أن الإصابات تراجعت',
    'قال رئيس الوزراء إن الحكومة باقية',
    'وقال مسؤولون عسكريون إن القصف استمر',
    'وأضاف قائلا إن الأمر انتهى',
    'قال دبلوماسي غربي إن المحادثات متعثرة',
    'قال سكان محليون إن المياه انقطعت',
    'قال ابن عم الضحية إن الشرطة تأخرت',
    'قال مالك المتجر إن اللصوص فروا',
    'قال عضو مجلس بلدي إن الطريق أغلق',
    'كشفت دراسة حديثة أن النوم مهم',
    'وقالت أمنستي إنترناشونال إن المعتقلين تعرضوا للتعذيب',
    'قال ناشطون حقوقيون إن الاعتقالات مستمرة',
    'قالت مسؤولة أممية إن المساعدات لم تصل',
  ])('no person in a nameless source: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  test.each([
    ['ونقلت الوكالة عن خالد قوله إن الاتفاق سيوقع قريبا', 'خالد'],
    ['ونقلت الصحيفة عن المهندس نبيل عواد قوله إن العمل توقف', 'نبيل عواد'],
    ['ونقلت القناة عن الوزيرة هالة السعيد تأكيدها أن النمو تحسن', 'هالة السعيد'],
  ])('the verbal noun of saying after a quoted source is no part of the name: %s', (text, name) => {
    for (const model of [false, true]) {
      const result = extract(text, { model });
      for (const p of result.people) for (const m of p.mentions) expect(m.text).not.toMatch(/قول|تأكيد/);
      if (name.includes(' ')) expect(result.people.map((p) => p.name)).toEqual([name]);
    }
  });

  test('without a report going on after it, a reading is only a guess', () => {
    expect(names('وأعلن نوفل حداد انسحابه من السباق')).toEqual([]);
    expect(names('أعلن وقف إطلاق النار في المدينة')).toEqual([]);
  });

  test('a guess stands beside a stronger mention of the same person', () => {
    const text = 'وأضاف نوفل حداد مبتسما. وكان المهندس نوفل حداد قد وصل.';
    const [p] = people(text);
    expect(p!.mentions.map((m) => m.start)).toEqual([text.indexOf('نوفل'), text.lastIndexOf('نوفل')]);
    expect(p!.titles).toEqual(['المهندس']);
  });

  test('a given name that is also a word, with a particle after it, is a name (سامي عبد الرزاق)', () => {
    expect(names('في عهد حكومة سامي عبد الرزاق تراجع الدين العام')).toEqual(['سامي عبد الرزاق']);
    expect(names('وعبر عن أمل كبير في التوصل إلى حل')).toEqual([]);
  });
});

describe('people: names joined by و', () => {
  test('an unknown name after a found person', () => {
    const text = 'التقى جو بايدن وريتشارد هولبروك في البيت الأبيض';
    const list = people(text);
    expect(list.map((p) => p.name)).toEqual(['جو بايدن', 'ريتشارد هولبروك']);
    expect(list[1]!.mentions[0]!.start).toBe(text.indexOf('ريتشارد'));
  });
  test('a chain of names after a titled one', () => {
    expect(names('استقبل الوزير أنور خليل ونوفل حداد ومهند سعدون أمس')).toEqual(['أنور خليل', 'نوفل حداد', 'مهند سعدون']);
  });
  test('a guess passes on only its own strength', () => {
    expect(extract('وأعلن نوفل حداد وغيث بوعزة انسحابهما', { model: false }).people).toEqual([]);
    // the model, reading a person over the guess's words by its promotion margin, makes that guess a
    // name, and only that one: whether today's weights clear the margin is theirs to say
    expect(['', 'نوفل حداد']).toContain(names('وأعلن نوفل حداد وغيث بوعزة انسحابهما').join());
  });
  // a stand-in model that reads a person over exactly each rules' guess at a fixed margin
  const readingGuesses = (margin: number): ModelWithRules => ({
    reader: {
      read: (_tokens, rules) => ({
        spans: rules.filter((r) => r.category === 'people' && r.strength === 1).map((r) => ({ category: 'people' as const, firstToken: r.firstToken, nextToken: r.nextToken, margin })),
        outsideMargin: () => -Infinity,
      }),
    },
    veto: [Infinity],
    promote: 100,
  });
  const namesWith = (text: string, model: ModelWithRules) => extractWith(text, { referenceDate: null, model: true }, model).people.map((p) => p.name);
  test('a guess becomes a name when the model reads a person over its words by the promotion margin, not below it', () => {
    expect(namesWith('وأعلن نوفل حداد وغيث بوعزة انسحابهما', readingGuesses(150))).toEqual(['نوفل حداد']);
    expect(namesWith('وأعلن نوفل حداد وغيث بوعزة انسحابهما', readingGuesses(50))).toEqual([]);
  });
  test('one everyday word after a title is not made a name at any margin: المستشار سعيد بالنتائج', () => {
    expect(namesWith('وقال المستشار سعيد بالنتائج.', readingGuesses(1e9))).toEqual([]);
    // a word no list knows as an everyday word is: السفير الأمريكي بيرنز
    expect(namesWith('وقال السفير الأمريكي بيرنز إن المحادثات مثمرة.', readingGuesses(150))).toEqual(['بيرنز']);
  });
  test.each([
    'استقبل جو بايدن ووفد مرافق له',
    'التقى جو بايدن وقادة فصائل مسلحة',
    'التقى جو بايدن ومسؤولين أمريكيين',
    'التقى جو بايدن وعدد من النواب',
    'التقى جو بايدن وجها لوجه مع خصومه',
  ])('no person in a common noun phrase after a name: %s', (text) => {
    expect(names(text)).toEqual(['جو بايدن']);
  });
});

describe('people: lists of names', () => {
  test('after بكل من', () => {
    expect(names('وأشاد بكل من نوفل حداد ومهند سعدون وغيث بوعزة')).toEqual(['نوفل حداد', 'مهند سعدون', 'غيث بوعزة']);
  });
  test('a given name that is also a word, with a family name no list holds, in a list', () => {
    expect(names('وأشاد الوزير بكل من سامي حداد ومهند سعدون.')).toEqual(['سامي حداد', 'مهند سعدون']);
    // the next element's و is no family name
    expect(names('وأشاد المخرج بكل من نوفل حداد وسامي وتحية كاريوكا.')).not.toContain('سامي وتحية');
  });

  test('after وهم with a colon and commas', () => {
    const text = 'واعتقلت الشرطة ثلاثة رجال وهم: نوفل حداد، مهند سعدون، وغيث بوعزة.';
    const list = people(text);
    expect(list.map((p) => p.name)).toEqual(['نوفل حداد', 'مهند سعدون', 'غيث بوعزة']);
    expect(list[2]!.mentions[0]!.start).toBe(text.indexOf('غيث'));
  });
  test('a list mixes titled and unknown names', () => {
    expect(names('وحضر كل من الوزير أنور خليل ونوفل حداد')).toEqual(['أنور خليل', 'نوفل حداد']);
  });
  test.each([
    'وشارك في القمة كل من روسيا والصين',
    'وسقط ضحايا منهم أطفال صغار ونساء حوامل',
    'وهم نوفل حداد',
  ])('no list of people: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
  test('surnames alone of listed people are their mentions, with و or not (the rules; the model adds the adjective بريئان, a known limit)', () => {
    const text = 'وأدانت المحكمة كلا من نوفل حداد ومهند سعدون. وقال الدفاع إن حداد وسعدون بريئان.';
    const rulesOnly = extract(text, { model: false }).people.map((p) => p.mentions.map((m) => m.text));
    expect(rulesOnly).toEqual([
      ['نوفل حداد', 'حداد'],
      ['مهند سعدون', 'سعدون'],
    ]);
  });
});

describe('people: profession titles', () => {
  test('a profession and a demonym before a name', () => {
    const [p] = people('وكرمت الممثلة السورية منى الخطيب في الحفل');
    expect(p).toMatchObject({ name: 'منى الخطيب', titles: ['الممثلة السورية'], nationality: 'SY' });
  });
  test.each([
    ['وقال الروائي سليم الحداد إن الرواية اكتملت', 'سليم الحداد', 'الروائي'],
    ['وغنت المطربة فريال في الافتتاح', 'فريال', 'المطربة'],
    ['وترافع المحامي جهاد قبلان عن المتهمين', 'جهاد قبلان', 'المحامي'],
    ['وصرح الشاعر التونسي الكبير منير بوزيد للصحفيين', 'منير بوزيد', 'الشاعر التونسي الكبير'],
    ['ويذاع البرنامج الذي أعده السيناريست حازم الحديدي يوميا', 'حازم الحديدي', 'السيناريست'],
    ['وأنتج الفيلم المنتج محمد حفظي', 'محمد حفظي', 'المنتج'],
    ['وأدار المباراة الحكم المصري جهاد جريشة', 'جهاد جريشة', 'الحكم المصري'],
    ['ورقصت الراقصة دينا في الحفل', 'دينا', 'الراقصة'],
  ])('%s', (text, name, title) => {
    const [p] = people(text);
    expect(p).toMatchObject({ name, titles: [title] });
    expect(p!.mentions[0]!.start).toBe(text.indexOf(name));
  });
  test('a title with no name after it, or with a noun in construct, proposes nothing', () => {
    expect(names('وتوفي الشاعر العراقي الكبير عن عمر ناهز الثمانين')).toEqual([]);
    expect(names('وأكد الوزير حرص الحكومة على الحوار')).toEqual([]);
    expect(names('وبحث الرئيس سبل التعاون مع الجيران')).toEqual([]);
    expect(names('ووصل المصور داخل أحد المستشفيات')).toEqual([]);
    // الحكم is also the rule, the judgment, the government; المنتج also the product
    expect(names('وطالب الحزب بتطبيق الحكم الذاتي في الإقليم')).toEqual([]);
    expect(names('وأصدرت المحكمة الحكم على المتهم أمس')).toEqual([]);
    expect(names('وجاء الحكم مخففا')).toEqual([]);
    // with a preposition before its article the head is as ambiguous (بالحكم: with the rule)
    expect(names('ولاقى استفراد الملك بالحكم استهجانا كبيرا لدى البرلمانيين')).toEqual([]);
    expect(names('وارتفع المنتج المحلي الإجمالي بنسبة 3 في المئة')).toEqual([]);
  });
  test('a one-word name before a definite word stands when a fuller mention confirms it', () => {
    const text = 'زار الرئيس كوفاتشيتش المنطقة الحدودية. وكان الرئيس الكرواتي زوران كوفاتشيتش قد وعد بذلك.';
    const [p] = people(text);
    expect(p!.name).toBe('زوران كوفاتشيتش');
    expect(p!.mentions.map((m) => m.text)).toEqual(['كوفاتشيتش', 'زوران كوفاتشيتش']);
  });
});
