// arabic-reshaper ships no types. It is a CommonJS module; imported from ESM, its exports object is the default export.
declare module 'arabic-reshaper' {
  const reshaper: {
    /** Replaces Arabic letters with their contextual presentation forms (initial, medial, final, isolated). */
    convertArabic(text: string): string;
  };
  export default reshaper;
}
