import { extract } from '../src/index';

const organizations = (text: string) => {
  const found = extract(text).organizations;
  for (const entity of found) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
};
const names = (text: string) => organizations(text).map((entity) => entity.name);

describe('outlets in a credit bracket opening a line', () => {
  test('every source between the marks, the dateline date left out', () => {
    const text = '(صدى المدينة / نبض الخليج - 3 مارس 2024) أعلنت الشركة عن أرباحها.';
    expect(names(text)).toEqual(['صدى المدينة', 'نبض الخليج']);
    expect(organizations(text).every((entity) => entity.kind === 'media')).toBe(true);
  });
  test('a foreign name in Persian letters, ended by the Urdu full stop', () => {
    expect(names('( پاک نیوز ۔ / وكالة الأنباء الفرنسية - 5 يناير 2022ء) قال المتحدث')).toEqual(['پاک نیوز', 'وكالة الأنباء الفرنسية']);
  });
  test('the dateline city is a place, the outlet after it an organization', () => {
    const result = extract('(طرابلس - صوت الساحل) أكدت مصادر محلية أن الطريق مغلق.');
    expect(result.organizations.map((entity) => entity.name)).toEqual(['صوت الساحل']);
    expect(result.places.map((entity) => entity.name)).toContain('طرابلس');
  });
  test('a bracket after the dateline city', () => {
    expect(names('عمان (صوت البادية) - أعلنت الحكومة خطة جديدة.')).toEqual(['صوت البادية']);
    expect(names('بغداد - (أنباء الرافدين) أعلنت الوزارة النتائج.')).toEqual(['أنباء الرافدين']);
  });
  test('a bracket after the dateline city and its date, as wires write it', () => {
    expect(names('القاهرة - 3 ديسمبر 2026 (أ ش أ): قضت المحكمة بالسجن.')).toEqual(['أ ش أ']);
    expect(names('الرباط، 14 مارس 2024 (صوت الأطلس) - أعلنت الحكومة خطة جديدة.')).toEqual(['صوت الأطلس']);
    expect(names('القاهرة - 3 ديسمبر 2026 (خاص): قضت المحكمة بالسجن.')).toEqual([]);
  });
  test('a bracket opening the line after a dateline is that line\'s own', () => {
    expect(names('بيروت - 5 مارس 2024\n(تصريح خاص بالرئيس) قال الوزير إن الحكومة مستعدة.')).toEqual([]);
  });
  test('a place with its description in the bracket is where the news is from', () => {
    expect(names('غزة (فلسطين المحتلة) - قصفت الطائرات المدينة.')).toEqual([]);
  });
  test('a bracket after a word that is not a place is text', () => {
    expect(names('وقال (صوت البادية) - إن الحكومة')).toEqual([]);
  });
  test('a single source followed by a dash', () => {
    expect(names('(أنباء الجنوب) - ارتفعت أسعار الخبز في الأسواق.')).toEqual(['أنباء الجنوب']);
  });
  test('a known outlet keeps its lexicon entity', () => {
    const [agency] = organizations('(رويترز) - قال مسؤولون إن المحادثات ستستأنف.');
    expect(agency).toMatchObject({ name: 'رويترز', kind: 'media' });
  });
  test('a remark in brackets is not a credit', () => {
    expect(names('(تحديث) قال مسؤولون إن المحادثات ستستأنف.')).toEqual([]);
    expect(names('(صور) افتتاح المعرض الدولي للكتاب')).toEqual([]);
  });
  test('a label of the item before a dash or a dateline is not a source', () => {
    expect(names('(تحديث) - قال مسؤولون إن المحادثات ستستأنف.')).toEqual([]);
    expect(names('(عاجل) - انقطاع الكهرباء عن أحياء واسعة')).toEqual([]);
    expect(names('القاهرة (خاص) - أعلنت النقابة موعد الانتخابات.')).toEqual([]);
    expect(names('(فيديو / صوت الساحل - 3 مارس 2024) شاهد لحظة الانفجار')).toEqual(['صوت الساحل']);
  });
  test('a bracket inside a line is not a credit', () => {
    expect(names('وقال الشاهد (وهو سائق أجرة / 40 عاما) إنه رأى الحادث.')).toEqual([]);
  });
  test('a bracket that runs over a line break is not a credit', () => {
    expect(names('(نبض الخليج /\nصدى المدينة) قال')).toEqual([]);
  });
  test('a number or a lone letter is not a source', () => {
    expect(names('(1 / 3) الجزء الأول من التقرير')).toEqual([]);
    expect(names('(ء / - 2022) قال')).toEqual([]);
  });
});

describe('the outlet before a byline author', () => {
  test('outlet, dash, author and colon on a line of their own', () => {
    const result = extract('النهار – سامر الخطيب:\nارتفعت أسعار الوقود للمرة الثالثة.');
    expect(result.organizations.map((entity) => [entity.name, entity.kind])).toEqual([['النهار', 'media']]);
  });
  test('an outlet of two words', () => {
    expect(names('صوت الشعب - منى العلي:\nافتتح الوزير المدرسة.')).toEqual(['صوت الشعب']);
  });
  test('the same word elsewhere in the article is a common noun', () => {
    const text = 'الثورة – ليلى حسن:\nقال الباحث إن الثورة غيرت البلاد.';
    expect(organizations(text)).toEqual([expect.objectContaining({ name: 'الثورة', mentions: [expect.objectContaining({ start: 0 })] })]);
  });
  test('a place before the dash is a dateline, not an outlet', () => {
    expect(names('دمشق – سامر الخطيب:\nارتفعت الأسعار.')).toEqual([]);
  });
  test('text after the colon on the same line makes it a sentence, not a byline', () => {
    expect(names('الحكومة – وزير المالية: الميزانية جاهزة')).toEqual([]);
  });
  test('the author must look like a name: two words or more, the first without the article', () => {
    expect(names('الحكومة – الوزارة:\nنص البيان')).toEqual([]);
    expect(names('القرار – نهائي:\nنص البيان')).toEqual([]);
  });
  test('a byline not at the start of a line is text', () => {
    expect(names('وقال إن الثورة – سامر الخطيب:\nانتهت')).toEqual([]);
  });
});

describe('an agency named like a region, in a dateline', () => {
  const places = (text: string) => extract(text).places.map((entity) => entity.name);

  test('after the city and a slash, alone or after an author: the agency, not the region', () => {
    // الأناضول is Anatolia and the Turkish agency
    const text = 'إسطنبول/ الأناضول\nأعلن وزير الخارجية التركي أن بلاده ستشارك في القمة.';
    expect(names(text)).toEqual(['الأناضول']);
    expect(places(text)).toEqual(['إسطنبول']);
    expect(names('غزة/ سامي يوسف/ الأناضول\nقال مسؤول إن المعبر سيفتح غدا.')).toEqual(['الأناضول']);
  });

  test('in brackets after the dateline city', () => {
    expect(names('أنقرة (الأناضول) - أعلن الوزير أن بلاده ستشارك في القمة.')).toEqual(['الأناضول']);
  });

  test('a city or country there is a place; a region elsewhere stays one', () => {
    // two cities on a slash dateline, a country in brackets: no agency
    expect(names('الرياض/ جدة\nوصل الوفد صباح اليوم.')).toEqual([]);
    expect(places('الرياض/ جدة\nوصل الوفد صباح اليوم.')).toEqual(['الرياض', 'جدة']);
    expect(places('عمان (الأردن) - افتتح الوزير مستشفى.')).toEqual(['عمّان', 'الأردن']);
    expect(places('وصل الوفد إلى الأناضول/ تركيا أمس.')).toContain('الأناضول');
    // a line of results opens with a club, not a city: the bracket's region is the club's country
    expect(places('سلتيك ( اسكتلندا ) - كوبنهاغن ( الدنمارك ) 1 - صفر .')).toContain('اسكتلندا');
  });
});
