// What a count counts, read word by word: the adjective that agrees with it, the verb or state that
// does not, multiples in the dual, and a time unit a definite cardinal follows.
import { figuresIn, onlyFigure } from './figures-helpers';

describe('the counted noun’s adjectives', () => {
  it('a masculine accusative participle after a feminine singular is the verb’s state, not the noun’s adjective', () => {
    expect(figuresIn('وأغلق مؤشر تاسي عند 12450 نقطة مرتفعا بنسبة 0.8%')[0]).toMatchObject({ value: 12450, noun: 'نقطة' });
    expect(onlyFigure('وحقق الفريق 15 نقطة متصدرا الترتيب')).toMatchObject({ value: 15, noun: 'نقطة' });
  });

  it('an accusative participle is no construct complement either', () => {
    expect(figuresIn('وسجلت 3 إصابات مؤكدة و12 حالة مشتبها بها').map((f) => f.noun)).toEqual(['إصابات مؤكدة', 'حالة']);
  });

  it('adjectives that agree stay', () => {
    expect(onlyFigure('ودمرت الغارات 4 عربات مصفحة')).toMatchObject({ noun: 'عربات مصفحة' });
    expect(onlyFigure('وأطلق 12 صاروخا إيرانيا')).toMatchObject({ noun: 'صاروخا إيرانيا' });
    expect(onlyFigure('وسجل 3 إصابات مؤكدة')).toMatchObject({ noun: 'إصابات مؤكدة' });
    expect(onlyFigure('وتسلم المستشفى 5 أجهزة جديدة')).toMatchObject({ noun: 'أجهزة جديدة' });
  });

  it('an imperfect verb in ي after the noun is not its nisba; a demonym in ي is', () => {
    expect(onlyFigure('وقال إن 3 أطفال يعاني أحدهم من مرض مزمن')).toMatchObject({ value: 3, noun: 'أطفال' });
    expect(onlyFigure('وأكد أن 40 مريضا يأتي معظمهم من الريف')).toMatchObject({ value: 40, noun: 'مريضا' });
    expect(onlyFigure('وأفرجت السلطات عن 5 صيادين يمنيين')).toMatchObject({ noun: 'صيادين يمنيين' });
    expect(onlyFigure('وأسرت القوات 4 جنود يمنيين')).toMatchObject({ noun: 'جنود يمنيين' });
    expect(onlyFigure('وأصيب 7 مواطنين يمني الجنسية')).toMatchObject({ noun: 'مواطنين يمني' });
  });
});

describe('multiples', () => {
  it('ضعفين counts two, as ثلاثة أضعاف counts three', () => {
    expect(onlyFigure('وتضاعف الإنتاج ضعفين خلال عامين')).toMatchObject({ text: 'ضعفين', value: 2, kind: 'count' });
    expect(onlyFigure('وارتفعت الأسعار بثلاثة أضعاف')).toMatchObject({ value: 3, noun: 'أضعاف' });
  });

  it('the definite dual and weakness are no count', () => {
    expect(figuresIn('وتحدث الخبراء عن ضعف الإنتاج')).toEqual([]);
    expect(figuresIn('وقارن بين الضعفين')).toEqual([]);
  });
});

describe('a definite cardinal after a time unit is a duration', () => {
  it.each([
    ['days, in words', 'وسجلت الوزارة خلال الأيام الثلاثة الماضية حالات جديدة', 'الثلاثة', 3, 'day', 'الأيام'],
    ['hours, digits after the article written apart', 'وارتفعت الحصيلة خلال الساعات الـ48 الماضية', '48', 48, 'hour', 'الساعات'],
    ['years', 'وشهدت البلاد خلال السنوات العشر الأخيرة نموا', 'العشر', 10, 'year', 'السنوات'],
    ['months', 'وسيقيم البنك التجربة خلال الشهور الثلاثة القادمة', 'الثلاثة', 3, 'month', 'الشهور'],
  ])('%s', (_name, text, number, value, unit, written) => {
    const figure = onlyFigure(text);
    expect(figure).toMatchObject({ text: number, value, kind: 'duration', unit, unitSpan: { text: written } });
    expect(text.slice(figure.unitSpan!.start, figure.unitSpan!.end)).toBe(written);
    expect(figure.noun).toBeUndefined();
  });

  it('a noun before a definite cardinal stays its noun; a singular time word’s rank is no figure', () => {
    expect(onlyFigure('وأفرج عن الأطفال الثلاثة')).toMatchObject({ value: 3, kind: 'count', noun: 'الأطفال' });
    expect(figuresIn('واحتفل الجيش باليوم الـ100 للحرب')).toEqual([]);
  });
});
