// What every extract() result must satisfy whatever the input: it validates against the schema;
// every span in it (entity mentions, figures, dates, a figure's qualifier, nounSpan and unitSpan, the
// dateline in `reference`) lies inside the text, and every span with a `text` slices to that text;
// and what the types document beyond the schema: a date's value is ISO 8601 as DateMention.value
// describes it, and a range's ends rise.
import { validate, type Extraction, type Mention } from './unvalidated-index';

interface LabelledSpan {
  where: string;
  start: number;
  end: number;
  text?: string;
}

/** Every span of a result, each labelled with its JSON path for failure messages. */
function spansOf(result: Extraction): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  const add = (where: string, m: Mention | undefined): void => void (m && spans.push({ where, ...m }));
  for (const category of ['people', 'places', 'organizations'] as const) {
    result[category].forEach((e, i) => e.mentions.forEach((m, j) => add(`${category}[${i}].mentions[${j}]`, m)));
  }
  result.figures.forEach((f, i) => {
    add(`figures[${i}]`, f);
    add(`figures[${i}].qualifier`, f.qualifier);
    add(`figures[${i}].nounSpan`, f.nounSpan);
    add(`figures[${i}].unitSpan`, f.unitSpan);
  });
  result.dates.forEach((d, i) => add(`dates[${i}]`, d));
  const { start, end } = result.reference;
  if (start !== undefined || end !== undefined) spans.push({ where: 'reference', start: start ?? NaN, end: end ?? NaN });
  return spans;
}

// 2020-11-09, 2020-11, 2020, XXXX-11-09, 2020-W46 (a year past 0000–9999 expanded: +010003-08-19),
// with a clock time with or without an offset; or start/end
const ISO_YEAR = String.raw`(?:\d{4}|[+-]\d{6})`;
const ISO_POINT = String.raw`(?:${ISO_YEAR}-W\d{2}|(?:${ISO_YEAR}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?)(?:T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?`;
const ISO_VALUE = new RegExp(`^${ISO_POINT}(?:/${ISO_POINT})?$`);

/** What is wrong with `result` as the extraction of `text`; empty when nothing is. */
export function contractViolations(text: string, result: Extraction): string[] {
  const problems = validate(result).errors.map((e) => `schema: ${e}`);
  for (const { where, start, end, text: written } of spansOf(result)) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      problems.push(`${where}: [${start}, ${end}) is not a span of a text of length ${text.length}`);
    } else if (written !== undefined && text.slice(start, end) !== written) {
      problems.push(`${where}: text ${JSON.stringify(written)} but the text at [${start}, ${end}) is ${JSON.stringify(text.slice(start, end))}`);
    }
  }
  result.dates.forEach(({ value }, i) => {
    if (value !== null && !ISO_VALUE.test(value)) problems.push(`dates[${i}].value ${JSON.stringify(value)} is not ISO 8601`);
  });
  result.figures.forEach(({ min, max }, i) => {
    if ((min === undefined) !== (max === undefined) || (min !== undefined && !(min <= max!))) problems.push(`figures[${i}]: range ${min}–${max}`);
  });
  return problems;
}
