// What every extract() result must satisfy whatever the input: it validates against the schema, and
// with the text (validate's `text` option) every span in it lies inside the text and slices to its
// own text; and what the types document beyond the schema: a date's value is ISO 8601 as
// DateMention.value describes it, a range's ends rise, figures and dates come in text order, and no
// figure overlaps a date (a number inside a date belongs to the date).
import { validate, type Extraction } from './unvalidated-index';

// 2020-11-09, 2020-11, 2020, XXXX-11-09, 2020-W46 (a year past 0000–9999 expanded: +010003-08-19),
// with a clock time with or without an offset; or start/end
const ISO_YEAR = String.raw`(?:\d{4}|[+-]\d{6})`;
const ISO_POINT = String.raw`(?:${ISO_YEAR}-W\d{2}|(?:${ISO_YEAR}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?)(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?`;
const ISO_VALUE = new RegExp(`^${ISO_POINT}(?:/${ISO_POINT})?$`);

/** What is wrong with `result` as the extraction of `text`; empty when nothing is. */
export function contractViolations(text: string, result: Extraction): string[] {
  const problems = validate(result, { text }).errors.map((e) => `validate: ${e}`);
  result.dates.forEach(({ value }, i) => {
    if (value !== null && !ISO_VALUE.test(value)) problems.push(`dates[${i}].value ${JSON.stringify(value)} is not ISO 8601`);
  });
  for (const [name, spans] of [['figures', result.figures], ['dates', result.dates]] as const) {
    const unordered = spans.findIndex((span, i) => i > 0 && span.start < spans[i - 1]!.start);
    if (unordered > 0) problems.push(`${name}[${unordered}] starts before ${name}[${unordered - 1}]`);
  }
  // both in text order: one sweep (results of a megabyte hold 10^5 of each)
  let d = 0;
  result.figures.forEach((f, i) => {
    while (d < result.dates.length && result.dates[d]!.end <= f.start) d++;
    const date = result.dates[d];
    if (date && date.start < f.end) problems.push(`figures[${i}] overlaps dates[${d}]`);
  });
  result.figures.forEach(({ min, max }, i) => {
    if ((min === undefined) !== (max === undefined) || (min !== undefined && !(min <= max!))) problems.push(`figures[${i}]: range ${min}–${max}`);
  });
  return problems;
}

/** Problems with spans that must be exact, inside the text, non-empty and in order without overlap. */
export function orderedSpanProblems(text: string, spans: readonly { text: string; start: number; end: number }[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  spans.forEach(({ text: written, start, end }, k) => {
    if (!(previousEnd <= start && start < end && end <= text.length)) problems.push(`#${k} [${start}, ${end}) after ${previousEnd}`);
    else if (text.slice(start, end) !== written) problems.push(`#${k} ${JSON.stringify(written)} ≠ ${JSON.stringify(text.slice(start, end))}`);
    previousEnd = end;
  });
  return problems;
}
