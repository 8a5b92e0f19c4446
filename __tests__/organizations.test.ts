import type { EntityCandidate } from '../src/contracts/candidate';
import type { TextContext } from '../src/contracts/context';
import { KNOWN_ORGANIZATIONS } from '../src/data/organizations/organizations';
import { MINISTRY_DOMAINS, NATIONAL_BODIES } from '../src/data/organizations/organizations-patterns';
import { recognizeOrganizations } from '../src/organizations/recognize';
import { normalize } from '../src/text/normalize';
import { tokenizeNormalized } from '../src/text/tokenize';

function contextOf(source: string): TextContext {
  const view = normalize(source);
  return { source, view, tokens: tokenizeNormalized(view), referenceDate: null };
}

interface Found {
  text: string;
  key: string;
  kind: string | undefined;
  nationality: string | undefined;
  canonical: string | undefined;
  strength: number;
}

function organizations(source: string): Found[] {
  return recognizeOrganizations(contextOf(source)).map((c: EntityCandidate) => ({
    text: source.slice(c.start, c.end),
    key: c.key,
    kind: c.kind,
    nationality: c.nationality,
    canonical: c.canonical,
    strength: c.strength,
  }));
}

const mentions = (source: string): string[] => organizations(source).map((o) => o.text);
const only = (source: string): Found => {
  const found = organizations(source);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('lexicon names', () => {
  test('a multi-word international body', () => {
    expect(only('ناقشت الأمم المتحدة خطة جديدة للسلام')).toMatchObject({
      text: 'الأمم المتحدة',
      key: 'un',
      kind: 'international',
      canonical: 'الأمم المتحدة',
      strength: 3,
    });
  });

  test('hamza and ta marbuta variants fold to the same entry', () => {
    expect(organizations('دعا الاتحاد الاوروبي والامم المتحده إلى التهدئة').map((o) => o.key)).toEqual(['eu', 'un']);
  });

  test('a full name and its acronym share the key and the canonical name', () => {
    const found = organizations('انضمت السويد إلى حلف شمال الأطلسي، ورحب الناتو بالخطوة، ثم اجتمع قادة حلف الناتو');
    expect(found.map((o) => o.text)).toEqual(['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو']);
    expect(new Set(found.map((o) => o.key))).toEqual(new Set(['nato']));
    expect(found.every((o) => o.canonical === 'حلف شمال الأطلسي')).toBe(true);
  });

  test('the longest listed name wins', () => {
    expect(only('صوت مجلس الأمن الدولي على القرار')).toMatchObject({ text: 'مجلس الأمن الدولي', key: 'un-security-council' });
  });

  test('a place inside a name belongs to the organization', () => {
    expect(mentions('أرسلت منظمة الأمن والتعاون في أوروبا بعثة مراقبين')).toEqual(['منظمة الأمن والتعاون في أوروبا']);
  });

  test('a proclitic conjunction or preposition is left out of the mention', () => {
    const source = 'اتصل مسؤولون بالكرملين وبمجموعة مينسك';
    const found = recognizeOrganizations(contextOf(source));
    expect(found.map((c) => source.slice(c.start, c.end))).toEqual(['الكرملين', 'مجموعة مينسك']);
    expect(source[found[0].start - 1]).toBe('ب');
  });

  test('ل fused with the article: the mention starts at the article\'s lam', () => {
    expect(only('قدمت فرنسا دعما وللأمم المتحدة دور في ذلك')).toMatchObject({ text: 'لأمم المتحدة', key: 'un' });
    expect(only('وجهت الحكومة رسالة للاتحاد الأوروبي')).toMatchObject({ text: 'لاتحاد الأوروبي', key: 'eu' });
  });

  test('single-letter acronyms read as one name', () => {
    expect(only('قال مصدر لوكالة أ ف ب إن المفاوضات توقفت')).toMatchObject({ text: 'أ ف ب', key: 'afp', kind: 'media' });
  });

  test('a media brand carries its kind and nationality', () => {
    expect(only('نقلت سبوتنيك عن مسؤول قوله')).toMatchObject({ key: 'sputnik', kind: 'media', nationality: 'RU' });
  });
});

describe('airlines named with their field', () => {
  test('العربية للطيران is the airline, العربية alone after قناة the channel', () => {
    expect(only('هبطت طائرة تابعة لشركة العربية للطيران اضطراريا')).toMatchObject({ text: 'العربية للطيران', key: 'air-arabia', kind: 'company' });
    expect(only('نقلت قناة العربية عن مصادر أن الاتفاق قريب')).toMatchObject({ kind: 'media' });
    expect(only('أعلنت طيران الجزيرة عن خط جديد')).toMatchObject({ key: 'jazeera-airways' });
  });
});

describe('a head before a place of two words', () => {
  test.each([
    ['وسجلت بورصة الدار البيضاء ارتفاعا بنسبة 22 في المائة.', 'بورصة الدار البيضاء'],
    ['وقال مجلس محافظة البصرة إن المشروع تأخر.', 'مجلس محافظة البصرة'],
  ])('the place is the name whole, not its first word: %s', (text, name) => {
    expect(mentions(text)).toEqual([name]);
  });

  test.each([
    ['وقال بنك الخليج الدولي إن أرباحه ارتفعت.', 'بنك الخليج الدولي'],
    ['وقدم نادي الزمالك للموسم الجديد لاعبين.', 'نادي الزمالك'],
  ])('a phrase as long as the place, or a purpose after the place, reads as before: %s', (text, name) => {
    expect(mentions(text)).toEqual([name]);
  });
});

describe("the Gulf's state energy companies", () => {
  test.each([
    ['أعلنت قطر للطاقة توقيع اتفاقية لتوريد الغاز إلى ألمانيا.', 'قطر للطاقة', 'qatarenergy'],
    ['أعلنت شركة أدنوك عن اكتشاف نفطي جديد في أبوظبي.', 'أدنوك', 'adnoc'],
    ['ارتفعت أرباح سابك في الربع الثالث.', 'سابك', 'sabic'],
  ])('%s', (text, name, key) => {
    expect(organizations(text).filter((o) => o.key === key).map((o) => o.text)).toEqual([name]);
  });

  test('a place and a field the lexicon names after a head are the lexicon’s body, the head left out', () => {
    expect(only('وقالت شركة قطر للبترول إن الإنتاج ارتفع.')).toMatchObject({ text: 'قطر للبترول', key: 'qatarenergy' });
    expect(only('أعلنت شركة مصر للطيران استئناف رحلاتها.')).toMatchObject({ text: 'مصر للطيران', key: 'egyptair' });
  });

  test('the country with another لـ after it is the country', () => {
    expect(organizations('عادت قطر للمشاركة في البطولة.')).toEqual([]);
  });
});

describe('al-Azhar', () => {
  test('by its full names, not الأزهر alone, which is also a street and a district', () => {
    expect(only('حذر الأزهر الشريف من الفتاوى الشاذة')).toMatchObject({ text: 'الأزهر الشريف', key: 'al-azhar', nationality: 'EG' });
    expect(mentions('وقعت الاشتباكات في شارع الأزهر وسط القاهرة')).toEqual([]);
    expect(mentions('تخرج من جامعة الأزهر عام 1990')).toEqual(['جامعة الأزهر']);
  });
});

describe('names that are also common words or places', () => {
  test('a channel whose name contains a country, after a descriptor', () => {
    expect(only('ووفقا لموقع روسيا اليوم فإن الاجتماع تأجل')).toMatchObject({ text: 'روسيا اليوم', key: 'rt', kind: 'media' });
  });

  test('the same words as a sentence are not the channel', () => {
    expect(mentions('أعلنت روسيا اليوم عن خطة جديدة')).toEqual([]);
  });

  test('between quotes the brand is taken', () => {
    expect(only('وقال مراسل "الجزيرة" إن القصف استمر')).toMatchObject({ text: 'الجزيرة', key: 'al-jazeera' });
  });

  test('a place or an adjective without context is not', () => {
    expect(mentions('تقع الجزيرة في وسط البحر ويتحدث سكانها اللغة العربية')).toEqual([]);
  });

  // session 15, lane q2
  test('the network\'s site `الجزيرة نت` is an outlet anywhere: with نت the words are no island', () => {
    expect(only('وقال المتحدث باسم الحركة للجزيرة نت إن المفاوضات متعثرة')).toMatchObject({ text: 'لجزيرة نت', key: 'al-jazeera-net', kind: 'media' });
    expect(only('ونشرت الجزيرة نت تقريرا عن الفيضانات')).toMatchObject({ text: 'الجزيرة نت', key: 'al-jazeera-net' });
    expect(mentions('وصل الصيادون إلى الجزيرة ليلا وناموا على الشاطئ')).toEqual([]);
  });

  test('a name that is also a common noun is taken once the article names the body with certainty', () => {
    const found = organizations('رفضت حركة حماس المقترح، وقالت حماس إنها ستواصل التفاوض');
    expect(found.map((o) => [o.text, o.key])).toEqual([
      ['حركة حماس', 'hamas'],
      ['حماس', 'hamas'],
    ]);
  });

  test('without that certainty the common noun stays a noun', () => {
    expect(mentions('تفاعل الجمهور بحماس كبير مع المباراة')).toEqual([]);
  });

  test('a state agency named by the pattern confirms its ambiguous acronym', () => {
    const found = organizations('نقلت وكالة قطر للأنباء تصريحات الوزير، وأضافت قنا أن الزيارة ستستمر يومين');
    expect(found.map((o) => [o.text, o.key])).toEqual([
      ['وكالة قطر للأنباء', 'news-agency:QA'],
      ['قنا', 'news-agency:QA'],
    ]);
  });

  test('a descriptor introduces the brand but stays out of the mention', () => {
    expect(only('بث تلفزيون العربية المقابلة كاملة')).toMatchObject({ text: 'العربية', key: 'al-arabiya' });
  });
});

describe('a state\'s bodies named with their country', () => {
  test('ministry with a feminine nisba', () => {
    expect(only('قالت وزارة الدفاع الروسية في بيان')).toMatchObject({
      text: 'وزارة الدفاع الروسية',
      key: 'ministry:defense:RU',
      kind: 'ministry',
      nationality: 'RU',
      strength: 2,
    });
  });

  test('a state\'s Red Crescent society, with its nisba or alone', () => {
    expect(only('أعلن الهلال الأحمر الفلسطيني مقتل ثلاثة من مسعفيه')).toMatchObject({
      text: 'الهلال الأحمر الفلسطيني',
      key: 'red-crescent:PS',
      nationality: 'PS',
    });
    expect(only('أرسل الهلال الأحمر القطري قافلة مساعدات')).toMatchObject({ key: 'red-crescent:QA' });
    expect(only('قال متحدث باسم الهلال الأحمر إن الوضع صعب')).toMatchObject({ text: 'الهلال الأحمر', key: 'red-crescent' });
    // the club, with no adjective after it, stays the club
    expect(organizations('تعاقد نادي الهلال مع مهاجم جديد').map((o) => o.text)).toEqual(['نادي الهلال']);
  });

  test('a nisba that does not agree with وزارة is not part of the name', () => {
    expect(only('وزارة الدفاع الروسي')).toMatchObject({ text: 'وزارة الدفاع', key: 'ministry:defense', nationality: undefined });
  });

  test('ministry with a country name in the construct', () => {
    expect(only('أصدرت وزارة خارجية أرمينيا بيانا')).toMatchObject({
      text: 'وزارة خارجية أرمينيا',
      key: 'ministry:foreign:AM',
      nationality: 'AM',
    });
  });

  test('the short ministry name shares the full name\'s key', () => {
    const found = organizations('وشددت الخارجية الروسية على موقفها، كما أكدت وزارة الخارجية الروسية ذلك');
    expect(found.map((o) => o.text)).toEqual(['الخارجية الروسية', 'وزارة الخارجية الروسية']);
    expect(found.map((o) => o.key)).toEqual(['ministry:foreign:RU', 'ministry:foreign:RU']);
  });

  test('a minister\'s title is not the ministry', () => {
    expect(mentions('التقى وزير الخارجية الروسي نظيره التركي')).toEqual([]);
  });

  test('a short name after a noun it qualifies is an adjective', () => {
    expect(mentions('تغيرت السياسة الخارجية الروسية وارتفعت ميزانية الدفاع الروسية')).toEqual([]);
  });

  test('a government named with its nisba or its country', () => {
    const found = organizations('رفضت الحكومة الأرمينية الاقتراح بينما قبلته حكومة أذربيجان');
    expect(found.map((o) => [o.text, o.key, o.kind])).toEqual([
      ['الحكومة الأرمينية', 'government:AM', 'government'],
      ['حكومة أذربيجان', 'government:AZ', 'government'],
    ]);
  });

  test('anaphoric bare nouns are not organizations', () => {
    expect(mentions('قالت الحكومة إن الوزارة والمجلس والرئاسة سيدرسون الأمر مع اللجنة الثلاثية')).toEqual([]);
  });

  test('في + country makes a security council national and stays outside the mention', () => {
    expect(only('صرح أمين مجلس الأمن في أرمينيا بأن الوضع هادئ')).toMatchObject({
      text: 'مجلس الأمن',
      key: 'security-council:AM',
      nationality: 'AM',
    });
  });

  test('في + country qualifies a ministry too', () => {
    expect(only('قالت وزارة الدفاع في أذربيجان إن الهدوء عاد')).toMatchObject({ text: 'وزارة الدفاع', key: 'ministry:defense:AZ' });
  });

  test('a bare security council is the United Nations\' one', () => {
    expect(only('عقد مجلس الأمن جلسة طارئة')).toMatchObject({ key: 'un-security-council', kind: 'international' });
  });

  test('a presidency and its seat are one body', () => {
    const found = organizations('أكدت الرئاسة الفرنسية أن الإليزيه سيستقبل الوفد');
    expect(found.map((o) => o.key)).toEqual(['presidency:FR', 'presidency:FR']);
    expect(found[1].canonical).toBeUndefined();
  });

  test('رئاسة + country is a chairmanship, not a body', () => {
    expect(mentions('تتولى رئاسة روسيا وفرنسا للمجموعة مهام الوساطة')).toEqual([]);
  });

  test('a bare ministry takes the one country the article gives it', () => {
    const found = organizations('أعلنت وزارة الدفاع الأذربيجانية سيطرتها على المنطقة، وأضافت وزارة الدفاع أن القتال توقف');
    expect(found.map((o) => [o.text, o.key, o.nationality])).toEqual([
      ['وزارة الدفاع الأذربيجانية', 'ministry:defense:AZ', 'AZ'],
      ['وزارة الدفاع', 'ministry:defense:AZ', 'AZ'],
    ]);
  });

  test('with two countries the bare ministry stays apart', () => {
    const found = organizations('ردت وزارة الدفاع الروسية على وزارة الدفاع الأذربيجانية ثم قالت وزارة الدفاع إنها ستحقق');
    expect(found.map((o) => o.key)).toEqual(['ministry:defense:RU', 'ministry:defense:AZ', 'ministry:defense']);
  });

  test('a news agency named around its country', () => {
    expect(only('نقلت وكالة موريتانيا للأنباء الخبر')).toMatchObject({
      text: 'وكالة موريتانيا للأنباء',
      key: 'news-agency:MR',
      kind: 'media',
    });
  });

  test('a bare news agency is anaphoric, even for the head-noun pattern', () => {
    expect(mentions('ذكرت وكالة الأنباء أن الاجتماع انتهى')).toEqual([]);
  });

  test('a body whose generic name is its own name counts alone', () => {
    expect(only('وافق مجلس الوزراء على الميزانية')).toMatchObject({ key: 'cabinet', kind: 'government', nationality: undefined });
  });

  test('a national team with its nisba', () => {
    expect(only('فاز المنتخب المغربي على منافسه')).toMatchObject({ key: 'national-team:MA', nationality: 'MA', kind: 'sports' });
  });

  test('a national team or body named after a country by the name news uses, not only CLDR’s', () => {
    // CLDR names Saudi Arabia المملكة العربية السعودية and the Emirates الإمارات العربية المتحدة
    expect(only('خسر منتخب السعودية أمام ضيفه')).toMatchObject({ text: 'منتخب السعودية', key: 'national-team:SA', kind: 'sports' });
    expect(only('فاز منتخب الإمارات في المباراة')).toMatchObject({ text: 'منتخب الإمارات', key: 'national-team:AE' });
    expect(only('قال المتحدث باسم وزارة خارجية روسيا البيضاء إن')).toMatchObject({ text: 'وزارة خارجية روسيا البيضاء', nationality: 'BY' });
  });

  test('fields joined by و to a ministry\'s listed field are one ministry, with the nisba after them', () => {
    expect(only('نظمت وزارة الثقافة والفنون الموريتانية مهرجانا للتراث')).toMatchObject({
      text: 'وزارة الثقافة والفنون الموريتانية',
      key: 'ministry:culture:MR',
      nationality: 'MR',
    });
    expect(only('أعلنت وزارة الأوقاف والشؤون الدينية العمانية موعد صلاة العيد')).toMatchObject({
      text: 'وزارة الأوقاف والشؤون الدينية العمانية',
      key: 'ministry:religious-endowments:OM',
    });
    expect(only('قالت وزارة الصحة والسكان إن الحالات تراجعت')).toMatchObject({ text: 'وزارة الصحة والسكان', key: 'ministry:health' });
    // a time word after the fields is no adjective of theirs
    expect(only('قالت وزارة الصحة والسكان الأسبوع الماضي إن الحالات تراجعت')).toMatchObject({ text: 'وزارة الصحة والسكان' });
  });

  test('another body joined by و after a ministry is not one of its fields', () => {
    // a word that opens a body's name, a plural of bodies in ات, a nisba that agrees with the joined noun only
    expect(mentions('أعلنت وزارة الداخلية والشرطة اعتقال مشتبه به')[0]).toBe('وزارة الداخلية');
    expect(mentions('أعلنت وزارة الداخلية والسلطات المحلية إغلاق الطريق')).toEqual(['وزارة الداخلية']);
    expect(mentions('أعلنت وزارة الدفاع والجيش الإسرائيلي مقتل جنديين')).toEqual(['وزارة الدفاع']);
    expect(mentions('أعلنت وزارة الصحة والهلال الأحمر الفلسطيني ارتفاع عدد الضحايا')).toEqual(['وزارة الصحة', 'الهلال الأحمر الفلسطيني']);
  });

  test('Tunisia\'s assembly by its name', () => {
    expect(only('فازت القائمة بخمسة عشر مقعدا في مجلس نواب الشعب')).toMatchObject({ text: 'مجلس نواب الشعب', kind: 'parliament' });
  });

  test('a state\'s flag carrier is its air lines with its nisba', () => {
    expect(only('استأنفت الخطوط الجوية العراقية رحلاتها إلى بيروت')).toMatchObject({
      text: 'الخطوط الجوية العراقية',
      key: 'airline:IQ',
      kind: 'company',
      nationality: 'IQ',
    });
    expect(only('هبطت طائرة تابعة للخطوط الملكية المغربية في المطار')).toMatchObject({ key: 'airline:MA' });
    expect(only('قال رئيس مجلس إدارة الخطوط الجوية الكويتية إن الأسطول سيتوسع')).toMatchObject({ key: 'airline:KW' });
    // the lexicon's own carriers keep their keys
    expect(only('أعلنت الخطوط الجوية القطرية رحلات جديدة')).toMatchObject({ key: 'qatar-airways' });
  });

  test('air routes and front lines are no airline', () => {
    expect(mentions('أعيد فتح الخطوط الجوية بين البلدين بعد انقطاع')).toEqual([]);
    expect(mentions('اخترقت القوات الأوكرانية الخطوط الروسية قرب المدينة')).toEqual([]);
    expect(mentions('نقلت الخطوط الجوية الدولية ملايين المسافرين')).toEqual([]);
    // a masculine nisba does not agree with the broken plural
    expect(mentions('الخطوط الجوية الكويتي')).toEqual([]);
  });

  test('a state\'s house of fatwa, with its nisba (دار is feminine) or alone', () => {
    expect(only('أصدرت دار الإفتاء المصرية فتوى بشأن زكاة الفطر')).toMatchObject({
      text: 'دار الإفتاء المصرية',
      key: 'fatwa-house:EG',
      nationality: 'EG',
    });
    expect(only('أعلنت دار الإفتاء أن الخميس أول أيام رمضان')).toMatchObject({ text: 'دار الإفتاء', key: 'fatwa-house' });
    expect(only('قالت دار الإفتاء في ليبيا إن العيد الثلاثاء')).toMatchObject({ key: 'fatwa-house:LY' });
  });

  test('armies and deployments described by nationality are not organizations', () => {
    expect(mentions('تقدم الجيش الروسي وانتشرت قوات حفظ السلام الروسية قرب القوات الأرمينية')).toEqual([]);
  });
});

describe('head nouns with the noun phrase that names the body', () => {
  test('a stock exchange by its city or country', () => {
    expect(only('تراجع مؤشر بورصة لندن في ختام التعاملات')).toMatchObject({ text: 'بورصة لندن', kind: 'other' });
    expect(only('ارتفعت أسهم البنوك في بورصة الكويت')).toMatchObject({ text: 'بورصة الكويت' });
    // the exchange as a thing, without a name
    expect(mentions('هبطت أسهم البورصة اليوم')).toEqual([]);
  });

  test('a trade union by whom it gathers', () => {
    expect(only('دعت نقابة المعلمين إلى إضراب عام')).toMatchObject({ text: 'نقابة المعلمين', kind: 'other' });
    expect(mentions('أسس العمال نقابة جديدة في المصنع')).toEqual([]);
  });

  test('an association or a league named by two words or more', () => {
    expect(only('وزعت جمعية الهلال الأحمر مساعدات غذائية')).toMatchObject({ text: 'جمعية الهلال الأحمر', kind: 'other' });
    expect(only('دانت رابطة العالم الإسلامي التفجير')).toMatchObject({ text: 'رابطة العالم الإسلامي' });
    // one word: a bond, a society in general
    expect(mentions('تجمعهما رابطة الدم منذ الطفولة')).toEqual([]);
    expect(mentions('أنشأ الأهالي جمعية خيرية لرعاية الأيتام')).toEqual([]);
  });

  test('a party name with a coordinated noun', () => {
    expect(only('فاز حزب الحرية والعدالة بأغلبية المقاعد')).toMatchObject({
      text: 'حزب الحرية والعدالة',
      kind: 'party',
      key: 'حزب الحريه والعداله',
      strength: 2,
    });
  });

  test('و + a person\'s title after the name opens the next person, not a word of the name', () => {
    expect(mentions('وحضر الحفل رئيس حزب العمال والوزير السابق أحمد سالم.')).toEqual(['حزب العمال']);
    expect(mentions('وحضر رئيس حزب العمال والسفيرة الأمريكية الحفل.')).toEqual(['حزب العمال']);
    // a coordinated noun that is no title stays in the name, and so does one that is a title as often as an everyday noun
    expect(mentions('وأعلن حزب العدالة والتنمية فوزه.')).toEqual(['حزب العدالة والتنمية']);
    expect(mentions('وتأسس اتحاد الملاكمة والمصارعة عام 1950.')).toEqual(['اتحاد الملاكمة والمصارعة']);
  });

  // session 15, lane q2
  test('و + a body the lexicon names or a described body\'s head opens the next body, not a word of the name', () => {
    expect(mentions('وقعت منظمة الصحة العالمية والاتحاد الأوروبي اتفاقا للتعاون.')).toEqual(['منظمة الصحة العالمية', 'الاتحاد الأوروبي']);
    expect(mentions('وشارك في الندوة ممثلو منظمة التعاون الإسلامي والاتحاد الأفريقي.')).toEqual(['منظمة التعاون الإسلامي', 'الاتحاد الأفريقي']);
    expect(mentions('ووقع المعهد الوطني للإحصاء والمجلس الأعلى للتخطيط مذكرة تفاهم.')).toEqual(['المعهد الوطني للإحصاء', 'المجلس الأعلى للتخطيط']);
    // a noun of the body's field after و stays in the name
    expect(mentions('وأصدرت وزارة التجارة والصناعة قرارا جديدا.')).toEqual(['وزارة التجارة والصناعة']);
    expect(mentions('وقدمت منظمة الأغذية والزراعة مساعدات للمزارعين.')).toEqual(['منظمة الأغذية والزراعة']);
    expect(mentions('وبثت هيئة الإذاعة والتلفزيون الخبر.')).toEqual(['هيئة الإذاعة والتلفزيون']);
  });

  test('the name ends before a weekday', () => {
    expect(mentions('أعلن حزب الشعب الديمقراطي الأحد مرشحه')).toEqual(['حزب الشعب الديمقراطي']);
  });

  test('the name ends before a definite noun that is the next phrase', () => {
    expect(mentions('طالبت منظمة الشفافية الدولية الحكومة بالإصلاح')).toEqual(['منظمة الشفافية الدولية']);
  });

  test('the name ends before a preposition', () => {
    expect(mentions('قالت هيئة الطيران المدني في بيان إن الرحلات استؤنفت')).toEqual(['هيئة الطيران المدني']);
  });

  test('a trailing nisba gives the nationality, and a later bare mention joins it', () => {
    const found = organizations('انتقد حزب العمال البريطاني الخطة، ثم صوت حزب العمال ضدها');
    expect(found.map((o) => [o.text, o.key, o.nationality])).toEqual([
      ['حزب العمال البريطاني', 'حزب العمال:GB', 'GB'],
      ['حزب العمال', 'حزب العمال:GB', 'GB'],
    ]);
  });

  test('proclitics on the head are left out', () => {
    expect(mentions('وجه الرئيس التهنئة لحزب الوفاق الوطني')).toEqual(['حزب الوفاق الوطني']);
  });

  test('heads that need two words: a one-word complement is a generic thing', () => {
    expect(mentions('وضع الناخبون أوراقهم في صندوق الاقتراع')).toEqual([]);
    expect(mentions('استثمر صندوق الاستثمارات العامة في الشركة')).toEqual(['صندوق الاستثمارات العامة']);
  });

  test('a committee needs more than its task', () => {
    expect(mentions('شكلت لجنة التحقيق فريقا')).toEqual([]);
    expect(mentions('أعلنت لجنة الانتخابات المركزية النتائج')).toEqual(['لجنة الانتخابات المركزية']);
  });

  test('descriptions are not read as names; a title is, with the name after it', () => {
    expect(mentions('اجتمع مجلس الإدارة وفاز حزب الأغلبية ودرس في جامعة الملك')).toEqual([]);
    expect(mentions('ودرس في جامعة الملك سعود')).toEqual(['جامعة الملك سعود']);
  });

  test('a head with the article is anaphoric', () => {
    expect(mentions('قال الحزب الحاكم إن المنظمة الدولية تأخرت')).toEqual([]);
  });

  test('a movement is a body only with a quoted name', () => {
    expect(mentions('توقفت حركة المرور في المدينة')).toEqual([]);
    expect(only('أعلنت حركة "النهضة" انسحابها')).toMatchObject({ text: 'النهضة', key: 'النهضه', kind: 'other' });
  });

  test('a company\'s quoted name is the mention', () => {
    expect(only('وقعت شركة "نوفاتيك" عقدا جديدا')).toMatchObject({ text: 'نوفاتيك', kind: 'company', key: 'نوفاتيك' });
  });

  test('a known name between quotes after a head keeps the lexicon key', () => {
    expect(only('قالت وكالة "سبوتنيك" إن الوفد وصل')).toMatchObject({ text: 'سبوتنيك', key: 'sputnik', strength: 3 });
  });

  test('a quotation after a head is speech, not a name', () => {
    expect(mentions('قال حزب "إننا لن نشارك في الحكومة المقبلة مهما حدث"')).toEqual([]);
  });
});

describe('a parliament\'s blocs and electoral coalitions', () => {
  test.each([
    ['قال النائب عن كتلة الصدريين إن الكتلة ستقاطع الجلسة', 'كتلة الصدريين', 'party'],
    ['حصل ائتلاف الكرامة على 21 مقعدا في البرلمان', 'ائتلاف الكرامة', 'alliance'],
  ])('%s', (text, name, kind) => {
    expect(organizations(text)[0]).toMatchObject({ text: name, kind });
  });
  test.each([
    'تتأثر البلاد بكتلة هوائية باردة قادمة من الشمال',
    'ارتفعت الكتلة النقدية بنسبة خمسة في المئة',
  ])('a mass is no bloc: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('companies named in foreign words after شركة', () => {
  test.each([
    ['ووقعت شركة بي ام دبليو الألمانية اتفاقا مع الحكومة.', 'بي ام دبليو الألمانية', 'DE'],
    ['وقدمت شركة فولفو السويدية شاحنة جديدة.', 'فولفو السويدية', 'SE'],
    ['وأعلنت شركة السيارات الصينية شيري موتورز ، أمس ، عن طراز جديد.', 'شيري موتورز', undefined],
    ['وقالت شركة الأدوية الأمريكية فايزر إن اللقاح آمن.', 'فايزر', undefined],
  ])('%s → %s', (text, name, nationality) => {
    expect(only(text)).toMatchObject({ text: name, kind: 'company', nationality });
  });
  test.each([
    ['وأسس الشاب شركة ناشئة في دبي.'],
    ['وهي شركة كبيرة تعمل في الخليج.'],
    ['ويعمل في شركة طيران منذ عامين.'],
    ['وتملك شركة بترول عدة حقول.'],
    ['وأسس شركة سعودية للمقاولات.'],
  ])('no company without a foreign name: %s', (text) => {
    expect(mentions(text)).toEqual([]);
  });
  test.each([
    ['وأعلنت شركة OpenAI إطلاق نموذج جديد.', 'OpenAI', undefined],
    ['واستحوذت مايكروسوفت على شركة Activision Blizzard مقابل 69 مليار دولار.', 'Activision Blizzard', undefined],
    ['ووقعت شركة Siemens الألمانية عقدا مع الحكومة.', 'Siemens الألمانية', 'DE'],
  ])('a name in Latin letters is a name by its script, nisba or not: %s', (text, name, nationality) => {
    expect(organizations(text).find((o) => o.text === name)).toMatchObject({ kind: 'company', nationality });
  });
  test('Latin words not after شركة are left to the other readings', () => {
    expect(mentions('وقالت الشركة إن نظام ChatGPT متاح للجميع.')).toEqual([]);
  });
  test('a verb after a company described with its country is no name', () => {
    expect(mentions('وقالت شركة الاتصالات السعودية تعلن عن أرباحها غدا.')).toEqual(['شركة الاتصالات السعودية']);
  });
});

describe('bodies named by what they are for', () => {
  test('a definite head, a nisba and a purpose with مع: the place after في is outside', () => {
    const found = only('وأعلنت موسكو افتتاح المركز الروسي للتجاوب مع القضايا الإنسانية في يريفان.');
    expect(found).toMatchObject({ text: 'المركز الروسي للتجاوب مع القضايا الإنسانية', nationality: 'RU', strength: 2 });
  });
  test('a broken plural ending in ون or ين is a purpose, a sound plural of people is who hears the body', () => {
    expect(only('أعلنت الهيئة العامة للشؤون الإسلامية والأوقاف توحيد الخطبة')).toMatchObject({
      text: 'الهيئة العامة للشؤون الإسلامية والأوقاف',
      kind: 'agency',
    });
    expect(only('افتتح المعهد العالي للفنون المسرحية موسمه الجديد').text).toBe('المعهد العالي للفنون المسرحية');
    expect(mentions('قال المجلس العسكري للصحفيين إن الانتخابات ستجرى قريبا')).toEqual([]);
    expect(mentions('قال المكتب الإعلامي للفنانين إن الحفل ألغي')).toEqual([]);
  });
  test('a purpose in construct with a definite noun', () => {
    expect(mentions('وقال المرصد المغربي لحقوق الإنسان إن المحاكمة تأجلت.')).toEqual(['المرصد المغربي لحقوق الإنسان']);
    expect(only('وطالبت المنظمة العربية لمكافحة الفساد بالشفافية').text).toBe('المنظمة العربية لمكافحة الفساد');
  });
  test('coordinated purposes and adjectives stay in the name', () => {
    expect(only('ونشر الجهاز المركزي للتعبئة العامة والإحصاء أرقام البطالة.')).toMatchObject({
      text: 'الجهاز المركزي للتعبئة العامة والإحصاء',
      kind: 'agency',
    });
  });
  test('a country nisba after the purpose names the body\'s state and ends the name', () => {
    expect(only('وحذر المجلس الأعلى للإعلام الأردني من الشائعات')).toMatchObject({
      text: 'المجلس الأعلى للإعلام الأردني',
      nationality: 'JO',
    });
  });
  test('adjectives of the purpose stay in the name', () => {
    expect(mentions('وموّل الصندوق الكويتي للتنمية الاقتصادية العربية مشروع السد')).toEqual([
      'الصندوق الكويتي للتنمية الاقتصادية العربية',
    ]);
  });
  test('a proclitic on the head is left out of the mention', () => {
    expect(mentions('التقى الوفد بالمعهد الوطني للدراسات الاستراتيجية أمس')).toEqual(['المعهد الوطني للدراسات الاستراتيجية']);
  });
  test('a head in construct with a definite noun, then the purpose', () => {
    expect(mentions('وأصدر مركز الخليج للأبحاث الاستراتيجية تقريرا عن الطاقة.')).toEqual(['مركز الخليج للأبحاث الاستراتيجية']);
    expect(mentions('وحذر مرصد الجامعة لمكافحة الشائعات من الأخبار الكاذبة')).toEqual(['مرصد الجامعة لمكافحة الشائعات']);
  });
  test('a head in construct without a purpose is not read here', () => {
    expect(mentions('وزار الطلاب مركز الأبحاث أمس')).toEqual([]);
  });
  test('a head in construct whose words the lexicon names keeps the lexicon name', () => {
    expect(mentions('وقال صندوق النقد الدولي للحكومات إن التضخم مرتفع')).toEqual(['صندوق النقد الدولي']);
  });
  test('a head in construct with a word that describes rather than names is not a name', () => {
    expect(mentions('وأنشأت البلدية مركز المدينة للشباب')).toEqual([]);
  });
  test('the same description twice is one key', () => {
    const [a, b] = organizations('أسس المركز الوطني للأرصاد فرعا جديدا، وقال المركز الوطني للأرصاد إن الأمطار ستستمر.');
    expect(a!.key).toBe(b!.key);
  });
  test('without a purpose the head and adjective are an anaphor', () => {
    expect(mentions('وقال المجلس الأعلى إن القرار نهائي.')).toEqual([]);
    expect(mentions('وأكدت الهيئة العامة أن العمل مستمر.')).toEqual([]);
  });
  test('a head with no qualifying adjective takes no purpose', () => {
    expect(mentions('وأرسل المركز للمستشفيات أدوية')).toEqual([]);
  });
  test('لـ + a state or a body is whose it is or to whom it speaks, not its purpose', () => {
    expect(mentions('اجتمع المجلس التنفيذي للمنظمة في جنيف.')).toEqual([]);
    expect(mentions('ورفع المجلس الاستشاري للحكومة تقريره السنوي.')).toEqual([]);
    expect(mentions('وزار الوفد المركز الطبي للمدينة.')).toEqual([]);
  });
  test('لـ + a sound plural of people is an addressee', () => {
    expect(mentions('وقال المجلس العسكري للصحفيين إن الانتخابات قريبة.')).toEqual([]);
    // but after a union's head it is whom the union gathers (organizations-trades-unions-parties.test.ts)
    expect(mentions('وأكد الاتحاد العام للمزارعين أن الموسم جيد.')).toEqual(['الاتحاد العام للمزارعين']);
  });
  test('a time word or description after the head is not a qualifier', () => {
    expect(mentions('وقدم المجلس الجديد للبرلمان خطته')).toEqual([]);
  });
  test('a head and adjective the lexicon names keep the lexicon name; لـ after it is an addressee', () => {
    expect(mentions('وقدم البنك الدولي للدول الفقيرة قروضا ميسرة.')).toEqual(['البنك الدولي']);
    expect(mentions('وأرسلت المفوضية الأوروبية للاجئين خياما.')).toEqual(['المفوضية الأوروبية']);
  });
  test('و + a person\'s title after the purpose opens the next person', () => {
    expect(mentions('وحضر الاجتماع رئيس الاتحاد العربي للسباحة والعقيد سالم الكعبي.')).toEqual(['الاتحاد العربي للسباحة']);
    expect(mentions('والتقى رئيس المجلس الوطني للثقافة والوزير كمال حسن.')).toEqual(['المجلس الوطني للثقافة']);
    // a coordinated field stays, the female athletes' titles that are also sports among them
    expect(mentions('وتأسس الاتحاد المصري للملاكمة والمصارعة عام 1950.')).toEqual(['الاتحاد المصري للملاكمة والمصارعة']);
    expect(mentions('وفاز الفريق ببطولة الاتحاد العربي للغوص والسباحة أمس.')).toEqual(['الاتحاد العربي للغوص والسباحة']);
  });
  test('ل + an imperfect verb says what for, it is no purpose of a name', () => {
    expect(mentions('وكرمت المؤسسة العامة للشباب ليكون الحفل سنويا.')).toEqual(['المؤسسة العامة للشباب']);
    expect(mentions('واختارت اللجنة الوطنية للتراث ليكون المبنى مقرا لها.')).toEqual(['اللجنة الوطنية للتراث']);
    // a verbal noun after ل is a purpose: the field the body works in
    expect(mentions('وأصدرت الهيئة الوطنية لمكافحة التصحر تقريرا.')).toEqual(['الهيئة الوطنية لمكافحة التصحر']);
    expect(mentions('وأعلن المركز العربي لتطوير الزراعة نتائج الموسم.')).toEqual(['المركز العربي لتطوير الزراعة']);
  });
  test('لـ + a place is not a purpose', () => {
    expect(mentions('وصل المبعوث العربي للسودان أمس')).toEqual([]);
  });
  test('a further purpose with its preposition says what the act is for, no field of the body', () => {
    expect(mentions('وقعت الوزارة اتفاقا مع البنك الأوروبي للاستثمار للحصول على قرض ميسر.')).toEqual(['البنك الأوروبي للاستثمار']);
    expect(mentions('وتعاون الصندوق العربي للإنماء للتوصل إلى تسوية الديون.')).toEqual(['الصندوق العربي للإنماء']);
    // a further purpose without one stays in the name
    expect(mentions('وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن العدد ارتفع.')).toEqual(['المفوضية السامية للأمم المتحدة لشؤون اللاجئين']);
  });
});

describe('appositions', () => {
  test('a seat of power in brackets after the body it stands for', () => {
    const found = organizations('قالت الرئاسة الروسية (الكرملين) إن المحادثات مثمرة');
    expect(found.map((o) => [o.text, o.key])).toEqual([
      ['الرئاسة الروسية', 'presidency:RU'],
      ['الكرملين', 'presidency:RU'],
    ]);
  });

  test('an unknown acronym in brackets is the same body, and is found again alone', () => {
    const found = organizations('أفادت هيئة البث الوطنية (هبون) بأن البرنامج ألغي، وقالت هبون لاحقا إنه سيعود');
    expect(found.map((o) => o.text)).toEqual(['هيئة البث الوطنية', 'هبون', 'هبون']);
    expect(new Set(found.map((o) => o.key)).size).toBe(1);
  });

  test('a quoted brand after a national agency joins its key', () => {
    const found = organizations('ذكرت وكالة الأنباء البيلاروسية "بيلتا" أن الرئيس سافر');
    expect(found.map((o) => [o.text, o.key])).toEqual([
      ['وكالة الأنباء البيلاروسية', 'news-agency:BY'],
      ['بيلتا', 'news-agency:BY'],
    ]);
  });

  test('a bracketed weekday is not an alias', () => {
    expect(mentions('أصدرت منظمة الشفافية الدولية (الأحد) تقريرها')).toEqual(['منظمة الشفافية الدولية']);
  });

  test("a person's title shaped like a nisba ends the body's name before the name in apposition", () => {
    expect(mentions('قال رئيس هيئة الرقابة القاضي سالم حمدان إن التحقيق مستمر')).toEqual(['هيئة الرقابة']);
    expect(mentions('وأكد نقيب المحامين المحامي خالد سعيد أن الإضراب مستمر')).toEqual([]);
    expect(mentions('أكد رئيس مجلس القضاء الأعلى القاضي فائق زيدان أن')).toEqual(['مجلس القضاء الأعلى']);
    // a body named for judges or lawyers keeps them
    expect(mentions('قالت نقابة المحامين إن الإضراب مستمر')).toEqual(['نقابة المحامين']);
  });

  test('two different lexicon bodies in apposition stay apart', () => {
    const found = organizations('شاركت مجموعة مينسك (منظمة الأمن والتعاون في أوروبا) في اللقاء');
    expect(found.map((o) => o.key)).toEqual(['osce-minsk-group', 'osce']);
  });
});

describe('spans', () => {
  test('offsets slice exactly the mentions, in text order, without overlap', () => {
    const source = 'وقالت وزارة الصحة الفلسطينية، وفقاً لـ"الجزيرة"، إن منظمة الصحة العالمية وصندوق النقد الدولي سيساعدان.';
    const found = recognizeOrganizations(contextOf(source));
    expect(found.map((c) => source.slice(c.start, c.end))).toEqual([
      'وزارة الصحة الفلسطينية',
      'الجزيرة',
      'منظمة الصحة العالمية',
      'صندوق النقد الدولي',
    ]);
    const tokens = contextOf(source).tokens;
    for (let k = 0; k < found.length; k++) {
      const c = found[k];
      expect(tokens[c.firstToken].end).toBeGreaterThan(c.start);
      expect(tokens[c.nextToken - 1].end).toBe(c.end);
      if (k > 0) expect(c.start).toBeGreaterThanOrEqual(found[k - 1].end);
    }
  });

  test('diacritics inside a name keep the original offsets', () => {
    const source = 'أعلنت وزارةُ الدفاعِ الروسيةُ';
    expect(only(source).text).toBe('وزارةُ الدفاعِ الروسيةُ');
  });

  test('text without organizations gives none', () => {
    expect(organizations('ارتفعت درجات الحرارة في المدينة أمس')).toEqual([]);
  });
});

describe('lexicon data', () => {
  test('every name that needs context is one of its entry\'s names', () => {
    for (const entry of KNOWN_ORGANIZATIONS) {
      for (const name of entry.contextual ?? []) expect(entry.names).toContain(name);
    }
  });

  test('ids are unique and every state body key names a national body', () => {
    const ids = KNOWN_ORGANIZATIONS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const bodies = new Set([...NATIONAL_BODIES.map((body) => body.id), ...MINISTRY_DOMAINS.map((domain) => `ministry:${domain.id}`)]);
    for (const entry of KNOWN_ORGANIZATIONS.filter((e) => /:[A-Z]{2}$/.test(e.id))) {
      expect(bodies).toContain(entry.id.slice(0, -3));
      expect(entry.id.endsWith(`:${entry.nationality}`)).toBe(true);
    }
  });
});
