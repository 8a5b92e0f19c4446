// World news in Arabic: the offices of international bodies before a foreign name, and foreign
// parties named by the article, their ideology and their country. Sentences composed for these
// tests.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: the offices of international bodies, senators and billionaires are titles', () => {
  test.each([
    ['وقال المفوض السامي لحقوق الإنسان فولكر تورك إن الانتهاكات موثقة.', 'فولكر تورك', 'المفوض السامي لحقوق الإنسان'],
    ['وقالت المقررة الخاصة للأمم المتحدة فرانشيسكا ألبانيزي إن الحصار عقاب جماعي.', 'فرانشيسكا ألبانيزي', 'المقررة الخاصة للأمم المتحدة'],
    ['وقال المنسق الأممي للشؤون الإنسانية مارتن غريفيث إن المساعدات لا تكفي.', 'مارتن غريفيث', 'المنسق الأممي للشؤون الإنسانية'],
    ['وقال مفوض الاتحاد الأوروبي للتجارة ماروش شيفتشوفيتش إن الرسوم مرفوضة.', 'ماروش شيفتشوفيتش', 'مفوض الاتحاد الأوروبي للتجارة'],
    ['وقال المفوض العام فيليب لازاريني إن الوكالة تواجه أزمة مالية.', 'فيليب لازاريني', 'المفوض العام'],
    ['وقالت المنسقة الأممية سيغريد كاغ إن المعابر ما زالت مغلقة.', 'سيغريد كاغ', 'المنسقة الأممية'],
    ['وقال السيناتور الجمهوري ليندسي غراهام إن العقوبات ضرورية.', 'ليندسي غراهام', 'السيناتور الجمهوري'],
    ['وقال الملياردير الأمريكي بيل غيتس إن مؤسسته ستتبرع للقاحات.', 'بيل غيتس', 'الملياردير الأمريكي'],
  ])('%s', (text, name, title) => {
    const people = extract(text, { model: false }).people;
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0]!.titles).toEqual([title]);
  });
  test.each([
    // المقرر is `scheduled` after a noun: only a name a given name opens follows it as a title
    'وعقد الاجتماع المقرر الخميس في جنيف بحضور الوفود.',
    'وأرجئت الجلسة المقررة يوم الأحد إلى موعد لاحق.',
    'وقال المقرر إن اللجنة ستجتمع مجددا.',
    // the one empowered, and an office with no name after it
    'ووقع الشخص المفوض بالتوقيع على العقد.',
    'وقال المفوض إن الوكالة تواجه عجزا.',
    // an indefinite منسق is an adjective as often, and a given name may follow it joined by و
    'وزين المسجد بالآيات الكريمة بشكل منسق وجميل.',
    'وأعلنت المفوضية الأوروبية أن المفوض المسؤول عن التجارة سيزور بكين.',
    'وقال السيناتور إن التصويت تأجل.',
    'وزار الملياردير المدينة أمس.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('organizations: a party named by its ideology', () => {
  const bodies = (text: string) => extract(text, { model: false }).organizations;
  test.each([
    ['وفاز الحزب الجمهوري بأغلبية المقاعد في الانتخابات النصفية.', 'الحزب الجمهوري', undefined],
    ['وانتقد زعماء الحزب الديمقراطي قرار الإدارة.', 'الحزب الديمقراطي', undefined],
    ['وقال الحزب الاشتراكي الفرنسي إنه سيدعم مرشح اليسار.', 'الحزب الاشتراكي الفرنسي', 'FR'],
    ['وأعلن الحزب الشيوعي الفيتنامي انتخاب أمين عام جديد.', 'الحزب الشيوعي الفيتنامي', 'VN'],
    // two adjectives, the ideology's second, and a country after them
    ['وفاز الحزب الديمقراطي الاجتماعي الألماني في الانتخابات.', 'الحزب الديمقراطي الاجتماعي الألماني', 'DE'],
    ['وقال الحزب الوطني الديمقراطي إنه سيخوض الانتخابات.', 'الحزب الوطني الديمقراطي', undefined],
    // a purpose after it
    ['وقال الحزب الديمقراطي للشعوب إن نوابه ممنوعون من السفر.', 'الحزب الديمقراطي للشعوب', undefined],
  ])('%s', (text, name, nationality) => {
    const found = bodies(text);
    expect(found.map((o) => o.name)).toEqual([name]);
    expect(found[0]!.kind).toBe('party');
    expect(found[0]!.nationality).toBe(nationality);
  });
  test('a party named with its country, then bare, is one party', () => {
    const found = bodies('وقال الحزب الاشتراكي الفرنسي إنه سيدعم المرشح، وأكد الحزب الاشتراكي أن قراره نهائي.');
    expect(found.map((o) => o.mentions.map((m) => m.text))).toEqual([['الحزب الاشتراكي الفرنسي', 'الحزب الاشتراكي']]);
  });
  test('the same ideology of two countries stays two parties, and a bare mention joins neither', () => {
    const found = bodies('والتقى وفد الحزب الاشتراكي الفرنسي بوفد الحزب الاشتراكي الإسباني، وقال الحزب الاشتراكي إن اللقاء مثمر.');
    expect(found.map((o) => o.mentions.map((m) => m.text))).toEqual([['الحزب الاشتراكي الفرنسي'], ['الحزب الاشتراكي الإسباني'], ['الحزب الاشتراكي']]);
  });
  test.each([
    // a party described by its power or its place in politics is whichever the text spoke of
    'وقال الحزب الحاكم إن المعارضة تعرقل الإصلاحات.',
    'وقال الحزب اليميني الفرنسي إنه سيقاطع الجلسة.',
    'وقال الحزب المعارض إنه سيقاطع الجلسة.',
    'وقال المتحدث باسم الحزب إن القرار نهائي.',
    // the ideology's adjective qualifies other nouns
    'وقال إن النظام الديمقراطي يحمي الحريات.',
  ])('no party: %s', (text) => {
    expect(bodies(text)).toEqual([]);
  });
  test('a party the lexicon names keeps its entry', () => {
    const found = bodies('وقال الحزب الديمقراطي الكردستاني إنه سيشارك في الحكومة.');
    expect(found.map((o) => [o.name, o.nationality])).toEqual([['الحزب الديمقراطي الكردستاني', 'IQ']]);
  });
});

describe('people: Latin letters spelt out and nothing else are an acronym, no speaker', () => {
  test.each([
    'وقالت سي بي إس إن المفاوضات متعثرة.',
    'وقالت سي بي إس في بيان إن الوضع يتحسن.',
    'وذكرت إن بي سي أن المفاوضات توقفت.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
    expect(peopleNames(text, true)).toEqual([]);
  });
  test.each([
    ['وقال جيه دي فانس إن الاتفاق قريب.', 'جيه دي فانس'],
    ['وقال جي دي فانس في بيان إن الاتفاق قريب.', 'جي دي فانس'],
    ['وقال جون إف كينيدي إن الحرية لا تتجزأ.', 'جون إف كينيدي'],
    ['وقال جورج دبليو بوش إن الحرب ستستمر.', 'جورج دبليو بوش'],
  ])('initials with a name word are a person: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
});

describe('people: a verb in the future after a title is what its holder will do, no name', () => {
  test.each([
    'وأكد المتحدث أن المستشار الألماني سيعقد مؤتمرا صحفيا غدا.',
    'وأعلن مكتبه أن الوزير سيقدم استقالته الأسبوع المقبل.',
    'وقالت مصادر إن زيارة الرئيس الأمريكي ستثير الجدل في المنطقة.',
    'وأعلن البيت الأبيض أن الرئيس سيلقي كلمته مساء اليوم.',
    'وقال إن رئيسة الوزراء ستزور باريس.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    // names that open so, held by the lists or open data, or an unknown word before a name word
    ['وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو منفتحة.', 'سيرغي لافروف'],
    ['وقال الرئيس سيريل رامافوزا إن البلاد ستستضيف القمة.', 'سيريل رامافوزا'],
    ['وقال المبعوث ستافان دي ميستورا إن الحل سياسي.', 'ستافان دي ميستورا'],
  ])('a name: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
});

describe('people: a family name whose first letter the splitter took for و', () => {
  test.each([
    ['وقال رئيس الوزراء البريطاني الأسبق هارولد ويلسون إن الاقتصاد قوي.', 'هارولد ويلسون'],
    ['وقال المدافع الإنجليزي كايل ووكر إن الفريق جاهز.', 'كايل ووكر'],
    ['وقالت الممثلة الأمريكية سيغورني ويفر إن الفيلم رائع.', 'سيغورني ويفر'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    // a name word without its و, a word the lists know, a pronoun, a verb: the conjunction
    ['وقال الرئيس ماكرون وبوتين إن الحوار ضروري.', ['ماكرون']],
    ['وقال اللاعب كريم ويوسف إنهما جاهزان.', ['كريم']],
    ['وحضر الرئيس الفرنسي ماكرون ووزير خارجيته الاجتماع.', ['ماكرون']],
    ['وقال المدرب جوزيه مورينيو ووكيله إن العقد جاهز.', ['جوزيه مورينيو']],
    ['وقال الرئيس ماكرون ويضيف أن الحوار ضروري.', ['ماكرون']],
    ['وتحدث الرئيس ماكرون واصفا الوضع بالخطير.', ['ماكرون']],
  ])('a conjunction: %s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a foreign name whose first letters look like prepositions, after a title its complements qualify', () => {
  test.each([
    ['وقال رئيس الاتحاد برند جوتشولك إن المبيعات تراجعت.', 'برند جوتشولك'],
    ['وقالت وزيرة الخارجية كوندوليزا رايس إن واشنطن قلقة.', 'كوندوليزا رايس'],
    ['وقال رئيس البرلمان بلوتارك كونستانتينو إن الجلسة تأجلت.', 'بلوتارك كونستانتينو'],
  ])('%s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
  test.each([
    // what the title's holder did or whom he spoke to
    'وأشاد رئيس الوزراء بزيارة الوفد الرسمية.',
    'وقال وزير الخارجية بكلمة ألقاها إن بلاده تدعم الحوار.',
    'وطالب رئيس الحكومة بتشكيل لجنة تحقيق.',
    'وقال المدير التنفيذي للشركة لصحيفة محلية إن الأرباح ارتفعت.',
    'وأشاد وزير الدفاع بكفاءة الجنود.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a title\'s domain after ل without the article is in construct with what follows', () => {
  test.each([
    'وقال رئيس الوزراء لبرنامج تلفزيوني إن الانتخابات ستجرى في موعدها.',
    'وقال الوزير لمنظمة محلية إن المساعدات وصلت.',
  ])('no person: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    ['وقال المدير التنفيذي لبرنامج الأغذية العالمي ديفيد بيزلي إن المجاعة تقترب.', 'ديفيد بيزلي'],
    ['وقال المدير الإقليمي لمنظمة الصحة العالمية أحمد المنظري إن الوباء انتهى.', 'أحمد المنظري'],
  ])('the name after the body: %s', (text, name) => {
    expect(rules(text)).toEqual([name]);
  });
});
