// A government named by what it was formed for (national unity, accord, stability): a body, never a
// place, and another body than the state's government. Every sentence is written for these tests.
import { extract } from '../src/index';

const bodies = (text: string) => extract(text).organizations.map((body) => ({ name: body.name, nationality: body.nationality }));

describe('a government named by what it was formed for', () => {
  test('is a body, with its nisba or alone', () => {
    expect(bodies('رفضت حكومة الوحدة الوطنية الليبية بيان البرلمان المنعقد في الشرق.')).toContainEqual({
      name: 'حكومة الوحدة الوطنية الليبية',
      nationality: 'LY',
    });
    expect(bodies('وقال وزير الصحة في حكومة الوحدة الوطنية إن المستشفيات تعمل.').map((body) => body.name)).toContain('حكومة الوحدة الوطنية');
    expect(bodies('ودعت حكومة الوفاق الوطني إلى وقف إطلاق النار.').map((body) => body.name)).toEqual(['حكومة الوفاق الوطني']);
  });

  test('a rival government and the state government are other bodies', () => {
    const names = bodies('وقالت حكومة الاستقرار الوطني إن حكومة الوحدة الوطنية فقدت شرعيتها.').map((body) => body.name);
    expect(names).toEqual(['حكومة الاستقرار الوطني', 'حكومة الوحدة الوطنية']);
    expect(extract('وقالت حكومة الوحدة الوطنية في طرابلس إن الهدوء عاد.').places.map((place) => place.name)).toEqual(['طرابلس']);
  });

  test('a government of national unity, indefinite, or the words alone name no body', () => {
    expect(bodies('وشكل الرئيس حكومة وحدة وطنية بعد أشهر من الأزمة.')).toEqual([]);
    expect(bodies('ودعا الخطيب إلى الحفاظ على الوحدة الوطنية.')).toEqual([]);
  });
});
