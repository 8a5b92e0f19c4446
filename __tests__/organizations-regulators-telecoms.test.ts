// Lane t3 (session 19): regulators named by their purpose, supreme councils with their country, and
// telecom and tech companies as business news names them. Every sentence is written for these tests.
import { extract } from '../src/index';

const bodies = (text: string) =>
  extract(text).organizations.map((body) => ({ mentions: body.mentions.map((mention) => mention.text), kind: body.kind, nationality: body.nationality }));
const mentionsOf = (text: string): string[] => extract(text).organizations.flatMap((body) => body.mentions.map((mention) => mention.text));

describe('a purpose opened by a verbal noun that is also a head (`لتنظيم`)', () => {
  test.each([
    ['قرر الجهاز القومي لتنظيم الاتصالات إلزام الشركات بتحسين جودة الخدمة.', 'الجهاز القومي لتنظيم الاتصالات'],
    ['وقالت الهيئة العامة لتنظيم قطاع الكهرباء إن الأسعار لن ترتفع هذا العام.', 'الهيئة العامة لتنظيم قطاع الكهرباء'],
    ['وأصدر المجلس الأعلى لتنظيم الإعلام قرارا بوقف البرنامج.', 'المجلس الأعلى لتنظيم الإعلام'],
  ])('%s', (text, body) => {
    expect(mentionsOf(text)).toEqual([body]);
  });

  test('the organization the head also names is still the owner: the lexicon body, no purpose', () => {
    expect(mentionsOf('وقال المكتب الإعلامي لتنظيم القاعدة إن الهجوم نفذ ليلا.')).toEqual(['تنظيم القاعدة']);
    // a state is an owner (NOT_BODY_PURPOSES), not a field
    expect(mentionsOf('وقال المكتب الإعلامي لتنظيم الدولة إن مقاتليه انسحبوا.')).toEqual([]);
  });
});

describe("a supreme council with a purpose is its state's: `في` + a country names it", () => {
  test.each([
    ['أصدر المجلس الأعلى للقضاء في العراق بيانا حول الانتخابات.', 'المجلس الأعلى للقضاء', 'IQ'],
    ['وقررت الهيئة العليا للانتخابات في تونس تأجيل الاقتراع.', 'الهيئة العليا للانتخابات', 'TN'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: expect.any(String), nationality }]);
  });

  test("a region's body acting in a country stays of no state", () => {
    expect(bodies('وافتتحت المنظمة العربية للتنمية الزراعية في السودان مركزا للبحوث.')[0]?.nationality).toBeUndefined();
  });
});

describe("Asia's and Africa's tech and telecom groups, and banks, the lexicon names", () => {
  test.each([
    ['وقعت تينسنت اتفاقية شراكة مع شركة سعودية لتطوير الألعاب الإلكترونية.', 'تينسنت', 'CN'],
    ['وأطلقت بايدو نموذجا جديدا للذكاء الاصطناعي في بكين.', 'بايدو', 'CN'],
    ['وقالت سفاريكوم إن خدمة الدفع عبر الهاتف توقفت ساعتين في نيروبي.', 'سفاريكوم', 'KE'],
    ['وأعلن مصرف الرافدين صرف رواتب المتقاعدين الأسبوع المقبل.', 'مصرف الرافدين', 'IQ'],
    ['وأعلن بنك أبوظبي الأول عن نمو أرباحه الفصلية.', 'بنك أبوظبي الأول', 'AE'],
    ['وارتفعت صادرات المكتب الشريف للفوسفات إلى الهند.', 'المكتب الشريف للفوسفات', 'MA'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'company', nationality }]);
  });

  test('زين is a given name too: the company only after a head', () => {
    expect(bodies('ووقعت شركة زين عقدا مع الحكومة.')).toEqual([{ mentions: ['زين'], kind: 'company', nationality: 'KW' }]);
    expect(mentionsOf('وقال زين العابدين إن الاجتماع انتهى.')).toEqual([]);
  });

  test('a bank of one word the lexicon lacks is still not read (`بنك الدم`)', () => {
    expect(mentionsOf('وتبرع الطلاب لمصرف الدم في المستشفى.')).toEqual([]);
  });
});

describe("a group's national arm: a lexicon company and a country's name", () => {
  test.each([
    ['أعلنت شركة فودافون مصر عن ارتفاع أرباحها في الربع الثالث.', 'فودافون مصر', 'EG'],
    ['وقالت فودافون مصر إن الشبكة ستعود للعمل خلال ساعات.', 'فودافون مصر', 'EG'],
    ['ووقع البنك اتفاقية مع فودافون مصر لتقديم خدمات الدفع.', 'فودافون مصر', 'EG'],
    ['وقال الرئيس التنفيذي لفودافون مصر إن الشركة ستستثمر في الألياف.', 'فودافون مصر', 'EG'],
    ['وأعلنت شركة إم تي إن نيجيريا عن زيادة عدد مشتركيها.', 'إم تي إن نيجيريا', 'NG'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'company', nationality }]);
  });

  test.each([
    // the country is the object of the verb before the company
    ['وغادرت ماكدونالدز روسيا بعد بدء الحرب.', 'ماكدونالدز'],
    ['وحذرت غوغل روسيا من حجب خدماتها.', 'غوغل'],
    ['وزودت بوينغ إسرائيل بطائرات جديدة.', 'بوينغ'],
  ])('no arm: %s', (text, company) => {
    expect(mentionsOf(text)).toEqual([company]);
    expect(extract(text).places).toHaveLength(1);
  });
});

describe('a group named in foreign words after `مجموعة`', () => {
  test.each([
    ['أطلقت مجموعة روتانا منصة جديدة للبث الرقمي في الرياض.', ['روتانا']],
    ['وأعلنت مجموعة stc عن نتائجها المالية للعام الماضي.', ['stc']],
    // found again bare later in the article
    ['وقال رئيس مجموعة روتانا إن الشركة ستتوسع. وأكدت روتانا أن الحفل سيقام في جدة.', ['روتانا', 'روتانا']],
  ])('%s', (text, mentions) => {
    expect(mentionsOf(text)).toEqual(mentions);
  });

  test.each([
    ['وقالت مجموعة خبراء أممية إن العقوبات لم تطبق.'],
    ['وهاجمت مجموعة مسلحة قرية في دارفور.'],
    ['وقدمت مجموعة من النواب مشروع قانون.'],
    ['وشاركت مجموعة سيدات في المسيرة.'],
    // broken plurals: فواعيل, فعائل, فواعل
    ['وأطلقت مجموعة صواريخ على المدينة.'],
    ['وسقطت مجموعة قذائف قرب المطار.'],
    ['ونالت مجموعة جوائز في المهرجان.'],
    // a head noun in construct with the group's Arabic name
    ['وتضم مجموعة صندوق الادخار بفرنسا آلاف الموظفين.'],
  ])('a group of people or things named by Arabic words is no body: %s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
});

describe('a make ending in ا after `أسهم` that a verb before makes the noun', () => {
  test.each([
    ['ارتفعت أسهم مازدا بنسبة 3 في المئة في بورصة طوكيو.', 'مازدا'],
    ['وتراجعت أسهم شكودا بعد إعلان النتائج.', 'شكودا'],
  ])('%s', (text, company) => {
    expect(mentionsOf(text)).toContain(company);
  });

  test.each([
    // the verb أسهم and its adverb or accusative
    ['وقد أسهم كثيرا في تطوير القطاع.'],
    ['وهو ما أسهم جزئيا في ارتفاع الأسعار.'],
    // the noun and an accusative of purpose, a verbal noun's
    ['وارتفعت أسهم انتظارا لقرار البنك.'],
    ['وتراجعت أسهم تحسبا لنتائج الانتخابات.'],
  ])('no company: %s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
});

describe('a second field in construct joined by و, where the country\'s nisba ends the name', () => {
  test.each([
    ['أعلنت وزارة الاتصالات وتقنية المعلومات السعودية عن مبادرة جديدة.', 'وزارة الاتصالات وتقنية المعلومات السعودية', 'SA'],
    ['وفرضت هيئة الاتصالات وتقنية المعلومات السعودية غرامات على الشركات.', 'هيئة الاتصالات وتقنية المعلومات السعودية', 'SA'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: expect.any(String), nationality }]);
  });

  test.each([
    // no nisba: the words may be the sentence's
    ['أعلنت وزارة الاتصالات وتقنية المعلومات عن مبادرة جديدة.', ['وزارة الاتصالات']],
    // people in construct, a body's head, a feminine genitive that takes the nisba itself
    ['ووقعت اتفاقية بين وزارة الصحة وممثلي النقابات المصرية.', ['وزارة الصحة']],
    ['ونسقت وزارة الداخلية وقوات الأمن العراقية العملية.', ['وزارة الداخلية']],
    ['وتعاونت وزارة الصحة ومستشفيات الجامعة الأردنية في الحملة.', ['وزارة الصحة']],
  ])('the name stops before the و: %s', (text, mentions) => {
    expect(mentionsOf(text)).toEqual(mentions);
  });
});

describe('a brand in apposition before the indefinite `شركة` needs a description with its adjective', () => {
  test('a noun in construct with the head is no brand', () => {
    expect(mentionsOf('وشارك في الاجتماع ممثلو شركة التأمين والمصرف.')).toEqual([]);
  });

  test('the described brand is still one', () => {
    expect(mentionsOf('وكانت ديملر شركة الشاحنات الألمانية الأولى في السوق.')).toEqual(['ديملر']);
  });
});

describe("a lexicon company takes its own country's feminine nisba into the mention", () => {
  test.each([
    ['وقالت شركة سونطراك الجزائرية إنها وقعت عقدا جديدا.', 'سونطراك الجزائرية', 'DZ'],
    ['وقالت هواوي الصينية إن مبيعاتها ارتفعت.', 'هواوي الصينية', 'CN'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'company', nationality }]);
  });

  test('a definite word that is no nisba stays out', () => {
    expect(mentionsOf('ووقعت هواوي الاتفاقية مع الحكومة.')).toEqual(['هواوي']);
  });
});

describe("a group's company by the lexicon's name and its trade after `شركة`", () => {
  test.each([
    ['وقالت شركة أدنوك للتوزيع إن أرباحها ارتفعت.', 'أدنوك للتوزيع', 'AE'],
    ['وقالت شركة سامسونج للإلكترونيات إن مبيعاتها تراجعت.', 'سامسونج للإلكترونيات', 'KR'],
  ])('%s', (text, body, nationality) => {
    expect(bodies(text)).toEqual([{ mentions: [body], kind: 'company', nationality }]);
  });

  test.each([
    // without the head, ل + a noun is whom the company serves; an owner is no trade
    ['وقدمت هواوي للطلاب منحا دراسية.', ['هواوي']],
    ['وقالت شركة هواوي للحكومة إنها ستبني الشبكة.', ['هواوي']],
  ])('no trade: %s', (text, mentions) => {
    expect(mentionsOf(text)).toEqual(mentions);
  });
});

describe('a company a verb of saying cites by `شركة` and a foreign name that plainly ends', () => {
  test('the name, found again bare', () => {
    expect(mentionsOf('وقالت شركة نينتندو إن مبيعاتها ارتفعت. ثم أكدت نينتندو أن الجهاز سيطرح قريبا.')).toEqual(['نينتندو', 'نينتندو']);
  });

  test.each([
    // the trade and its description, an adjective of شركة
    ['وقالت شركة طيران محلية إن رحلاتها توقفت.'],
    ['وقالت شركة نفط إن الإنتاج توقف.'],
    ['وقالت شركة ناشئة إن التمويل اكتمل.'],
    ['وقالت شركة تابعة إن الصفقة ألغيت.'],
    ['وقالت شركة أمريكية إن الصفقة ألغيت.'],
  ])('no name: %s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
});
