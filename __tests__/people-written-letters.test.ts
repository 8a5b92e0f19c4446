// Names that folding or the clitic splitter make look like function words: a family name written
// with إ that folds to a preposition written with أ, and علي after a title where the text writes the
// preposition على as علي. Sentences composed for these tests; read with the rules alone (model: false).
import { extract } from '../src/index';
import { peopleNames } from './people-helpers';

const rules = (text: string): string[] => peopleNames(text, false);

describe('people: a written hamza tells a family name from a function word', () => {
  test.each([
    ['وكرمت الدولة الفنان المصري عادل إمام في حفل كبير.', ['عادل إمام']],
    ['وقال المخرج حسن إمام إن الفيلم سيعرض في الصيف.', ['حسن إمام']],
    // ابن before a listed noun says whose son he is, no part of the name
    ['وقال الفنان عادل إمام ابن حي شعبي في القاهرة إن السينما تغيرت.', ['عادل إمام']],
    ['وقال الوزير محمد ابن سلمان إن المشروع سيكتمل.', ['محمد ابن سلمان']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    // أمام (before) as written, or without its hamza, is still the preposition
    ['وقال الرئيس محمد أمام البرلمان إن الحكومة ستستقيل.', ['محمد']],
    ['وقال الرئيس محمد امام البرلمان إن الحكومة ستستقيل.', ['محمد']],
    ['ووقف عادل أمام المحكمة صامتا.', []],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: علي after a title where the text writes على as علي', () => {
  test.each([
    ['وأصدر المرجع الشيعي علي السيستاني بيانا دعا فيه إلى الهدوء.', ['علي السيستاني']],
    ['وقال الشيخ علي الكوراني إن الحوار مستمر.', ['علي الكوراني']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
  test.each([
    // a broken plural, a listed noun or a verbal noun after it: the preposition
    ['وحصل الوزير علي الأراضي المطلوبة.'],
    ['وأكد الرئيس علي الدور المصري في المنطقة.'],
    ['وحث الوزير علي التعاون الإقليمي.'],
    // no title before it: a nisba used as a noun
    ['وقال المتحدث إن الشرطة قبضت علي الانتحاري قبل التفجير.'],
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('people: a lawyer named with whom he defends', () => {
  const titled = (text: string) => extract(text, { model: false }).people.map((p) => [p.name, p.titles ?? []]);
  test.each([
    ['وطالب محامي الدفاع فريد الديب ببراءة موكله.', [['فريد الديب', ['محامي الدفاع']]]],
    ['وقالت محامية الأسرة سناء يوسف إن القضية ستحال إلى النيابة.', [['سناء يوسف', ['محامية الأسرة']]]],
    // before a name alone the indefinite head is in construct with it: the name's lawyer or coach
    ['وقال محامي أحمد حمدان إن موكله بريء.', [['أحمد حمدان', []]]],
    ['وسمحت السلطات لمحامي حمدان بزيارته.', []],
    ['وقال مدرب محمد صلاح في المنتخب إنه لاعب استثنائي.', [['محمد صلاح', []]]],
    // no name after the head
    ['وقال محامي الأسرة إن القضية ستحال إلى النيابة.', []],
    ['وطلب محامي المتهم تأجيل الجلسة.', []],
  ])('%s', (text, people) => {
    expect(titled(text)).toEqual(people);
  });
});

describe('people: a family name after ب that ends in او is no verbal noun', () => {
  test.each([
    ['وقال الملاكم الفلبيني ماني باكياو إنه سيعود إلى الحلبة.', ['ماني باكياو']],
    ['وقال ماني باكياو إنه سيعود إلى الحلبة.', ['ماني باكياو']],
    // the derived verbal nouns still end a name (their weak last letter is written ء)
    ['وطالب الوزير خالد يوسف بإلغاء القرار.', ['خالد يوسف']],
    ['ورحب الرئيس كمال حداد بانتخاب البرلمان الجديد.', ['كمال حداد']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: a family name in ما…ا is no participle in the accusative', () => {
  test.each([
    ['وترأس الجلسة القاضي الكيني ديفيد ماراغا الذي أعلن إلغاء نتائج الانتخابات.', ['ديفيد ماراغا']],
    // participles still end the name, one whose م is the root's too
    ['وقال الرئيس محمد سالم مشيرا إلى أهمية الاتفاق.', ['محمد سالم']],
    ['ووصل الرئيس محمد سالم ماشيا إلى المسجد.', ['محمد سالم']],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});

describe('people: an entrepreneur', () => {
  test.each([
    ['وقالت رائدة الأعمال النيجيرية تارا فيلا دورين إن التمويل تحد كبير.', ['تارا فيلا دورين']],
    ['وقال رائد الأعمال الكيني جيمس موانغي إن الشركات الناشئة تحتاج إلى دعم.', ['جيمس موانغي']],
    ['وشارك في المؤتمر عدد من رواد الأعمال الشباب.', []],
  ])('%s', (text, names) => {
    expect(rules(text)).toEqual(names);
  });
});
