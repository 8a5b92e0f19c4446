import { places, placeTexts } from './places-helpers';

// Names no list knows, longer or other than the one word a trigger takes by default.

describe('a name starting لا (ل + ال is written لل, so لال is no preposition and article)', () => {
  test('the whole word is the name', () => {
    expect(placeTexts('تجول السياح في بلدة لاليبيلا قبل عودتهم')).toEqual(['لاليبيلا']);
    expect(placeTexts('وصل الوفد إلى قرية لاغوسيتا ووزع المساعدات')).toEqual(['لاغوسيتا']);
  });
  test('ل + a definite word is still read so (للمدينة), and لا before a common noun names nothing', () => {
    expect(placeTexts('دعا المحافظ سكان بلدة للالتزام بالتعليمات')).toEqual([]);
    expect(placeTexts('قال إن المدينة لالتقاط الأنفاس')).toEqual([]);
  });
});
