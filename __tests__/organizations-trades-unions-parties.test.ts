// Lane t8 (session 18): companies named by a foreign word and their trade, unions of people, parties
// named by a people and a plural adjective, and companies named like people; from sentences of
// technology, aviation, pharmaceutical and labour news written for these tests.
import { extract } from '../src/index';

const read = (text: string): [string, string | undefined, string | undefined][] =>
  extract(text).organizations.map((entity) => [entity.mentions.map((m) => m.text).join(' | '), entity.kind, entity.nationality]);

describe('a foreign word and its trade after شركة is a company', () => {
  test.each([
    ['أعلنت شركة جلفار للصناعات الدوائية عن افتتاح مصنع جديد. وارتفعت أسهم جلفار.', [['جلفار للصناعات الدوائية | جلفار', 'company', undefined]]],
    ['واشترت شركة فولكسفاغن للسيارات الألمانية حصة في المصنع.', [['فولكسفاغن للسيارات الألمانية', 'company', 'DE']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    // an adjective agreeing with شركة, or one ending in ي
    'وتعمل شركة ناشئة للذكاء الاصطناعي في سيول.',
    'وهي شركة كبرى للصناعات الثقيلة.',
    'وقالت شركة أخرى للاتصالات إنها ستخفض الأسعار.',
    'وأصبحت شركة تابعة للدولة منذ سنوات.',
    // a person's name word: whose company it is
    'وأسس شركة محمد للتجارة قبل عشرين عاما.',
  ])('none: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a union or syndicate gathers the people its sound plural names', () => {
  test.each([
    ['ودعا الاتحاد العام للشغالين بالمغرب إلى إضراب عام.', 'الاتحاد العام للشغالين'],
    ['وقالت النقابة الوطنية للصحفيين إن الاعتقالات تتزايد.', 'النقابة الوطنية للصحفيين'],
    ['وطالبت الرابطة الوطنية للمعلمين برفع الأجور.', 'الرابطة الوطنية للمعلمين'],
  ])('%s', (text, mention) => {
    expect(read(text).map(([name]) => name)).toEqual([mention]);
  });

  test.each([
    // another body speaks to them
    'وقال المجلس العسكري للصحفيين إن الانتخابات ستجرى في موعدها.',
    'وقالت الهيئة العليا للمراقبين إن التصويت انتهى.',
  ])('an addressee: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test('the union’s own purpose, then the people it speaks to', () => {
    expect(read('وقال الاتحاد العام التونسي للشغل للصحفيين إن الإضراب قائم.')).toEqual([['الاتحاد العام التونسي للشغل', 'other', 'TN']]);
  });
});

describe('a party named by a people and a plural adjective of people', () => {
  test.each([
    ['وقال حزب المصريين الأحرار إنه سيشارك في الانتخابات.', [['حزب المصريين الأحرار', 'party', 'EG']]],
    ['وقال حزب الديمقراطيين الأحرار البريطاني إنه يعارض الميزانية.', [['حزب الديمقراطيين الأحرار البريطاني', 'party', 'GB']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    // a people alone: whichever party of them
    ['وقال حزب المصريين إنه سيشارك.', []],
    // the adjective after a body's word starts another phrase
    ['وقالت منظمة العفو الدولية الأحرار في السجون.', [['منظمة العفو الدولية', 'other', undefined]]],
    ['وانتقد حزب العمال الأحرار في البلاد.', [['حزب العمال', 'party', undefined]]],
  ])('not: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('companies named like people (lexicon)', () => {
  test('Alibaba after its head, not the tale’s woodcutter', () => {
    expect(read('وقال مؤسس شركة علي بابا جاك ما إن الشركة ستتوسع في آسيا.')[0]).toEqual(['علي بابا', 'company', 'CN']);
    expect(read('وشاهد الأطفال مسرحية علي بابا والأربعين حرامي.')).toEqual([]);
  });

  test.each([
    ['وأعلنت جونسون آند جونسون عن لقاح جديد.', 'جونسون آند جونسون', 'company', 'US'],
    ['وافتتحت ماكدونالدز فرعا جديدا في الرياض.', 'ماكدونالدز', 'company', 'US'],
    ['وأعلنت أوريدو عن عروض جديدة للمشتركين.', 'أوريدو', 'company', 'QA'],
    ['وأطلقت مجموعة إم بي سي منصة جديدة.', 'إم بي سي', 'media', 'SA'],
  ])('%s', (text, mention, kind, country) => {
    expect(read(text)).toEqual([[mention, kind, country]]);
  });

  test('أريد is Ooredoo only after a head: alone it is "I want"', () => {
    expect(read('وقال الوزير: أريد أن أرى النتائج.')).toEqual([]);
    expect(read('وقالت شركة أريد إن أرباحها ارتفعت.')[0]?.[0]).toBe('أريد');
  });
});

describe('an association of one word completed by في + a country', () => {
  test('the state names it, one entity with its nisba', () => {
    const text = 'وقالت جمعية المصارف في لبنان إن الودائع تراجعت. وأضافت جمعية المصارف اللبنانية أن الفوائد سترتفع.';
    expect(read(text)).toEqual([['جمعية المصارف في لبنان | جمعية المصارف اللبنانية', 'other', 'LB']]);
    expect(read('وقالت رابطة الكتاب في الأردن إن المعرض تأجل.')).toEqual([['رابطة الكتاب في الأردن', 'other', 'JO']]);
  });

  test.each([
    // another head: where the company works
    'وتعمل شركة النفط في العراق منذ سنوات.',
    // an indefinite word: a society in general
    'وقالت جمعية خيرية في لبنان إنها وزعت المساعدات.',
    // a city: where it is active
    'وتنشط جمعية المصارف في بيروت منذ عقود.',
  ])('none: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a body named by its country’s name is that state’s', () => {
  test.each([
    ['ووقع بنك قطر الوطني اتفاقية مع شركة مايكروسوفت.', 'بنك قطر الوطني', 'QA'],
    ['وقالت جامعة مصر للعلوم والتكنولوجيا إنها ستفتح فرعا.', 'جامعة مصر للعلوم والتكنولوجيا', 'EG'],
    ['وأعلنت شركة اتصالات المغرب عن ارتفاع عدد مشتركيها.', 'شركة اتصالات المغرب', 'MA'],
  ])('%s', (text, mention, country) => {
    const [name, , nationality] = read(text)[0] ?? [];
    expect([name, nationality]).toEqual([mention, country]);
  });

  test('a city’s name gives no state', () => {
    expect(read('وقالت بلدية دبي إنها ستغلق الطريق.')).toEqual([['بلدية دبي', 'government', undefined]]);
  });
});

describe('a state’s body of its field, then في + a country, is that state’s', () => {
  test.each([
    ['قالت الهيئة العامة للطيران المدني في السعودية إن عدد المسافرين ارتفع.', 'الهيئة العامة للطيران المدني', 'SA'],
    ['وقالت الشركة الوطنية للطيران في الجزائر إن رحلاتها ستستأنف.', 'الشركة الوطنية للطيران', 'DZ'],
  ])('%s', (text, mention, country) => {
    const [name, , nationality] = read(text)[0] ?? [];
    expect([name, nationality]).toEqual([mention, country]);
  });

  test.each([
    // a region's body acts there
    ['وقالت المنظمة العربية للتنمية الزراعية في السودان إن المحصول تراجع.', 'المنظمة العربية للتنمية الزراعية'],
    // a city says where
    ['وقالت الهيئة العامة للاستثمار في دبي إن الطلب ارتفع.', 'الهيئة العامة للاستثمار'],
  ])('no state: %s', (text, mention) => {
    const [name, , nationality] = read(text)[0] ?? [];
    expect([name, nationality]).toEqual([mention, undefined]);
  });
});

describe('a programme, project, plan or deal after ل is what the body does, no purpose', () => {
  test.each([
    'وأعلن عن تأسيس البنك التجاري لبرنامج أوراق الدين الجديد.',
    'ووافق الصندوق الوطني لمشروع السد على التمويل.',
    'وأعلنت الهيئة العامة لخطة التنمية عن موعد الانطلاق.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  test('a field in the plural still names the body', () => {
    expect(read('وأعلن المركز الوطني للمبادرات الشبابية عن جائزة جديدة.').map(([name]) => name)).toEqual(['المركز الوطني للمبادرات الشبابية']);
  });
});
