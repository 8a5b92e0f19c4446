/** Prepares one table cell of logical-order text for the terminal. */
export type Display = (text: string) => string;

// Left-to-right mark: a strong LTR character of zero width.
const LRM = '\u200e';
// Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Arabic presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * With `shape`, Arabic is joined (arabic-reshaper) and put in visual order (bidi-js), for terminals
 * that do neither: the common case. Without it, text stays in logical order for a terminal that does
 * both itself; the LRM around each cell then keeps such a terminal from taking a line that starts in
 * Arabic for a right-to-left line, or from reading two Arabic cells side by side as one run, which
 * would swap the columns.
 */
export async function createDisplay(shape: boolean, warn: (note: string) => void): Promise<Display> {
  if (!shape) return (text) => LRM + text + LRM;
  const reshape = await loadReshaper(warn);
  // Loaded only here: runs without --pretty do not pay for it.
  const bidi = (await import('bidi-js')).default();
  return (text) => {
    if (!RIGHT_TO_LEFT.test(text)) return text;
    const shaped = reshape(text);
    return bidi.getReorderedString(shaped, bidi.getEmbeddingLevels(shaped));
  };
}

/**
 * arabic-reshaper is GPL-3.0, so khabar (MIT) only offers it as an optional peer dependency, loaded
 * here when present. Without it, letters stay unjoined but still read in the right order.
 */
async function loadReshaper(warn: (note: string) => void): Promise<(text: string) => string> {
  try {
    const { default: reshaper } = await import('arabic-reshaper');
    return (text) => reshaper.convertArabic(text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    warn('arabic-reshaper is not installed, so Arabic letters are shown unjoined (npm install arabic-reshaper, or --no-shape if your terminal shapes Arabic itself)');
    return (text) => text;
  }
}
