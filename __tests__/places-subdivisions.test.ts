import { places, placeTexts } from './places-helpers';

// The states and provinces of ISO 3166-2 beyond the Arab world (scripts/generate-geonames.mjs, from
// iso3166-2-db): provinces of their country, read bare only with context, short names and words left out.

describe('subdivisions abroad', () => {
  test('a state or province after its trigger is a province of its country', () => {
    expect(places('غمرت السيول ولاية كوينزلاند شمال شرق أستراليا')).toMatchObject([
      { text: 'كوينزلاند', kind: 'province', countryCode: 'AU' },
      { text: 'أستراليا', countryCode: 'AU' },
    ]);
    expect(places('وقع الزلزال قبالة سواحل إقليم آتشيه صباح الأحد')).toMatchObject([
      { text: 'آتشيه', kind: 'province', countryCode: 'ID' },
    ]);
    expect(places('سافر الوفد إلى ولاية سونورا المكسيكية')).toMatchObject([{ text: 'سونورا', kind: 'province', countryCode: 'MX' }]);
    expect(places('تضررت مقاطعة سيشوان من الفيضانات')).toMatchObject([{ text: 'سيشوان', kind: 'province', countryCode: 'CN' }]);
  });

  test('a name of two words is one province, not two places', () => {
    expect(places('قررت حكومة ولاية نيوساوث ويلز إغلاق المدارس')).toMatchObject([
      { text: 'نيوساوث ويلز', kind: 'province', countryCode: 'AU' },
    ]);
  });

  test('after a preposition of place the name alone is the province', () => {
    expect(places('أعلنت السلطات حالة التأهب في تسمانيا بعد العاصفة')).toMatchObject([
      { text: 'تسمانيا', kind: 'province', countryCode: 'AU' },
    ]);
    expect(places('اندلعت احتجاجات في كاتالونيا بعد الاستفتاء')).toMatchObject([{ text: 'كاتالونيا', countryCode: 'ES' }]);
    expect(places('يعيش أغلب المهاجرين في باهيا منذ عقود')).toMatchObject([{ text: 'باهيا', countryCode: 'BR' }]);
  });

  test('a province also a given name is no place as a sentence subject', () => {
    expect(placeTexts('قالت فيكتوريا إنها ستعود إلى المنزل')).toEqual([]);
    expect(places('وصل الوزير إلى ولاية فيكتوريا الأسترالية')).toMatchObject([{ text: 'فيكتوريا', kind: 'province', countryCode: 'AU' }]);
  });

  test('a short name or an everyday word the source lists is no place by itself', () => {
    // Myanmar's Shan State is شأن `matter` once the hamza is folded: names of three letters are left out
    expect(placeTexts('يتحدث الناس في شأن الانتخابات كل يوم')).toEqual([]);
    // Nigeria's Delta State, Honduras' Yoro, Nara: words (delta, euro, fire)
    expect(places('تراجعت الزراعة في دلتا النيل هذا العام').filter((place) => place.countryCode === 'NG')).toEqual([]);
    expect(placeTexts('بلغت قيمة الصفقة مليون يورو')).toEqual([]);
    expect(placeTexts('أطلق الجنود نارا كثيفة على السيارة')).toEqual([]);
    // a trigger still names the state
    expect(places('قتل مسلحون قرويين في ولاية دلتا النيجيرية')).toMatchObject([{ text: 'دلتا', countryCode: 'NG' }]);
  });

  test('a description of definite words is no province', () => {
    // Israel's Northern District is المنطقة الشمالية in the source: any region's north in news
    expect(placeTexts('تسود أجواء حارة في المنطقة الشمالية هذا الأسبوع')).toEqual([]);
  });

  test('a preposition of place takes a name without a proclitic of its own', () => {
    // في فترات is `in periods`, not في and ف + Thailand's Trat
    expect(placeTexts('تكررت الهجمات في فترات متباعدة')).toEqual([]);
    expect(placeTexts('وقعت الانفجارات في فترات متقاربة من اليوم')).toEqual([]);
    // the name on its own after the preposition still is one
    expect(places('وصلت الشحنة إلى بانكوك أمس')).toMatchObject([{ text: 'بانكوك', countryCode: 'TH' }]);
  });
});

describe('a province abroad named by two words no Arabic phrase is written as', () => {
  test('is a place without a preposition before it', () => {
    expect(places('شهدت كيفو الشمالية معارك عنيفة')).toMatchObject([{ text: 'كيفو الشمالية', countryCode: 'CD', kind: 'province' }]);
    expect(places('هبت عاصفة رملية على منغوليا الداخلية')).toMatchObject([{ text: 'منغوليا الداخلية', countryCode: 'CN' }]);
    expect(places('فاز الحزب الحاكم بانتخابات تامل نادو')).toMatchObject([{ text: 'تامل نادو', countryCode: 'IN' }]);
  });

  test('a name with a given name in it still needs context', () => {
    expect(placeTexts('صلى المؤمنون في كنيسة سانت مايكل')).toEqual([]);
  });
});
