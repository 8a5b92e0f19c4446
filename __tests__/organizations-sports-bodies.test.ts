// Lane t4 (session 18): the bodies that run a sport, read from paragraphs of sports news written for
// these tests. A body named by its sport is kind `sports`, as the lexicon's federations are.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const kinds = (text: string): [string, string | undefined][] => organizationsOf(text).map((entity) => [entity.mentions[0]!.text, entity.kind]);

describe('a body named by a sport is kind sports', () => {
  test.each([
    ['فرض الاتحاد المصري لكرة القدم غرامة على اللاعب بسبب تصريحاته.', [['الاتحاد المصري لكرة القدم', 'sports']]],
    ['وقال الاتحاد التونسي لكرة اليد إن المنتخب جاهز للبطولة القارية.', [['الاتحاد التونسي لكرة اليد', 'sports']]],
    ['وقالت الجامعة الملكية المغربية لكرة القدم إن الملعب الجديد جاهز.', [['الجامعة الملكية المغربية لكرة القدم', 'sports']]],
    ['وقالت اللجنة الأولمبية المصرية إنها ستشارك بوفد كبير في الألعاب.', [['اللجنة الأولمبية المصرية', 'sports']]],
    ['وأعلنت رابطة الدوري الإسباني أنها ستنظم مباراة في الخارج.', [['رابطة الدوري الإسباني', 'sports']]],
    ['وأوقف الاتحاد الدولي لألعاب القوى العداء لمدة عامين بسبب المنشطات.', [['الاتحاد الدولي لألعاب القوى', 'sports']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test.each([
    // a ministry stays a ministry, whatever field it serves
    ['وقالت وزارة الشباب والرياضة إنها ستدعم الأندية الصغيرة.', [['وزارة الشباب والرياضة', 'ministry']]],
    // a body of another field
    ['وأعلنت الجمعية المصرية للصحة النفسية عن مؤتمرها السنوي.', [['الجمعية المصرية للصحة النفسية', 'other']]],
    ['وقالت نقابة الصحفيين التونسيين إنها تساند الإضراب.', [['نقابة الصحفيين التونسيين', 'other']]],
  ])('not sports: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('the world bodies of sport are the lexicon’s, kind sports', () => {
  test.each([
    ['قرر الاتحاد الدولي لكرة القدم منح تنظيم البطولة لدولة آسيوية. وقال رئيس الفيفا إن الملف كان الأقوى.', 'الاتحاد الدولي لكرة القدم'],
    ['وقالت اللجنة الأولمبية الدولية إنها علقت عضوية اللجنة الوطنية.', 'اللجنة الأولمبية الدولية'],
    // the confederation's other Arabic name is the same body as الاتحاد الأفريقي لكرة القدم
    ['قالت الكونفدرالية الأفريقية لكرة القدم إنها نقلت البطولة إلى بلد آخر.', 'الاتحاد الأفريقي لكرة القدم'],
  ])('%s', (text, name) => {
    const [body] = organizationsOf(text);
    expect(body?.name).toBe(name);
    expect(body?.kind).toBe('sports');
  });
});

describe('a body’s head after a purpose is no adjective of it', () => {
  test.each([
    ['وهنأ الاتحاد الآسيوي لكرة القدم النادي على اللقب القاري.', ['الاتحاد الآسيوي لكرة القدم']],
    ['وهنأ المجلس الوطني للرياضة النادي على الصعود.', ['المجلس الوطني للرياضة']],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text).flatMap((entity) => entity.mentions.map((m) => m.text))).toEqual(expected);
  });

  test.each([
    // a nisba after the purpose is still the name's adjective
    ['وقال المعهد العالي للتخطيط العمراني إن الدراسة اكتملت.', ['المعهد العالي للتخطيط العمراني']],
  ])('an adjective stays: %s', (text, expected) => {
    expect(organizationsOf(text).flatMap((entity) => entity.mentions.map((m) => m.text))).toEqual(expected);
  });
});
