import { CITY_VARIANTS, COUNTRY_VARIANTS } from '../src/data/places/places';
import { places, placeTexts } from './places-helpers';

describe('the Caucasus and Central Asia', () => {
  test('Georgia’s election cities, Chechnya’s and Dagestan’s capitals', () => {
    expect(places('أجرت جورجيا انتخابات برلمانية وسط توتر في تبليسي وباتومي')).toMatchObject([
      { text: 'جورجيا', countryCode: 'GE' },
      { text: 'تبليسي', countryCode: 'GE' },
      { text: 'باتومي', countryCode: 'GE', kind: 'city' },
    ]);
    expect(placeTexts('أعلنت داغستان حالة التأهب في محج قلعة بعد هجوم في غروزني')).toEqual(['داغستان', 'محج قلعة', 'غروزني']);
  });

  test('Karabakh’s displaced, on the corridor', () => {
    expect(places('عاد آلاف النازحين الأرمن من ستيباناكيرت إلى يريفان عبر ممر لاتشين')).toMatchObject([
      { text: 'ستيباناكيرت', countryCode: 'AZ' },
      { text: 'يريفان', countryCode: 'AM' },
      { text: 'ممر لاتشين' },
    ]);
  });

  test('Tajikistan’s and Uzbekistan’s cities of the earthquake and the Fergana valley', () => {
    expect(places('شعر بالزلزال سكان خجند ونمنغان')).toMatchObject([
      { text: 'خجند', countryCode: 'TJ' },
      { text: 'نمنغان', countryCode: 'UZ' },
    ]);
  });
});

describe('the Balkans’ migration route', () => {
  test('Bosnia’s and Albania’s towns', () => {
    expect(placeTexts('عبر المهاجرون الحدود من توزلا إلى بيهاتش قرب كرواتيا')).toEqual(['توزلا', 'بيهاتش', 'كرواتيا']);
    expect(places('رست سفينة المهاجرين في دوريس غرب ألبانيا')[0]).toMatchObject({ text: 'دوريس', countryCode: 'AL' });
  });

  test('دوريس, a given name too, needs evidence', () => {
    expect(placeTexts('قالت دوريس ماي إن الحزب سيفوز')).toEqual([]);
  });
});

describe('Southern and Central Africa, the Pacific and Scandinavia', () => {
  test('cities of the Congo’s war, Mozambique’s cyclones and Zimbabwe’s elections', () => {
    expect(placeTexts('تقدم المتمردون نحو بوكافو وكيسانغاني')).toEqual(['بوكافو', 'كيسانغاني']);
    expect(places('رفضت المعارضة النتائج في هراري وبولاوايو')).toMatchObject([
      { text: 'هراري', countryCode: 'ZW' },
      { text: 'بولاوايو', countryCode: 'ZW' },
    ]);
    expect(places('ضرب الإعصار مدينة بيرا الساحلية')).toMatchObject([{ text: 'بيرا', countryCode: 'MZ' }]);
  });

  test('Durban in both spellings', () => {
    expect(places('أقيمت القمة في دربان')).toMatchObject([{ text: 'دربان', key: 'city:durban', countryCode: 'ZA' }]);
  });

  test('the Pacific’s capitals and Australia’s cities as news writes them', () => {
    expect(places('ضرب زلزال العاصمة بورت فيلا')).toMatchObject([{ text: 'بورت فيلا', countryCode: 'VU' }]);
    expect(places('وصل الوزير إلى سوفا')).toMatchObject([{ text: 'سوفا', countryCode: 'FJ' }]);
    expect(placeTexts('امتدت الفيضانات من بريسبان إلى بيرث وأديلايد')).toEqual(['بريسبان', 'بيرث', 'أديلايد']);
  });

  test('Scandinavia’s cities', () => {
    expect(placeTexts('تتنافس أوسلو وبيرغن وستافانغر على تنظيم الألعاب')).toEqual(['أوسلو', 'بيرغن', 'ستافانغر']);
    expect(places('أغلقت الشرطة محطة القطار في مالمو')).toMatchObject([{ text: 'مالمو', countryCode: 'SE' }]);
  });
});

describe('a capital in apposition without a comma', () => {
  test('a town its trigger found takes the country of what it is the capital of', () => {
    expect(places('شهدت مدينة خانكالا عاصمة الشيشان عرضا عسكريا')).toMatchObject([
      { text: 'خانكالا', kind: 'city', countryCode: 'RU' },
      { text: 'الشيشان' },
    ]);
  });

  test('a known place keeps its own country', () => {
    expect(places('وصل إلى بكين عاصمة الصين')).toMatchObject([{ text: 'بكين', countryCode: 'CN' }, { text: 'الصين' }]);
  });
});

describe('a name needing evidence before a trigger', () => {
  test('a trigger after the name opens an apposition, no family name nor adjective', () => {
    expect(places('تواصلت المعارك قرب غوما عاصمة إقليم كيفو الشمالية')).toMatchObject([
      { text: 'غوما', countryCode: 'CD' },
      { text: 'كيفو الشمالية', countryCode: 'CD' },
    ]);
  });

  test('a noun of place in م is no adjective', () => {
    expect(placeTexts('سقط صاروخ في صور مطار المدينة مغلق')).toEqual(['صور']);
  });
});

describe('archipelagos and forests', () => {
  test('an archipelago’s and a forest’s names, the trigger in the mention', () => {
    expect(places('أعلنت السلطات النرويجية إجلاء سكان في أرخبيل سفالبارد بعد انهيار ثلجي')).toMatchObject([
      { text: 'أرخبيل سفالبارد', kind: 'feature' },
    ]);
    expect(placeTexts('عبر آلاف المهاجرين غابة دارين بين كولومبيا وبنما')).toEqual(['غابة دارين', 'كولومبيا', 'بنما']);
  });

  test('a forest’s figures of speech and adjectives name nothing', () => {
    expect(placeTexts('هذا قانون الغابة')).toEqual([]);
    expect(placeTexts('سار المهاجرون أياما في غابة كثيفة')).toEqual([]);
    expect(placeTexts('تحولت المدينة إلى غابة من الأسلحة')).toEqual([]);
  });
});

describe('the migrants’ routes to Europe', () => {
  test('the Channel and its ports', () => {
    expect(places('يعبر المهاجرون القناة الإنجليزية من كاليه ودنكيرك باتجاه دوفر')).toMatchObject([
      { text: 'القناة الإنجليزية', kind: 'feature' },
      { text: 'كاليه', countryCode: 'FR' },
      { text: 'دنكيرك', countryCode: 'FR' },
      { text: 'دوفر', countryCode: 'GB' },
    ]);
  });

  test('the Mediterranean’s islands of arrival, with their trigger or bare', () => {
    expect(places('وصل المهاجرون إلى جزيرة لامبيدوزا')).toMatchObject([{ text: 'جزيرة لامبيدوزا', countryCode: 'IT' }]);
    expect(placeTexts('نقل المهاجرون من ليسبوس وساموس إلى أثينا')).toEqual(['ليسبوس', 'ساموس', 'أثينا']);
  });

  test('a port of arrival with its country beside it', () => {
    expect(places('وصلت سفينة الإنقاذ إلى كالاماتا في اليونان')[0]).toMatchObject({ text: 'كالاماتا', countryCode: 'GR' });
  });
});

describe('a name of two countries’ places, settled by the article', () => {
  test('Kochi in India after Kerala, the prefecture in Japan', () => {
    expect(places('ضرب إعصار ولاية كيرالا الهندية، وتضررت مدينة كوتشي بشدة')).toMatchObject([
      { text: 'كيرالا', countryCode: 'IN' },
      { text: 'كوتشي', countryCode: 'IN', kind: 'city' },
    ]);
    expect(places('ضرب زلزال محافظة كوتشي اليابانية')).toMatchObject([{ text: 'كوتشي', countryCode: 'JP' }]);
  });
});

describe('a trigger’s name with a proclitic', () => {
  test('a camp’s name read as ك and a known place is the camp’s own name', () => {
    const found = places('يقع مخيم كاكوما للاجئين في كينيا');
    expect(found[0]).toMatchObject({ text: 'مخيم كاكوما', kind: 'feature' });
    expect(found[0]!.countryCode).not.toBe('JP');
  });

  test('a list’s second name keeps its و, and a known place after a trigger is read', () => {
    expect(placeTexts('اقتحم الجيش بلدتي الباذان وطلوزة')).toEqual(['الباذان', 'طلوزة']);
    expect(places('وصل إلى مدينة لندن')).toMatchObject([{ text: 'لندن', countryCode: 'GB' }]);
  });
});

describe('a trigger’s dual is no open-data town', () => {
  test('مدينتي before two names joined by و names both', () => {
    expect(places('تظاهر الآلاف في العاصمة الأرجنتينية وفي مدينتي روساريو وقرطبة')).toMatchObject([
      { text: 'روساريو', countryCode: 'AR' },
      { text: 'قرطبة' },
    ]);
  });

  test('مدينتي `my city` before an adjective names none', () => {
    expect(placeTexts('قال إن مدينتي جميلة')).toEqual([]);
  });
});

describe('South Africa’s provinces and Colombia’s border city', () => {
  test('the provinces of its elections, with the article as news writes them', () => {
    expect(placeTexts('أجريت الانتخابات في مقاطعات كوازولو ناتال وخاوتينغ والكيب الغربية')).toEqual(['كوازولو ناتال', 'خاوتينغ', 'الكيب الغربية']);
  });

  test('Cúcuta by the bridge', () => {
    expect(places('أغلقت فنزويلا الحدود قرب كوكوتا')).toMatchObject([{ text: 'فنزويلا' }, { text: 'كوكوتا', countryCode: 'CO' }]);
  });
});

describe('a region located by a direction and the country’s word', () => {
  test('منطقة and an unknown name with the article, then a direction and البلاد', () => {
    expect(places('اندلعت اشتباكات قبلية في منطقة الوشكة وسط البلاد')).toMatchObject([{ text: 'الوشكة', kind: 'region' }]);
  });

  test('without the locating words, a common noun; مقاطعة so located is a boycott', () => {
    expect(placeTexts('اندلعت اشتباكات قبلية في منطقة الوشكة')).toEqual([]);
    expect(placeTexts('دعا إلى مقاطعة منتجات الشركة شمال البلاد')).toEqual([]);
  });
});

describe('the Philippines’ islands, eastern Congo’s towns, Fergana', () => {
  test('islands and provinces of a typhoon', () => {
    expect(places('سيضرب الإعصار جزيرة لوزون ومقاطعة كاغايان')).toMatchObject([
      { text: 'جزيرة لوزون', countryCode: 'PH' },
      { text: 'كاغايان', countryCode: 'PH' },
    ]);
  });

  test('the M23’s front, a list after a preposition', () => {
    expect(places('تدعم القوات الرواندية المتمردين في روتشورو وماسيسي')).toMatchObject([
      { text: 'روتشورو', countryCode: 'CD' },
      { text: 'ماسيسي', countryCode: 'CD' },
    ]);
  });

  test('the Fergana valley, across three countries', () => {
    expect(places('اعتقلت الشرطة مشتبها بهم في وادي فرغانة')).toMatchObject([{ text: 'وادي فرغانة', countryCode: undefined }]);
  });
});

describe('countries and regions by the other spellings news writes', () => {
  test('the Balkans’, Central Asia’s and Scandinavia’s countries', () => {
    expect(places('زار الرئيس الدنمرك وقرغيزيا ومونتينيغرو وشمال مقدونيا')).toMatchObject([
      { text: 'الدنمرك', key: 'DK' },
      { text: 'قرغيزيا', key: 'KG' },
      { text: 'مونتينيغرو', key: 'ME' },
      { text: 'شمال مقدونيا', key: 'MK' },
    ]);
  });

  test('the Americas’ countries', () => {
    expect(placeTexts('وصل الوفد إلى غويانا والهندوراس والبهاما')).toEqual(['غويانا', 'الهندوراس', 'البهاما']);
  });

  test('the Caucasus’ breakaway and Russian republics', () => {
    expect(places('اندلعت اشتباكات في أوسيتيا الجنوبية وإنغوشيا')).toMatchObject([
      { text: 'أوسيتيا الجنوبية', countryCode: 'GE' },
      { text: 'إنغوشيا', countryCode: 'RU' },
    ]);
  });
});

describe('the hand-kept variant lists', () => {
  test('each country and city is listed once, as a map keyed by it keeps only its last row', () => {
    for (const list of [COUNTRY_VARIANTS, CITY_VARIANTS]) {
      const keys = list.map(([key]) => key);
      expect(keys.filter((key, k) => keys.indexOf(key) !== k)).toEqual([]);
    }
  });

  test('a spelling added beside older ones keeps them (الدانمارك and الدنمرك, مقدونيا and شمال مقدونيا)', () => {
    expect(places('زار الوزير الدانمارك ومقدونيا')).toMatchObject([{ key: 'DK' }, { key: 'MK' }]);
    expect(places('أعلنت الدنمرك سحب قواتها')).toMatchObject([{ key: 'DK' }]);
  });
});

describe('Moldova’s breakaway region', () => {
  test('with a state’s title and bare, in Moldova', () => {
    expect(places('أعلنت جمهورية ترانسنيستريا الانفصالية طلب الحماية')).toMatchObject([{ text: 'جمهورية ترانسنيستريا', countryCode: 'MD' }]);
    expect(places('قالت الحكومة المولدوفية إن الوضع في ترانسنيستريا هادئ')).toMatchObject([{ text: 'ترانسنيستريا', countryCode: 'MD' }]);
  });
});

describe('India’s states of its elections, Bangladesh’s camps, Turkmenistan’s capital', () => {
  test('a plural trigger’s list of states known whole, in any spelling news writes', () => {
    expect(places('أجريت الانتخابات في ولايات أوتار براديش وبيهار والبنغال الغربية')).toMatchObject([
      { text: 'أوتار براديش', countryCode: 'IN' },
      { text: 'بيهار', countryCode: 'IN' },
      { text: 'البنغال الغربية', countryCode: 'IN' },
    ]);
    expect(places('في ولاية أتر برديش')).toMatchObject([{ key: 'region:uttar-pradesh' }]);
  });

  test('Cox’s Bazar and Ashgabat', () => {
    expect(places('فر آلاف الروهينغا إلى مخيمات كوكس بازار')).toMatchObject([{ text: 'كوكس بازار', countryCode: 'BD' }]);
    expect(places('اجتمع القادة في مدينة أشغابات')).toMatchObject([{ text: 'أشغابات', countryCode: 'TM' }]);
  });
});

describe('the Pacific’s and Asia’s capitals the open data lacks or holds as provinces', () => {
  test('Honiara is a city, Bandar Seri Begawan and Mbabane by news spellings', () => {
    expect(places('أعلنت الحكومة حالة الطوارئ في هونيارا بعد أعمال شغب')).toMatchObject([{ text: 'هونيارا', kind: 'city', countryCode: 'SB' }]);
    expect(places('وصل السلطان إلى بندر سري بغاوان')).toMatchObject([{ text: 'بندر سري بغاوان', countryCode: 'BN' }]);
    expect(places('عاد الملك إلى مبابان')).toMatchObject([{ text: 'مبابان', countryCode: 'SZ' }]);
  });
});
