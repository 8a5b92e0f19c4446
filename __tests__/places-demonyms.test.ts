import { compoundDemonymCode, demonymAt, demonymCode } from '../src/contracts/demonyms';
import { extract } from '../src/index';
import { tokenize } from '../src/text/tokenize';
import { places, placeTexts } from './places-helpers';

/** The demonym code of each word of `text`, or null. */
const codes = (text: string): (string | null)[] => tokenize(text).map((token) => demonymCode(token));

describe('demonyms of Africa, Asia, Europe and the Americas', () => {
  test('the Congo, Nepal, Mongolia, Kosovo and the Baltic states', () => {
    expect(codes('الحكومة الكونغولية')).toEqual([null, 'CD']);
    expect(codes('نادي مازيمبي الكونغولي')).toEqual([null, null, 'CD']);
    expect(codes('الجيش النيبالي والرعاة المنغوليون')).toEqual([null, 'NP', null, 'MN']);
    expect(codes('اللاعب الكوسوفي والعداءة الإستونية')).toEqual([null, 'XK', null, 'EE']);
    expect(codes('الصيادون الآيسلنديون والسلطات الليتوانية')).toEqual([null, 'IS', null, 'LT']);
  });

  test('a nisba written as its country is the demonym with the article, the country bare', () => {
    expect(codes('الرئيس البوروندي ونظيره الجيبوتي')).toEqual([null, 'BI', null, 'DJ']);
    expect(codes('المنتخب التشيلي')).toEqual([null, 'CL']);
    expect(codes('زار رئيس جيبوتي تشيلي وبوروندي')).toEqual([null, null, null, null, null]);
  });

  test('the feminine and the plurals of such a nisba are demonyms however written', () => {
    expect(codes('السلطات الجيبوتية وعمال هايتيون')).toEqual([null, 'DJ', null, 'HT']);
  });

  test('the nisba spelled as a country leaves the country a place', () => {
    expect(places('وصل الوزير إلى جيبوتي ثم إلى بوروندي')).toMatchObject([
      { text: 'جيبوتي', countryCode: 'DJ', kind: 'country' },
      { text: 'بوروندي', countryCode: 'BI', kind: 'country' },
    ]);
  });
});

describe('demonyms of two words', () => {
  const pair = (text: string): string | null => {
    const tokens = tokenize(text);
    return compoundDemonymCode(tokens[0], tokens[1]);
  };

  test('a compound nisba in the feminine and the plural, as in the masculine', () => {
    expect(pair('الجنوب أفريقي')).toBe('ZA');
    expect(pair('الجنوب أفريقية')).toBe('ZA');
    expect(pair('الجنوب سودانيون')).toBe('SS');
  });

  test('not the direction alone, nor a direction and a place', () => {
    expect(pair('الجنوب الأفريقي')).toBeNull();
    expect(pair('الجنوب أفريقيا')).toBeNull();
  });

  test('a demonym and a direction that name another country', () => {
    expect(demonymAt(tokenize('الكورية الشمالية'), 0)).toEqual({ code: 'KP', next: 2 });
    expect(demonymAt(tokenize('الكوري الشمالي'), 0)).toEqual({ code: 'KP', next: 2 });
    expect(demonymAt(tokenize('السوداني الجنوبي'), 0)).toEqual({ code: 'SS', next: 2 });
    expect(demonymAt(tokenize('الغيني الاستوائي'), 0)).toEqual({ code: 'GQ', next: 2 });
  });

  test('a direction that names no other country, or none, leaves the demonym one word', () => {
    expect(demonymAt(tokenize('الكورية الجنوبية'), 0)).toEqual({ code: 'KR', next: 1 });
    expect(demonymAt(tokenize('الكوري الرسمي'), 0)).toEqual({ code: 'KR', next: 1 });
    // a bare demonym takes no direction with the article (`صيني الشمالي` is no phrase)
    expect(demonymAt(tokenize('صيني الشمالي'), 0)).toEqual({ code: 'CN', next: 1 });
    expect(demonymAt(tokenize('الجنوب أفريقية'), 0)).toEqual({ code: 'ZA', next: 2 });
  });
});

describe('places read the demonym of two words', () => {
  test('a town closed by a directed nisba lies in the country it names', () => {
    expect(places('سقطت صواريخ قرب مدينة وونسان الكورية الشمالية')).toMatchObject([{ text: 'وونسان', countryCode: 'KP', kind: 'city' }]);
    expect(places('وصل الوفد إلى مدينة أويجو الكورية الجنوبية')).toMatchObject([{ text: 'أويجو', countryCode: 'KR' }]);
  });

  test('a town closed by a compound nisba in the feminine', () => {
    expect(places('ضرب إعصار مدينة ماكادو الجنوب أفريقية')).toMatchObject([{ text: 'ماكادو', countryCode: 'ZA', kind: 'city' }]);
  });

  test('a capital after its definite trigger and a directed nisba', () => {
    expect(places('عادت العاصمة الكورية الشمالية بيونغيانغ إلى الهدوء')).toMatchObject([{ text: 'بيونغيانغ', countryCode: 'KP' }]);
  });

  test('a base read past a directed force’s nationality locates nothing by it', () => {
    expect(places('هبطت الطائرة في قاعدة سونان الجوية الكورية الشمالية')).toMatchObject([{ text: 'قاعدة سونان الجوية', countryCode: undefined }]);
  });
});

describe('a title with a compound demonym in the feminine', () => {
  test('the nationality is the title’s, not a word of the name', () => {
    const { people } = extract('التقت وزيرة الخارجية الجنوب أفريقية ناليدي باندور بنظيرها', {});
    expect(people.map((person) => person.name)).not.toContain('أفريقية ناليدي');
    expect(people[0]?.titles).toEqual(['وزيرة الخارجية الجنوب أفريقية']);
  });

  test('a bare place after the title is still a place', () => {
    expect(placeTexts('وصلت وزيرة الخارجية الجنوب أفريقية إلى جوهانسبورغ')).toEqual(['جوهانسبورغ']);
  });
});

describe('the Congo’s nisba beside a club and a government', () => {
  test('a known club takes its nationality into its mention, as other clubs do', () => {
    const { organizations } = extract('وفاز الرجاء على ضيفه مازيمبي الكونغولي بثلاثة أهداف.', {});
    expect(organizations.flatMap((body) => body.mentions.map((mention) => mention.text))).toContain('مازيمبي الكونغولي');
  });

  test('the nisba is no place, and settles a town of the Congo', () => {
    expect(places('وصلت الحكومة الكونغولية إلى غوما')).toMatchObject([{ text: 'غوما', countryCode: 'CD' }]);
  });
});
