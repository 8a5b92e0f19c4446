// People whose family name is written first (China, Korea, Vietnam, Taiwan, Singapore): news names them
// again by that first word alone (`وأكد شي أن`, `وقال كيم إن`), as it names others by their last. The
// evidence is the bearer's nationality from the title or a name of three syllables. Sentences composed
// for these tests; read with the rules alone.
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

// every person's name with the texts of its mentions, read with the rules alone
const mentioned = (text: string): [string, string[]][] =>
  extract(text, { model: false }).people.map((p) => [p.name, p.mentions.map((m) => m.text)]);

describe('people: a family name written first names its bearer again (references.ts, familyNameMentions)', () => {
  test.each([
    // the nationality from the title
    ['التقى الرئيس الصيني شي جين بينغ نظيره البرازيلي في بكين. وأكد شي أن العلاقات بين البلدين قوية.', [['شي جين بينغ', ['شي جين بينغ', 'شي']]]],
    ['وصل زعيم كوريا الشمالية كيم جونغ أون إلى فلاديفوستوك. وقال كيم إن بلاده مستعدة للتعاون.', [['كيم جونغ أون', ['كيم جونغ أون', 'كيم']]]],
    ['وأعلن رئيس الوزراء الصيني لي تشيانغ خطة للنمو. واعتبر تشيانغ أن الاقتصاد يتعافى.', [['لي تشيانغ', ['لي تشيانغ', 'تشيانغ']]]],
    ['وقال وزير الخارجية الصيني وانغ يي إن الحوار هو الحل. وأضاف وانغ أن بكين لن تتدخل.', [['وانغ يي', ['وانغ يي', 'وانغ']]]],
    // after و too, where no reading took the word
    ['واستقبل الرئيس الكوري الجنوبي يون سوك يول الوفد الياباني. وأشاد الوفد بيون وبحكومته.', [['يون سوك يول', ['يون سوك يول', 'يون']]]],
    // a name of three syllables with no title
    ['وقال كيم جونغ أون إن الصواريخ جاهزة. وأضاف كيم أن بلاده لن تتراجع.', [['كيم جونغ أون', ['كيم جونغ أون', 'كيم']]]],
  ])('%s', (text, people) => {
    expect(mentioned(text)).toEqual(people);
  });
  test.each([
    // an Arab or Western name is named again by its last word: its first alone is not its bearer
    ['وقال الأمير محمد بن سلمان إن المملكة ماضية في خططها. وأكد محمد أن الرؤية تتحقق.', [['محمد بن سلمان', ['محمد بن سلمان']]]],
    ['وقال الرئيس الأمريكي جو بايدن إن الاتفاق قريب. وأكد جو أن الأمر يتطلب وقتا.', [['جو بايدن', ['جو بايدن']]]],
    // a name of three short words an Arabic given name ends is no name of syllables (حسن علي حسن)
    ['وقال حسن علي حسن إن الموسم صعب. وأضاف علي أن الفريق سيعود.', [['حسن علي حسن', ['حسن علي حسن']]]],
  ])('%s', (text, people) => {
    expect(mentioned(text)).toEqual(people);
  });
  test('two people of one family name leave it alone to neither', () => {
    const text = 'وظهر الزعيم الكوري الشمالي كيم جونغ أون مع شقيقته كيم يو جونغ. وقال كيم إن العرض ناجح.';
    const people = mentioned(text);
    expect(people.find(([name]) => name === 'كيم جونغ أون')?.[1]).toEqual(['كيم جونغ أون']);
  });
  test('a family name before another syllable is another person name (opensOtherSyllableName)', () => {
    const text = 'وقال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده قوية. وكانت كيم أوك سكرتيرة في الحزب.';
    expect(mentioned(text).find(([name]) => name === 'كيم جونغ أون')?.[1]).toEqual(['كيم جونغ أون']);
  });
  test('a family name that is a Latin letter spelt out is not matched alone (سي)', () => {
    const text = 'وقال سي كي شو مدير الشركة إن الجهاز جديد. وعمل في مصرف إتش إس بي سي سابقا.';
    expect(mentioned(text).find(([name]) => name === 'سي كي شو')?.[1]).toEqual(['سي كي شو']);
  });
  test('a family name that is a function word is not matched alone (هو)', () => {
    expect(mentioned('وقال الرئيس الصيني السابق هو جينتاو إن الحزب قوي. وهو يرى أن المستقبل واعد.')).toEqual([['هو جينتاو', ['هو جينتاو']]]);
  });
});

describe('people: ل with a pronoun of the first or second person is the one told, no speaker (ADDRESSEE_PRONOUNS)', () => {
  test.each([['وقال لي إن المياه انقطعت منذ أيام.'], ['وقالت لنا إن الأسعار ارتفعت.']])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
  test.each([
    ['وقال لي تشيانغ إن الاقتصاد الصيني ينمو.', ['لي تشيانغ']],
    ['وقال كيم إن بلاده مستعدة.', ['كيم']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a definite broken plural فعايا after a given name is the verb object (isObjectPlural)', () => {
  test.each([
    ['وتبادل بوتين وشي الهدايا في ختام الزيارة.', []],
    ['وناقش الوزير خالد القضايا العالقة مع نظيره.', ['خالد']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    // a family name with the article of another shape closes the name as before
    ['وقال الوزير خالد العنزي إن المشروع جاهز.', ['خالد العنزي']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});
