import { extract } from '../src/index';
import { places, placeTexts } from './places-helpers';

describe('a foreign name of a head and a word after a preposition of place', () => {
  test('Latin America’s and Spain’s towns no list holds', () => {
    expect(places('وصل الرئيس البوليفي إلى سانتا كروز لتفقد المتضررين من الفيضانات')).toMatchObject([
      { text: 'سانتا كروز', kind: 'city', strength: 2 },
    ]);
    expect(placeTexts('سافر الوفد إلى سان سيباستيان شمال إسبانيا')).toEqual(['سان سيباستيان', 'إسبانيا']);
  });

  test('a nisba after the name gives its country', () => {
    expect(places('اختتم المهرجان في سانتا كروز البوليفية')).toMatchObject([{ text: 'سانتا كروز', countryCode: 'BO' }]);
  });

  test('a head whose word the tokenizer splits (بورت, كروز) is read whole', () => {
    expect(places('رست السفينة قرب بورت لويس')).toMatchObject([{ text: 'بورت لويس', countryCode: 'MU' }]);
  });

  test('the last words of a known club’s name are the club, not a place', () => {
    expect(placeTexts('انتقل المهاجم إلى سان جيرمان بعقد لخمس سنوات')).toEqual([]);
  });

  test('no preposition, or a head alone, names nothing', () => {
    expect(placeTexts('قال سان كروز إن الاتفاق صامد')).toEqual([]);
    expect(placeTexts('وصل القديس إلى سان')).toEqual([]);
    expect(placeTexts('جرى ذلك في لوس أمس')).toEqual([]);
  });
});

describe('a head written joined to its word in the gazetteer, apart in the text', () => {
  test('Port Sudan, New Mexico and New York apart', () => {
    expect(places('وصلت سفينة المساعدات إلى بورت سودان')).toMatchObject([{ text: 'بورت سودان', key: 'city:port-sudan', countryCode: 'SD' }]);
    expect(places('اندلعت حرائق في ولاية نيو مكسيكو')).toMatchObject([{ text: 'نيو مكسيكو', countryCode: 'US' }]);
    expect(places('عاد الوفد من نيو يورك')).toMatchObject([{ text: 'نيو يورك', countryCode: 'US' }]);
  });

  test('Port in either French spelling', () => {
    expect(places('وصلت الوزيرة إلى بور سعيد')).toMatchObject([{ text: 'بور سعيد', countryCode: 'EG' }]);
  });

  test('a name with a head’s letters and too short a word after them is the name (بورتو, Porto)', () => {
    expect(places('فاز الفريق في بورتو')).toMatchObject([{ text: 'بورتو', countryCode: 'PT' }]);
  });
});

describe('a landmark named after a person whose given name is a place', () => {
  test('the stadium’s namesake is no city', () => {
    expect(placeTexts('أقيمت المباراة على ملعب سانتياغو برنابيو أمام جماهير غفيرة')).toEqual([]);
  });

  test('the place before the namesake’s full name stays a place', () => {
    expect(placeTexts('هبطت الطائرة في مطار باريس شارل ديغول')).toEqual(['باريس']);
  });

  test('a landmark of the city, or the city alone, stays the city', () => {
    expect(placeTexts('وصل الوفد إلى مطار صوفيا الدولي')).toEqual(['صوفيا']);
    expect(placeTexts('أقيمت المباراة على ملعب سانتياغو')).toEqual(['سانتياغو']);
    expect(placeTexts('وصل الرئيس إلى سانتياغو برفقة وزير الخارجية')).toEqual(['سانتياغو']);
  });
});

describe('a name that is also a common noun before an indefinite adjective', () => {
  test('مشهد `a scene` before its adjective is no city', () => {
    expect(placeTexts('في مشهد مؤثر ودع اللاعب جماهيره')).toEqual([]);
    expect(placeTexts('في مشهد مأساوي غمرت المياه الشوارع')).toEqual([]);
  });

  test('مشهد is Mashhad after a trigger, or a preposition and a locating word', () => {
    expect(places('وقع الانفجار في مدينة مشهد')).toMatchObject([{ text: 'مشهد', countryCode: 'IR' }]);
    expect(placeTexts('وقع الهجوم في مشهد شمال شرقي إيران')).toEqual(['مشهد', 'إيران']);
    expect(placeTexts('توجه الزوار إلى مشهد لزيارة المرقد')).toEqual(['مشهد']);
  });

  test('صور before an adjective is pictures, before a time word the city', () => {
    expect(placeTexts('نشرت الوكالة الخبر في صور تاريخية')).toEqual([]);
    expect(placeTexts('سقط صاروخ في صور مساء الأحد')).toEqual(['صور']);
  });
});

describe('a city’s trigger before a name known only as a division', () => {
  test('مدينة درنة is the city, and its bare mention the same place', () => {
    expect(places('غمرت الفيضانات مدينة درنة الليبية')).toMatchObject([{ text: 'درنة', kind: 'city', countryCode: 'LY' }]);
    const { places: found } = extract('غمرت الفيضانات مدينة درنة الليبية. وقال سكان درنة إن المياه جرفت الأحياء', {});
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'city', countryCode: 'LY' });
    expect(found[0]!.mentions).toHaveLength(2);
  });

  test('a division’s trigger keeps the division', () => {
    expect(places('أعلنت السلطات الطوارئ في محافظة درنة')).toMatchObject([{ text: 'درنة', kind: 'province' }]);
  });

  test('a name the gazetteer knows as a city stays the city after the trigger', () => {
    expect(places('وصل إلى مدينة نيويورك')).toMatchObject([{ text: 'نيويورك', kind: 'city', key: 'city:America/New_York' }]);
  });
});

describe('a foreign name in ي after a masculine trigger', () => {
  test('a definite adjective after it says a name', () => {
    expect(places('تمر الشاحنات عبر ممر سيليغوري الاستراتيجي')).toMatchObject([{ text: 'ممر سيليغوري', kind: 'feature' }]);
    expect(places('يربط ممر سيليغوري الهندي الولايات الشمالية الشرقية')).toMatchObject([{ text: 'ممر سيليغوري', countryCode: 'IN' }]);
  });

  test('an adjective in ي after the trigger stays an adjective', () => {
    expect(placeTexts('تم فتح ممر إنساني آمن')).toEqual([]);
    expect(placeTexts('سيفتح ممر إنساني الأسبوع المقبل')).toEqual([]);
    expect(placeTexts('أقيم مخيم صيفي الخميس')).toEqual([]);
  });
});

describe('a foreign head’s name that goes on', () => {
  test('a known name of three words spelled with its head joined, read apart', () => {
    expect(places('أجلت السلطات الأسترالية السكان في نيو ساوث ويلز بسبب الفيضانات')).toMatchObject([
      { text: 'نيو ساوث ويلز', countryCode: 'AU' },
    ]);
  });

  test('an unknown name with a third bare word after the head’s is not cut after two', () => {
    expect(placeTexts('انتقل إلى سان سيباستيان رئيس الوزراء')).toEqual([]);
    expect(placeTexts('وصل إلى سان سيباستيان لحضور المؤتمر')).toEqual(['سان سيباستيان']);
    expect(placeTexts('هبطت الطائرة في سانتا كروز دي تينيريفي')).toEqual([]);
  });
});

describe('a peninsula', () => {
  test('the trigger of two words is in the mention', () => {
    expect(places('وصل الإعصار إلى شبه جزيرة يوكاتان المكسيكية')).toMatchObject([{ text: 'شبه جزيرة يوكاتان', kind: 'feature', countryCode: 'MX' }]);
  });

  test('a peninsula known whole stays the known place', () => {
    expect(places('في شبه جزيرة القرم')).toMatchObject([{ text: 'شبه جزيرة القرم', key: 'region:crimea' }]);
  });
});
