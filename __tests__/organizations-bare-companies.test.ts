// Lane r1 (session 17): companies named by their brand alone where business words say they are
// companies (`أسهم`, `مبيعات`, `باعت`, `الرئيس التنفيذي لـ`, a brand pair with a slash), and outlets,
// a party and a central bank the lexicon lacked. Every sentence is written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const companyMentions = (text: string): string[] =>
  organizationsOf(text)
    .filter((entity) => entity.kind === 'company')
    .flatMap((entity) => entity.mentions.map((mention) => mention.text));
const organizationNamed = (text: string, mention: string): Organization | undefined =>
  organizationsOf(text).find((entity) => entity.mentions.some((m) => m.text === mention));

describe("a brand after a trade's word or verb is a company", () => {
  test.each([
    ['تراجعت أسهم فولكسفاغن بنسبة ثلاثة في المائة بعد إعلان النتائج.', ['فولكسفاغن']],
    ['وانخفضت مبيعات هيونداي في السوق الأوروبية خلال الربع الثالث.', ['هيونداي']],
    ['وارتفعت أرباح كيوتل في النصف الأول من العام.', ['كيوتل']],
    ['وصعد سهم إعمار في سوق دبي المالي أمس.', ['إعمار']],
    ['وأنتجت ديملر نصف مليون شاحنة في مصانعها الألمانية.', ['ديملر']],
    ['وباعت ستيلانتيس مصنعها في إيطاليا إلى مستثمر محلي.', ['ستيلانتيس']],
  ])('%s', (text, companies) => {
    expect(companyMentions(text)).toEqual(companies);
  });

  test('a company of the lexicon named by a common word is taken there (`أمازون`)', () => {
    const amazon = organizationNamed('وتراجعت أسهم أمازون بعد أن أعلنت نتائجها الفصلية.', 'أمازون');
    expect(amazon?.kind).toBe('company');
  });

  test('the brand so named is found again bare in the article', () => {
    expect(companyMentions('ارتفعت أسهم فولكسفاغن أمس. وقالت فولكسفاغن إنها ستغلق مصنعين في ألمانيا.')).toEqual(['فولكسفاغن', 'فولكسفاغن']);
  });

  test.each([
    // an Arabic noun or adjective says what is sold or earned
    ['وارتفعت مبيعات السيارات الكهربائية في الصين.'],
    ['وحققت الشركة أرباحا قياسية وارتفعت أسهم البنوك.'],
    ['وسجلت مبيعات قياسية في موسم الأعياد.'],
    // a month, a number's qualifier, a place, a person's name word
    ['وتراجعت مبيعات فبراير مقارنة بالشهر السابق.'],
    ['وكانت المصانع قد أنتجت حوالي مليوني سيارة.'],
    ['وباعت فرنسا طائرات حربية إلى الهند.'],
    ['وارتفعت أسهم ماسك في الشركة بعد الصفقة.'],
    // an accusative of an Arabic shape, a head before a quoted name
    ['واحتفظ المستثمرون بما لديهم من أسهم انتظارا لارتفاع الأسعار.'],
    ['وبلغت إيرادات فيلم « الرحلة » مليون درهم.'],
    // the article or a pronoun on the trade's word
    ['وارتفعت الأسهم الأوروبية أمس، وتراجعت أسهمها في آسيا.'],
  ])('no company: %s', (text) => {
    expect(companyMentions(text)).toEqual([]);
  });
});

describe("the company of `الرئيس التنفيذي لـ`", () => {
  test.each([
    ['وقال الرئيس التنفيذي لنتفليكس إن المنصة ستزيد أسعار الاشتراك.', ['نتفليكس']],
    ['وأكدت المديرة التنفيذية للشركة أن النتائج جيدة، وقال الرئيس التنفيذي لأمازون إن الشركة ستوظف آلاف العمال.', ['أمازون']],
  ])('%s', (text, companies) => {
    expect(companyMentions(text)).toEqual(companies);
  });

  test.each([
    // a place, a definite word, a title without its head
    ['وقال الرئيس التنفيذي لدبي إن المدينة ستستضيف المعرض.'],
    ['وقال الرئيس التنفيذي للمجموعة إن الأرباح ارتفعت.'],
    ['وقال المجلس التنفيذي لفيفا إن القرار نهائي.'],
  ])('no company: %s', (text) => {
    expect(companyMentions(text)).toEqual([]);
  });
});

describe('a brand beside a company across a slash is a company', () => {
  test('`فولكسفاغن / أودي`', () => {
    expect(companyMentions('وارتفعت أسهم فولكسفاغن أمس. وباعت فولكسفاغن / أودي مليون سيارة في الصين.')).toEqual(['فولكسفاغن', 'فولكسفاغن', 'أودي']);
  });

  test.each([
    // no company beside the slash
    ['وفي فبراير / شباط الماضي زار الرئيس باريس.'],
    ['وتراجعت أسهم فولكسفاغن في فبراير / شباط الماضي.'],
  ])('no pair: %s', (text) => {
    expect(companyMentions(text).filter((mention) => mention !== 'فولكسفاغن')).toEqual([]);
  });
});

describe('a brand in apposition before `شركة`', () => {
  test("with a description after the indefinite head, it takes the description's country", () => {
    const text = 'وكانت فولكسفاغن شركة السيارات الألمانية الرائدة في السوق الصينية.';
    expect(organizationsOf(text).map((entity) => [entity.mentions.map((m) => m.text), entity.nationality])).toEqual([[['فولكسفاغن'], 'DE']]);
  });

  test('after a comma, the definite head', () => {
    expect(companyMentions('وتعد شاومي، الشركة الصينية، منافسها الأول في الهند.')).toEqual(['شاومي']);
  });

  test.each([
    // a person's name word, a government, a place before the head
    ['واشترى ماسك شركة تويتر قبل عامين.'],
    ['وباعت الحكومة شركة الكهرباء لمستثمرين.'],
    ['ووقعت مصر، الشركة الوطنية للغاز، عقدا جديدا.'],
    // the indefinite head with no description after it
    ['وأسس كوبرنيك شركة صغيرة في برلين.'],
  ])('no brand: %s', (text) => {
    expect(companyMentions(text).filter((mention) => !mention.startsWith('شركة') && !mention.startsWith('الشركة'))).toEqual([]);
  });
});

describe("a broadcaster's brand before its kind's adjective", () => {
  test('is an outlet, found again bare', () => {
    const text = 'وبثت روتانا الإخبارية تقريرا عن الحفل، وقالت روتانا إن الحفل سيتكرر.';
    const outlet = organizationNamed(text, 'روتانا');
    expect(outlet?.kind).toBe('media');
    expect(outlet?.mentions.map((m) => m.text)).toEqual(['روتانا', 'روتانا']);
  });

  test.each([
    // a definite or indefinite noun before the adjective describes
    ['وأجرت الشبكة الإخبارية مقابلة تلفزيونية مع الوزير.'],
    ['وقال مذيع في القناة التلفزيونية إن البرنامج توقف.'],
    ['وبثت محطة إذاعية محلية النشرة الإخبارية كاملة.'],
  ])('no outlet: %s', (text) => {
    expect(organizationsOf(text)).toEqual([]);
  });
});

describe('the body a spokesperson speaks for (`متحدث باسم X`)', () => {
  test.each([
    ['وقالت متحدثة باسم لوفتهانزا إن الشركة ستلغي الرحلات.', 'لوفتهانزا'],
    ['وقال المتحدث باسم فرونتكس إن أعداد المهاجرين تراجعت.', 'فرونتكس'],
  ])('%s', (text, body) => {
    expect(organizationNamed(text, body)).toBeDefined();
  });

  test.each([
    // a person's spokesperson: a name word, a surname the article gives with a given name
    ['وقال المتحدث باسم ماكرون إن الرئيس سيسافر.'],
    ['والتقى إيهود أولمرت الوفد. وقال متحدث باسم أولمرت إن اللقاء كان مثمرا.'],
    // a state's body, and the given name باسم
    ['وقال متحدث باسم الحكومة إن القرار نهائي.'],
    ['وقال باسم يوسف إن البرنامج توقف.'],
  ])('no body: %s', (text) => {
    expect(organizationsOf(text).filter((entity) => entity.kind === 'other')).toEqual([]);
  });
});

describe('outlets, a party, a central bank and clubs the lexicon names', () => {
  test.each([
    ['ونقلت سكاي نيوز عن مسؤولين أن المحادثات فشلت.', 'سكاي نيوز', 'media'],
    ['وقالت وكالة كيودو اليابانية إن رئيس الوزراء سيزور سيول.', 'وكالة كيودو اليابانية', 'media'],
    ['وذكرت صحيفة لا ريبوبليكا أن الحكومة الإيطالية تدرس الخطة.', 'لا ريبوبليكا', 'media'],
    ['وقالت إل باييس إن مدريد ترفض المقترح.', 'إل باييس', 'media'],
    ['وقالت شبكة إيه بي سي نيوز إن الإدارة تدرس العقوبات.', 'إيه بي سي نيوز', 'media'],
    ['وحظرت الحكومة تطبيق تيك توك على هواتف الموظفين.', 'تيك توك', 'company'],
    ['وأبقى الاحتياطي الفيدرالي أسعار الفائدة دون تغيير.', 'الاحتياطي الفيدرالي', 'agency'],
    ['ورفع الفيدرالي الأمريكي أسعار الفائدة ربع نقطة.', 'الفيدرالي الأمريكي', 'agency'],
    ['وحقق حزب البديل من أجل ألمانيا تقدما في الانتخابات المحلية.', 'حزب البديل من أجل ألمانيا', 'party'],
    ['واستقبل الوداد البيضاوي ضيفه في الدار البيضاء.', 'الوداد البيضاوي', 'sports'],
    ['وتأهل وفاق سطيف إلى الدور المقبل من المسابقة.', 'وفاق سطيف', 'sports'],
  ])('%s', (text, mention, kind) => {
    expect(organizationNamed(text, mention)?.kind).toBe(kind);
  });

  test('ABC News is no person', () => {
    expect(extract('وقالت شبكة إيه بي سي نيوز إن الإدارة تدرس العقوبات.').people).toEqual([]);
  });
});
