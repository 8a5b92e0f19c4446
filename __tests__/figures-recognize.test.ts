import { figuresIn, onlyFigure } from './figures-helpers';

describe('digits in any script', () => {
  test.each([
    ['أصيب ١٢٧ شخصا في الانفجار', '١٢٧', 127],
    ['وصلت ۳۵ شاحنة إلى المعبر', '۳۵', 35],
    ['غادر 64 صيادا الميناء', '64', 64],
    ['تضرر 1,500 منزل جراء العاصفة', '1,500', 1500],
    ['تضرر ١٬٥٠٠ منزل جراء العاصفة', '١٬٥٠٠', 1500],
    ['ارتفع المؤشر 1.5 نقطة', '1.5', 1.5],
    ['ارتفع المؤشر ١٫٥ نقطة', '١٫٥', 1.5],
  ])('%s', (text, written, value) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ text: written, value, kind: 'count' });
  });
});

describe('word numerals in sentences', () => {
  test.each([
    ['أفرجت السلطات عن خمسة معتقلين', 'خمسة', 5],
    ['شاركت سبع دول في المناورات', 'سبع', 7],
    ['عاد اثنان من الصيادين', 'اثنان', 2],
    ['نجت اثنتا عشرة أسرة من الحريق', 'اثنتا عشرة', 12],
    ['فاز المنتخب بأحد عشر هدفا', 'أحد عشر', 11],
    ['تسلم الجيش خمسا وعشرين دبابة', 'خمسا وعشرين', 25],
    ['وزعت الجمعية ثلاثمائة سلة غذائية', 'ثلاثمائة', 300],
    ['سجلت البلدية مئتين وخمسين مخالفة', 'مئتين وخمسين', 250],
    ['حضر ثلاثة آلاف متفرج المباراة', 'ثلاثة آلاف', 3000],
    ['يعيش في المدينة مليونا نسمة', 'مليونا', 2e6],
    ['بلغت الخسائر ثلاثة مليارات ونصف', 'ثلاثة مليارات ونصف', 3.5e9],
  ])('%s', (text, written, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value });
  });

  test('fused hundreds before an accusative thousand read as one number', () => {
    expect(onlyFigure('سكنها ثلاثمئة وخمسون ألفاً قبل الحرب')).toMatchObject({ value: 350000, text: 'ثلاثمئة وخمسون ألفاً' });
  });

  test('a fraction before a multiplier counts', () => {
    expect(onlyFigure('نزح نصف مليون شخص عن منازلهم')).toMatchObject({ text: 'نصف مليون', value: 500000, noun: 'شخص' });
  });

  test('a fraction alone is a proportion, not a figure', () => {
    expect(figuresIn('يعيش نصف السكان تحت خط الفقر')).toEqual([]);
    expect(figuresIn('خسر الحزب ثلثي مقاعده')).toEqual([]);
  });

  test('one alone is an adjective or an idiom, not a figure', () => {
    expect(figuresIn('وقعت الانفجارات في آن واحد')).toEqual([]);
    expect(figuresIn('اجتمع المجلس مرة واحدة هذا الشهر')).toEqual([]);
  });
});

describe('clitics and mixed forms', () => {
  test('a conjunction on a vague quantity stays out of the span', () => {
    const figure = onlyFigure('قتل جندي وعشرات المدنيين');
    expect(figure).toMatchObject({ text: 'عشرات', value: null, kind: 'vague', noun: 'المدنيين' });
  });

  test('a preposition written with tatweel before digits stays out of the span', () => {
    expect(onlyFigure('قدرت الأضرار بـ45 مليون دولار')).toMatchObject({ text: '45 مليون دولار', value: 45e6, unit: 'USD' });
  });

  test('a detached preposition before digits stays out of the span', () => {
    expect(onlyFigure('تعهدت الدول ب 30 مليار يورو')).toMatchObject({ text: '30 مليار يورو', value: 30e9, unit: 'EUR' });
  });

  test('a conjunction before digits is a separate token and stays out', () => {
    const figures = figuresIn('أسر 12 جنديا و40 مدنيا');
    expect(figures.map((f) => [f.text, f.value, f.noun])).toEqual([
      ['12', 12, 'جنديا'],
      ['40', 40, 'مدنيا'],
    ]);
  });

  test.each([
    ['فقدت الشركة 2.5 مليون عميل', '2.5 مليون', 2.5e6],
    ['نقل البنك ٢٫٥ مليون دينار', '٢٫٥ مليون دينار', 2.5e6],
    ['بلغت الصادرات 1.2 مليار دولار', '1.2 مليار دولار', 1.2e9],
    ['شارك 10 آلاف و500 عداء في السباق', '10 آلاف و500', 10500],
    ['تبرع رجل أعمال بمليون و200 ألف جنيه مصري', 'مليون و200 ألف جنيه مصري', 1.2e6],
  ])('%s', (text, written, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value });
  });
});

describe('offsets through diacritics and clitic splits', () => {
  test('a conjunction with a vowel mark stays out, the marks of the number stay in', () => {
    const figure = onlyFigure('قُتِلَ جُنْدِيٌّ وَعَشَرَاتُ المَدَنِيِّينَ');
    expect(figure).toMatchObject({ text: 'عَشَرَاتُ', kind: 'vague', noun: 'المَدَنِيِّينَ' });
  });

  test('a word whose first letter the splitter took for a preposition keeps it (بلايين)', () => {
    const figures = figuresIn('ضخت البنوك مليارات الدولارات وَبَلايينَ اليوروهات');
    expect(figures.map((f) => [f.text, f.unit])).toEqual([
      ['مليارات الدولارات', 'USD'],
      ['بَلايينَ اليوروهات', 'EUR'],
    ]);
  });

  test('Arabic-Indic digits after a marked preposition with tatweel', () => {
    expect(onlyFigure('بِـ٤٥ مِلْيُونَ دولارٍ')).toMatchObject({ text: '٤٥ مِلْيُونَ دولارٍ', value: 45e6, unit: 'USD' });
  });
});

describe('vague quantities', () => {
  test.each([
    ['تظاهر عشرات الطلاب أمام الجامعة', 'عشرات', 20, 'الطلاب'],
    ['فر آلاف السكان من القرية', 'آلاف', 2000, 'السكان'],
    ['استقبل المخيم عشرات الآلاف من النازحين', 'عشرات الآلاف', 20000, 'النازحين'],
    ['يعاني مئات الآلاف من الأطفال من سوء التغذية', 'مئات الآلاف', 200000, 'الأطفال'],
    ['تابع ملايين المشاهدين الحفل', 'ملايين', 2e6, 'المشاهدين'],
    ['وصل بضعة آلاف متظاهر إلى الساحة', 'بضعة آلاف', 3000, 'متظاهر'],
  ])('%s', (text, written, lowerBound, noun) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ text: written, value: null, kind: 'vague', lowerBound });
    expect(figure.noun).toBe(noun);
  });

  test('a vague quantity keeps the unit it counts', () => {
    expect(onlyFigure('أنفقت الحكومة ملايين الدولارات على الطرق')).toMatchObject({
      text: 'ملايين الدولارات',
      value: null,
      kind: 'vague',
      unit: 'USD',
    });
  });

  test('a vague quantity with a definite measure unit', () => {
    expect(onlyFigure('أحرقت النيران مئات الهكتارات')).toMatchObject({
      text: 'مئات',
      unitSpan: { text: 'الهكتارات' },
      lowerBound: 200,
      kind: 'vague',
      unit: 'ha',
    });
  });

  test('بضع before a time unit is vague with that unit', () => {
    expect(onlyFigure('توقف القتال بضعة أيام')).toMatchObject({ value: null, kind: 'vague', unit: 'day', lowerBound: 3 });
  });
});

describe('qualifiers', () => {
  test.each([
    ['انخفض سعر الخام ليصل إلى 74 دولارا للبرميل', 74],
    ['ارتفعت المبيعات بنسبة 12 بالمئة لتصل إلى 40 مليار درهم', 40e9],
    ['ارتفع العجز لتصل قيمته إلى 6 مليارات دينار', 6e9],
  ])('a verb of reaching with the lam of result states the level reached, no bound: %s', (text, value) => {
    const figure = figuresIn(text).find((f) => f.value === value)!;
    expect(figure.approx).toBeUndefined();
    expect(figure.qualifier).toBeUndefined();
  });

  test.each([
    ['قد يصل إلى 500 شخص عدد المدعوين', 500],
    ['وتضم القائمة ما يصل إلى 300 اسم', 300],
    ['وتصل الغرامة إلى 5 آلاف دينار', 5000],
  ])('without the lam, a verb of reaching is `up to`: %s', (text, value) => {
    expect(figuresIn(text).find((f) => f.value === value)).toMatchObject({ approx: 'at-most' });
  });

  test.each([
    ['انتشر نحو 600 عنصر في المدينة', 'نحو', 'about'],
    ['اعتقلت الشرطة حوالي 80 شخصا', 'حوالي', 'about'],
    ['اعتقلت الشرطة حوالى 80 شخصا', 'حوالى', 'about'],
    ['تضم القافلة قرابة 70 شاحنة', 'قرابة', 'about'],
    ['يبلغ عدد سكانها زهاء 90 ألف نسمة', 'زهاء', 'about'],
    ['اجتاز الحدود ما يقارب 400 مهاجر', 'ما يقارب', 'about'],
    ['خسرت العملة أكثر من 30 بالمئة من قيمتها', 'أكثر من', 'more-than'],
    ['أطلقت الفصائل ما يزيد على 100 قذيفة', 'ما يزيد على', 'more-than'],
    ['أطلقت الفصائل ما يزيد عن 100 قذيفة', 'ما يزيد عن', 'more-than'],
    ['شارك في المؤتمر أزيد من 50 خبيرا', 'أزيد من', 'more-than'],
    ['سقط ما لا يقل عن 15 قتيلا', 'ما لا يقل عن', 'at-least'],
    ['تراجع النمو إلى أقل من 2 في المئة', 'أقل من', 'less-than'],
    ['يمنع القانون تشغيل من هم دون 16 عاما', 'دون', 'less-than'],
    ['لا تتجاوز مدة العقد ما لا يزيد على 3 سنوات', 'ما لا يزيد على', 'at-most'],
    ['قال المسؤول إن الخسائر تخطت 7 ملايين دولار', 'تخطت', 'more-than'],
    ['عدد المسجلين تجاوز 500 طالب', 'تجاوز', 'more-than'],
    ['قدرت الأضرار بمبلغ فاق 20 مليون يورو', 'فاق', 'more-than'],
    ['عدد الركاب لا يتجاوز 40 راكبا', 'لا يتجاوز', 'at-most'],
    ['نسبة المشاركة لم تتجاوز 30%', 'لم تتجاوز', 'at-most'],
  ])('%s', (text, qualifier, approx) => {
    const figure = onlyFigure(text);
    expect(figure.approx).toBe(approx);
    expect(figure.qualifier?.text).toBe(qualifier);
    expect(figure.text.includes(qualifier)).toBe(false);
  });

  test('a verb of exceeding with its subject between is not read (the qualifier must touch the number)', () => {
    const figure = onlyFigure('تجاوز عدد المسجلين 500 طالب');
    expect(figure.value).toBe(500);
    expect(figure.approx).toBeUndefined();
  });

  test('a qualifier with a proclitic leaves the proclitic out', () => {
    const figure = onlyFigure('قدرت الخسائر بأكثر من 7 ملايين دولار');
    expect(figure).toMatchObject({ approx: 'more-than', text: '7 ملايين دولار', value: 7e6, unit: 'USD' });
    expect(figure.qualifier?.text).toBe('أكثر من');
  });

  test('a comparative verb with its subject between it and عن', () => {
    const figure = onlyFigure('يستفيد من المنحة الطلاب الذين يقل دخلهم عن 500 دولار');
    expect(figure).toMatchObject({ approx: 'less-than', value: 500, unit: 'USD' });
    expect(figure.qualifier?.text).toBe('يقل دخلهم عن');
  });

  test('a qualifier after what is counted', () => {
    const figure = onlyFigure('قتل 20 شخصا على الأقل في الاشتباكات');
    expect(figure).toMatchObject({ text: '20', approx: 'at-least', noun: 'شخصا' });
    expect(figure.qualifier?.text).toBe('على الأقل');
  });

  test('an upper bound written after the figure', () => {
    expect(onlyFigure('تستغرق الرحلة 6 ساعات على الأكثر')).toMatchObject({ approx: 'at-most', unit: 'hour', value: 6 });
  });

  test('a number without a qualifier has no approx', () => {
    const figure = onlyFigure('أعلنت الوزارة تعيين 300 معلم');
    expect(figure.approx).toBeUndefined();
    expect(figure.qualifier).toBeUndefined();
  });
});

describe('ranges', () => {
  test('بين … و… gives min and max and no single value', () => {
    expect(onlyFigure('تتراوح الإصابات بين 5 و10 يوميا')).toMatchObject({ text: '5 و10', value: null, min: 5, max: 10 });
  });

  test('من … إلى … with a multiplier on the second end applies it to both', () => {
    expect(onlyFigure('ارتفع عدد الزوار من 5 إلى 10 آلاف زائر')).toMatchObject({
      text: '5 إلى 10 آلاف',
      min: 5000,
      max: 10000,
      noun: 'زائر',
    });
  });

  test.each([
    ['بلغت الخسائر 2 إلى 3 مليارات دولار', '2 إلى 3 مليارات دولار', 2e9, 3e9, 'USD'],
    ['حكم عليه بالسجن 3 إلى 5 سنوات', '3 إلى 5 سنوات', 3, 5, 'year'],
    ['ارتفعت الأسعار 5 إلى 10 في المئة', '5 إلى 10 في المئة', 5, 10, 'percent'],
  ])('… إلى … without من is a range when the second end has a multiplier or a unit: %s', (text, written, min, max, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: null, min, max, unit });
  });

  test.each([
    // where the first went, not a range
    ['صعد المؤشر 2 إلى 3000 نقطة', [2, 3000]],
    ['تقدم الفريق 2 إلى 1 في الشوط الأول', [2, 1]],
  ])('… إلى … without من and without a multiplier or unit is two figures: %s', (text, values) => {
    expect(figuresIn(text).map((f) => f.value)).toEqual(values);
  });

  test('a dash between two numbers is a range', () => {
    expect(onlyFigure('يحتاج المريض إلى 3-5 جلسات')).toMatchObject({ text: '3-5', min: 3, max: 5, noun: 'جلسات' });
  });

  test('a unit after the second end applies to the range', () => {
    expect(onlyFigure('يتوقع البنك نموا بين 2 و3 بالمئة')).toMatchObject({ min: 2, max: 3, kind: 'percent', unit: 'percent' });
  });

  test('falling ends are two numbers, not a range', () => {
    const figures = figuresIn('تراجع عدد الطلاب من 40 إلى 25');
    expect(figures.map((f) => f.value)).toEqual([40, 25]);
    expect(figures[0]!.min).toBeUndefined();
  });
});

describe('percent', () => {
  test.each([
    ['نسبة المشاركة 47%', '47%'],
    ['نسبة المشاركة ٤٧٪', '٤٧٪'],
    ['نسبة المشاركة 47 بالمئة', '47 بالمئة'],
    ['نسبة المشاركة 47 بالمائة', '47 بالمائة'],
    ['نسبة المشاركة 47 في المئة', '47 في المئة'],
    ['نسبة المشاركة 47 في المائة', '47 في المائة'],
    ['نسبة المشاركة %47', '%47'],
  ])('%s', (text, written) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 47, kind: 'percent', unit: 'percent' });
  });

  test('a decimal percentage', () => {
    expect(onlyFigure('بلغ التضخم 3.7%')).toMatchObject({ value: 3.7, kind: 'percent' });
  });
});

describe('currencies', () => {
  test.each([
    ['منحة قدرها 200 دولار', '200 دولار', 'USD'],
    ['غرامة قدرها 200 يورو', '200 يورو', 'EUR'],
    ['رسوم قدرها 200 جنيه مصري', '200 جنيه مصري', 'EGP'],
    ['تذكرة بسعر 200 جنيه إسترليني', '200 جنيه إسترليني', 'GBP'],
    ['مكافأة قدرها 200 ريال سعودي', '200 ريال سعودي', 'SAR'],
    ['مكافأة قدرها 200 ريال قطري', '200 ريال قطري', 'QAR'],
    ['مكافأة قدرها 200 ريال عماني', '200 ريال عماني', 'OMR'],
    ['مخالفة قيمتها 200 درهم إماراتي', '200 درهم إماراتي', 'AED'],
    ['مخالفة قيمتها 200 درهم مغربي', '200 درهم مغربي', 'MAD'],
    ['قرض قيمته 200 دينار كويتي', '200 دينار كويتي', 'KWD'],
    ['قرض قيمته 200 دينار أردني', '200 دينار أردني', 'JOD'],
    ['قرض قيمته 200 دينار عراقي', '200 دينار عراقي', 'IQD'],
    ['أجر يومي قدره 200 ليرة تركية', '200 ليرة تركية', 'TRY'],
    ['أجر يومي قدره 200 ليرة سورية', '200 ليرة سورية', 'SYP'],
    ['أجر يومي قدره 200 ليرة لبنانية', '200 ليرة لبنانية', 'LBP'],
    ['تباع التذكرة بـ200 روبل', '200 روبل', 'RUB'],
    ['يكلف البرميل $200', '$200', 'USD'],
    ['يكلف الجهاز 200€', '200€', 'EUR'],
  ])('%s', (text, written, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value: 200, kind: 'money', unit });
  });

  test.each([
    ['ارتفع سعر الكيلو إلى 200 ريال', 'ريال'],
    ['دفع المستأجر 200 دينار', 'دينار'],
    ['بيع القميص بـ200 جنيه', 'جنيه'],
    ['تراجعت إلى 200 ليرة', 'ليرة'],
  ])('an ambiguous currency keeps the written unit: %s', (text, unit) => {
    expect(onlyFigure(text)).toMatchObject({ value: 200, kind: 'money', unit });
  });
});

describe('measures', () => {
  test.each([
    ['تقع القرية على بعد 12 كيلومترا', 'km'],
    ['تقع القرية على بعد 12 كلم', 'km'],
    ['تقع القرية على بعد 12 كم', 'km'],
    ['يبلغ ارتفاع البرج 12 مترا', 'm'],
    ['أبحرت السفينة 12 ميلا', 'mi'],
    ['احترق 12 هكتارا من الغابات', 'ha'],
    ['صودر 12 طنا من المخدرات', 't'],
    ['ضبطت الشرطة 12 كيلوغراما من الذهب', 'kg'],
    ['يستهلك المحرك 12 لترا', 'L'],
    ['ينتج الحقل 12 ألف برميل يوميا', 'bbl'],
    ['تمتد المحمية على 12 كيلومتر مربع', 'km2'],
    ['هطلت أمطار بلغت 120 ملم خلال يومين', 'mm'],
    ['بلغ منسوب المياه 35 مليمترا', 'mm'],
    ['زرع المزارعون 500 فدان بالقمح', 'feddan'],
    ['وزعت الحكومة 5 فدادين على كل أسرة', 'feddan'],
    ['تبلغ قدرة المحطة 2.5 غيغاواط', 'GW'],
    ['تبلغ قدرة محطة الرياح 1.1 جيغاواط', 'GW'],
    ['تستهلك الأسرة 300 كيلوواط شهريا', 'kW'],
  ])('%s', (text, unit) => {
    expect(onlyFigure(text)).toMatchObject({ kind: 'measure', unit });
  });

  // a 2 or 3 written against a length unit squares or cubes it, and is no figure of its own
  it.each([
    ['عرضت الشركة شقة مساحتها 120 م2 للبيع', 120, 'm2', 'م2'],
    ['بنيت الفيلا على 450م2 في الضاحية', 450, 'm2', 'م2'],
    ['تبلغ مساحة القاعة 300 م² تقريبا', 300, 'm2', 'م²'],
    ['اتسعت البحيرة حتى 75 كم2 هذا الموسم', 75, 'km2', 'كم2'],
    ['يتسع الخزان لـ 40 م3 من مياه الشرب', 40, 'm3', 'م3'],
    ['قطر الثقب 6 سم² لا أكثر', 6, 'cm2', 'سم²'],
    ['بيعت الأرض بمساحة ٢٥٠ م٢ في المزاد', 250, 'm2', 'م٢'],
    // a length per hour or second is a speed
    ['بلغت سرعة الرياح 120 كم/ساعة على السواحل', 120, 'km/h', 'كم/ساعة'],
    ['تهب رياح سرعتها 30 كم / س على المرتفعات', 30, 'km/h', 'كم / س'],
    ['بلغت سرعة القطار الجديد 350 كلم في الساعة.', 350, 'km/h', 'كلم في الساعة'],
    ['اقترب الإعصار بسرعة 150 ميلا في الساعة من الساحل', 150, 'mi/h', 'ميلا في الساعة'],
    ['يجري الماء في القناة بسرعة 2 م/ث', 2, 'm/s', 'م/ث'],
  ])('%s: an area, a volume or a speed', (text, value, unit, unitText) => {
    expect(onlyFigure(text)).toMatchObject({ kind: 'measure', value, unit, unitSpan: { text: unitText } });
  });

  it.each([
    // the 2 stands apart from the unit: two figures, the metres and the count
    ['قفز اللاعب 100 م 2 مرات في التمرين', [['m', 100], [undefined, 2]]],
    // a number of more digits after a unit is no power
    ['ركض 100م 25 عداء في السباق', [['m', 100], [undefined, 25]]],
  ])('%s: no power', (text, expected) => {
    expect(figuresIn(text).map((f) => [f.unit, f.value])).toEqual(expected);
  });

  it.each([
    // the first hour, and an hour of the clock: no speed
    ['قطع الموكب 200 كم في الساعة الأولى من الرحلة', 'km'],
    ['سار الموكب 40 كم في الساعة 10 صباحا', 'km'],
  ])('%s: a distance, not a speed', (text, unit) => {
    expect(figuresIn(text)[0]).toMatchObject({ unit, unitSpan: { text: 'كم' } });
  });

  it('a length in kilometres written out stays as written (كيلومترا مربعا is km2 by its adjective)', () => {
    expect(onlyFigure('تمتد الغابة على 20 كيلومترا مربعا')).toMatchObject({ unit: 'km2', value: 20 });
  });

  test.each([
    ['ضرب زلزال بقوة 6.8 درجة على مقياس ريختر المنطقة', 6.8, 'درجة على مقياس ريختر'],
    ['سجلت هزة بقوة 5 درجات بمقياس ريختر', 5, 'درجات بمقياس ريختر'],
    ['بلغت قوة الهزة 4.2 درجة ريختر', 4.2, 'درجة ريختر'],
    // the scale named with no degree word before it
    ['وقع الزلزال بقوة 6.1 على مقياس ريختر فجر الأحد', 6.1, 'على مقياس ريختر'],
    ['ضربت هزة بقوة 4.5 ريختر المنطقة الجبلية', 4.5, 'ريختر'],
  ])('a magnitude on the Richter scale: %s', (text, value, unitText) => {
    expect(onlyFigure(text)).toMatchObject({ text: String(value), value, kind: 'measure', unit: 'Richter', unitSpan: { text: unitText } });
  });

  test.each([
    ['وأفاد المرصد بأن هزة أرضية بقوة 4.1 درجات ضربت المنطقة', 4.1, 'درجات'],
    ['ضرب زلزال بقوة خمس درجات جنوب البلاد', 5, 'درجات'],
  ])('degrees of a strength (بقوة) with no scale named are a magnitude: %s', (text, value, unitText) => {
    expect(onlyFigure(text)).toMatchObject({ value, kind: 'measure', unit: 'Richter', unitSpan: { text: unitText } });
  });

  test('degrees with no scale named stay degrees', () => {
    // بقوة not right before the number says nothing of the degrees
    expect(onlyFigure('هبت رياح بقوة وبلغت الحرارة 45 درجة').unit).toBe('°');
    expect(onlyFigure('بلغت الحرارة 45 درجة في الظل').unit).toBe('°');
    // مقياس alone names no scale
    expect(onlyFigure('سجل المؤشر 7 درجات على مقياس الخطورة').unit).toBe('°');
  });
});

describe('ages and durations', () => {
  test.each([
    ['استمرت المفاوضات 18 ساعة', 'hour', 18],
    ['أغلق المطار ثلاثة أيام', 'day', 3],
    ['سجن المتهم 7 سنوات', 'year', 7],
    ['انتظر المرضى 4 أسابيع', 'week', 4],
    ['تأخر القطار 40 دقيقة', 'minute', 40],
    ['امتد الحصار ثلاث ساعات ونصف', 'hour', 3.5],
  ])('duration: %s', (text, unit, value) => {
    expect(onlyFigure(text)).toMatchObject({ kind: 'duration', unit, value });
  });

  test.each([
    ['توفي الفنان عن عمر 83 عاما', 83],
    ['أصيب طفل يبلغ من العمر 6 سنوات', 6],
    ['اعتقل الشاب (19 عاما) فجر اليوم', 19],
    ['يستهدف التطعيم من تزيد أعمارهم على 60 سنة', 60],
  ])('age: %s', (text, value) => {
    expect(onlyFigure(text)).toMatchObject({ kind: 'age', unit: 'year', value });
  });

  test('a fraction before a time unit is a duration', () => {
    expect(onlyFigure('انقطع البث ربع ساعة')).toMatchObject({ text: 'ربع', value: 0.25, unit: 'hour', unitSpan: { text: 'ساعة' }, kind: 'duration' });
  });

  test('a time unit without a numeral is not a figure', () => {
    expect(figuresIn('استمر الحصار شهرا ونصف الشهر بعد عام من الهدنة')).toEqual([]);
  });
});

describe('the counted noun', () => {
  test.each([
    ['أجلت فرق الإنقاذ 340 عائلة من الحي', 'عائلة'],
    ['نشر الجيش 60 آلية عسكرية على الحدود', 'آلية عسكرية'],
    ['أقامت الأمم المتحدة 14 مركز إيواء مؤقتا', 'مركز إيواء مؤقتا'],
    ['أرسلت الوزارة 8 سيارات إسعاف مجهزة إلى الموقع', 'سيارات إسعاف مجهزة'],
    ['سلم المسلحون “215” رهينة إلى الوسطاء', 'رهينة'],
    ['وصل 75 لاجئاً سورياً إلى الجزيرة', 'لاجئاً سورياً'],
    ['أطلق سراح 9 من المحتجزين', 'المحتجزين'],
  ])('%s', (text, noun) => {
    expect(onlyFigure(text).noun).toBe(noun);
  });

  test.each([
    ['a metre abbreviation', 'بلغ ارتفاع الموج 4 م قرب الشاطئ'],
    ['seconds in a race time', 'قطع العداء المسافة في 58 ث فقط'],
    ['a stray letter', 'ورد في الوثيقة 12 ك دون شرح'],
  ])('a lone letter after a number is no counted noun: %s', (_, text) => {
    const figure = onlyFigure(text);
    expect(figure.noun).toBeUndefined();
    expect(figure.nounSpan).toBeUndefined();
  });

  // the splitter reads the first letter of these nouns as the conjunction ف; no conjunction stands
  // between a count and its noun, or a noun and its adjective
  test.each([
    ['عرض المهرجان في دورته الأخيرة 40 فيلما مغربيا', 'فيلما مغربيا'],
    ['افتتحت الشركة 3 فنادق جديدة على الساحل', 'فنادق جديدة'],
    ['وزعت الجمعية البذور على 250 فلاحا في الريف', 'فلاحا'],
    ['شكلت الوزارة 4 لجان فنية لمتابعة المشروع', 'لجان فنية'],
    ['انضمت 12 فتاة إلى الفريق الوطني', 'فتاة'],
  ])('a noun whose first letter is ف: %s', (text, noun) => {
    expect(onlyFigure(text).noun).toBe(noun);
  });

  test.each([
    ['فقط', 'لم يسجل المهاجم سوى 3 أهداف هذا الموسم، أي 3 فقط في الدوري'],
    ['فيما', 'سجل اللاعب 3 فيما اكتفى زميله بهدف'],
    ['فأكثر', 'يحق التصويت لكل من بلغ 18 فأكثر'],
    ['فضلا عن', 'ربح الفريق 5 فضلا عن تعادل وحيد'],
    ['ف before a verb of being', 'حل في المركز 5 فكان أفضل العرب'],
    ['ف before a verb with alef', 'بلغ عدد المصابين 20 فارتفع القلق في المدينة'],
    ['ف before a verb with hamza', 'وصل عدد الإصابات إلى 7 فأصيب الأهالي بالذعر'],
  ])('ف + a function word or a verb after a number is no counted noun: %s', (_name, text) => {
    for (const figure of figuresIn(text)) expect(figure.noun === undefined || !figure.noun.startsWith('ف')).toBe(true);
  });

  test('a noun after a number is still counted with its adjective', () => {
    expect(onlyFigure('شيدت البلدية 3 سدود صغيرة').noun).toBe('سدود صغيرة');
  });

  test('the noun stops before a verb in the plural', () => {
    expect(onlyFigure('قال الشهود إن 11 مدنيا قتلوا في القصف').noun).toBe('مدنيا');
  });

  test.each([
    ['قتل 3 قرب الحدود الشمالية أمس'],
    ['أصيب 12 شمال المدينة في القصف'],
    ['اعتقلت الشرطة 5 عقب المباراة'],
  ])('an adverb of place or time after the number is no counted noun: %s', (text) => {
    expect(onlyFigure(text).noun).toBeUndefined();
  });

  test.each([
    ['ارتفع عدد المشتركين إلى 36 مليون مشترك مطلع العام', 'مشترك'],
    ['بلغ عدد السكان 10 ملايين نسمة نهاية العام الماضي', 'نسمة'],
    ['وصل 500 حاج منتصف الشهر', 'حاج'],
  ])('a time word after the noun says when, it is not counted: %s', (text, noun) => {
    expect(figuresIn(text)[0]!.noun).toBe(noun);
  });

  test('a noun of place stays counted (`3 مناطق شمال البلاد`)', () => {
    expect(onlyFigure('ضربت السيول 3 مناطق شمال البلاد').noun).toBe('مناطق');
  });

  test('the noun stops at a preposition with a clitic', () => {
    expect(onlyFigure('نظمت الشركة 30 رحلة لنقل العمال').noun).toBe('رحلة');
  });

  test('a year-like number that counts something is a figure', () => {
    expect(onlyFigure('ضمت البعثة 1975 موظفا')).toMatchObject({ value: 1975, noun: 'موظفا' });
  });

  test('figures come out in text order', () => {
    const figures = figuresIn('فقد 7 صيادين و3 بحارة، وأنقذ خفر السواحل 12 آخرين');
    expect(figures.map((f) => f.value)).toEqual([7, 3, 12]);
  });
});

describe('numbers that are not figures', () => {
  test.each([
    ['a day before a month name', 'انطلقت الحملة في 14 فبراير'],
    ['a day before a Levantine month name', 'وصل الوفد في 3 آذار'],
    ['a day before a Maghreb month name', 'تجري الانتخابات في 7 جوان'],
    ['a day before a two-word month name', 'وقع الاتفاق في 22 تشرين الأول'],
    ['a day, من, month', 'عقد الاجتماع في الـ 15 من نيسان'],
    ['a list of days before a month', 'تعقد الجلسات يومي 4 و5 مايو'],
    ['a range of days before a month', 'زار الوفد العاصمة في 11-13 أكتوبر'],
    ['a year after a year word', 'تأسس الحزب عام 1952'],
    ['a year after a definite year word', 'تراجع الإنتاج في العام 2019'],
    ['a year after a month', 'صدر القرار في يناير 2016'],
    ['a year after a time preposition', 'تغير كل شيء منذ 2011'],
    ['a year with an era marker', 'ولد الشاعر سنة 1890م'],
    ['a Hijri year with هـ', 'توفي العالم 1350 هـ'],
    ['a range of bare years', 'شهدت الفترة 2014 – 2017 ركودا'],
    ['a clock time', 'أقلعت الطائرة عند 21:45'],
    ['an hour after the clock word', 'بدأ البث الساعة 8 مساء'],
    ['an hour as a definite word numeral', 'انتهت المهلة الساعة الثالثة'],
    ['an hour with a time of day', 'انطلقت المسيرة 10 صباحا'],
    ['a date written with slashes', 'انتهت الصلاحية في 30/6/2024'],
    ['an ISO date', 'نشر التقرير بتاريخ 2023-04-18'],
    ['an ordinal', 'احتل الفريق المركز الثالث في البطولة الثانية'],
    ['an ordinal teen', 'في القرن التاسع عشر'],
    ['a number inside a URL', 'للمزيد زوروا https://example.org/report/2024/17'],
    ['a number inside an email', 'راسلونا على desk24@example.org'],
    ['a phone number', 'للاستفسار اتصلوا على 0551234567'],
    ['an international phone number in groups', 'هاتف المكتب +962 6 555 0199'],
    ['a law number', 'صدر القانون رقم 18 لسنة 2020'],
    ['an article number', 'نصت المادة 41 من الدستور على ذلك'],
    ['a resolution number', 'طالب بتطبيق القرار 2254'],
    ['a model name with a hyphen', 'أسقطت الدفاعات طائرة إف-16'],
    ['a disease name with a number', 'تراجعت إصابات كوفيد 19'],
    ['digits glued to Latin letters', 'أطلقت الشركة شبكة 5G'],
    ['a model name after a spelt-out Latin letter', 'تسلم سلاح الجو طائرات إف 16 جديدة'],
    ['a spelt-out letter glued to the digits', 'حلقت طائرة إف16 فوق المدينة'],
    ['a spelt-out letter after و', 'نشر الجيش منظومات باتريوت وإس 400'],
    ['a group name with a letter', 'اجتمع قادة مجموعة جي 20 في روما'],
    ['an aircraft model after the maker', 'هبطت طائرة إيرباص إيه 320 بسلام'],
    ['a bomber model', 'حلقت قاذفات بي 52 فوق الخليج'],
    ['a stock index', 'أغلق مؤشر إيجي إكس 30 على ارتفاع'],
    ['a product named in Latin letters', 'أطلقت الشركة هاتف iPhone 16 الجديد'],
    ['a version named in Latin letters', 'يعمل الجهاز بنظام Windows 11'],
    ['an index named in Latin letters', 'ارتفع مؤشر S&P 500 في نيويورك'],
    ['an aircraft model after its noun and maker', 'تحطمت طائرة بوينغ 737 قرب المطار'],
    ['a phone model after its noun and name', 'طرحت الشركة هاتف آيفون 17 في الأسواق'],
    ['an index of two name words', 'صعد مؤشر داو جونز 30 الصناعي'],
    ['an index of three name words', 'أغلق مؤشر ستاندرد آند بورز 500 على ارتفاع'],
    ['a fighter model', 'تسلم الجيش مقاتلات سوخوي 35 الروسية'],
    ['a game console', 'أطلقت الشركة جهاز بلايستيشن 5 الجديد'],
  ])('%s', (_name, text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  // The letters left out of the list are Arabic words too, and a number after them stays a figure
  // (LATIN_LETTER_NAMES): the article (ال 24 once folded), أم "or", أو, في, أي.
  test.each([
    ['the article with a tatweel', 'خلال الساعات الـ24 الماضية', 24],
    ['أم, "or", in a question', 'هل نجا 3 أم 4 ركاب؟', 4],
    ['أو, "or"', 'أصيب شخصان أو 3 أشخاص', 3],
    ['في before a count', 'ستشارك في 12 مباراة', 12],
    ['a stem cut from an Arabic word (لدي → ل + دي)', 'لدي 5 أطفال', 5],
  ])('a number after a word spelt like a Latin letter: %s', (_name, text, value) => {
    expect(figuresIn(text).map((f) => f.value)).toContain(value);
  });

  // a model's noun and name before the number, but the number counts (MODEL_HEADS)
  test.each([
    ['points named after the index', 'ارتفع مؤشر تاسي 120 نقطة', 120],
    ['a definite word after the index’s noun', 'تراجع مؤشر البورصة 50 في ختام التداول', 50],
    ['a particle between the noun and the number', 'أنتجت الشركة مليون سيارة مقابل 5 في العام السابق', 5],
    ['a word with a pronoun after the noun', 'باع معرض السيارات سيارة زبائنه 40 مرة', 40],
    ['a count after a noun of things no model names', 'وزعت الجمعية حقيبة مدرسية 300 على الطلاب', 300],
  ])('a number after a model’s noun that is still a figure: %s', (_name, text, value) => {
    expect(figuresIn(text).map((f) => f.value)).toContain(value);
  });

  test('a number after a currency code stays a figure', () => {
    expect(onlyFigure('بلغ السعر USD 500 للطن').value).toBe(500);
  });

  test('a letter name is not what a number before it counts', () => {
    expect(onlyFigure('اشترت مصر 24 طائرة إف 16').noun).toBe('طائرة');
    expect(onlyFigure('وصلت أربع طائرات إف16 إلى القاعدة').noun).toBe('طائرات');
  });

  test('list numbering at the start of lines', () => {
    expect(figuresIn('أبرز البنود:\n1. وقف النار\n2- تبادل الأسرى\n3) فتح المعابر')).toEqual([]);
  });

  test('a date next to a figure does not hide the figure', () => {
    const figures = figuresIn('في 9 مارس أجلت السلطات 250 عائلة');
    expect(figures.map((f) => f.text)).toEqual(['250']);
  });

  test('a counted year-like number after a qualifier is a figure', () => {
    expect(onlyFigure('تطوع أكثر من 2000 شاب')).toMatchObject({ value: 2000, approx: 'more-than', noun: 'شاب' });
  });
});

describe('a multiplier after a smaller one multiplies the whole group before it', () => {
  test.each([
    ['خصصت الحكومة ألف وأربعمائة مليار ريال للمشاريع', 'ألف وأربعمائة مليار ريال', 1.4e12, 'ريال'],
    ['بلغت ديون الشركة سبعة آلاف ومائتي مليون دولار', 'سبعة آلاف ومائتي مليون دولار', 7.2e9, 'USD'],
    ['كلف المشروع ألف ومائة وخمسون مليون يورو', 'ألف ومائة وخمسون مليون يورو', 1.15e9, 'EUR'],
    ['رصدت الوزارة 3 آلاف و400 مليون دينار', '3 آلاف و400 مليون دينار', 3.4e9, 'دينار'],
  ])('%s', (text, written, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: written, value, unit, kind: 'money' });
  });

  test('a larger multiplier first adds what follows', () => {
    expect(onlyFigure('خسرت الشركة مليار وستمائة مليون درهم')).toMatchObject({ value: 1.6e9, unit: 'درهم' });
    expect(onlyFigure('استقبلت البلاد أربعة ملايين وثلاثمائة ألف سائح')).toMatchObject({
      text: 'أربعة ملايين وثلاثمائة ألف',
      value: 4.3e6,
      noun: 'سائح',
    });
  });

  test('digits with two multipliers, the larger first', () => {
    expect(onlyFigure('بلغت الصادرات 5 مليارات و700 مليون دولار')).toMatchObject({ value: 5.7e9, unit: 'USD' });
  });

  test('after بين, the و joins the two ends of a range and multiplies nothing', () => {
    expect(onlyFigure('تتراوح التقديرات بين 300 ألف و4 ملايين نازح')).toMatchObject({
      text: '300 ألف و4 ملايين',
      value: null,
      min: 300000,
      max: 4e6,
      noun: 'نازح',
    });
  });

  test('the same multiplier twice starts a second number', () => {
    const figures = figuresIn('تلقت المدينتان 6 ملايين و7 ملايين جرعة');
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ['6 ملايين', 6e6],
      ['7 ملايين', 7e6],
    ]);
  });
});

describe('scores', () => {
  test.each([
    ['فاز الفريق 4-2 على ضيفه', '4', '2'],
    ['انتهت المباراة بنتيجة 1-0', '1', '0'],
    ['تعادل المنتخبان 2-2 في الشوط الأول', '2', '2'],
    ['فاز النادي ٣-١ في الذهاب', '٣', '١'],
  ])('a dash between a number and one no greater gives two counts: %s', (text, first, second) => {
    const figures = figuresIn(text);
    expect(figures.map((f) => f.text)).toEqual([first, second]);
    for (const figure of figures) {
      expect(figure.kind).toBe('count');
      expect(figure.min).toBeUndefined();
    }
    expect(figures[1]!.start).toBe(figures[0]!.end + 1);
  });

  test('two scores in a row', () => {
    expect(figuresIn('انتهت المباراتان 12-0 و3-3').map((f) => f.value)).toEqual([12, 0, 3, 3]);
  });

  test('rising ends with a dash stay one range', () => {
    expect(onlyFigure('أصيب 4-9 أشخاص بجروح')).toMatchObject({ text: '4-9', value: null, min: 4, max: 9, noun: 'أشخاص' });
  });

  test.each([
    ['خسر الفريق 0-2 أمام ضيفه', '0', '2'],
    ['فاز الضيوف بنتيجة 1-3 على أصحاب الأرض', '1', '3'],
    ['وكانت المباراة التي خسرها تشلسي 1 - 2 أمام ليفربول قوية', '1', '2'],
  ])('a rising score after a word of the result gives two counts: %s', (text, first, second) => {
    expect(figuresIn(text).map((f) => [f.text, f.kind, f.min])).toEqual([
      [first, 'count', undefined],
      [second, 'count', undefined],
    ]);
  });

  test.each([
    // a noun counted after the numbers, numbers past a side's goals, or no word of the result
    ['فاز 10-15 مرشحا في الانتخابات', '10-15'],
    ['خسرت الشركة 30-40 مليون دولار', '30-40 مليون دولار'],
    ['أصيب 4-9 أشخاص بجروح', '4-9'],
  ])('still a range: %s', (text, range) => {
    expect(onlyFigure(text)).toMatchObject({ text: range, value: null });
  });

  test.each([
    ['a range of days before a month', 'تقام الفعاليات في 9-10 مايو'],
    ['falling days before a month', 'تقام الفعاليات في 10-9 مايو'],
    ['a year and a month', 'صدرت النسخة الأولى في 2019-04'],
    ['a label with a sub-number', 'نصت الفقرة 7-2 من العقد على ذلك'],
  ])('the second number stays out with the first: %s', (_name, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('definite cardinals', () => {
  test.each([
    ['أفرجت السلطات عن الصيادين الأربعة', 'الأربعة', 4, 'الصيادين'],
    ['وقعت الدول الثلاث على البيان', 'الثلاث', 3, 'الدول'],
    ['أدى الوزراء الخمسة اليمين', 'الخمسة', 5, 'الوزراء'],
    ['اجتمع القادة الثلاثة', 'الثلاثة', 3, 'القادة'],
    ['يرمز الشعار إلى الأئمة الاثني عشر', 'الاثني عشر', 12, 'الأئمة'],
  ])('counts the definite word right before it: %s', (text, written, value, noun) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ text: written, value, kind: 'count', noun });
    expect(figure.nounSpan!.end).toBeLessThan(figure.start);
  });

  test('with no definite noun right before it, the noun is unset', () => {
    const figure = onlyFigure('نجح الثلاثة في الامتحان');
    expect(figure).toMatchObject({ text: 'الثلاثة', value: 3 });
    expect(figure.noun).toBeUndefined();
  });

  test('a noun with a conjunction before its article is not taken', () => {
    const figures = figuresIn('عاد الجنود الثلاثة والأطباء الأربعة');
    expect(figures.map((f) => [f.text, f.value, f.noun])).toEqual([
      ['الثلاثة', 3, 'الجنود'],
      ['الأربعة', 4, undefined],
    ]);
  });

  test('the conjunction on the number stays out, and the noun of the figure before is not taken again', () => {
    const figures = figuresIn('عاد اثنان من الجرحى والثلاثة الآخرون');
    expect(figures.map((f) => [f.text, f.value, f.noun])).toEqual([
      ['اثنان', 2, 'الجرحى'],
      ['الثلاثة', 3, undefined],
    ]);
  });

  test('the article stays in the text through vowel marks, a conjunction before it stays out', () => {
    const figure = onlyFigure('نجا الرُّكَّابُ وَالْخَمْسَةُ');
    expect(figure).toMatchObject({ text: 'الْخَمْسَةُ', value: 5 });
    expect(onlyFigure('نجا الرُّكَّابُ الْخَمْسَةُ')).toMatchObject({ text: 'الْخَمْسَةُ', noun: 'الرُّكَّابُ' });
  });

  test('a definite vague plural is vague', () => {
    expect(onlyFigure('خرج العشرات إلى الشوارع')).toMatchObject({ text: 'العشرات', value: null, kind: 'vague', lowerBound: 20 });
    expect(onlyFigure('غادر المئات من السكان')).toMatchObject({ text: 'المئات', kind: 'vague', noun: 'السكان' });
  });

  test.each([
    ['Monday', 'تستأنف الجلسات يوم الاثنين'],
    ['Monday with hamza', 'تستأنف الجلسات يوم الإثنين'],
    ['Sunday', 'أغلقت المحلات يوم الأحد'],
    ['a clock hour', 'انطلق القطار الساعة الواحدة'],
    ['one alone', 'هو الواحد الذي بقي'],
    ['a tens word used as an ordinal', 'احتفلت الجامعة بالذكرى الخمسين لتأسيسها'],
    ['one in a spoken ordinal', 'تلك تحديات القرن الواحد والعشرين'],
    ['a hundred used as an ordinal', 'بث المسلسل الحلقة المئة'],
    ['the year 2000 in words', 'ينتمي إلى جيل الألفين'],
    ['ordinals', 'فاز بالمركز الأول والجائزة الثانية والثالثة'],
  ])('not a figure: %s', (_name, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});

describe('figures are plain objects', () => {
  // whatever makes the figures, they are what an object literal makes: Object.prototype, these keys only
  test.each([
    ['ركض العداء 100 م بسرعة', { text: '100', start: 11, end: 14, value: 100, kind: 'measure', unit: 'm', unitSpan: { text: 'م', start: 15, end: 16 } }],
    ['وصلت 35 شاحنة', { text: '35', start: 5, end: 7, value: 35, kind: 'count', noun: 'شاحنة', nounSpan: { text: 'شاحنة', start: 8, end: 13 } }],
    ['شرب لترين من الماء', { text: 'لترين', start: 4, end: 9, value: 2, kind: 'measure', unit: 'L', unitSpan: { text: 'لترين', start: 4, end: 9 } }],
    // the unit inside the text: no unitSpan key at all, not one left undefined
    ['ارتفعت الأسعار 5% هذا العام', { text: '5%', start: 15, end: 17, value: 5, kind: 'percent', unit: 'percent' }],
    ['دفع 40 دولارا ثمنا للتذكرة', { text: '40 دولارا', start: 4, end: 13, value: 40, kind: 'money', unit: 'USD' }],
  ])('%s', (text, expected) => {
    const figure = onlyFigure(text);
    expect(figure).toStrictEqual(expected);
    expect(Object.getPrototypeOf(figure)).toBe(Object.prototype);
    expect(Object.keys(figure)).toEqual(Object.keys(expected));
    if (figure.unitSpan) expect(Object.getPrototypeOf(figure.unitSpan)).toBe(Object.prototype);
  });
});

describe('unit words as written', () => {
  // a unit's text is shared by the figures that write it so (the last one is asked first): units
  // that take turns keep each its own text and offsets
  test('alternating units keep their own spans', () => {
    const text = 'سار العداء 5 كم ثم 300 م ثم 2 كم و 40 م';
    const figures = figuresIn(text);
    expect(figures.map((figure) => [figure.unit, figure.unitSpan])).toEqual([
      ['km', { text: 'كم', start: 13, end: 15 }],
      ['m', { text: 'م', start: 23, end: 24 }],
      ['km', { text: 'كم', start: 30, end: 32 }],
      ['m', { text: 'م', start: 38, end: 39 }],
    ]);
    for (const { unitSpan } of figures) expect(text.slice(unitSpan!.start, unitSpan!.end)).toBe(unitSpan!.text);
  });
});

describe('what the number counts ends before a verb or أي', () => {
  test.each([
    ['قالت الوزارة إن 41 ألف جزائري سيؤدون فريضة الحج هذا العام', 'جزائري'],
    ['يقول المنظمون إن 300 متطوع سيتولون الاستقبال', 'متطوع'],
    ['حصدت قائمة الحزب 1.2 مليون صوت أي ما يعادل ربع الأصوات', 'صوت'],
  ])('%s', (text, noun) => {
    expect(figuresIn(text)[0]).toMatchObject({ noun });
  });
  test('a noun in construct still joins the counted noun', () => {
    expect(figuresIn('أرسلت الوزارة 20 سيارة إسعاف إلى الموقع')[0]).toMatchObject({ noun: 'سيارة إسعاف' });
  });
});
