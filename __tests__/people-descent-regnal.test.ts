// Names of the Gulf, the Levant and the Maghreb: a family name closing a chain of descent (`علي بن أحمد
// الكواري`), a regnal number after a given name (`عبدالله الثاني`), and compound given names (`نور
// الدين`, `سيف الإسلام`) before a family name. Sentences composed for these tests. Each is read with the
// rules alone (model: false) and with the model, which must agree: these are the rules' decisions.
import { extract } from '../src/index';
import { namesBothWays as both, peopleNames as names } from './people-helpers';

describe('people: a family name with the article closes a chain of descent (X بن Y الZ)', () => {
  test.each([
    // a nisba written with ي is a family name's shape
    ['أكد وزير المالية القطري علي بن أحمد الكواري أن الميزانية متوازنة.', 'علي بن أحمد الكواري'],
    ['قال الشيخ سلطان بن محمد القاسمي إن الثقافة تبني الإنسان.', 'سلطان بن محمد القاسمي'],
    ['وأعلن مبارك بن سعيد المنصوري افتتاح المعرض.', 'مبارك بن سعيد المنصوري'],
    // another shape, followed by reported speech or a title in apposition
    ['قال عبدالله بن حمد العطية إن الاتفاق مهم.', 'عبدالله بن حمد العطية'],
    ['وقال خالد بن محمد العطية لوكالة الأنباء إن الدفاع قوي.', 'خالد بن محمد العطية'],
    ['وترأس الاجتماع يوسف بن راشد الجابر رئيس مجلس الإدارة.', 'يوسف بن راشد الجابر'],
    // the father's name may itself be a compound (بن عبد الله)
    ['وقال الوزير محمد بن عبد الله الراشد إن الخطة جاهزة.', 'محمد بن عبد الله الراشد'],
    // آل before a family already closed such names
    ['استقبل الشيخ محمد بن زايد آل نهيان الوفد.', 'محمد بن زايد آل نهيان'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test.each([
    // claimed words and function words end the name where they stand
    ['قال علي بن أحمد الأسبوع الماضي إن الاتفاق مهم.', 'علي بن أحمد'], // a date (الأسبوع الماضي)
    ['وقال علي بن أحمد الثلاثاء إن الاتفاق مهم.', 'علي بن أحمد'], // a weekday
    ['وقال الشيخ محمد بن علي الذي يرأس اللجنة إن العمل مستمر.', 'محمد بن علي'], // a relative pronoun
    ['قال الشيخ سعود بن صقر الإماراتي إن الإمارة تنمو.', 'سعود بن صقر'], // a demonym is his nationality
    ['وأكد محمد بن عبد الله المسؤول عن الملف أن العمل مستمر.', 'محمد بن عبد الله'], // a listed noun
    // after a verb, a definite noun that is no family name's shape is the verb's object
    ['وبحث الأمير فيصل بن سلمان العلاقات الثنائية مع الوفد.', 'فيصل بن سلمان'],
    ['وقع الأمير سلطان بن فهد الاتفاقية مع الجانب الفرنسي.', 'سلطان بن فهد'],
    ['واستقبل الشيخ حمد بن خليفة الوفد المرافق للرئيس.', 'حمد بن خليفة'],
  ])('the name ends before what is no family name: %s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test('a title after the chain is the title of someone else (التقى X بن Y الرئيس الفرنسي)', () => {
    expect(both('التقى الوزير خالد بن محمد الرئيس الفرنسي.')).toEqual(['خالد بن محمد']);
  });
});

describe('people: a given name of two words goes on after ولد or بن', () => {
  test.each([
    ['قال الشيخ محمد الحسن ولد الددو إن التبرع واجب.', 'محمد الحسن ولد الددو'],
    ['قال النائب محمد المختار ولد اباه إن الحكومة فشلت.', 'محمد المختار ولد اباه'],
    ['وأكد محمد الحسن ولد الددو أن التبرع واجب.', 'محمد الحسن ولد الددو'],
  ])('%s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
  test.each([
    // no name after the particle: the given name ends where it did
    ['قال الوزير محمد الحسن ولد في القرية نفسها.', 'محمد الحسن'],
    // a family name with the article and no particle after it closes the name as before
    ['قال الوزير محمد الحسن إن الحكومة مستعدة.', 'محمد الحسن'],
  ])('no father\'s name: %s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
});

describe('people: an ancestor\'s title inside a chain of descent (ولد الشيخ، بن الشيخ)', () => {
  test.each([
    ['قال الرئيس محمد ولد الشيخ الغزواني إن البلاد تتقدم.', 'محمد ولد الشيخ الغزواني'],
    ['وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن الحوار مستمر.', 'إسماعيل ولد الشيخ أحمد'],
    ['قال أحمد بن الشيخ محمد إن الحوار مستمر.', 'أحمد بن الشيخ محمد'],
    // a date after the name ends it where it stands
    ['قال الرئيس محمد ولد الشيخ الغزواني الثلاثاء إن البلاد تتقدم.', 'محمد ولد الشيخ الغزواني'],
    // ولد الشيخ is a family name of its own in Mauritania (`the son of the sheikh` is ابن الشيخ), so
    // the object after it stays out and the name keeps it
    ['استقبل محمد ولد الشيخ الوفد.', 'محمد ولد الشيخ'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test.each([
    // ابن also says `the son of`: the sheikh is someone else
    'التقى علي ابن الشيخ الراحل بالوفد.',
  ])('no name through ابن and a title: %s', (text) => {
    expect(both(text)).toEqual([]);
  });
});

describe('people: a regnal number after a given name', () => {
  test.each([
    // الأول and الثاني also complete titles (النائب الأول), which kept them out of names
    ['استقبل الملك عبدالله الثاني الوفد.', 'عبدالله الثاني'],
    ['استقبل الملك عبد الله الثاني الوفد الأمريكي.', 'عبد الله الثاني'],
    ['استقبل الملك فيصل الأول الوفد.', 'فيصل الأول'],
    ['استقبل الملك محمد السادس الوفد.', 'محمد السادس'],
    // the ten of a compound ordinal belongs to it
    ['استقبل الملك لويس الرابع عشر الوفد.', 'لويس الرابع عشر'],
    // without a title too: a definite adjective right after a proper name is its epithet
    ['قال عبدالله الثاني إن الأردن يدعم الحل.', 'عبدالله الثاني'],
    // so here as well (a rank the person took would be indefinite, حل ثانيا, or after a noun, في
    // المركز الثاني): the sentence reads "Abdullah II came in the ranking"
    ['جاء عبدالله الثاني في الترتيب.', 'عبدالله الثاني'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test('the ordinal qualifies the noun before it, not the name: سجل محمد الهدف الثاني', () => {
    // the rules read no name here (a given name alone before a noun); the model reads the scorer
    expect(names('سجل محمد الهدف الثاني في الدقيقة العاشرة.', true)).toEqual(['محمد']);
  });
  test.each([
    // an ordinal alone later in the text is no mention of the king
    ['استقبل الملك عبدالله الثاني الوفد. وفي اليوم الثاني زار الوفد المصانع.', ['عبدالله الثاني']],
    // an ordinal that completes a title is the title's
    ['قال النائب الأول لرئيس الوزراء إن الحكومة تعمل.', []],
  ])('no regnal name: %s', (text, people) => {
    expect(both(text)).toEqual(people);
  });
  test('a later ordinal alone joins no one', () => {
    const result = extract('استقبل الملك عبدالله الثاني الوفد. وفي اليوم الثاني زار الوفد المصانع.', { model: false });
    expect(result.people[0]!.mentions.map((m) => m.text)).toEqual(['عبدالله الثاني']);
  });
});

describe('people: a monarch\'s or a given name after a noun of a built place is the place\'s name', () => {
  test.each([
    'بلغ عدد ركاب مطار حمد الدولي خمسين مليون مسافر.',
    'نقل المصاب إلى مستشفى حمد العام لتلقي العلاج.',
    'هبطت الطائرة في مطار رفيق الحريري الدولي ظهرا.',
    'هبطت الطائرة في مطار محمد الخامس الدولي صباح اليوم.',
    'أقيمت المباراة على ملعب محمد الخامس أمام جمهور غفير.',
    'تقع الشقة في شارع الحسن الثاني وسط المدينة.',
    'درس في مدرسة فاروق الأول الثانوية قبل الجامعة.',
  ])('%s', (text) => {
    expect(both(text)).toEqual([]);
  });
  test.each([
    // not after a landmark's noun: the king himself
    ['استقبل الملك محمد السادس في القصر الملكي الوفد.', 'محمد السادس'],
    ['قال محمد الخامس إن البلاد ستنال استقلالها.', 'محمد الخامس'],
    // a city's name between them: the noun is not in construct with the name
    ['زار الوزير مدينة طنجة والتقى محمد الأول رئيس الجماعة.', 'محمد الأول'],
    // عن طريق is `by way of`: the person did it
    ['وصلت الرسالة عن طريق محمد علي إلى الوزير.', 'محمد علي'],
    // a definite noun is in construct with nothing after it
    ['قال مدير المستشفى محمد علي إن الحالة مستقرة.', 'محمد علي'],
  ])('the monarch or person stays: %s', (text, name) => {
    expect(names(text, false)).toEqual([name]);
  });
});

describe('people: compound given names (X الدين، سيف الإسلام) before a family name', () => {
  test.each([
    ['قال سعد الدين العثماني إن الحكومة تعمل.', 'سعد الدين العثماني'],
    ['قال نور الدين الطبوبي إن الاتحاد يرفض.', 'نور الدين الطبوبي'],
    ['أعلن سيف الإسلام القذافي ترشحه.', 'سيف الإسلام القذافي'],
    ['قالت الدكتورة نور الهدى محمد إن المرض انتشر.', 'نور الهدى محمد'],
    ['قال نور الدين بن عمر إن الاتحاد يرفض.', 'نور الدين بن عمر'],
  ])('%s', (text, name) => {
    expect(both(text)).toEqual([name]);
  });
  test.each([
    // the first half is no given name the lists know, or nothing names a person
    'تعتمد الدولة على رجال الدين في التعليم.',
    'في عز الأزمة ارتفعت الأسعار.',
    'أكد خبراء الدين الإسلامي أن الصوم واجب.',
  ])('no person: %s', (text) => {
    expect(both(text)).toEqual([]);
  });
  test('الدين alone later in the text is no mention of نور الدين الطبوبي', () => {
    const text = 'قال نور الدين الطبوبي إن الاتحاد يرفض. ويرى أن الدين لا علاقة له بالسياسة.';
    expect(extract(text, { model: false }).people.map((p) => p.mentions.map((m) => m.text))).toEqual([['نور الدين الطبوبي']]);
  });
});

describe('people: a title that is also a given name, after a name in apposition (أمير دولة قطر)', () => {
  test.each([
    ['وقال الشيخ تميم بن حمد آل ثاني أمير دولة قطر إن الحوار ضروري.', ['تميم بن حمد آل ثاني']],
    ['وافتتح الأمير فيصل بن بندر أمير منطقة الرياض المعرض.', ['فيصل بن بندر']],
    // the given name itself, where no place, body or domain follows it
    ['وقال الممثل أمير كرارة إن المسلسل سيعرض في رمضان.', ['أمير كرارة']],
    ['والتقى الوزير أمير عبد اللهيان نظيره العماني.', ['أمير عبد اللهيان']],
  ])('%s', (text, expected) => {
    expect(names(text, false)).toEqual(expected);
  });
});

describe('people: Gulf names chain given names with the article before the family\'s', () => {
  test.each([
    ['واستقبل الشيخ مشعل الأحمد الجابر وفدا رسميا.', ['مشعل الأحمد الجابر']],
    ['وأكد الشيخ أحمد الفهد الأحمد أن الدورة ستقام في موعدها.', ['أحمد الفهد الأحمد']],
    // a common noun, a title or a body ends the chain
    ['وقال أحمد الجابر الأمين العام للاتحاد إن البطولة ستقام.', ['أحمد الجابر']],
    ['واستقبل الشيخ محمد الأحمد الرئيس الفرنسي في قصره.', ['محمد الأحمد']],
    ['واستقبل الشيخ خالد الحمد الوفد الأمريكي في مكتبه.', ['خالد الحمد']],
  ])('%s', (text, expected) => {
    expect(names(text, false)).toEqual(expected);
  });
});
