// Lane t5 (session 19): a lexicon body's own nisba (`حركة الشباب الصومالية`), a head's phrase whose
// state في + a country names (`هيئة الانتخابات المستقلة في كينيا`), a company's unknown brand and its
// country after شركة (`شركة أورانج الأردن`), an indefinite feminine word after a feminine head, and
// regional bodies, NGOs, armed groups and clubs of Africa, Asia and Latin America. Every sentence is
// written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const allMentions = (text: string): string[] => organizationsOf(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));
const named = (text: string, name: string): Organization | undefined =>
  organizationsOf(text).find((entity) => entity.mentions.some((mention) => mention.text === name));

describe("a lexicon body and its own country's nisba", () => {
  test.each([
    ['وتبنت حركة الشباب الصومالية الهجوم على قاعدة عسكرية.', 'حركة الشباب الصومالية', 'SO'],
    // a broken plural takes the feminine nisba
    ['وهددت كتائب حزب الله العراقية باستهداف القواعد.', 'كتائب حزب الله العراقية', 'IQ'],
    ['وقال حزب الله اللبناني إن مقاتليه أسقطوا طائرة مسيرة.', 'حزب الله اللبناني', 'LB'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test.each([
    // a feminine name takes no masculine nisba: the Somali youth may be anyone's
    ['وهاجم مسلحو حركة الشباب الصومالي قرية في الجنوب.', 'حركة الشباب'],
    // another country's nisba is not the body's
    ['وقالت حركة الشباب الكينية إنها لم تشارك.', 'حركة الشباب'],
  ])('not its own, or not agreeing: %s', (text, name) => {
    expect(allMentions(text)).toEqual([name]);
  });
});

describe('في + a country names the state of a head\'s phrase', () => {
  test.each([
    ['وأعلنت هيئة الانتخابات المستقلة في كينيا النتائج النهائية.', 'هيئة الانتخابات المستقلة', 'KE'],
    ['وقالت هيئة مكافحة الفساد في زامبيا إنها اعتقلت وزيرا سابقا.', 'هيئة مكافحة الفساد', 'ZM'],
    ['وقال اتحاد الكرة في مصر إن الدوري سيستأنف الشهر المقبل.', 'اتحاد الكرة', 'EG'],
    // a committee's one word is a name only with its state, which its mention holds as an association's
    ['وقالت لجنة الانتخابات في نيجيريا إن التصويت سيجري السبت.', 'لجنة الانتخابات في نيجيريا', 'NG'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test('the country stays a place', () => {
    const result = extract('وأعلنت هيئة الانتخابات المستقلة في كينيا النتائج النهائية.');
    expect(result.places.map((place) => place.mentions[0]?.text)).toEqual(['كينيا']);
  });

  test.each([
    // a company acts there: any state's
    ['وقالت شركة النفط الوطنية في ليبيا إن الإنتاج ارتفع.', 'شركة النفط الوطنية'],
    // a body of a region: its office there
    ['وقالت المنظمة العربية للتنمية الزراعية في السودان إن المحصول تراجع.', 'المنظمة العربية للتنمية الزراعية'],
    // a city is where the body met, no state
    ['وعقدت هيئة مكافحة الفساد في نيروبي مؤتمرا.', 'هيئة مكافحة الفساد'],
  ])('no state: %s', (text, name) => {
    expect(named(text, name)?.nationality).toBeUndefined();
  });

  test('a committee of the parliament is no name', () => {
    expect(allMentions('والتقى رئيس لجنة الانتخابات في البرلمان بالوزير.')).toEqual([]);
  });
});

describe("a company's unknown brand and its country after شركة", () => {
  test.each([
    ['وقالت شركة أورانج الأردن إن أرباحها ارتفعت.', 'أورانج الأردن', 'JO'],
    ['ووقعت شركة أورانج مصر اتفاقية مع الحكومة.', 'أورانج مصر', 'EG'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country, kind: 'company' });
  });

  test.each([
    // no country after the brand
    ['وقالت شركة أورانج في بيان إن الشبكة عادت.', ['شركة أورانج']],
    // a city is no brand word before a country
    ['وزار وفد من شركة دبي مصر.', ['شركة دبي']],
  ])('no national arm: %s', (text, names) => {
    expect(allMentions(text)).toEqual(names);
  });
});

describe('an indefinite feminine word after a feminine head', () => {
  test.each([['وتخرج من جامعة عريقة في بريطانيا.'], ['ووقعت شركة كبيرة عقدا مع الحكومة.']])('an adjective, no place: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });

  test.each([
    ['وتظاهر طلاب جامعة غزة أمام المبنى.', 'جامعة غزة'],
    ['وأعلنت بلدية طرابلس إغلاق الطريق.', 'بلدية طرابلس'],
  ])('a well-known place is the name: %s', (text, name) => {
    expect(allMentions(text)).toContain(name);
  });
});

describe('regional bodies, NGOs, armed groups and clubs', () => {
  test.each([
    ['ودعت مجموعة تنمية الجنوب الأفريقي (سادك) إلى وقف القتال في موزمبيق.', 'مجموعة تنمية الجنوب الأفريقي'],
    ['وقالت منظمة فريدم هاوس في تقريرها السنوي إن الحريات تراجعت.', 'منظمة فريدم هاوس'],
    ['وتبرعت مؤسسة بيل وميليندا غيتس بمليون دولار للقاحات.', 'مؤسسة بيل وميليندا غيتس'],
    ['ووقعت الهيئة الملكية للجبيل وينبع اتفاقية مع المستثمرين.', 'الهيئة الملكية للجبيل وينبع'],
    ['وأعلن المكتب الوطني للكهرباء والماء الصالح للشرب عن انقطاع الماء.', 'المكتب الوطني للكهرباء والماء الصالح للشرب'],
    ['وقال تنظيم الدولة الإسلامية في غرب أفريقيا إنه نفذ الهجوم.', 'تنظيم الدولة الإسلامية في غرب أفريقيا'],
    ['وفاز بوكا جونيورز على ريفر بليت بهدفين مقابل هدف.', 'ريفر بليت'],
    ['وتغلب أوراوا ريد دايموندز الياباني على ضيفه بهدف نظيف.', 'أوراوا ريد دايموندز الياباني'],
    ['وخسر شباب الأهلي دبي أمام ضيفه بثلاثة أهداف.', 'شباب الأهلي دبي'],
  ])('%s → %s', (text, name) => {
    expect(allMentions(text)).toContain(name);
  });

  test('the Sahel and West Africa branch is not the Islamic State itself', () => {
    expect(allMentions('وقال تنظيم الدولة الإسلامية إنه نفذ الهجوم.')).toEqual(['تنظيم الدولة الإسلامية']);
  });

  test('a goal over a rival named like a politician is no club', () => {
    expect(allMentions('وتفوق الفريق على مارين لوبان بهدفين في المباراة.')).toEqual([]);
  });
});

describe("a government's form and a ministry's field adjectives before its state", () => {
  test.each([
    ['وقالت الحكومة الانتقالية في مالي إن الانتخابات ستؤجل.', 'الحكومة الانتقالية', 'ML'],
    ['وقالت وزارة الاقتصاد الرقمي في تايلاند إن الخدمة ستطلق.', 'وزارة الاقتصاد الرقمي', 'TH'],
    ['وأعلنت وزارة التجارة الخارجية الصينية قيودا على التصدير.', 'وزارة التجارة الخارجية الصينية', 'CN'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test.each([
    // a description ends the name: no body of that state is named
    ['وقالت الحكومة الجديدة في مالي إن الانتخابات ستؤجل.', []],
    ['وقالت وزارة الداخلية الجديدة إن الأمن مستتب.', ['وزارة الداخلية']],
    // a masculine nisba agrees with no ministry
    ['وزار وزارة الدفاع الأمريكي الجنرال.', ['وزارة الدفاع']],
  ])('no state, or no adjective: %s', (text, names) => {
    expect(allMentions(text)).toEqual(names);
  });
});

describe("Algeria's federations (الاتحادية), and the adjective federal", () => {
  test.each([
    ['وأعلنت الاتحادية الجزائرية لكرة القدم عن قائمة المنتخب.', 'الاتحادية الجزائرية لكرة القدم', 'DZ'],
    ['وقالت الاتحادية الجزائرية للملاكمة إن البطلة ستشارك.', 'الاتحادية الجزائرية للملاكمة', 'DZ'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country, kind: 'sports' });
  });

  test.each([
    ['وانتشرت الشرطة الاتحادية العراقية في المدينة.', []],
    ['وقالت الحكومة الاتحادية العراقية إن الرواتب ستصرف.', ['الحكومة الاتحادية العراقية']],
  ])('after a definite noun it is its adjective: %s', (text, names) => {
    expect(allMentions(text)).toEqual(names);
  });
});

describe("a foreign club's first letters the splitter took for clitics", () => {
  test('ف and ل before the first side, ب and the article after the preposition', () => {
    expect(allMentions('وتعادل فلامنغو مع بالميراس بهدف لمثله في الدوري البرازيلي.')).toEqual(['فلامنغو', 'بالميراس']);
  });

  test.each([
    // Arabic words: a preposition and the article, no name
    ['وتعادل الفريق مع بالمقابل في المباراة.'],
    ['وفاز اللاعب بالمركز الأول على مستوى العالم.'],
    // after و a preposition may follow: `وبالميراس` is not read whole
    ['وتعادل الزمالك والمصري وبالمقابل خسر الأهلي.'],
  ])('none: %s', (text) => {
    expect(allMentions(text).filter((name) => name.startsWith('بال'))).toEqual([]);
  });
});

describe('a liberation front or movement named by what it would free', () => {
  test.each([
    ['وقالت جبهة تحرير أزواد إنها سيطرت على كيدال.', 'جبهة تحرير أزواد', undefined],
    ['وقالت جبهة تحرير أورومو إن مقاتليها انسحبوا.', 'جبهة تحرير أورومو', undefined],
    ['وأعلنت الجبهة الشعبية لتحرير تيغراي قبولها وقف إطلاق النار.', 'الجبهة الشعبية لتحرير تيغراي', undefined],
    ['وقالت الجبهة الديمقراطية لتحرير فلسطين إنها ترفض القرار.', 'الجبهة الديمقراطية لتحرير فلسطين', 'PS'],
  ])('%s → %s', (text, name, country) => {
    const found = named(text, name);
    expect([found?.kind, found?.nationality]).toEqual(['military', country]);
  });

  test.each([
    // a cause, no land
    ['وشاركت حركة تحرير المرأة في المظاهرة.'],
    // described, not named
    ['وقالت الجبهة الداخلية إن الصواريخ سقطت.'],
    ['وانطلقت الحركة الاحتجاجية لإسقاط النظام.'],
    ['وعادت القوات إلى جبهة القتال في الشمال.'],
  ])('none: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });
});

describe("a lexicon company's registered name after شركة", () => {
  test.each([
    ['وقالت شركة هواوي تكنولوجيز إن مبيعاتها ارتفعت.', ['هواوي تكنولوجيز']],
    // a time word is no part of the name, and another brand is another company
    ['وقالت شركة هواوي أمس إن مبيعاتها ارتفعت.', ['هواوي']],
    ['وتنافس شركة هواوي أبل في السوق.', ['هواوي', 'أبل']],
    // an adverb's accusative
    ['وأعلنت شركة هواوي رسميا إطلاق الهاتف.', ['هواوي']],
  ])('%s', (text, names) => {
    expect(allMentions(text)).toEqual(names);
  });
});

describe("the Islamic State's provinces and refugee councils", () => {
  test.each([
    ['وتبنى تنظيم الدولة الإسلامية في الساحل الهجوم على الجنود.', 'تنظيم الدولة الإسلامية في الساحل'],
    ['وقال المجلس النرويجي للاجئين إن آلاف النازحين بحاجة إلى مأوى.', 'المجلس النرويجي للاجئين'],
  ])('%s → %s', (text, name) => {
    expect(allMentions(text)).toEqual([name]);
  });
});

describe("a region's body by its adjective, a city's stock market by its securities", () => {
  test.each([
    ['وأعلنت اللجنة الأولمبية الآسيوية عن موعد الألعاب.', ['اللجنة الأولمبية الآسيوية']],
    ['وقال المجلس الأولمبي الآسيوي إن الألعاب ستقام في الدوحة.', ['المجلس الأولمبي الآسيوي']],
    ['وارتفع مؤشر سوق مسقط للأوراق المالية.', ['سوق مسقط للأوراق المالية']],
    ['وقالت سوق دبي المالي إن قيمة التداول ارتفعت.', ['سوق دبي المالي']],
  ])('%s', (text, names) => {
    expect(allMentions(text)).toEqual(names);
  });

  test.each([
    // the world's adjective describes; one adjective is an anaphor
    ['وقال المركز الطبي الدولي إن المريض تعافى.'],
    ['وقال المجلس العربي إن القمة ستعقد.'],
    // a union of states' customs or money is an arrangement
    ['ودعا الوزراء إلى إقامة الاتحاد الجمركي العربي قبل نهاية العقد.'],
    // a market of goods, a souk
    ['وافتتح سوق السيارات للبيع أبوابه.'],
    ['وزار المسؤول سوق دبي للذهب.'],
  ])('none: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });
});

describe("a state's body named by its field's adjectives and في + its country", () => {
  test.each([
    ['وقالت اللجنة الانتخابية الوطنية المستقلة في الكونغو إن الفرز مستمر.', 'اللجنة الانتخابية الوطنية المستقلة', 'CD'],
    ['وقال المجلس الوطني الانتقالي في ليبيا إنه سيسلم السلطة.', 'المجلس الوطني الانتقالي', 'LY'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test.each([
    // a city, no country; no country at all; no adjective of the state's
    ['وقالت اللجنة الوطنية المستقلة في المدينة إن الفرز مستمر.'],
    ['وقالت اللجنة الوطنية المستقلة إن الفرز مستمر.'],
    ['وقالت اللجنة الفنية الخاصة في السودان إن الفرز مستمر.'],
  ])('none: %s', (text) => {
    expect(allMentions(text)).toEqual([]);
  });

  test('a Zimbabwean party the lexicon names', () => {
    expect(named('وقالت حركة التغيير الديمقراطي في زيمبابوي إن مرشحها فاز.', 'حركة التغيير الديمقراطي')).toMatchObject({ nationality: 'ZW' });
  });
});

describe("a country's name with the article at the head of a body's phrase", () => {
  test.each([
    ['وقال بنك الكويت الوطني إن أرباحه زادت.', 'بنك الكويت الوطني', 'KW'],
    ['وقالت جامعة البحرين إن التسجيل بدأ.', 'جامعة البحرين', 'BH'],
  ])('%s → %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test.each([
    ['وقال مجلس الإمارات للإفتاء إن العيد الأحد.', 'مجلس الإمارات للإفتاء', 'AE'],
    ['وأعلنت هيئة البحرين للثقافة والآثار عن مهرجان.', 'هيئة البحرين للثقافة والآثار', 'BH'],
  ])('and its purpose after it: %s', (text, name, country) => {
    expect(named(text, name)).toMatchObject({ nationality: country });
  });

  test("a club's place is its name: what follows is the sentence's", () => {
    expect(allMentions('وقال نادي الزمالك للموسم المقبل إنه سيتعاقد.')).toEqual(['نادي الزمالك']);
  });

  test("a club is keyed by its name alone, no state", () => {
    expect(named('وقال نادي الكويت إنه تعاقد مع مدرب.', 'نادي الكويت')?.nationality).toBeUndefined();
  });
});
