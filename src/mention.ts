/** A span of the caller's original string: `text === source.slice(start, end)` (UTF-16 offsets). */
export interface Mention {
  text: string;
  start: number;
  end: number;
}
