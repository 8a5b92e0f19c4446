import { places, placeTexts } from './places-helpers';

describe('a capital spelled with a final ه', () => {
  test('a spelling of the gazetteer in ه is the place, not a pronoun suffix', () => {
    expect(places('وصل رئيس الوزراء إلى سكوبيه صباح الأحد')).toMatchObject([{ text: 'سكوبيه', countryCode: 'MK', kind: 'city' }]);
  });

  test('a name whose spellings all end in ة is still a word with a pronoun when written in ه', () => {
    // بصره `his sight`; البصرة is Basra
    expect(placeTexts('فقد الرجل بصره في الحادث')).toEqual([]);
  });
});

describe('a known name right after a definite trigger', () => {
  test('a bare name needing context is the capital after العاصمة', () => {
    expect(places('استضافت العاصمة سكوبيه قمة إقليمية')).toMatchObject([{ text: 'سكوبيه', countryCode: 'MK' }]);
  });

  test('the capital after a demonym of the Balkans', () => {
    expect(places('استضافت العاصمة المقدونية سكوبيه قمة إقليمية')).toMatchObject([{ text: 'سكوبيه', countryCode: 'MK' }]);
    expect(places('وصل اللاعبون إلى العاصمة الكرواتية زغرب')).toMatchObject([{ text: 'زغرب', countryCode: 'HR' }]);
  });

  test('a definite nisba after a definite noun is still its adjective', () => {
    expect(placeTexts('تعرضت المحافظة الشمالية لأمطار غزيرة')).toEqual([]);
    expect(placeTexts('زار السياح المدينة القديمة')).toEqual([]);
  });
});

describe('عمان: Amman in an article about a kingdom, Oman in one about a sultanate', () => {
  test("a kingdom's word and no other kingdom named: Amman", () => {
    expect(places('قال وزير الخارجية في عمان إن المملكة ترفض أي تهجير للسكان')).toMatchObject([{ text: 'عمان', countryCode: 'JO', kind: 'city' }]);
    expect(places('استقبل العاهل في عمان وفدا من الكونغرس')).toMatchObject([{ text: 'عمان', countryCode: 'JO' }]);
  });

  test("the sultanate's word: Oman", () => {
    expect(places('وصل المبعوث إلى عمان وأكد أن السلطنة تدعم الحوار')).toMatchObject([{ text: 'عمان', countryCode: 'OM', kind: 'country' }]);
  });

  test('المملكة beside another kingdom is that kingdom, and says nothing of عمان', () => {
    const text = 'وقعت السعودية وعمان اتفاقية لفتح منفذ حدودي جديد وأكدت المملكة التزامها';
    expect(places(text)).toMatchObject([{ text: 'السعودية' }, { text: 'عمان', countryCode: 'OM' }]);
  });

  test('nothing about either: the gazetteer order, Oman', () => {
    expect(places('زار المبعوث الأممي عمان لبحث الملف اليمني')).toMatchObject([{ text: 'عمان', countryCode: 'OM' }]);
  });

  test('a place of Oman named in the article wins over a kingdom word', () => {
    expect(places('قال الملك إن عمان ومسقط شريكان')).toMatchObject([{ text: 'عمان', countryCode: 'OM' }, { text: 'مسقط' }]);
  });
});

describe('بلنسية is Valencia in Spain', () => {
  test('with nothing Spanish around it, by its Andalusian name and by sport news’ spelling', () => {
    expect(places('اجتمع المسؤولون في بلنسية لبحث آثار العاصفة')).toMatchObject([{ text: 'بلنسية', countryCode: 'ES', kind: 'city' }]);
    expect(places('وصل المنتخب إلى فالنسيا لخوض المباراة')).toMatchObject([{ text: 'فالنسيا', countryCode: 'ES' }]);
  });

  test('Venezuela itself is still the country', () => {
    expect(places('أعلنت فنزويلا إغلاق حدودها مع كولومبيا')).toMatchObject([{ text: 'فنزويلا', countryCode: 'VE' }, { text: 'كولومبيا' }]);
  });
});
