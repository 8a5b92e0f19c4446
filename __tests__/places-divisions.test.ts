import { places, placeTexts } from './places-helpers';

// Administrative divisions named with their head noun (محافظة، ولاية، إقليم، مديرية، قضاء، دائرة):
// the division is the name after the head, the head left out of the mention, as for محافظة.

describe('districts after مديرية, قضاء and دائرة', () => {
  test('a known place after the head is the district', () => {
    expect(places('وصل الوزير إلى قضاء الفلوجة لتفقد المشاريع')).toMatchObject([{ text: 'الفلوجة', countryCode: 'IQ' }]);
    expect(places('تواصلت الاشتباكات في مديرية حيس منذ الفجر')).toMatchObject([{ text: 'حيس', countryCode: 'YE' }]);
  });

  test('an unknown name is a district where the division it lies in follows', () => {
    // after a direction and a known place
    expect(places('قتل ثلاثة جنود في قضاء زمرانة غرب الموصل')).toMatchObject([
      { text: 'زمرانة', kind: 'district' },
      { text: 'الموصل', countryCode: 'IQ' },
    ]);
    // a division's trigger on ب or after في
    expect(placeTexts('سيطرت القوات على مديرية سرواحين بمحافظة مأرب')).toEqual(['سرواحين', 'مأرب']);
    expect(placeTexts('فاز المرشح بمقعد دائرة تيمزلان في ولاية تيبازة')).toEqual(['تيمزلان', 'تيبازة']);
  });

  test('an unknown name with nothing after it, or a place after a bare في, is no district', () => {
    expect(placeTexts('قال مسؤول في مديرية سرواحين إن الطريق أغلق')).toEqual([]);
    expect(placeTexts('قرر الوزير قضاء عطلته في دبي مع أسرته')).toEqual(['دبي']);
    // what قضاء takes (time and its uses) is never a name, whatever follows
    expect(placeTexts('يفضل قضاء عطلة جنوب فرنسا كل صيف')).toEqual(['فرنسا']);
    expect(placeTexts('سيتم قضاء فترة العقوبة في سجن شمال البلاد')).toEqual([]);
  });

  test('the office these heads also name is no place', () => {
    // صحة is no district; نينوى, the governorate the office serves, is a place
    expect(placeTexts('قالت مديرية صحة نينوى إن المستشفيات استقبلت الجرحى')).toEqual(['نينوى']);
    expect(placeTexts('قررت مديرية التربية بمحافظة ذي قار تأجيل الامتحانات')).toEqual(['ذي قار']);
    expect(placeTexts('أصدرت دائرة الأراضي والمساحة بيانا')).toEqual([]);
    expect(placeTexts('وضعت الحكومة الملف في دائرة الضوء')).toEqual([]);
    // with the article the head is the judiciary, never a trigger (no place after its nisba)
    expect(placeTexts('وقال إن القضاء العراقي أصدر حكما بالسجن')).toEqual([]);
  });
});

describe("Tunisia's معتمدية and Morocco's عمالة", () => {
  test('a delegation is a district, its name with the article or without', () => {
    expect(places('خرج المحتجون في معتمدية الزيتونة وفي معتمدية تاجروين')).toMatchObject([
      { text: 'الزيتونة', kind: 'district' },
      { text: 'تاجروين', kind: 'district' },
    ]);
  });

  test('عمالة is a prefecture only before a known place or one located, else labour', () => {
    expect(places('قالت السلطات في عمالة المحمدية إن الشواطئ أغلقت')).toMatchObject([{ text: 'المحمدية', countryCode: 'MA' }]);
    expect(placeTexts('تنتشر عمالة الأطفال في القرى')).toEqual([]);
    expect(placeTexts('ارتفعت عمالة النساء في المدن')).toEqual([]);
    expect(placeTexts('تعتمد الشركات على عمالة رخيصة في آسيا')).toEqual(['آسيا']);
  });
});

describe('ولاية with a name that has the article', () => {
  test('a name no list knows is a state where a direction and a place follow it', () => {
    expect(places('ضرب زلزال ولاية الحوزين جنوب المغرب')).toMatchObject([
      { text: 'الحوزين', kind: 'region', countryCode: 'MA' },
      { text: 'المغرب' },
    ]);
  });

  test("or where a country's feminine nisba follows it", () => {
    expect(places('ضرب زلزال ولاية الحوزين المغربية ليلة الجمعة')).toMatchObject([{ text: 'الحوزين', kind: 'region', countryCode: 'MA' }]);
  });

  test('a term of office stays one', () => {
    // an office held, or a body whose mandate it is, before a nisba
    expect(placeTexts('جدد مجلس الأمن ولاية البعثة الأممية')).toEqual([]);
    expect(placeTexts('انتهت ولاية الحكومة الليبية الشهر الماضي')).toEqual([]);
    expect(placeTexts('انتهت ولاية الرئيس الأمريكي في يناير')).toEqual([]);
    expect(placeTexts('ناقش الفقهاء ولاية الأمر المصرية قديما')).toEqual([]);
    expect(placeTexts('يتولى الأمير ولاية العهد منذ سنوات')).toEqual([]);
    expect(placeTexts('انتهت ولاية المجلس الحالي في مارس')).toEqual([]);
    expect(placeTexts('خلال ولاية الرئيس الثانية ارتفع الدين')).toEqual([]);
  });
});

describe('a division named after a river, sea or mountain', () => {
  test('is the division, not the feature', () => {
    expect(places('نزح الآلاف إلى ولاية نهر النيل')).toMatchObject([{ text: 'نهر النيل', kind: 'region' }]);
    expect(places('أعلنت محافظة البحر الأحمر المصرية إغلاق الشواطئ')).toMatchObject([
      { text: 'البحر الأحمر', kind: 'region', countryCode: 'EG' },
    ]);
  });

  test('the feature alone, or after a word that is no division, stays the feature', () => {
    expect(places('ارتفع منسوب نهر النيل')).toMatchObject([{ text: 'نهر النيل', key: 'feature:nile' }]);
    expect(places('أبحرت السفينة في البحر الأحمر')).toMatchObject([{ text: 'البحر الأحمر', key: 'feature:red-sea' }]);
  });
});

describe('ports, airports, crossings and settlements (the policy in the README)', () => {
  test('a port or airport is the town it is named after, the head left out', () => {
    expect(places('وصلت سفينة القمح إلى ميناء الحديدة')).toMatchObject([{ text: 'الحديدة', countryCode: 'YE' }]);
    expect(placeTexts('هبطت الطائرة في مطار بيروت صباحا')).toEqual(['بيروت']);
  });

  test('an airport named after a person is a facility, no place', () => {
    expect(placeTexts('وصل الوفد إلى مطار الملك خالد الدولي')).toEqual([]);
  });

  test('a crossing is a place of its own, its head in the mention', () => {
    expect(places('أعيد فتح معبر رفح البري')).toMatchObject([{ text: 'معبر رفح', kind: 'feature', countryCode: 'PS' }]);
  });

  test('a settlement is a town, the head left out; Hebrew compound names are read whole', () => {
    expect(places('سقطت صواريخ على مستوطنة كريات زمير شمال إسرائيل')).toMatchObject([
      { text: 'كريات زمير', kind: 'city', countryCode: 'IL' },
      { text: 'إسرائيل' },
    ]);
    expect(placeTexts('أقرت الحكومة توسيع مستوطنة جفعات هرئيل')).toEqual(['جفعات هرئيل']);
    // the head alone names nothing
    expect(placeTexts('زار الوزير بلدة كريات أمس')).toEqual([]);
  });
});

describe("Somalia's self-governing regions", () => {
  test('are regions of Somalia, not Somalia', () => {
    expect(places('أعلنت سلطات أرض الصومال افتتاح المطار')).toMatchObject([{ text: 'أرض الصومال', kind: 'region', countryCode: 'SO' }]);
    expect(placeTexts('وصل الوفد إلى الصومال أمس')).toEqual(['الصومال']);
  });
});

describe("capitals' other spellings", () => {
  test('those of cities500 are generated for capitals abroad', () => {
    expect(places('عقد المؤتمر في كوالا لامبور')).toMatchObject([{ text: 'كوالا لامبور', countryCode: 'MY' }]);
    expect(places('وصل الوفد إلى بوجوتا ثم دوبلين')).toMatchObject([
      { text: 'بوجوتا', countryCode: 'CO' },
      { text: 'دوبلين', countryCode: 'IE' },
    ]);
  });

  test('the short stray ones are not (روم for Rome is the Byzantines)', () => {
    expect(placeTexts('حارب الروم في الشام')).toEqual([]);
  });

  test('the hand-kept ones no open list has', () => {
    expect(places('تظاهر الآلاف في كراكاس')).toMatchObject([{ text: 'كراكاس', countryCode: 'VE' }]);
    expect(places('أعلنت الحكومة في كانبيرا')).toMatchObject([{ text: 'كانبيرا', countryCode: 'AU' }]);
  });
});

describe('a division named as a country is no country', () => {
  test("a capital's province: ولاية الجزائر, ولاية تونس", () => {
    expect(places('أعلنت ولاية الجزائر عن إغلاق المدارس بسبب الأمطار')).toMatchObject([{ text: 'الجزائر', kind: 'city', countryCode: 'DZ' }]);
    expect(places('أعلنت ولاية تونس عن حملة نظافة')).toMatchObject([{ text: 'تونس', kind: 'city', countryCode: 'TN' }]);
  });

  test("another country's namesake, in the nisba's or the locating place's country", () => {
    expect(places('ضربت عاصفة ثلجية ولاية جورجيا الأمريكية')).toMatchObject([{ text: 'جورجيا', kind: 'region', countryCode: 'US' }]);
    expect(places('ضرب الجفاف إقليم الصومال في إثيوبيا')).toMatchObject([
      { text: 'الصومال', kind: 'region', countryCode: 'ET' },
      { text: 'إثيوبيا', kind: 'country' },
    ]);
  });

  test('a city trigger keeps the country-named city, and a territory after a division trigger stays', () => {
    expect(places('زار الوفد مدينة الكويت')).toMatchObject([{ text: 'الكويت', kind: 'city', countryCode: 'KW' }]);
    expect(places('أجريت الانتخابات في إقليم كوسوفو')).toMatchObject([{ text: 'كوسوفو', countryCode: 'XK' }]);
    // the country itself, with no trigger
    expect(places('وصل الرئيس إلى الجزائر')).toMatchObject([{ text: 'الجزائر', kind: 'country', countryCode: 'DZ' }]);
  });
});

describe("Morocco's regions since 2015, named whole", () => {
  test('a region of several cities’ names is one place, not its cities', () => {
    expect(places('شهدت جهة الدار البيضاء سطات أمطارا غزيرة')).toMatchObject([{ text: 'الدار البيضاء سطات', kind: 'region', countryCode: 'MA' }]);
    expect(placeTexts('قال رئيس جهة طنجة تطوان الحسيمة إن المشروع سينطلق')).toEqual(['طنجة تطوان الحسيمة']);
    expect(places('تعاني جهة درعة تافيلالت من الجفاف')).toMatchObject([{ text: 'درعة تافيلالت', countryCode: 'MA' }]);
  });

  test('the cities named apart are still the cities', () => {
    expect(placeTexts('سافر الوفد من طنجة إلى تطوان')).toEqual(['طنجة', 'تطوان']);
  });
});

describe("Morocco's provinces of the 2023 earthquake and the 2024 floods", () => {
  test('named after إقليم, in a list, or after أقاليم', () => {
    expect(places('ضرب الزلزال إقليم الحوز وشيشاوة')).toMatchObject([
      { text: 'الحوز', countryCode: 'MA' },
      { text: 'شيشاوة', countryCode: 'MA' },
    ]);
    expect(places('غمرت الفيضانات أقاليم الرشيدية وزاكورة وطاطا')).toMatchObject([
      { text: 'الرشيدية', countryCode: 'MA' },
      { text: 'زاكورة', countryCode: 'MA' },
      { text: 'طاطا', countryCode: 'MA' },
    ]);
  });
});
