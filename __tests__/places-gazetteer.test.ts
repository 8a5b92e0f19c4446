import { demonymCode } from '../src/contracts/demonyms';
import { NAMES_ALSO_ADJECTIVES, NAMES_NEEDING_PLACE_CONTEXT } from '../src/data/places/places';
import { gazetteerReadings } from '../src/places/gazetteer';
import { foldKey } from '../src/text/fold-key';
import { tokenize } from '../src/text/tokenize';
import { placeCandidates, places, placeTexts } from './places-helpers';

describe('gazetteer lookup', () => {
  test('a CLDR country comes with its ISO code, kind and canonical name', () => {
    const [found] = placeCandidates('وقّع الوزير اتفاقا مع كازاخستان الشهر الماضي');
    expect(found).toMatchObject({ category: 'places', key: 'KZ', kind: 'country', countryCode: 'KZ', canonical: 'كازاخستان', strength: 3 });
  });

  test('a spelling without hamza is the same country, named as CLDR writes it', () => {
    const [found] = placeCandidates('سافر الوفد الى ارمينيا صباحا');
    expect(found).toMatchObject({ key: 'AM', canonical: 'أرمينيا' });
  });

  test('alef madda and plain alef fold together', () => {
    expect(places('تجارة آسيا').map((p) => p.key)).toEqual(['continent:asia']);
    expect(places('تجارة اسيا').map((p) => p.key)).toEqual(['continent:asia']);
  });

  test('two spellings of Africa are one continent', () => {
    expect(places('قمة إفريقيا ومؤتمر أفريقيا').map((p) => p.key)).toEqual(['continent:africa', 'continent:africa']);
  });

  test('vowel marks are ignored for matching but kept in the mention', () => {
    expect(places('زار أَرْمِينِيَا أمس')).toMatchObject([{ text: 'أَرْمِينِيَا', key: 'AM' }]);
  });

  test('a multiword name is one mention, and the longest name wins', () => {
    expect(places('هدأت الجبهة في ناغورني قره باغ')).toMatchObject([{ text: 'ناغورني قره باغ', key: 'region:nagorno-karabakh' }]);
    expect(places('تقع آسيا الوسطى شرق بحر قزوين').map((p) => p.key)).toEqual(['region:central-asia', 'feature:caspian-sea']);
  });

  test('news variants of country names', () => {
    const text = 'أمريكا وأميركا والولايات المتحدة الأمريكية وبريطانيا والإمارات والسعودية وفلسطين وكوريا الشمالية';
    expect(places(text).map((p) => p.key)).toEqual(['US', 'US', 'US', 'GB', 'AE', 'SA', 'PS', 'KP']);
  });

  test('deprecated codes never replace current ones', () => {
    expect(places('ألمانيا واليمن وصربيا وفيتنام').map((p) => p.key)).toEqual(['DE', 'YE', 'RS', 'VN']);
  });

  test('territories are kind territory, with the country they belong to', () => {
    expect(places('غرينلاند')).toMatchObject([{ key: 'GL', kind: 'territory', countryCode: 'GL' }]);
    expect(places('جزر الكناري')).toMatchObject([{ key: 'IC', kind: 'territory', countryCode: 'ES' }]);
  });

  test('exemplar cities carry their zone id and country', () => {
    expect(places('هبطت الطائرة في يريفان')).toMatchObject([{ key: 'city:Asia/Yerevan', kind: 'city', countryCode: 'AM' }]);
  });

  test('both names of a CLDR city with a parenthesis are the same city', () => {
    // الخليل is also `the friend`: a preposition of place gives the evidence it needs
    expect(places('في الخليل أو هيبرون').map((p) => [p.key, p.countryCode])).toEqual([
      ['city:Asia/Hebron', 'PS'],
      ['city:Asia/Hebron', 'PS'],
    ]);
  });

  test('a city whose sovereignty is disputed has no country code', () => {
    const [found] = places('صلى المصلون في القدس');
    expect(found?.key).toBe('city:Asia/Jerusalem');
    expect(found?.countryCode).toBeUndefined();
  });

  test('hand-kept capitals in two spellings are one city', () => {
    expect(places('أبوظبي ثم أبو ظبي').map((p) => [p.key, p.countryCode])).toEqual([
      ['city:abu-dhabi', 'AE'],
      ['city:abu-dhabi', 'AE'],
    ]);
  });

  test('regions and features with their kinds and codes', () => {
    expect(places('الضفة الغربية وقطاع غزة والبحر الأحمر')).toMatchObject([
      { text: 'الضفة الغربية', kind: 'region', countryCode: 'PS' },
      { text: 'قطاع غزة', kind: 'region', countryCode: 'PS' },
      { text: 'البحر الأحمر', kind: 'feature' },
    ]);
  });

  test('a sea or gulf named after a country is the sea, not the country; mountain ranges by their plural', () => {
    expect(places('أجرت البحرية مناورات في بحر عمان وبحر اليابان')).toMatchObject([
      { text: 'بحر عمان', key: 'feature:gulf-of-oman', countryCode: undefined },
      { text: 'بحر اليابان', key: 'feature:sea-of-japan' },
    ]);
    expect(places('ضربت العاصفة خليج المكسيك')).toMatchObject([{ text: 'خليج المكسيك', key: 'feature:gulf-of-mexico' }]);
    // صحراء is a trigger of the desert's name, left out of the mention; an adjective after it is none
    expect(places('عثر على جثث في صحراء النقب جنوب إسرائيل')).toMatchObject([{ text: 'النقب', kind: 'feature', countryCode: 'IL' }, { text: 'إسرائيل' }]);
    expect(places('القبائل البدوية في صحراء المغرب')).toMatchObject([{ text: 'المغرب', key: 'MA' }]);
    expect(places('عبرت القافلة صحراء الربع الخالي')).toMatchObject([{ text: 'صحراء الربع الخالي', key: 'feature:rub-al-khali' }]);
    expect(places('تحولت الأرض إلى صحراء قاحلة')).toEqual([]);
    expect(places('تمتد جبال زاغروس على الحدود بين العراق وإيران')).toMatchObject([
      { text: 'جبال زاغروس', kind: 'feature' },
      { text: 'العراق' },
      { text: 'إيران' },
    ]);
  });
});

describe('proclitics', () => {
  test('و is left out of the mention', () => {
    const text = 'بين أذربيجان وأرمينيا';
    expect(places(text).map((p) => p.text)).toEqual(['أذربيجان', 'أرمينيا']);
    expect(placeCandidates(text)[1]!.start).toBe(text.indexOf('أرمينيا'));
  });

  test('ب before a multiword name', () => {
    expect(places('اشتباكات بقره باغ')).toMatchObject([{ text: 'قره باغ', key: 'region:nagorno-karabakh' }]);
  });

  test('ل before a name with hamza', () => {
    expect(places('زيارة لأذربيجان')).toMatchObject([{ text: 'أذربيجان', key: 'AZ' }]);
  });

  test('ف and two stacked proclitics', () => {
    expect(placeTexts('فلبنان وبفرنسا')).toEqual(['لبنان', 'فرنسا']);
  });

  test('و and ب before a name with the article keep the article', () => {
    expect(placeTexts('والعراق بالسودان')).toEqual(['العراق', 'السودان']);
  });

  test('ل fused with the article (للعراق) is found, starting at the article lam', () => {
    expect(places('دعم للعراق وللولايات المتحدة')).toMatchObject([
      { text: 'لعراق', key: 'IQ' },
      { text: 'لولايات المتحدة', key: 'US' },
    ]);
  });

  test('no mention starts with a proclitic letter that is not part of the name', () => {
    const text = 'من موسكو وباريس ولندن، ولمصر وبتركيا فأوروبا وكذلك بالمغرب وللبنان';
    const found = placeCandidates(text);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['موسكو', 'باريس', 'لندن', 'مصر', 'تركيا', 'أوروبا', 'المغرب', 'لبنان']);
    for (const c of found) expect(c.start).toBe(text.indexOf(text.slice(c.start, c.end), c.start));
  });

  test('a wrongly split common word does not become a short name', () => {
    expect(places('كان الموظف كسول')).toEqual([]);
    expect(places('وصل الوفد إلى سول')).toMatchObject([{ key: 'city:Asia/Seoul' }]);
  });
});

describe('not places', () => {
  test('a name inside a longer word is not found', () => {
    expect(places('افتتح مصرف جديد في المدينة')).toEqual([]);
    expect(places('شارك مصري ومصرية وعمانيون في السباق')).toEqual([]);
  });

  test('demonyms and nisba adjectives are not places', () => {
    expect(places('قال الرئيس الروسي إن القوات الأرمنية والأذربيجانية والجنود الأرمن انسحبوا')).toEqual([]);
  });

  test('a name that is also a demonym is an adjective after a definite noun', () => {
    expect(places('أعلنت الحكومة السعودية أن السلطات السعودية والأراضي السعودية')).toEqual([]);
    expect(places('زار الوزير السعودية ثم عاد من السعودية').map((p) => p.key)).toEqual(['SA', 'SA']);
  });

  test.each(['ارتفع مؤشر السوق السعودية 2 بالمئة', 'تراجعت الأسهم السعودية في التداولات', 'وقعت البنوك السعودية اتفاقا'])(
    'a noun that agrees in the feminine without ة takes it as its adjective: %s',
    (text) => {
      expect(places(text)).toEqual([]);
    },
  );

  test('after such a noun with a preposition of place between, the name is the country', () => {
    expect(places('نقلت الأموال إلى السعودية').map((p) => p.key)).toEqual(['SA']);
  });

  test('a word with tanween is an adjective, not a place', () => {
    expect(places('دمر موقعا عسكريا أرمينياً')).toEqual([]);
  });

  test('names that are also common words need a trigger', () => {
    expect(places('قضى ساعات نوم قليلة ثم ترك منصبه ولمعت العيون')).toEqual([]);
    expect(places('وصل إلى مدينة العيون')).toMatchObject([{ text: 'العيون', key: 'city:Africa/El_Aaiun', countryCode: 'EH' }]);
  });

  test('ambiguous country names need a place context', () => {
    expect(places('يعاني من عجز مالي كبير')).toEqual([]);
    expect(places('انتشرت القوات في مالي').map((p) => p.key)).toEqual(['ML']);
    expect(places('الحدود بين النيجر ومالي').map((p) => p.key)).toEqual(['NE', 'ML']);
    expect(places('عاد الجنود من مالي والنيجر').map((p) => p.key)).toEqual(['ML', 'NE']);
  });

  test('الضفة alone is the West Bank where the article names a place or people of Palestine', () => {
    const westBank = { text: 'الضفة', key: places('في الضفة الغربية')[0]!.key, countryCode: 'PS' };
    expect(places('داهمت القوات مدينة طولكرم شمال الضفة فجرا')).toMatchObject([{ text: 'طولكرم' }, westBank]);
    expect(places('قال مسؤول فلسطيني إن البناء يتوسع في الضفة والقطاع')).toMatchObject([westBank]);
    expect(places('تتواصل المواجهات في قلقيلية وعموم الضفة المحتلة')).toMatchObject([{ text: 'قلقيلية' }, westBank]);
    expect(placeTexts('أغلقت الحواجز مداخل الضفة قبل أن تصل إلى جنين')).toEqual(['الضفة', 'جنين']);
  });

  test('الضفة is a bank: before a definite word, or with no Palestinian place or people in the article', () => {
    expect(places('عبر الصيادون إلى الضفة الأخرى قرب نابلس')).toMatchObject([{ text: 'نابلس' }]);
    expect(places('تقع المدينة على الضفة الشرقية للنهر في فلسطين')).toMatchObject([{ text: 'فلسطين' }]);
    expect(places('جلس الأطفال على الضفة يراقبون القوارب')).toEqual([]);
    expect(places('تمتد الحقول على الضفة في ريف القاهرة')).toMatchObject([{ text: 'القاهرة' }]);
  });

  test('a place name after a media outlet head is the outlet', () => {
    expect(places('نقلت صحيفة القدس عن وكالة الأناضول')).toEqual([]);
    expect(places('ووفقا لموقع روسيا اليوم فإن')).toEqual([]);
    expect(placeTexts('أعلنت روسيا اليوم أن')).toEqual(['روسيا']);
  });

  test('قناة before the name of a canal is part of it', () => {
    expect(places('عبرت السفن قناة السويس كما قالت قناة فلسطين')).toMatchObject([{ text: 'قناة السويس', key: 'feature:suez-canal' }]);
  });

  test('no places in text without names', () => {
    expect(places('')).toEqual([]);
    expect(places('The meeting in Paris was 2021')).toEqual([]);
  });
});

describe('the gazetteer data', () => {
  test('every reading has a typed key and an ISO code or none', () => {
    for (const readings of gazetteerReadings().values()) {
      for (const reading of readings) {
        expect(reading.key).toMatch(/^(?:[A-Z]{2}|(?:city|region|continent|feature):[\w/-]+|(?:geonames|egypt):[\w.-]+)$/);
        if (reading.countryCode !== null) expect(reading.countryCode).toMatch(/^[A-Z]{2}$/);
      }
    }
  });

  test('no one-word name is a demonym unless its context is checked', () => {
    const allowed = new Set([...NAMES_NEEDING_PLACE_CONTEXT, ...NAMES_ALSO_ADJECTIVES].map(foldKey));
    for (const name of gazetteerReadings().keys()) {
      const tokens = tokenize(name);
      if (tokens.length === 1 && !allowed.has(name)) expect([name, demonymCode(tokens[0])]).toEqual([name, null]);
    }
  });
});

// Egyptian papers write a foreign g as ج (scripts/generate-geonames.mjs): the world's cities are
// found in that spelling too, and no Arabic place becomes a foreign one by it.
describe('cities spelled with ج for a foreign g', () => {
  test.each([
    ['وصل الوفد إلى جوهانسبرج أمس', 'جوهانسبرج', 'ZA'],
    ['وعقد المؤتمر في سانتياجو بمشاركة عشرين دولة', 'سانتياجو', 'CL'],
    ['ووصلت الطائرة إلى مطار لاجوس', 'لاجوس', 'NG'],
    ['وزار الرئيس بلجراد في جولة أوروبية', 'بلجراد', 'RS'],
    ['وتظاهر الآلاف في هامبورج', 'هامبورج', 'DE'],
    // a capital CLDR names
    ['وأعلنت بيونج يانج أنها أجرت تجربة صاروخية', 'بيونج يانج', 'KP'],
    // and countries
    ['ووصل الوفد الرسمي إلى السنجال أمس', 'السنجال', 'SN'],
    ['ووصل الوزير إلى أوجندا في جولة أفريقية', 'أوجندا', 'UG'],
  ])('%s', (text, name, code) => {
    expect(places(text)).toEqual([expect.objectContaining({ text: name, countryCode: code })]);
  });
  test('an Arabic place whose name a foreign province holds with غ stays unknown, not foreign: بلدة أجدير', () => {
    expect(places('ولد الزعيم في بلدة أجدير بالريف').filter((place) => place.countryCode === 'TR')).toEqual([]);
  });
});

describe("the United Kingdom's nations", () => {
  test('Wales is a region of the United Kingdom, as Scotland is', () => {
    expect(places('وفاز منتخب ويلز على اسكتلندا بهدفين.').map((p) => p.key)).toEqual(['region:wales', 'region:scotland']);
    expect(places('سافر الوزير إلى ويلز أمس')).toMatchObject([{ text: 'ويلز', kind: 'region', countryCode: 'GB' }]);
  });

  test('Northern Ireland is no Ireland', () => {
    expect(places('زار الوزير أيرلندا الشمالية ثم دبلن')).toMatchObject([
      { text: 'أيرلندا الشمالية', kind: 'region', countryCode: 'GB' },
      { text: 'دبلن', countryCode: 'IE' },
    ]);
    expect(places('وصل الوفد إلى ايرلندا')).toMatchObject([{ countryCode: 'IE' }]);
  });

  test('a verb that starts with و + يلز is no Wales', () => {
    expect(placeTexts('ويلزم القانون الشركات بالإفصاح')).toEqual([]);
  });
});

describe("Saudi Arabia's Eastern Province", () => {
  test.each([
    'تضرب موجة حر الرياض والمنطقة الشرقية خلال الأيام المقبلة',
    'هطلت أمطار غزيرة على المنطقة الشرقية في السعودية',
    'افتتحت الشركة مصنعا جديدا في المنطقة الشرقية قرب الدمام',
  ])('المنطقة الشرقية is the Saudi province: %s', (text) => {
    expect(places(text)).toContainEqual(expect.objectContaining({ text: 'المنطقة الشرقية', kind: 'region', countryCode: 'SA' }));
  });

  test('an eastern region of anywhere else, with its noun, is no place', () => {
    expect(placeTexts('شهدت المناطق الشرقية من البلاد أمطارا غزيرة')).toEqual([]);
  });
});

describe('an open-data name before a definite word', () => {
  test('a definite word on a preposition starts a phrase of its own, not a construct', () => {
    expect(places('انتقل المبعوث إلى كوتشابامبا للقاء قادة النقابات')).toMatchObject([{ text: 'كوتشابامبا', countryCode: 'BO' }]);
    expect(places('توجه الرئيس إلى ياموسوكرو للمشاركة في الاحتفال')).toMatchObject([{ text: 'ياموسوكرو', countryCode: 'CI' }]);
    expect(placeTexts('تقع المزرعة في مسندم بالقرب من المضيق')).toEqual(['مسندم']);
  });

  test('the bare article after the name still makes it the head of a construct', () => {
    expect(placeTexts('قضى سنوات في معسكر الاعتقال')).toEqual([]);
    expect(placeTexts('أمضى المجندون شهرين في معسكر للتدريب')).toEqual([]);
  });
});

describe('و on a name whose first word has two letters', () => {
  test('the name of two words after و is found, و out of the mention', () => {
    expect(places('قصفت الصواريخ حيفا وتل أبيب')).toMatchObject([{ text: 'حيفا' }, { text: 'تل أبيب', key: 'city:tel-aviv' }]);
    expect(places('نزح الآلاف من الخرطوم وأم درمان أمس')).toMatchObject([{ text: 'الخرطوم' }, { text: 'أم درمان', countryCode: 'SD' }]);
    expect(placeTexts('فازت القائمة في البصرة وذي قار وميسان')).toEqual(['البصرة', 'ذي قار', 'ميسان']);
  });

  test('a word of two letters after و that opens no name is left alone', () => {
    expect(placeTexts('قال إنه وهو في طريقه إلى العمل')).toEqual([]);
    expect(placeTexts('وأم المؤمنين خديجة رضي الله عنها')).toEqual([]);
    expect(placeTexts('ولا يزال الوضع متوترا')).toEqual([]);
  });
});

describe('و on a one-word name of two letters in a list', () => {
  test('after a place of its country', () => {
    expect(places('أغلق الحوثيون الطريق الرابط بين ذمار وإب')).toMatchObject([{ text: 'ذمار' }, { text: 'إب', countryCode: 'YE' }]);
  });

  test('after a place of another country, or after no place, it is left alone', () => {
    expect(placeTexts('زار الوزير بغداد وإب')).toEqual(['بغداد']);
    expect(placeTexts('قال إنه وإب لا يلتقيان')).toEqual([]);
  });
});
