export interface Column {
  header: string;
  /** Numbers read best right-aligned; text left-aligned. */
  align: 'left' | 'right';
}

const INDENT = '  ';
const GAP = '  ';

/** Lays out rows of ready-to-print cells under their headers, padded to each column's widest cell. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    rows.reduce((widest, row) => Math.max(widest, displayWidth(row[index] ?? '')), displayWidth(column.header)),
  );
  const line = (cells: readonly string[]) =>
    INDENT +
    columns
      .map((column, index) => pad(cells[index] ?? '', widths[index]!, column.align))
      .join(GAP)
      .trimEnd();
  const rule = INDENT + widths.map((width) => '─'.repeat(width)).join(GAP);
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n') + '\n';
}

/**
 * Terminal columns a cell takes: one per character, none for combining marks (Arabic vowel signs)
 * or format characters (the LRM of --no-shape). Presentation forms from shaping are one column each.
 */
export function displayWidth(text: string): number {
  return [...text.replace(/[\p{M}\p{Cf}]/gu, '')].length;
}

function pad(cell: string, width: number, align: Column['align']): string {
  const padding = ' '.repeat(width - displayWidth(cell));
  return align === 'right' ? padding + cell : cell + padding;
}
