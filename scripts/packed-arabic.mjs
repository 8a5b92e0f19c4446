// The generators' side of src/text/packed-arabic.ts: the same swapArabicAscii (bundled from the
// TypeScript on the fly, so the letter pairs live in one place), and the literal a generated module
// declares a packed list with.
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: [new URL('../src/text/packed-arabic.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
export const { swapArabicAscii } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

/** `text` packed, as a string literal; checks that it unpacks to `text`. */
export function packedLiteral(text) {
  const packed = swapArabicAscii(text);
  if (swapArabicAscii(packed) !== text) throw new Error('packed text does not unpack to itself');
  return JSON.stringify(packed);
}
