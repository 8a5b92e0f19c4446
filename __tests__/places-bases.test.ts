import { places, placeTexts } from './places-helpers';

// Military bases: `قاعدة` + a name + an arm's adjective (PlaceTriggerSpec.closedByArm).
describe('military bases', () => {
  test('an unknown name after a name head, closed by الجوية, located by a direction and a country', () => {
    expect(places('سقطت قذائف على قاعدة عين الأسد الجوية غرب العراق فجر الأحد')).toMatchObject([
      { text: 'قاعدة عين الأسد الجوية', kind: 'feature', countryCode: 'IQ' },
      { text: 'العراق' },
    ]);
  });

  test('a definite name closed by العسكرية, and one closed by البحرية after a known town', () => {
    expect(places('حلقت طائرات استطلاع فوق قاعدة الشعيرات العسكرية شرق سوريا')).toMatchObject([
      { text: 'قاعدة الشعيرات العسكرية', kind: 'feature', countryCode: 'SY' },
      { text: 'سوريا' },
    ]);
    expect(places('رست فرقاطتان في قاعدة طرطوس البحرية يوم الجمعة')).toMatchObject([
      { text: 'قاعدة طرطوس البحرية', kind: 'feature', countryCode: 'SY' },
    ]);
  });

  test("the force's nationality after the adjective is not the base's country", () => {
    expect(places('أقلعت مقاتلات من قاعدة حميميم الجوية الروسية باتجاه الشمال')).toEqual([
      expect.objectContaining({ text: 'قاعدة حميميم الجوية', countryCode: undefined }),
    ]);
  });

  test('without an arm\'s adjective قاعدة names nothing: a rule, a footing, al-Qaeda', () => {
    expect(placeTexts('تسربت قاعدة البيانات الخاصة بالمشتركين')).toEqual([]);
    expect(placeTexts('يملك المرشح قاعدة انتخابية صلبة في الريف')).toEqual([]);
    expect(placeTexts('تبنى فرع قاعدة المغرب الإسلامي الهجوم')).toEqual(['المغرب']);
    expect(placeTexts('زار قائد الأركان قاعدة حميميم صباح اليوم')).toEqual([]);
    // an adjective with no name before it is a base of no name
    expect(placeTexts('تبني موسكو قاعدة عسكرية على ساحل البحر الأحمر')).toEqual(['موسكو', 'البحر الأحمر']);
  });

  test('the article makes it the organization, and the dual is no trigger', () => {
    expect(placeTexts('أعلنت القاعدة الجوية حالة التأهب')).toEqual([]);
    expect(placeTexts('تقع قاعدتي التدريب العسكرية قرب الحدود')).toEqual([]);
  });
});

// readings.ts step 5: a place only its trigger found, in the one country the text names
describe('an unknown place in the only country named', () => {
  test('a demonym or a place of one country gives it', () => {
    expect(places('قالت الشرطة الأسترالية إن السيول جرفت سيارات في مدينة تاونزفيل')).toMatchObject([{ text: 'تاونزفيل', countryCode: 'AU' }]);
    expect(places('تستعد تركمانستان لافتتاح متحف في مدينة ماري الأثرية')).toMatchObject([
      { text: 'تركمانستان' },
      { text: 'ماري', countryCode: 'TM' },
    ]);
  });

  test('two countries named, or none, leave it without one', () => {
    expect(places('سافر الوزير البرازيلي إلى بيرو ثم زار مدينة كاخاماركا')).toMatchObject([
      { text: 'بيرو', countryCode: 'PE' },
      { text: 'كاخاماركا', countryCode: undefined },
    ]);
    expect(places('غمرت السيول أحياء في مدينة تاونزفيل')).toMatchObject([{ text: 'تاونزفيل', countryCode: undefined }]);
  });
});
