/** How reports name an input: its path as given, or `<stdin>` for `-`. */
export function inputLabel(input: string): string {
  return input === '-' ? '<stdin>' : input;
}
