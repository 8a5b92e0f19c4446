import { places, placeTexts } from './places-helpers';

// Oil and gas fields: `حقل` + a name + its product (PlaceTriggerSpec.closedByProduct).
describe('an energy field named with its product', () => {
  test('an unknown name closed by للغاز, located by the district after the product', () => {
    expect(places('استهدفت مسيرة حقل كورمور للغاز في قضاء جمجمال')).toMatchObject([
      { text: 'حقل كورمور', kind: 'feature', countryCode: 'IQ' },
      { text: 'جمجمال', countryCode: 'IQ' },
    ]);
  });

  test('a word that is also a common one (ظهر `appeared`, `noon`) is the name before the product', () => {
    expect(placeTexts('اكتشفت الشركة حقل ظهر للغاز قبالة السواحل المصرية')).toEqual(['حقل ظهر']);
  });

  test('a known place after the trigger gives the field its country; the nisba of the product is out of the mention', () => {
    expect(places('ارتفع الإنتاج في حقل الرميلة النفطي جنوب البصرة')).toMatchObject([
      { text: 'حقل الرميلة', kind: 'feature', countryCode: 'IQ' },
      { text: 'البصرة' },
    ]);
  });

  test('a name head takes its second word', () => {
    expect(placeTexts('هاجم مسلحون حقل غرب القرنة النفطي')).toEqual(['حقل غرب القرنة']);
  });

  test('no product, no field: a field of study, a crop, a minefield', () => {
    expect(placeTexts('زرع الجيش حقل ألغام على الحدود')).toEqual([]);
    expect(placeTexts('يعمل في حقل التعليم منذ عشرين عاما')).toEqual([]);
    expect(placeTexts('حصد المزارعون حقل القمح قبل المطر')).toEqual([]);
    // a field named without its product is missed rather than guessed
    expect(placeTexts('أعلنت الشركة زيادة الإنتاج من حقل الغوار')).toEqual([]);
  });
});

describe('a refinery named by its town', () => {
  test('the town after مصفاة is a place, also one that is a word elsewhere', () => {
    expect(places('أعلنت الشركة توسعة مصفاة ينبع')).toMatchObject([{ text: 'ينبع', countryCode: 'SA' }]);
  });

  test('ينبع `springs` before من is a verb', () => {
    expect(placeTexts('وقال إن القلق ينبع من غياب الثقة')).toEqual([]);
    expect(places('رست الناقلة في ينبع على البحر الأحمر')[0]).toMatchObject({ text: 'ينبع', countryCode: 'SA' });
  });
});

describe('a port named by its town, ميناء', () => {
  test('an unknown town its country’s nisba closes is the town, the trigger out of the mention', () => {
    expect(places('وصلت الشحنة إلى ميناء غوادار الباكستاني')).toMatchObject([{ text: 'غوادار', kind: 'city', countryCode: 'PK' }]);
    expect(places('ضربت مسيرات ميناء إزمائيل الأوكراني')).toMatchObject([{ text: 'إزمائيل', countryCode: 'UA' }]);
  });

  test('a known town after it, as before', () => {
    expect(places('وصلت السفينة إلى ميناء الحديدة')).toMatchObject([{ text: 'الحديدة', countryCode: 'YE' }]);
    expect(places('وصلت السفينة إلى ميناء جبل علي في دبي')).toMatchObject([{ text: 'جبل علي', countryCode: 'AE' }, { text: 'دبي' }]);
  });

  test('no nisba, a common noun or an adjective: no town', () => {
    expect(placeTexts('رست السفينة في ميناء الحاويات')).toEqual([]);
    expect(placeTexts('افتتح الوزير ميناء جديدا للصيد')).toEqual([]);
    expect(placeTexts('وصلت السفينة إلى ميناء غوادار')).toEqual([]);
    // the port of the story, with the article, is no trigger
    expect(placeTexts('غادرت السفينة الميناء الباكستاني صباحا')).toEqual([]);
  });
});
