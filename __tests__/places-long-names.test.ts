import { places, placeTexts } from './places-helpers';

// Names no list knows, longer or other than the one word a trigger takes by default.

describe('a name starting لا (ل + ال is written لل, so لال is no preposition and article)', () => {
  test('the whole word is the name', () => {
    expect(placeTexts('تجول السياح في بلدة لاليبيلا قبل عودتهم')).toEqual(['لاليبيلا']);
    expect(placeTexts('وصل الوفد إلى قرية لاغوسيتا ووزع المساعدات')).toEqual(['لاغوسيتا']);
  });
  test('ل + a definite word is still read so (للمدينة), and لا before a common noun names nothing', () => {
    expect(placeTexts('دعا المحافظ سكان بلدة للالتزام بالتعليمات')).toEqual([]);
    expect(placeTexts('قال إن المدينة لالتقاط الأنفاس')).toEqual([]);
  });
});

describe("a foreign name of two or three words closed by its country's nisba", () => {
  test('the words before the nisba are the name, in the nisba’s country', () => {
    expect(places('اجتاحت الحرائق ولاية نيو ساوث ويلز الأسترالية أمس')).toMatchObject([{ text: 'نيو ساوث ويلز', countryCode: 'AU' }]);
    expect(places('قتل جنود في إقليم خيبر بختونخوا الباكستاني ليلا')).toMatchObject([{ text: 'خيبر بختونخوا', countryCode: 'PK' }]);
    expect(places('انهار سد في ولاية ميناس جيرايس البرازيلية')).toMatchObject([{ text: 'ميناس جيرايس', countryCode: 'BR' }]);
    expect(places('قالت شرطة ولاية هيماشال براديش الهندية إن الحادث وقع فجرا')).toMatchObject([{ text: 'هيماشال براديش', countryCode: 'IN' }]);
  });
  test('a known place opening with a name head takes the word after it (سان لويس + أوبيسبو)', () => {
    expect(places('هزت هزة أرضية مدينة سان لويس أوبيسبو الأمريكية')).toMatchObject([{ text: 'سان لويس أوبيسبو', countryCode: 'US' }]);
  });
  test('a known place before other words keeps its name; no nisba, no long name', () => {
    expect(placeTexts('وصل الوزير إلى مدينة حلب قوات سورية كانت هناك')).toEqual(['حلب']);
    expect(placeTexts('أعلنت ولاية هيماشال براديش حالة التأهب')).toEqual(['هيماشال']);
  });
  test('a function or time word, or a definite word, ends the attempt', () => {
    expect(placeTexts('سافر إلى مدينة كولياكان أمس المكسيكية')).toEqual(['كولياكان']);
    expect(placeTexts('عاد إلى بلدة كورنا بعد الحرب الأهلية السورية')).toEqual(['كورنا']);
  });
  test('a dual or plural nisba closes no single name', () => {
    expect(placeTexts('زار الوزير ولاية كيرالا وتاميل نادو الهنديتين')).not.toContain('كيرالا وتاميل نادو');
  });
});

describe("a town's one-word name and a definite second word", () => {
  test('a definite noun after the name is part of it', () => {
    expect(placeTexts('أصيب طفلان في قرية عيتا الشعب مساء')).toEqual(['عيتا الشعب']);
    expect(placeTexts('سقطت قذائف على أطراف قرية مارون الراس')).toEqual(['مارون الراس']);
  });
  test('an adjective, a time word, a direction or a plural after the name is not', () => {
    expect(placeTexts('انسحب المقاتلون من بلدة مادايا الصغيرة')).toEqual(['مادايا']);
    expect(placeTexts('عادت الحياة إلى بلدة جبعدين الهادئة')).toEqual(['جبعدين']);
    expect(placeTexts('زار الوفد قرية عيترون الحزين')).toEqual(['عيترون']);
    expect(placeTexts('قصف الطيران قرية كفرحمرا الأحد')).toEqual(['كفرحمرا']);
    expect(placeTexts('نزح الأهالي من بلدة عيتا الشمال')).toEqual(['عيتا']);
    expect(placeTexts('دخلت قرية كفرحمرا القوات الحكومية')).toEqual(['كفرحمرا']);
  });
  test('a noun a masculine nisba follows is the sentence’s own (`الجيش السوري`)', () => {
    expect(placeTexts('دخل مدينة كوباني الجيش السوري بعد الاتفاق')).toEqual(['كوباني']);
  });
  test('after a division or area noun the definite word is its complement', () => {
    expect(placeTexts('أعلنت الأمم المتحدة منطقة حظر الطيران')).not.toContain('حظر الطيران');
    expect(placeTexts('زار المحافظ ولاية كسلا الأسبوع الماضي')).toEqual(['كسلا']);
  });
});

describe('مقاطعة and an unknown name located by a direction and a known place, without a nisba', () => {
  test('the province is named', () => {
    expect(places('ضرب الجفاف مقاطعة توركانا شمال كينيا')).toMatchObject([{ text: 'توركانا', countryCode: 'KE' }, { text: 'كينيا' }]);
    expect(placeTexts('قتل خمسة مدنيين في مقاطعة إيتوري بشرق الكونغو الديمقراطية')).toEqual(['إيتوري', 'الكونغو الديمقراطية']);
  });
  test('a boycott is not located so, nor named without a place after the direction', () => {
    expect(placeTexts('دعت النقابات إلى مقاطعة منتجات الشركة')).toEqual([]);
    expect(placeTexts('دعا الناشطون إلى مقاطعة شركات شمال البلاد')).toEqual([]);
    expect(placeTexts('قررت الأحزاب مقاطعة الانتخابات جنوب السودان')).toEqual(['جنوب السودان']);
  });
});

describe('a name ending in اء written without its hamza (generated from GeoNames)', () => {
  test('the town is found and keeps its canonical spelling', () => {
    expect(places('قتل ثلاثة مدنيين في قصف على مديرية التحيتا')).toMatchObject([{ text: 'التحيتا', countryCode: 'YE' }]);
    expect(places('زار الوزير مدينة سامرا صباح اليوم')).toMatchObject([{ text: 'سامرا', countryCode: 'IQ' }]);
  });
  test('no given name, and no adjective or plural of the فعلاء shape', () => {
    expect(placeTexts('قال إيليا إن الطريق مقطوعة')).toEqual([]);
    expect(placeTexts('رفع المتظاهرون صور الشهدا والراية الحمرا')).toEqual([]);
  });
});

describe("divisions GeoNames' Arabic file names otherwise or not at all", () => {
  test('Nineveh, Punjab and Khyber Pakhtunkhwa are places', () => {
    expect(places('قال محافظ نينوى إن الطرق فتحت')).toMatchObject([{ text: 'نينوى', countryCode: 'IQ', kind: 'region' }]);
    expect(placeTexts('اعتقلت الشرطة مهربين في ولاية البنجاب')).toEqual(['البنجاب']);
    expect(places('ضربت السيول إقليم خيبر بختونخوا')).toMatchObject([{ text: 'خيبر بختونخوا', countryCode: 'PK' }]);
  });
  test('the oasis of Khaybar alone is not the province', () => {
    expect(placeTexts('روى الكتاب قصة غزوة خيبر')).not.toContain('خيبر بختونخوا');
  });
});

describe('a new town named after an old one, X الجديدة', () => {
  test('the adjective is in the mention, and the new town lies in the old one’s country', () => {
    expect(places('زار الوفد مدينة العلمين الجديدة')).toMatchObject([{ text: 'العلمين الجديدة', kind: 'city', countryCode: 'EG' }]);
    expect(places('انتقلت الوزارات إلى العاصمة الإدارية الجديدة')).toMatchObject([{ text: 'العاصمة الإدارية الجديدة', countryCode: 'EG' }]);
  });

  test('a name the gazetteer holds whole stays that place', () => {
    expect(places('شهد حي مصر الجديدة زحاما مروريا')).toMatchObject([{ text: 'مصر الجديدة', kind: 'district' }]);
  });

  test('after a country the adjective describes the country', () => {
    expect(places('قال المعارض إن سوريا الجديدة ستكون لكل السوريين')).toMatchObject([{ text: 'سوريا', kind: 'country' }]);
  });
});

describe('a foreign name a nisba closes may open with a word of two letters', () => {
  test('دا نانغ', () => {
    expect(places('اجتاح الإعصار مدينة دا نانغ الفيتنامية')).toMatchObject([{ text: 'دا نانغ', kind: 'city', countryCode: 'VN' }]);
  });

  test('a function word of two letters opens none', () => {
    expect(placeTexts('وصل إلى مدينة ما الصينية')).toEqual([]);
    expect(placeTexts('وقعت الحادثة في مدينة لم تشهد مثلها')).toEqual([]);
  });
});

describe('a name head before another head and its word', () => {
  test('a head after a head takes its own word', () => {
    expect(placeTexts('قصفت الطائرات بلدة عين أبو جمعة')).toEqual(['عين أبو جمعة']);
    expect(placeTexts('زار الوزير بلدة دير أبو سعيد')).toEqual(['دير أبو سعيد']);
    // a crossing the gazetteer knows whole
    expect(placeTexts('أغلقت إسرائيل معبر كرم أبو سالم')).toEqual(['إسرائيل', 'معبر كرم أبو سالم']);
  });

  test('directions chain into no name', () => {
    expect(placeTexts('دخلت القوات منطقة شمال شرق سوريا')).toEqual(['سوريا']);
    expect(placeTexts('قال الوزير كرم جبر إن الخطة جاهزة')).toEqual([]);
  });
});
