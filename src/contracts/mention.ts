/** A span of the caller's original string: `text === source.slice(start, end)` (UTF-16 offsets). */
export interface Mention {
  /** The span exactly as written in the caller's string. */
  text: string;
  /**
   * UTF-16 offset of the span's first code unit in the caller's string.
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * UTF-16 offset just past the span's last code unit (exclusive), so `end - start === text.length`.
   * @asType integer
   * @minimum 0
   */
  end: number;
}
