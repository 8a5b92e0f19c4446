// readDigits reads ASCII digits alone on a short path: it must give what the general path gives for
// the same number in another script (Arabic-Indic and Persian digits always take the general path).
import { readDigits } from '../src/figures/digits';

const inScript = (ascii: string, zero: number) => ascii.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));

describe('readDigits: plain ASCII digits read as the general path reads them', () => {
  test.each(['0', '7', '15', '2020', '05', '0123', '000', '123456789012', '99999999999999999999'])('%s', (ascii) => {
    const reading = readDigits(ascii);
    expect(reading).toEqual(readDigits(inScript(ascii, 0x0660)));
    expect(reading).toEqual(readDigits(inScript(ascii, 0x06f0)));
    expect(reading).toMatchObject({ value: Number(ascii), integerDigits: ascii.length, grouped: false, decimal: false });
  });
  test('a leading zero before more digits is a code; zero alone is not', () => {
    expect(readDigits('05')!.leadingZero).toBe(true);
    expect(readDigits('0')!.leadingZero).toBe(false);
  });
  test('separators still take the general path', () => {
    expect(readDigits('1,500')).toEqual({ value: 1500, integerDigits: 4, grouped: true, decimal: false, leadingZero: false });
    expect(readDigits('2.5')).toEqual({ value: 2.5, integerDigits: 1, grouped: false, decimal: true, leadingZero: false });
    expect(readDigits('')).toBeUndefined();
  });
});
