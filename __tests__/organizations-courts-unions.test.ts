// Lane t4 (session 18): courts, prosecutors and unions of unions, read from paragraphs of judicial and
// labour news written for these tests.
import { extract, type Organization } from '../src/index';

const organizationsOf = (text: string): Organization[] => extract(text).organizations;
const facts = (text: string): [string, string | undefined, string | undefined][] =>
  organizationsOf(text).map((entity) => [entity.mentions.map((m) => m.text).join(' | '), entity.kind, entity.nationality]);

describe('a constitutional council is the state’s constitutional body, named alone', () => {
  test.each([
    ['وقال المجلس الدستوري الفرنسي إنه سينظر في الطعن المقدم من المعارضة.', [['المجلس الدستوري الفرنسي', 'court', 'FR']]],
    ['وقال المجلس الدستوري في لبنان إنه تلقى الطعون النيابية.', [['المجلس الدستوري', 'court', 'LB']]],
    ['وأعلن المجلس الدستوري رفض الطعون، وقال المجلس الدستوري إن قراره نهائي.', [['المجلس الدستوري | المجلس الدستوري', 'court', undefined]]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  test.each([
    // one adjective of another field is still an anaphor
    ['وقال المجلس الوطني إنه سيجتمع الأسبوع المقبل.'],
  ])('no body: %s', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('a confederation or federation of unions named by its purpose', () => {
  test.each([
    ['وقالت الكونفدرالية الديمقراطية للشغل إنها ستشارك في الإضراب الوطني.', [['الكونفدرالية الديمقراطية للشغل', 'other', undefined]]],
    ['وأدانت الفيدرالية الدولية لحقوق الإنسان حملة الاعتقالات.', [['الفيدرالية الدولية لحقوق الإنسان', 'other', undefined]]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  test.each([
    // the adjective `federal` of a force or a government, no head
    ['وقالت الشرطة الفيدرالية الأمريكية إنها اعتقلت المشتبه به.'],
    ['وطالبت الحكومة الفيدرالية للصومال بمزيد من الدعم.'],
  ])('no body: %s', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('bodies the lexicon knows', () => {
  test.each([
    ['وأحالت نيابة أمن الدولة العليا المتهمين إلى المحاكمة.', [['نيابة أمن الدولة العليا', 'court', 'EG']]],
    ['وقالت منظمة التعاون الاقتصادي والتنمية إنها تتوقع تعافيا بطيئا.', [['منظمة التعاون الاقتصادي والتنمية', 'international', undefined]]],
    ['وقال مجلس السيادة الانتقالي إن الجيش سيرد على الهجوم.', [['مجلس السيادة الانتقالي', 'presidency', 'SD']]],
    ['وأعلن جيش الرب للمقاومة مسؤوليته عن الهجوم.', [['جيش الرب للمقاومة', 'military', 'UG']]],
    ['وقالت حركة 23 مارس المتمردة إنها سيطرت على المدينة.', [['حركة 23 مارس', 'military', 'CD']]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  test.each([
    // نيابة alone is a deputy's post or an act on behalf of someone
    ['وألقى الكلمة نيابة عن وزير الخارجية.'],
    ['وتولى نيابة الرئيس الأمريكي عام 2009.'],
  ])('no body: %s', (text) => {
    expect(facts(text)).toEqual([]);
  });
});

describe('a purpose of three nouns in construct, or ending in a place', () => {
  test.each([
    ['وقالت الجمعية المصرية لحماية حقوق المستهلك إنها تلقت مئات الشكاوى.', ['الجمعية المصرية لحماية حقوق المستهلك']],
    ['وقال المركز العربي لدراسات حقوق الإنسان إن تقريره السنوي جاهز.', ['المركز العربي لدراسات حقوق الإنسان']],
    ['ودعا الاتحاد العام لنقابات عمال مصر إلى رفع الحد الأدنى للأجور.', ['الاتحاد العام لنقابات عمال مصر']],
  ])('%s', (text, expected) => {
    expect(organizationsOf(text).flatMap((entity) => entity.mentions.map((m) => m.text))).toEqual(expected);
  });

  test.each([
    // an owner in construct is still no purpose, however long the chain
    ['وقال المكتب الإعلامي لوزير خارجية البحرين إن الزيارة تأجلت.', []],
    // ل + a noun in construct after a purpose is what the sentence is for
    ['ودعت الهيئة العامة للاستثمار لعقد مؤتمر المستثمرين في الربيع.', ['الهيئة العامة للاستثمار']],
  ])('not read on: %s', (text, expected) => {
    expect(organizationsOf(text).flatMap((entity) => entity.mentions.map((m) => m.text))).toEqual(expected);
  });
});
