import { swapArabicAscii } from '../src/text/packed-arabic';
import { PACKED_PERSON_NAME_WORDS } from '../src/data/people/given-names.generated';
import { PACKED_GEONAMES_NAMES } from '../src/data/places/geonames.generated';
import { countryNamesAr } from '../src/text/countries';

describe('packed Arabic word lists', () => {
  test('packing twice gives any text back, stand-ins and other scripts included', () => {
    for (const text of ['', 'محمد بن سلمان', "a!#$%&'()*+,/:<=>?@[]^_{}~bfhjklmquxz", 'ة ى ء آ أ ؤ إ ئ ـ ً ٠١ ۀ', 'x\u{1F600}\uD800 ﻻ', '\uFEFFبداية']) {
      expect(swapArabicAscii(swapArabicAscii(text))).toBe(text);
    }
    // and the long texts, in several chunks
    const long = 'بغداد; 12|ok '.repeat(3000);
    expect(swapArabicAscii(swapArabicAscii(long))).toBe(long);
  });
  test('letters are written as one ASCII character each', () => {
    expect(swapArabicAscii('ابت ثج')).toMatch(/^[!-~]{3} [!-~]{2}$/);
    expect(swapArabicAscii(swapArabicAscii('ابت ثج'))).toBe('ابت ثج');
  });
  test('the generated lists are packed: ASCII apart from the rare stand-in they hold, Arabic once unpacked', () => {
    for (const packed of [PACKED_PERSON_NAME_WORDS, PACKED_GEONAMES_NAMES]) {
      const nonAscii = [...packed].filter((c) => c.charCodeAt(0) > 0x7f).length;
      expect(nonAscii / packed.length).toBeLessThan(0.001);
      expect(swapArabicAscii(packed)).toMatch(/[\u0621-\u064a]{3}/);
    }
    expect(swapArabicAscii(PACKED_PERSON_NAME_WORDS).split(' ')).toContain('محمد');
    expect(swapArabicAscii(PACKED_GEONAMES_NAMES)).toMatch(/(^|\n|\|)بغداد(\n|\|)/);
  });
  test("CLDR's countries unpack to a code and a name a line, parentheses and the damma of عُمان kept", () => {
    const countries = new Map(countryNamesAr());
    expect(countries.size).toBe(countryNamesAr().length);
    expect([...countries.keys()].every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
    expect(countries.get('EG')).toBe('مصر');
    expect(countries.get('OM')).toBe('عُمان');
    expect(countries.get('MM')).toBe('ميانمار (بورما)');
    expect(countries.get('AE')).toBe('الإمارات العربية المتحدة');
  });
});
