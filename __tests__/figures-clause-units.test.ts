// Units a clause writes once or not at all at the number: a temperature told of درجة الحرارة, a sum a
// change reaches after إلى, the piastre and the fils, and يوم heading a day after a number.
import { figuresIn, onlyFigure } from './figures-helpers';

describe('a temperature the clause names before a bare number', () => {
  it.each([
    ['after إلى', 'توقعت الأرصاد أن تصل درجة الحرارة في مراكش إلى 35 غدا', 35],
    ['the plural, with an adjective and a day between', 'وارتفعت درجات الحرارة العظمى أمس إلى 46 في البصرة', 46],
    ['right after the noun', 'وبلغت درجة الحرارة 38 في الظل', 38],
    ['below zero', 'وانخفضت درجة الحرارة ليلا إلى -7 في المرتفعات', -7],
  ])('%s', (_name, text, value) => {
    expect(onlyFigure(text)).toMatchObject({ value, kind: 'measure', unit: '°' });
  });

  it('the heat noun without a degree word before it gives no unit', () => {
    expect(onlyFigure('وقال إن الحرارة بلغت 40 في المدينة')).toMatchObject({ value: 40, kind: 'count' });
    expect(onlyFigure('وقال إن الحرارة بلغت 40 في المدينة').unit).toBeUndefined();
  });

  it('a number past a clause end or another figure, or too large for a temperature, stays a count', () => {
    expect(onlyFigure('ارتفعت درجة الحرارة أمس. وأصيب 30 في الحادث').unit).toBeUndefined();
    expect(onlyFigure('بسبب درجة الحرارة تضرر 500 من السكان').unit).toBeUndefined();
    const [percent, count] = figuresIn('وبلغت درجة الحرارة 40 بالمائة من طاقتها وأصيب 12');
    expect(percent).toMatchObject({ value: 40, kind: 'percent' });
    expect(count).toMatchObject({ value: 12, kind: 'count' });
    expect(count!.unit).toBeUndefined();
  });
});

describe('a sum a change reaches, after إلى, takes the currency of the sum before it', () => {
  it('a sum with its multiplier after إلى', () => {
    const [first, second] = figuresIn('وبلغت قيمة الصفقة 20 مليون دولار، فيما ارتفعت الكلفة الإجمالية إلى 25 مليونا');
    expect(first).toMatchObject({ value: 20e6, kind: 'money', unit: 'USD' });
    expect(second).toMatchObject({ text: '25 مليونا', value: 25e6, kind: 'money', unit: 'USD' });
  });

  it('not the number of things (عدد), nor a bare number, nor after a clause end', () => {
    expect(figuresIn('وبلغت الإيرادات 3 مليارات دولار وارتفع عدد الموظفين إلى 2 مليون')[1]).toMatchObject({ value: 2e6, kind: 'count' });
    expect(figuresIn('وبلغت الإيرادات 3 مليارات دولار وارتفع المؤشر إلى 25')[1]!.unit).toBeUndefined();
    expect(figuresIn('وبلغت الإيرادات 3 مليارات دولار. وارتفع الإنتاج إلى 2 مليون')[1]!.unit).toBeUndefined();
  });
});

describe('the piastre and the fils are money on their own', () => {
  it.each([
    ['35 قرشا', 'وارتفع سعر رغيف الخبز إلى 35 قرشا في الأسواق', 35, 'قرش'],
    ['750 فلسا', 'وبلغ سعر لتر البنزين 750 فلسا', 750, 'فلس'],
  ])('%s', (_name, text, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ value, kind: 'money', unit });
  });

  it('after a sum with و they are still its part', () => {
    expect(onlyFigure('وبلغ سعر الكيلو 5 جنيهات و50 قرشا')).toMatchObject({ value: 5.5, kind: 'money', unit: 'جنيه' });
  });
});

describe('يوم heading a day after a number is the date, not the number’s unit', () => {
  it.each([
    ['a weekday', 'وارتفع عدد المصابين إلى 35 يوم الخميس'],
    ['أمس', 'وقتل 5 يوم أمس في قصف على المدينة'],
  ])('%s', (_name, text) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ kind: 'count' });
    expect(figure.unit).toBeUndefined();
  });

  it('days counted stay a duration, even before a weekday', () => {
    expect(onlyFigure('واستمر الإضراب 35 يوما')).toMatchObject({ value: 35, kind: 'duration', unit: 'day' });
    expect(onlyFigure('وتعطلت الدراسة ثلاثة أيام الخميس والجمعة والسبت')).toMatchObject({ value: 3, kind: 'duration', unit: 'day' });
    expect(onlyFigure('وأمضى 100 يوم في السجن')).toMatchObject({ value: 100, kind: 'duration', unit: 'day' });
  });
});

describe('a range whose first end is a time unit alone, one of it', () => {
  it.each([
    ['من … إلى', 'وقضت المحكمة بسجنهم من سنة إلى ثلاث سنوات نافذة', 'سنة إلى ثلاث سنوات', 1, 3, 'year'],
    ['بين … و on the number', 'وتتراوح مدة العلاج بين أسبوع وثلاثة أسابيع', 'أسبوع وثلاثة أسابيع', 1, 3, 'week'],
    ['من … حتى and digits', 'ويستغرق إصلاح العطب من ساعة حتى 4 ساعات', 'ساعة حتى 4 ساعات', 1, 4, 'hour'],
    ['the year’s other word', 'ويعاقب القانون بالحبس بين عام و5 سنوات', 'عام و5 سنوات', 1, 5, 'year'],
  ])('%s', (_name, text, mention, min, max, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: mention, value: null, min, max, unit, kind: 'duration' });
  });

  it.each([
    ['no من before the word', 'وقضت المحكمة بسجنه سنة إلى ثلاث سنوات', 'ثلاث', 3],
    ['another time unit', 'ويمتد البرنامج من شهر إلى ثلاث سنوات', 'ثلاث', 3],
    ['a sum: where a price rose from', 'وارتفع سعر الكيلوغرام من دولار إلى 3 دولارات', '3 دولارات', 3],
  ])('not when %s', (_name, text, mention, value) => {
    expect(onlyFigure(text)).toMatchObject({ text: mention, value });
  });
});

describe('a degree of no scale takes the scale written before it in its sentence', () => {
  it('the second range of a forecast', () => {
    const figures = figuresIn('وتتراوح درجات الحرارة الدنيا بين 2 و6 درجات مئوية، فيما تتراوح العظمى بين 14 و19 درجة.');
    expect(figures.map((f) => [f.min, f.max, f.unit])).toEqual([
      [2, 6, '°C'],
      [14, 19, '°C'],
    ]);
  });

  it.each([
    ['not across a sentence’s end', 'بلغت الحرارة في الكويت 50 درجة مئوية. وسجلت الرياض 47 درجة', '°'],
    ['not with none written before', 'وسجلت الرياض 47 درجة', '°'],
  ])('%s', (_name, text, unit) => {
    expect(figuresIn(text).at(-1)?.unit).toBe(unit);
  });
});
