import { placeCandidates, places, placeTexts } from './places-helpers';

describe('trigger words', () => {
  test('مدينة: an unknown name after it is a city; the trigger is not in the mention', () => {
    expect(places('وصل الصحفيون إلى مدينة تالوريا مساء')).toEqual([
      { text: 'تالوريا', key: 'place:تالوريا', kind: 'city', countryCode: undefined, strength: 2 },
    ]);
  });

  test('بلدة and قرية', () => {
    expect(places('نزح السكان من بلدة خرابشة ومن قرية دوما')).toMatchObject([
      { text: 'خرابشة', kind: 'city' },
      { text: 'دوما', kind: 'city' },
    ]);
  });

  test('محافظة, مقاطعة and ناحية introduce regions, with the article allowed', () => {
    // an unknown name after مقاطعة (also a boycott) needs its country's nisba
    expect(places('في محافظة الزهراني ومقاطعة بريتانو الإيطالية وناحية الكرمة')).toMatchObject([
      { text: 'الزهراني', kind: 'region' },
      { text: 'بريتانو', kind: 'region', countryCode: 'IT' },
      // a town the gazetteer knows keeps its own kind
      { text: 'الكرمة', kind: 'city' },
    ]);
  });

  test('إقليم before a known region is left out of the mention', () => {
    expect(places('القتال في إقليم ناغورني قره باغ')).toMatchObject([
      { text: 'ناغورني قره باغ', key: 'region:nagorno-karabakh', countryCode: 'AZ', strength: 3 },
    ]);
  });

  test('منطقة: a bare unknown name is a region, a known one keeps its key', () => {
    expect(places('في منطقة زيلاندو')).toMatchObject([{ text: 'زيلاندو', kind: 'region' }]);
    expect(places('دور الحلف في منطقة القوقاز')).toMatchObject([{ text: 'القوقاز', key: 'region:caucasus' }]);
  });

  test('ولاية names a region, but not a term of office', () => {
    // كسلا is a Sudanese state in GeoNames' divisions
    expect(places('الفيضانات في ولاية كسلا')).toMatchObject([{ text: 'كسلا', kind: 'province', countryCode: 'SD' }]);
    expect(places('خلال ولاية ترامب تراجع الاتفاق')).toEqual([]);
    expect(places('فاز بولاية ميتران الثانية')).toEqual([]);
  });

  test('ضاحية introduces a suburb, منتجع a resort town', () => {
    expect(places('قصفت المدفعية ضاحية خرابشة فجرا')).toEqual([
      { text: 'خرابشة', key: 'place:خرابشه', kind: 'district', countryCode: undefined, strength: 2 },
    ]);
    expect(places('اجتمع الوزراء بمنتجع تالوريا في سلوفينيا')).toMatchObject([
      { text: 'تالوريا', kind: 'city', strength: 2 },
      { text: 'سلوفينيا', countryCode: 'SI' },
    ]);
    expect(placeTexts('قضى عطلته في منتجع شرم الشيخ')).toEqual(['شرم الشيخ']);
  });

  test('corridors, crossings and camps keep their trigger in the name', () => {
    expect(places('أغلق ممر فاردين ومعبر نصيب ومخيم الهول')).toMatchObject([
      { text: 'ممر فاردين', kind: 'feature', key: 'place:ممر فاردين' },
      { text: 'معبر نصيب', kind: 'feature' },
      { text: 'مخيم الهول', kind: 'feature' },
    ]);
  });

  test('a one-word place the gazetteer knows that is only the head of a longer name takes the rest', () => {
    // عين ("spring") is a place of its own in the gazetteer, and the first word of many names
    expect(places('اندلعت اشتباكات في مخيم عين الحلوة قرب المدينة')).toMatchObject([{ text: 'مخيم عين الحلوة', kind: 'feature' }]);
    expect(places('نزح السكان إلى مخيم دير البلح')).toMatchObject([{ text: 'مخيم دير البلح', kind: 'feature' }]);
  });

  test('a lone name head with no name after it stays the known place', () => {
    // للاجئين is no name (a preposition fused with the article), so عين is the whole name
    expect(placeTexts('أقيم مخيم عين للاجئين')).toEqual(['مخيم عين']);
  });

  test('a crossing named after a known town is a place of its own, in that town’s country', () => {
    expect(places('فتح معبر رفح')).toMatchObject([{ text: 'معبر رفح', key: 'place:معبر رفح', kind: 'feature', countryCode: 'PS' }]);
  });

  test('natural features keep their trigger in the name', () => {
    expect(places('على ضفاف نهر العاصي وفوق جبل حرمون وفي جزيرة أرواد')).toMatchObject([
      { text: 'نهر العاصي', kind: 'feature' },
      { text: 'جبل حرمون', kind: 'feature' },
      { text: 'جزيرة أرواد', kind: 'feature' },
    ]);
  });

  test('a trigger with a proclitic still works, and the mention starts after it', () => {
    expect(placeTexts('اشتباكات بمدينة تالوريا وبممر فاردين')).toEqual(['تالوريا', 'ممر فاردين']);
  });

  test('a compound name after its head word is read whole', () => {
    expect(placeTexts('في بلدة الشيخ سعدون وقرية كفر زيتا وولاية غرب سيلوندا')).toEqual(['الشيخ سعدون', 'كفر زيتا', 'غرب سيلوندا']);
  });

  test('the same unknown name after two triggers has one key', () => {
    const keys = places('بلدة خرابشة ثم مدينة خرابشة').map((p) => p.key);
    expect(keys).toEqual(['place:خرابشه', 'place:خرابشه']);
  });

  test('a demonym after the unknown name gives its country', () => {
    expect(places('قصفت بلدة خرابشة الأذربيجانية')).toMatchObject([{ text: 'خرابشة', countryCode: 'AZ' }]);
  });
});

describe('a place named after a person, after a trigger', () => {
  test('a given name takes the name words after it: a regnal ordinal, another given name, بن and a name', () => {
    expect(placeTexts('تظاهر السكان في حي محمد الخامس بالرباط')).toEqual(['محمد الخامس', 'الرباط']);
    expect(placeTexts('وقع الهجوم في قرية حسن كيف')).toEqual(['حسن كيف']);
    expect(placeTexts('انتقلت الأسرة إلى حي سلمان بن فهد')).toEqual(['سلمان بن فهد']);
  });

  test('a direction and a known place after a trigger are in that place’s country; a city gate opens a name', () => {
    expect(places('وصلت القافلة إلى ولاية شمال دارفور')).toMatchObject([{ text: 'شمال دارفور', countryCode: 'SD' }]);
    expect(placeTexts('اشتباكات في منطقة باب التبانة')).toEqual(['باب التبانة']);
    // a direction with no place after it names none
    expect(placeTexts('فتح باب الترشح في ولاية جنوب')).toEqual([]);
  });

  test('a settlement is a trigger: a name after it, not an adjective, and never a name itself', () => {
    expect(placeTexts('سقطت صواريخ على مستوطنة سديروت المحاذية للقطاع')).toEqual(['سديروت']);
    expect(placeTexts('أقيمت مستوطنة جديدة وبنيت مستوطنة إسرائيلية')).toEqual([]);
    // before, ومستوطنة after the trigger بلدة was a place
    expect(placeTexts('تضررت 70 بلدة ومستوطنة ومدينة')).toEqual([]);
  });

  test('a title such places keep needs a name after it', () => {
    expect(placeTexts('افتتح مشروع في مدينة الملك عبدالله الاقتصادية')).toEqual(['الملك عبدالله']);
    // a king's city with no name is no place: before, الملك alone was one
    expect(placeTexts('زار الوفد مدينة الملك')).toEqual([]);
  });

  test('a camp named after a person whose given name is also a town abroad is not that town', () => {
    // نور is a town of Iran and عقبة is Aqaba: the camps are neither
    expect(places('داهمت القوات مخيم نور شمس فجرا')).toMatchObject([{ text: 'مخيم نور شمس', countryCode: undefined }]);
    expect(places('داهمت القوات مخيم عقبة جبر')).toMatchObject([{ text: 'مخيم عقبة جبر', countryCode: undefined }]);
  });

  test('what follows the name ends it: a time word, a complementizer, an adjective, a conjunction', () => {
    expect(placeTexts('وصل الوفد إلى مدينة حسن صباح اليوم')).toEqual(['حسن']);
    // بأن folds to بان, a given name
    expect(placeTexts('قال مسؤولون في منطقة لينا بأن الوضع هادئ')).toEqual(['لينا']);
    expect(placeTexts('تقع المزرعة في قرية حسن الكبيرة')).toEqual(['حسن']);
    expect(placeTexts('أقيم معسكر في مدينة حسن ومحمود')).toEqual(['حسن']);
  });
});

describe('what does not follow a trigger as a name', () => {
  test('adjectives', () => {
    expect(places('تقع منطقة الجنوبية ومدينة كبيرة ومنطقة عازلة ومنطقة حدودية ومنطقة محتلة')).toEqual([]);
  });

  test('a masculine adjective after a masculine trigger, while a name in alef maksura stays a name', () => {
    expect(places('أقيم مخيم صيفي قرب ممر مائي')).toEqual([]);
    expect(placeTexts('صعدوا جبل سيلى')).toEqual(['جبل سيلى']);
  });

  test('what follows ضاحية and منتجع as adjectives, and a hotel’s definite name after منتجع', () => {
    expect(places('تقع ضاحية سكنية راقية وضاحية هادئة وضاحية فقيرة شمال المدينة')).toEqual([]);
    expect(places('افتتح منتجع سياحي ومنتجع فاخر ومنتجع خاص تابع للفندق ومنتجع للتزلج')).toEqual([]);
    expect(places('يملك رجل الأعمال منتجع النخيل')).toEqual([]);
  });

  test('common nouns in the construct', () => {
    expect(places('منطقة النزاع ومخيم للاجئين ومدينة الملاهي')).toEqual([]);
  });

  test('verbs, prepositions and numbers', () => {
    expect(places('هذه مدينة تشهد احتجاجات وقرية في الجبل ومنطقة 51')).toEqual([]);
  });

  test('a trigger with the article needs a known name or a demonym first', () => {
    expect(places('تجولوا في المدينة القديمة ثم في المدينة مساء')).toEqual([]);
    expect(places('وصل إلى العاصمة موسكو')).toMatchObject([{ text: 'موسكو', key: 'city:Europe/Moscow' }]);
  });

  test('demonyms', () => {
    expect(places('سيطرت على المنطقة الروسية الواقعة قرب الحدود')).toEqual([]);
  });

  test('a trigger with a pronoun is not a trigger, and a name with one is not a name', () => {
    expect(places('عادوا إلى مدينتهم وإلى مدينة ومحيطها')).toEqual([]);
  });

  test('a head word alone is not a name', () => {
    expect(places('في قرية أبو')).toEqual([]);
  });
});

describe('a trigger in the dual names two places joined by و', () => {
  test('feminine triggers in تي and تا, unknown names read as after the singular, و left out', () => {
    expect(places('أغلق الجيش الطريق بين بلدتي خرابشة وتالوريا ليلا')).toEqual([
      { text: 'خرابشة', key: 'place:خرابشه', kind: 'city', countryCode: undefined, strength: 2 },
      { text: 'تالوريا', key: 'place:تالوريا', kind: 'city', countryCode: undefined, strength: 2 },
    ]);
    expect(placeTexts('تقع قريتا الزهراني وبريتانو على سفح التل')).toEqual(['الزهراني', 'بريتانو']);
  });

  test('known names keep their gazetteer entry, the article after و included', () => {
    expect(places('دارت اشتباكات في محافظتي البصرة والأنبار')).toMatchObject([
      { text: 'البصرة', countryCode: 'IQ', strength: 3 },
      { text: 'الأنبار', countryCode: 'IQ', strength: 3 },
    ]);
    expect(placeTexts('انسحب المسلحون من مدينتي حلب وإدلب')).toEqual(['حلب', 'إدلب']);
  });

  test('one known name and one unknown, and a demonym after the second', () => {
    expect(places('قصفت الطائرات ولايتي قندهار وبريتانو الأفغانية')).toMatchObject([
      { text: 'قندهار', countryCode: 'AF' },
      { text: 'بريتانو', kind: 'region', countryCode: 'AF' },
    ]);
  });

  test('camps and crossings: the names alone, without the trigger', () => {
    expect(placeTexts('داهمت القوات مخيمي خرابشة وعين تالوريا فجرا')).toEqual(['خرابشة', 'عين تالوريا']);
    expect(places('أغلقت السلطات معبري تالوريا وخرابشة')).toMatchObject([
      { text: 'تالوريا', kind: 'feature' },
      { text: 'خرابشة', kind: 'feature' },
    ]);
  });

  test('an unknown name takes the country of the known one beside it; two unknown names take none', () => {
    expect(places('اشتباكات في ولايتي خوست وبكتيكا')).toMatchObject([{ text: 'خوست', countryCode: 'AF' }, { text: 'بكتيكا', countryCode: 'AF' }]);
    expect(places('داهمت القوات مخيمي خرابشة وعين تالوريا')).toMatchObject([{ countryCode: undefined }, { countryCode: undefined }]);
  });

  test('the same unknown name after a dual and a singular trigger has one key', () => {
    const found = places('زار بلدتي خرابشة وتالوريا ثم عاد إلى بلدة تالوريا');
    expect(found.map((place) => place.text)).toEqual(['خرابشة', 'تالوريا', 'تالوريا']);
    expect(found[1]!.key).toBe(found[2]!.key);
  });

  test('`my city`: the ي form with no two names after it names none', () => {
    expect(places('قال إن مدينتي جميلة وهادئة')).toEqual([]);
    expect(places('أحب مدينتي كثيرا وأهلها طيبون')).toEqual([]);
    expect(places('تقع بلدتي الصغيرة في الجبل')).toEqual([]);
    expect(places('سافرت إلى منطقتي الأولى ثم عدت')).toEqual([]);
  });

  test('a dual trigger followed by adjectives, by one name only, or by no و', () => {
    expect(places('التقى الوفدان في منطقتي الحدودية والعسكرية')).toEqual([]);
    expect(places('أغلق الجيش مدخل بلدتي خرابشة أمس')).toEqual([]);
    expect(places('أغلق الجيش مداخل بلدتي خرابشة تالوريا')).toEqual([]);
    expect(places('أعلنت محافظتا المنطقة عن خطة')).toEqual([]);
  });

  test('ولايتي before two unknown names is two terms of office; one known place says places', () => {
    expect(places('قارن المحلل بين ولايتي تالوريا وخرابشة')).toEqual([]);
    expect(placeTexts('قصفت الطائرات ولايتي قندهار وتالوريا')).toEqual(['قندهار', 'تالوريا']);
  });

  test('the adjectives إقليمي, نهري, جبلي are not duals, nor is بين before a plain dual', () => {
    expect(places('تعاون إقليمي تالوريا وخرابشة')).toEqual([]);
    expect(places('نقل نهري تالوريا وخرابشة')).toEqual([]);
    expect(places('وقع الاتفاق بين الطرفين وتالوريا')).toEqual([]);
  });
});

describe('a trigger in the plural names a list of places joined by و', () => {
  test('each name read as after the singular, known or not, the trigger out of the mentions', () => {
    expect(places('شنت الطائرات غارات على بلدات عيتا والقليلة وطيرحرفا')).toMatchObject([
      { text: 'عيتا', kind: 'city', strength: 2 },
      { text: 'القليلة', kind: 'city' },
      { text: 'طيرحرفا', kind: 'city' },
    ]);
    // a known place among them gives the others its country
    expect(places('اقتحمت القوات قرى الباذان وطلوزة وكفرلوزا')).toMatchObject([
      { text: 'الباذان', countryCode: 'PS' },
      { text: 'طلوزة', countryCode: 'PS' },
      { text: 'كفرلوزا', key: 'place:كفرلوزا', countryCode: 'PS' },
    ]);
  });

  test('a town only the open data knows lends a longer list no country: it is too often a namesake', () => {
    // الزيتون is also a quarter of Cairo in Egypt's places
    expect(places('تعرضت أحياء الدرج والزيتون والتفاح لقصف عنيف')).toMatchObject([
      { text: 'الدرج', countryCode: undefined },
      { text: 'الزيتون' },
      { text: 'التفاح', countryCode: undefined },
    ]);
    // a quarter a hand-kept list knows (الشجاعية, Gaza's) gives the list its country
    expect(places('تعرضت أحياء الشجاعية والزيتون والتفاح لقصف عنيف')).toMatchObject([
      { text: 'الشجاعية', countryCode: 'PS' },
      { text: 'الزيتون', countryCode: 'PS' },
      { text: 'التفاح', countryCode: 'PS' },
    ]);
  });

  test('no list: one name, adjectives, a construct of definite words, a plural in another sense', () => {
    expect(placeTexts('تعيش قرى نائية وفقيرة بلا كهرباء')).toEqual([]);
    expect(placeTexts('انتشرت الاحتجاجات في مدن عديدة')).toEqual([]);
    // the north's and the south's cities, the countryside's and the desert's villages
    expect(placeTexts('تقع مدن الشمال والجنوب تحت سيطرة الحكومة')).toEqual([]);
    expect(placeTexts('تعاني قرى الريف والبادية من الجفاف')).toEqual([]);
    // أحياء is also `alive`
    expect(placeTexts('بقي ثلاثة أشخاص أحياء تحت الأنقاض')).toEqual([]);
    expect(placeTexts('زار مخيمات اللاجئين في الأردن')).toEqual(['الأردن']);
    // a state's title opens no town's name: the people's cities and the Tuareg's sultanate
    expect(placeTexts('نشأت مدن الهوسا وسلطنة الطوارق')).toEqual([]);
  });
});

describe('a small place located by the place after it', () => {
  test('takes the locating place’s country: a direction, في, or ب between them', () => {
    // الزيتون is a district of Cairo in the gazetteer, النصر a Palestinian village, بني زيد a Palestinian town
    expect(places('تجمع المحتجون في حي الزيتون جنوب مدينة غزة')).toMatchObject([{ text: 'الزيتون', countryCode: 'PS', key: 'place:الزيتون' }, { text: 'غزة' }]);
    expect(places('وقع انفجار في حي النصر شمال بغداد')[0]).toMatchObject({ text: 'النصر', countryCode: 'IQ' });
    expect(places('وقع انفجار في حي النصر ببغداد')[0]).toMatchObject({ text: 'النصر', countryCode: 'IQ' });
    expect(places('قصفت الطائرات قرية بني زيد غرب بعقوبة')[0]).toMatchObject({ text: 'بني زيد', countryCode: 'IQ' });
  });

  test('two directions may stand between them (`شمال شرق`), a trigger after them', () => {
    expect(places('قتل خمسة أشخاص في ولاية بورنو شمال شرق نيجيريا')[0]).toMatchObject({ text: 'بورنو', countryCode: 'NG' });
    expect(places('وقع انفجار في حي النصر شمال غرب مدينة بغداد')[0]).toMatchObject({ text: 'النصر', countryCode: 'IQ' });
  });

  test('a place its trigger found, with no country, takes the locating place’s', () => {
    expect(places('نقل اللاجئون إلى مخيم الزعتري في الأردن')[0]).toMatchObject({ text: 'مخيم الزعتري', countryCode: 'JO' });
    expect(places('أغلقت الشرطة حي باب الوادي بالجزائر العاصمة')[0]).toMatchObject({ text: 'باب الوادي', countryCode: 'DZ' });
    expect(places('انتقل السكان من مخيم الهول إلى العراق')[0]).toMatchObject({ text: 'مخيم الهول', countryCode: undefined });
  });

  test('keeps its reading when the place after it is of its country, does not locate it, or reads two ways', () => {
    expect(places('انتشرت الشرطة في حي الزيتون بالقاهرة')[0]).toMatchObject({ text: 'الزيتون', countryCode: 'EG', key: 'egypt:district9' });
    // a journey between two places may cross a border
    expect(places('انتقل السكان من حي الزيتون إلى غزة')[0]).toMatchObject({ text: 'الزيتون', countryCode: 'EG' });
    // عمان is Oman or Amman
    expect(places('سقطت قذيفة على حي الشروق غرب عمان')[0]).toMatchObject({ text: 'الشروق', countryCode: 'EG' });
  });
});

describe('منطقة before a name with the article', () => {
  test('is a place where a direction and a known place or a trigger with the article follow the name', () => {
    expect(places('نفذت القوات عملية إنزال في منطقة الرميلة شرق المدينة')).toMatchObject([{ text: 'الرميلة', kind: 'region', countryCode: undefined }]);
    // the known place after the direction gives its country
    expect(places('اندلعت الحرائق في منطقة القبائل شرق الجزائر العاصمة')).toMatchObject([{ text: 'القبائل', countryCode: 'DZ' }, { text: 'الجزائر العاصمة' }]);
    expect(places('قتل شخصان في منطقة الشعب شمالي بغداد')).toMatchObject([{ text: 'الشعب', countryCode: 'IQ' }, { text: 'بغداد' }]);
  });

  test('is no place with في alone, with nothing after it, or for a kind of area', () => {
    expect(placeTexts('وقعت اشتباكات في منطقة الحدود في لبنان')).toEqual(['لبنان']);
    expect(placeTexts('انتشرت القوات في منطقة النزاع')).toEqual([]);
    expect(placeTexts('تتواصل المعارك في منطقة العمليات شمال سوريا')).toEqual(['سوريا']);
    expect(placeTexts('قالت إن منطقة الاشتباك جنوب لبنان هادئة')).toEqual(['لبنان']);
    // an adjective after منطقة is no name, even before a direction
    expect(placeTexts('سقط صاروخ في منطقة مفتوحة شمال إسرائيل')).toEqual(['إسرائيل']);
  });
});

describe('streets and squares, located by the place after them', () => {
  test('شارع, ميدان and ساحة name a street or a square, the trigger in the mention, in the country of the place that locates it', () => {
    expect(places('احتشد آلاف المتظاهرين في ميدان النور وسط القاهرة')).toMatchObject([
      { text: 'ميدان النور', kind: 'square', countryCode: 'EG', strength: 2 },
      { text: 'القاهرة', countryCode: 'EG' },
    ]);
    expect(places('وانطلقت المسيرة من ساحة الاستقلال في بيروت')).toMatchObject([{ text: 'ساحة الاستقلال', kind: 'square', countryCode: 'LB' }, { text: 'بيروت' }]);
    // ب on the place that locates it
    expect(places('انفجرت عبوة في شارع الكرامة ببغداد صباحا')).toMatchObject([{ text: 'شارع الكرامة', kind: 'street', countryCode: 'IQ' }, { text: 'بغداد' }]);
    // or a trigger with the article, which names no country
    expect(places('انفجرت سيارة مفخخة بشارع الربيع وسط العاصمة')).toMatchObject([{ text: 'شارع الربيع', kind: 'street', countryCode: undefined }]);
    expect(placeTexts('سقطت قذيفة في ساحة المعركة وسط المدينة')).toEqual([]);
  });

  test('a street named after a person or a place is the street, not the person or the place', () => {
    expect(placeTexts('يمر الموكب في شارع محمد الخامس بالرباط')).toEqual(['شارع محمد الخامس', 'الرباط']);
    expect(places('انتشرت الشرطة في شارع الملك عبدالعزيز في جدة')).toMatchObject([{ text: 'شارع الملك عبدالعزيز', kind: 'street', countryCode: 'SA' }, { text: 'جدة' }]);
    // Baghdad Street in Damascus is Syria's, not Iraq's: the name's place gives no country
    expect(places('تقع السفارة في شارع بغداد في دمشق')).toMatchObject([
      { text: 'شارع بغداد', key: 'place:شارع بغداد', kind: 'street', countryCode: 'SY' },
      { text: 'دمشق', countryCode: 'SY' },
    ]);
  });

  test('no place after the name says no street: a square named alone is left, as an arena would be', () => {
    // (a miss: no shape tells a square's name from an arena's, see the next test)
    expect(placeTexts('تجمع المحتجون في ساحة الحرية وهتفوا ضد الحكومة')).toEqual([]);
    expect(placeTexts('أصيب ثلاثة أشخاص في حادث على شارع رئيسي في المدينة')).toEqual([]);
    // a known place with no locating word after it: the street's name runs on into it, no reading at all
    expect(placeTexts('أغلقت الشرطة شارع الجلاء دمشق')).toEqual(['دمشق']);
  });

  test('named again with no place after it, it is the street or square the text located', () => {
    expect(places('تجمع الآلاف في ميدان النور وسط القاهرة، ثم عاد المتظاهرون إلى ميدان النور مساء')).toMatchObject([
      { text: 'ميدان النور', key: 'place:ميدان النور', countryCode: 'EG' },
      { text: 'القاهرة' },
      { text: 'ميدان النور', key: 'place:ميدان النور' },
    ]);
    // the located mention may come second
    expect(placeTexts('أغلقت الشرطة ساحة الكرامة. وكانت ساحة الكرامة في عمّان قد شهدت احتجاجات')).toEqual(['ساحة الكرامة', 'ساحة الكرامة', 'عمّان']);
    // another name after the same trigger is not found by it
    expect(placeTexts('تجمعوا في ميدان النور وسط القاهرة ثم في ميدان الأمل')).toEqual(['ميدان النور', 'القاهرة']);
  });

  test('an arena, a scene or a courtyard is no square, even with a place after it', () => {
    expect(placeTexts('تقدمت القوات في ساحة المعركة في أوكرانيا')).toEqual(['أوكرانيا']);
    expect(placeTexts('تتغير موازين القوى في ميدان القتال شرق سوريا')).toEqual(['سوريا']);
    expect(placeTexts('اعتصم الطلاب في ساحة الجامعة في عمان')).toEqual(['عمان']);
    expect(placeTexts('وقف المصلون في ساحة المسجد بالقدس')).toEqual(['القدس']);
    // without the article too: `a battlefield in Syria`
    expect(placeTexts('تحولت المدينة إلى ساحة حرب في شمال سوريا')).toEqual(['سوريا']);
    expect(placeTexts('باتت البلاد ساحة نزاع في ليبيا وخارجها')).toEqual(['ليبيا']);
  });

  test('with the article the triggers are the public and the political arena, never a street or square', () => {
    expect(placeTexts('يعكس ذلك غضب الشارع المصري من القرار')).toEqual([]);
    expect(placeTexts('تشهد الساحة السياسية في لبنان انقساما حادا')).toEqual(['لبنان']);
    // and a quarter named with the article stays a name after its own trigger
    expect(places('ازدحم حي الميدان في دمشق بالمتسوقين')).toMatchObject([{ text: 'الميدان', kind: 'district', countryCode: 'SY' }, { text: 'دمشق' }]);
  });
});

describe('a known place and an adjective of position', () => {
  test('name another place: a city\'s namesake anywhere, a country\'s part in that country', () => {
    // Lower Juba is a Somali region; Juba alone is South Sudan's capital
    expect(places('قتل مسلحون في إقليم جوبا السفلى')).toMatchObject([{ text: 'جوبا السفلى', key: 'place:جوبا السفلي', kind: 'region', countryCode: undefined }]);
    expect(places('تنشط الجماعات في مالي الوسطى')).toMatchObject([{ text: 'مالي الوسطى', kind: 'region', countryCode: 'ML' }]);
    expect(places('زار الوفد مصر العليا')).toMatchObject([{ text: 'مصر العليا', countryCode: 'EG' }]);
  });

  test('names the gazetteer holds with the adjective stay theirs, and the place alone stays itself', () => {
    expect(places('قال إن آسيا الوسطى شريك مهم')).toMatchObject([{ text: 'آسيا الوسطى', key: 'region:central-asia' }]);
    expect(places('زار الوزير جوبا عاصمة جنوب السودان')).toMatchObject([{ text: 'جوبا', countryCode: 'SS' }, { text: 'جنوب السودان' }]);
    // the adjective of a body is no place's
    expect(placeTexts('قضت المحكمة العليا في مصر')).toEqual(['مصر']);
  });
});

describe('ك `like` before a place', () => {
  test('a word that is whole a person’s name is not ك and a place (كلاوس is Klaus, not like Laos)', () => {
    expect(placeTexts('استقبل الوزير السفير كلاوس إيبرمان رئيس البعثة')).toEqual([]);
  });
  test('ك before a place that makes no name stays ك and the place', () => {
    expect(placeTexts('تبدو المدينة كباريس في الربيع')).toEqual(['باريس']);
  });
});

describe('مقاطعة, a province and a boycott', () => {
  test('an unknown name after it is a province only with its country’s nisba, or beside a known place in the dual', () => {
    expect(places('أعلنت مقاطعة كيبيك الكندية')).toMatchObject([{ text: 'كيبيك', countryCode: 'CA' }]);
    expect(placeTexts('زار مقاطعتي كيبيك وأونتاريو الكنديتين')).toEqual(['كيبيك', 'أونتاريو']);
    expect(placeTexts('وصل إلى مقاطعة هلمند')).toEqual(['هلمند']);
  });
  test('a boycott names no place', () => {
    expect(placeTexts('قررت المعارضة مقاطعة الجلسة')).toEqual([]);
    expect(placeTexts('دعا الحزب إلى مقاطعة الانتخابات')).toEqual([]);
    expect(placeTexts('دعت النقابة إلى مقاطعة منتجات الشركة')).toEqual([]);
    expect(placeTexts('دعا إلى مقاطعتي الانتخابات والاستفتاء')).toEqual([]);
  });
});

describe('a prayer', () => {
  test('a name right after a noun of prayer is the prayer’s: المغرب is the sunset prayer there', () => {
    expect(placeTexts('أدى الحضور صلاة المغرب جماعة')).toEqual([]);
    expect(placeTexts('يفطر الصائمون مع أذان المغرب')).toEqual([]);
  });
  test('elsewhere, and after a preposition following a prayer, it is the country', () => {
    expect(placeTexts('عاد الوفد من المغرب بعد صلاة الجمعة')).toEqual(['المغرب']);
    expect(placeTexts('أدوا الصلاة في المغرب')).toEqual(['المغرب']);
  });
});

describe('capitals', () => {
  test('X، عاصمة Y: X is a city in Y’s country, Y is a place too', () => {
    expect(places('وصلت القافلة إلى كارينو، عاصمة إقليم قره باغ')).toMatchObject([
      { text: 'كارينو', kind: 'city', countryCode: 'AZ', strength: 2 },
      { text: 'قره باغ', key: 'region:nagorno-karabakh' },
    ]);
  });

  test('X، عاصمة Y with a country Y', () => {
    expect(places('زار ميرانو، عاصمة أرمينيا')).toMatchObject([
      { text: 'ميرانو', countryCode: 'AM' },
      { text: 'أرمينيا', key: 'AM' },
    ]);
  });

  test('X، العاصمة with a demonym', () => {
    expect(places('اجتمعوا في ميرانو، العاصمة الأرمينية')).toMatchObject([{ text: 'ميرانو', kind: 'city', countryCode: 'AM' }]);
  });

  test('no capital apposition when what follows عاصمة is not a place', () => {
    expect(places('اختيرت ميرانو، عاصمة الثقافة')).toEqual([]);
  });

  test('العاصمة + demonym + unknown name', () => {
    expect(places('وصل إلى العاصمة الأفغانية كابل')).toMatchObject([{ text: 'كابل', kind: 'city', countryCode: 'AF' }]);
  });

  test('a word joined by و after the demonym is no name: what else the sentence names', () => {
    expect(places('عانت العاصمة الفرنسية وأجزاء أخرى من البلاد من الحر')).toEqual([]);
    expect(places('زار الوفد العاصمة الأردنية ومدنا أخرى')).toEqual([]);
  });

  test('a known capital after the trigger keeps its gazetteer entry', () => {
    expect(places('في العاصمة الجورجية تبليسي')).toMatchObject([{ text: 'تبليسي', key: 'city:Asia/Tbilisi', strength: 3 }]);
  });
});

describe('state titles', () => {
  test('the title is part of the long name of the country', () => {
    expect(places('أعلنت جمهورية أرمينيا التعبئة')).toMatchObject([{ text: 'جمهورية أرمينيا', key: 'AM', kind: 'country' }]);
    expect(places('وصل إلى دولة قطر')).toMatchObject([{ text: 'دولة قطر', key: 'QA' }]);
  });

  test('a title before a region is its long name too', () => {
    expect(places('طالبت سلطات جمهورية قره باغ')).toMatchObject([{ text: 'جمهورية قره باغ', key: 'region:nagorno-karabakh' }]);
  });

  test('a title before something that is not a country is not a place', () => {
    expect(places('وزير دولة لشؤون الخارجية')).toEqual([]);
  });
});

describe('names with several readings', () => {
  test('عمان with nothing around it is the country', () => {
    expect(places('وقعت عمان الاتفاقية')).toMatchObject([{ key: 'OM', kind: 'country' }]);
  });

  test('سلطنة عمان is the country, with the title in the mention', () => {
    expect(places('زار سلطنة عمان')).toMatchObject([{ text: 'سلطنة عمان', key: 'OM' }]);
  });

  test('العاصمة الأردنية عمان is Amman', () => {
    expect(places('في العاصمة الأردنية عمان')).toMatchObject([{ text: 'عمان', key: 'city:Asia/Amman', countryCode: 'JO' }]);
  });

  test('a wire dateline names a city: عمان there is Amman', () => {
    expect(places('عمان - أعلنت الحكومة خطة جديدة')).toMatchObject([{ text: 'عمان', key: 'city:Asia/Amman', countryCode: 'JO' }]);
    expect(places('عمان (بترا) - أعلنت الحكومة خطة جديدة').map((p) => p.key)).toEqual(['city:Asia/Amman']);
    // a name whose readings are of one country keeps its reading: تونس at a dateline stays one place
    expect(places('تونس - أعلنت الحكومة خطة جديدة')).toMatchObject([{ key: 'TN' }]);
    // not at a line's start: no dateline
    expect(places('أعلنت عمان - في بيان - خطة جديدة').map((p) => p.key)).toEqual(['OM']);
  });

  test('vowel marks written as the gazetteer writes them choose the reading', () => {
    expect(places('عمّان').map((p) => p.key)).toEqual(['city:Asia/Amman']);
    expect(places('عُمان').map((p) => p.key)).toEqual(['OM']);
  });

  test('the nearest country the article names decides', () => {
    expect(places('غادر الملك الأردن ثم عاد إلى عمان').map((p) => p.key)).toEqual(['JO', 'city:Asia/Amman']);
    expect(places('التقى الوزير العماني نظيره في عمان').map((p) => p.key)).toEqual(['OM']);
    expect(places('من مسقط إلى عمان').map((p) => p.key)).toEqual(['city:Asia/Muscat', 'OM']);
  });

  test('طرابلس is in Libya unless Lebanon is nearer', () => {
    expect(places('اشتباكات في طرابلس').map((p) => p.countryCode)).toEqual(['LY']);
    expect(places('شمال لبنان وتحديدا في طرابلس').map((p) => p.countryCode)).toEqual(['LB', 'LB']);
  });

  test('a city trigger picks the city reading of a country name', () => {
    expect(places('في مدينة تونس')).toMatchObject([{ key: 'city:Africa/Tunis', kind: 'city' }]);
    expect(places('في تونس')).toMatchObject([{ key: 'TN', kind: 'country' }]);
  });

  test('الكونغو follows its capital', () => {
    expect(places('من كينشاسا إلى الكونغو').map((p) => p.countryCode)).toEqual(['CD', 'CD']);
    expect(places('من برازافيل إلى الكونغو').map((p) => p.countryCode)).toEqual(['CG', 'CG']);
  });
});

describe('offsets and order', () => {
  const text = 'وقال مسؤول في باكو، عاصمة أذربيجان، إن وفدا من ميرانو، عاصمة أرمينيا، سيزور بلدة خرابشة وممر فاردين وموسكو.';

  test('every mention is exactly the source text at its offsets, with token indexes around it', () => {
    for (const c of placeCandidates(text)) {
      const mention = text.slice(c.start, c.end);
      expect(mention).not.toMatch(/^[وبلف](?!ا)/);
      expect(c.firstToken).toBeLessThan(c.nextToken);
    }
    expect(placeTexts(text)).toEqual(['باكو', 'أذربيجان', 'ميرانو', 'أرمينيا', 'خرابشة', 'ممر فاردين', 'موسكو']);
  });

  test('mentions come in text order, the apposition included', () => {
    const starts = placeCandidates(text).map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('a name needing evidence before a place of its country, joined by و', () => {
  test('the list says place', () => {
    expect(places('زار الوفد الخليل وبيت لحم')).toMatchObject([
      { text: 'الخليل', countryCode: 'PS' },
      { text: 'بيت لحم', countryCode: 'PS' },
    ]);
    expect(placeTexts('توجه الحجاج إلى جدة ومكة')).toEqual(['جدة', 'مكة']);
  });

  test('a common word before a common noun, or before a place of another country, is no place', () => {
    expect(placeTexts('التقط المصور صور ومقاطع فيديو')).toEqual([]);
    expect(placeTexts('نشر الموقع صور ونابلس تحت الحصار')).toEqual(['نابلس']);
  });
});

describe('الساحل, the coast, is a place only after a trigger', () => {
  test('after a preposition it is the coast', () => {
    expect(placeTexts('قال الشاهد إن القارب غرق قرب الساحل أمس')).toEqual([]);
    expect(placeTexts('قال الشاهد إن الحادث وقع في الساحل أمس')).toEqual([]);
  });

  test('after منطقة it is the region', () => {
    expect(placeTexts('أعلنت بوركينا فاسو حالة الطوارئ في منطقة الساحل')).toEqual(['بوركينا فاسو', 'الساحل']);
  });
});

describe('a word that is no name after a trigger or beside a month', () => {
  test('a function word after بلدة names nothing', () => {
    expect(placeTexts('غمرت الحمم البركانية بلدة مما أسفر عن مقتل عشرة')).toEqual([]);
    expect(placeTexts('غمرت الحمم البركانية بلدة ساكي مما أسفر عن مقتل عشرة')).toEqual(['ساكي']);
  });

  test('آب is August; Yemen’s province is written إب', () => {
    expect(placeTexts('قتل المهاجم في آب عام 1936')).toEqual([]);
    expect(places('اندلعت اشتباكات في إب وتعز')).toMatchObject([{ text: 'إب', countryCode: 'YE' }, { text: 'تعز' }]);
    expect(places('وصل الوفد إلى آسفي')).toMatchObject([{ text: 'آسفي', countryCode: 'MA' }]);
  });
});
