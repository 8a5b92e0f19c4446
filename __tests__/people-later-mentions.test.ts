// How news refers again to a person it has named in full: a Gulf or royal given name after a title
// (`الشيخ محمد`), a surname after another's when a reading took both for one name (`وقال ماكرون
// لبوتين`), a name and the noun its verb takes as object (`وأقام الرئيس ماكرون مأدبة`), names ending
// in the name of God, surnames that are everyday words, and two people of one family name.
// Sentences composed for these tests; read with the rules alone (model: false), which decide these
// readings.
import { extract } from '../src/index';

/** Each person's name and the texts of its mentions, after checking every mention's offsets. */
function mentions(text: string): Array<[string, string[]]> {
  const result = extract(text, { model: false });
  for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.people.map((p) => [p.name, p.mentions.map((m) => m.text)]);
}

describe('people: a Gulf or royal given name after a title names the one person it opens', () => {
  test('الشيخ محمد after محمد بن زايد آل نهيان is he', () => {
    const text = 'استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة الرئيس الكيني في أبوظبي. وبحث الشيخ محمد مع ضيفه العلاقات الثنائية.';
    expect(mentions(text)).toEqual([['محمد بن زايد آل نهيان', ['محمد بن زايد آل نهيان', 'محمد']]]);
  });
  test('الأمير فيصل after فيصل بن فرحان, and a regnal name by its given name', () => {
    const text = 'أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان دعم المبادرة. وقال الأمير فيصل إن الرياض ترحب بها.';
    expect(mentions(text)).toEqual([['فيصل بن فرحان', ['فيصل بن فرحان', 'فيصل']]]);
    const royal = 'ترأس الملك محمد السادس مجلس الوزراء في الرباط. وأعطى الملك محمد تعليماته للحكومة بتسريع الإصلاح.';
    expect(mentions(royal)).toEqual([['محمد السادس', ['محمد السادس', 'محمد']]]);
  });
  test('a given name two chains open names neither', () => {
    const text =
      'التقى الشيخ محمد بن زايد آل نهيان ولي العهد السعودي الأمير محمد بن سلمان في الرياض. وقال الشيخ محمد إن اللقاء كان مثمرا.';
    const people = mentions(text);
    expect(people.find(([name]) => name === 'محمد بن زايد آل نهيان')![1]).toEqual(['محمد بن زايد آل نهيان']);
    expect(people.find(([name]) => name === 'محمد بن سلمان')![1]).toEqual(['محمد بن سلمان']);
  });
  test('a given name is not the surname of a name of two words (محمود عباس, عباس عراقجي stay two)', () => {
    const text = 'التقى الرئيس الفلسطيني محمود عباس وزير الخارجية الإيراني عباس عراقجي في الدوحة. وقال عراقجي إن بلاده تدعم الفلسطينيين.';
    expect(mentions(text)).toEqual([
      ['محمود عباس', ['محمود عباس']],
      ['عباس عراقجي', ['عباس عراقجي', 'عراقجي']],
    ]);
  });
});

describe('people: two people a reading took for one name', () => {
  test('وقال ماكرون لبوتين: a surname, then another\'s after ل', () => {
    const text = 'اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الروسي فلاديمير بوتين. وقال ماكرون لبوتين إن فرنسا تريد وقف إطلاق النار.';
    expect(mentions(text)).toEqual([
      ['إيمانويل ماكرون', ['إيمانويل ماكرون', 'ماكرون']],
      ['فلاديمير بوتين', ['فلاديمير بوتين', 'بوتين']],
    ]);
  });
  test('a word after ل that is no one\'s surname leaves the reading as it was', () => {
    const text = 'اتصل الرئيس الفرنسي إيمانويل ماكرون بالرئيس الروسي فلاديمير بوتين. وقال ماكرون لصحيفة لوموند إن فرنسا تريد السلام.';
    expect(mentions(text).map(([, texts]) => texts)).toEqual([['إيمانويل ماكرون', 'ماكرون'], ['فلاديمير بوتين']]);
  });
});

describe('people: a name known in full goes on with no noun the verb takes as object', () => {
  test('وأقام الرئيس ماكرون مأدبة, وعقد الأمير محمد اجتماعا', () => {
    const text = 'وصل الرئيس الفرنسي إيمانويل ماكرون إلى بيروت. وأقام الرئيس ماكرون مأدبة عشاء للمسؤولين.';
    expect(mentions(text)).toEqual([['إيمانويل ماكرون', ['إيمانويل ماكرون', 'ماكرون']]]);
    const gulf = 'زار ولي العهد السعودي الأمير محمد بن سلمان باريس. وعقد الأمير محمد اجتماعا مع رئيس الوزراء الفرنسي.';
    expect(mentions(gulf)).toEqual([['محمد بن سلمان', ['محمد بن سلمان', 'محمد']]]);
  });
  test('a name word of the lists after the known name is another person\'s name', () => {
    const text = 'قال الرئيس الفلسطيني محمود عباس إن القدس خط أحمر. واستقبل الرئيس عباس زكي عضو اللجنة المركزية.';
    expect(mentions(text).map(([name]) => name)).toContain('عباس زكي');
  });
  test('before the full name the noun is left to the reading', () => {
    const text = 'وأقام الرئيس ماكرون مأدبة عشاء للمسؤولين. وكان الرئيس الفرنسي إيمانويل ماكرون قد وصل إلى بيروت.';
    expect(mentions(text).map(([name]) => name)).toContain('ماكرون مأدبة');
  });
});

describe('people: what a family name alone is not', () => {
  test('الله is no mention of a name a compound with it ends (حسن نصر الله)', () => {
    const text = 'قال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة. وأضاف نصر الله أن النصر من عند الله وحده.';
    expect(mentions(text)).toEqual([['حسن نصر الله', ['حسن نصر الله', 'نصر الله']]]);
  });
  test('a definite surname after و، ب or ل is the person, the article\'s lam kept after لل', () => {
    const text = 'أعلن رئيس الوزراء العراقي مصطفى الكاظمي حزمة إصلاحات. واتصل الرئيس الأمريكي بالكاظمي أمس. والتقى الحلبوسي والكاظمي في بغداد. وقدم الوفد التهنئة للكاظمي.';
    expect(mentions(text)).toEqual([['مصطفى الكاظمي', ['مصطفى الكاظمي', 'الكاظمي', 'الكاظمي', 'لكاظمي']]]);
  });
  test('a surname that is a demonym qualifies the definite noun before it', () => {
    const text = 'قال رئيس الوزراء العراقي محمد شياع السوداني إن الجيش السوداني يخوض حربا صعبة. وقال السوداني إن بغداد مستعدة للمساعدة.';
    expect(mentions(text)).toEqual([['محمد شياع السوداني', ['محمد شياع السوداني', 'السوداني']]]);
  });
  test('a compound of the name of God is the surname alone, but not after a preposition', () => {
    const text =
      'قال المرجع الديني محمد حسين فضل الله إن الوحدة واجبة. ودعا فضل الله إلى الحوار، وأيده أنصار فضل الله. والحمد لله على فضل الله.';
    expect(mentions(text)).toEqual([['محمد حسين فضل الله', ['محمد حسين فضل الله', 'فضل الله', 'فضل الله']]]);
  });
  test('a surname that is an everyday word is the person only as a reporting verb\'s subject or opening a sentence', () => {
    const text = 'كلف الرئيس اللبناني القاضي نواف سلام بتشكيل الحكومة. وقال سلام إن الحكومة ستعمل من أجل اتفاق سلام دائم.';
    expect(mentions(text)).toEqual([['نواف سلام', ['نواف سلام', 'سلام']]]);
    const happy = 'قال الرئيس التونسي قيس سعيد إن الإصلاح مستمر. وقال المدرب إنه سعيد بالفوز على الترجي.';
    expect(mentions(happy)).toEqual([['قيس سعيد', ['قيس سعيد']]]);
    const blessed = 'قال الرئيس المصري حسني مبارك إن السلام خيار. وكان مبارك قد هنأ المواطنين بحلول عيد مبارك.';
    expect(mentions(blessed)).toEqual([['حسني مبارك', ['حسني مبارك', 'مبارك']]]);
  });
  test('two people of one family name stay two, and the name alone is the one named first', () => {
    const text =
      'قال سيف الإسلام القذافي نجل الزعيم الليبي الراحل معمر القذافي إنه سيترشح للرئاسة. وأضاف القذافي أن ليبيا تحتاج إلى المصالحة.';
    expect(mentions(text)).toEqual([
      ['سيف الإسلام القذافي', ['سيف الإسلام القذافي', 'القذافي']],
      ['معمر القذافي', ['معمر القذافي']],
    ]);
  });
});

describe('people: a laqab or kunya the full name introduces is the person', () => {
  test('المعروف بحميدتي, then حميدتي alone', () => {
    const text = 'أعلن قائد قوات الدعم السريع الفريق محمد حمدان المعروف بحميدتي قبول الهدنة. وقال حميدتي في تسجيل مصور إن قواته ملتزمة.';
    expect(mentions(text)).toEqual([['محمد حمدان', ['محمد حمدان', 'حميدتي', 'حميدتي']]]);
  });
  test('a kunya in brackets after the name, then the kunya alone', () => {
    const text = 'قال الرئيس الفلسطيني محمود عباس (أبو مازن) إن القدس خط أحمر. وقال أبو مازن إن الشعب صامد.';
    expect(mentions(text)).toEqual([['محمود عباس', ['محمود عباس', 'أبو مازن', 'أبو مازن']]]);
  });
  test('الملقب: a laqab with the article, and a given name with its laqab, which alone is no mention', () => {
    const text = 'قتل القيادي في التنظيم أحمد الجبوري الملقب بالشبح في غارة جوية. وكان الشبح مطلوبا منذ سنوات.';
    expect(mentions(text)).toEqual([['أحمد الجبوري', ['أحمد الجبوري', 'الشبح', 'الشبح']]]);
    const chemical = 'أعدم الوزير السابق علي حسن المجيد الملقب بعلي الكيماوي أمس. وقال المحامي إن علي بريء.';
    expect(mentions(chemical)).toEqual([['علي حسن المجيد', ['علي حسن المجيد', 'علي الكيماوي']]]);
  });
  test('what a person is known for is no name of theirs', () => {
    const text = 'قال الشيخ أحمد الكبيسي المعروف بمواقفه المعتدلة إن الفتنة خطر. وقال الوزير سامي الحداد المعروف بالاعتدال إن الحوار ضروري.';
    expect(mentions(text)).toEqual([
      ['أحمد الكبيسي', ['أحمد الكبيسي']],
      ['سامي الحداد', ['سامي الحداد']],
    ]);
  });
});
