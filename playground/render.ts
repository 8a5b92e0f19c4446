// The view of one extraction as HTML: the text with every mention marked, the legend, the panels
// (entities, figures, dates, JSON) and a description of each mark for its tooltip. Pure string
// functions, no DOM and no Node built-ins: the playground runs them in the browser on every edit,
// `khabar --html` runs them in Node to write one static page.
import type { DateMention, Entity, Extraction, Figure, Mention, Organization, Person, Place } from '../src/index';

export type Category = 'people' | 'places' | 'organizations' | 'figures' | 'dates';

export const CATEGORIES: readonly Category[] = ['people', 'places', 'organizations', 'figures', 'dates'];

const CATEGORY_LABELS: Record<Category, string> = {
  people: 'People',
  places: 'Places',
  organizations: 'Organizations',
  figures: 'Figures',
  dates: 'Dates',
};

const ENTITY_CATEGORIES = ['people', 'places', 'organizations'] as const;

/** One marked span: a mention of an entity, a figure or a date, and the description its tooltip shows. */
interface MarkSpan {
  start: number;
  end: number;
  category: Category;
  /** Numbers every span of the view, so that the pieces of one span split by another share it. */
  mention: number;
  /** The id of the element that describes what khabar made of the span. */
  describedBy: string;
  /** The entity the span names (people, places, organizations). */
  entity?: string;
}

/** Escapes text for HTML content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r\0]/g, (character) => ESCAPES[character]!);
}

// The HTML parser turns a literal CR (or CR LF) into LF and drops a literal NUL, which would move every
// later mark off the JSON's offsets: a CR is written as a reference, which it keeps; NUL, which HTML
// cannot carry, as U+FFFD, one code unit for one.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\0': '\uFFFD' };

const descriptionId = (key: string) => escapeHtml(`khabar-d-${key}`);

/**
 * The text as HTML, each span of `result` in a `<mark>` placed by its UTF-16 offsets, so the page's
 * text is the caller's text (see escapeHtml) and each mark's text is `text.slice(start, end)`.
 *
 * khabar's resolver gives spans that do not overlap, but any Extraction is drawn faithfully: a span
 * inside another (a date inside an organization's name) is a `<mark>` inside the other's; a span that
 * crosses another's end is split there into pieces that share one `data-mention` number, and only its
 * first piece takes keyboard focus. Spans with the same start nest longest outside.
 */
export function renderMarkedText(text: string, result: Extraction): string {
  const spans = markSpans(result, text.length);
  // Each boundary opens and closes marks; `open` is the stack of marks open at the current offset.
  const open: MarkSpan[] = [];
  let html = '';
  let offset = 0;
  let next = 0;
  while (offset < text.length || open.length > 0 || next < spans.length) {
    const closeAt = open.reduce((least, span) => Math.min(least, span.end), Infinity);
    const openAt = next < spans.length ? spans[next]!.start : Infinity;
    const boundary = Math.min(closeAt, openAt, text.length);
    html += escapeHtml(text.slice(offset, boundary));
    offset = boundary;
    if (closeAt === boundary) {
      // Unwind the stack down to the lowest mark that ends here, then reopen, as pieces, those that go on.
      const closed = open.splice(open.findIndex((span) => span.end === boundary));
      html += '</mark>'.repeat(closed.length);
      for (const span of closed) {
        if (span.end === boundary) continue;
        html += openTag(span, false);
        open.push(span);
      }
      continue;
    }
    if (openAt === boundary) {
      const span = spans[next++]!;
      html += openTag(span, true);
      open.push(span);
      continue;
    }
    break;
  }
  return html;
}

function openTag(span: MarkSpan, first: boolean): string {
  const entity = span.entity === undefined ? '' : ` data-entity="${escapeHtml(span.entity)}"`;
  const focus = first ? ' tabindex="0"' : ' data-piece=""';
  return (
    `<mark class="k-${span.category}" data-category="${span.category}" data-mention="${span.mention}"` +
    ` data-start="${span.start}" data-end="${span.end}"${entity} aria-describedby="${descriptionId(span.describedBy)}"${focus}>`
  );
}

/** Every span of the result, checked against the text, sorted by start, the longer first on a tie. */
function markSpans(result: Extraction, length: number): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const add = (mention: Mention, category: Category, describedBy: string, entity?: string) => {
    const { start, end } = mention;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
      throw new RangeError(`${category} span ${JSON.stringify(mention.text)} at ${start}–${end} is not inside a text of ${length} code units`);
    }
    spans.push({ start, end, category, mention: spans.length, describedBy, ...(entity === undefined ? {} : { entity }) });
  };
  for (const category of ENTITY_CATEGORIES) {
    for (const entity of result[category]) for (const mention of entity.mentions) add(mention, category, entity.id, entity.id);
  }
  result.figures.forEach((figure, index) => add(figure, 'figures', figureKey(index)));
  result.dates.forEach((date, index) => add(date, 'dates', dateKey(index)));
  return spans.sort((a, b) => a.start - b.start || b.end - a.end || a.mention - b.mention);
}

const figureKey = (index: number) => `figure-${index + 1}`;
const dateKey = (index: number) => `date-${index + 1}`;

/** The whole view of one extraction: legend, reference date, marked text, panels and mark descriptions. */
export function renderView(text: string, result: Extraction): string {
  return (
    `<div class="k-summary">${renderLegend(result)}${renderReference(text, result)}</div>` +
    `<div class="k-columns">` +
    `<div class="k-text" dir="rtl" lang="ar" aria-label="Text with marks">${renderMarkedText(text, result)}</div>` +
    `<div class="k-panels">${renderPanels(result)}</div>` +
    `</div>` +
    `<div hidden>${renderDescriptions(result)}</div>` +
    `<div class="k-tooltip" role="tooltip" hidden></div>`
  );
}

/** How many marks each category has. */
export function countMentions(result: Extraction): Record<Category, number> {
  const mentions = (entities: Entity[]) => entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  return {
    people: mentions(result.people),
    places: mentions(result.places),
    organizations: mentions(result.organizations),
    figures: result.figures.length,
    dates: result.dates.length,
  };
}

function renderLegend(result: Extraction): string {
  const counts = countMentions(result);
  const items = CATEGORIES.map(
    (category) =>
      `<li><button type="button" class="k-toggle k-${category}" data-toggle="${category}" aria-pressed="true">` +
      `${CATEGORY_LABELS[category]} <span class="k-count">${counts[category]}</span></button></li>`,
  );
  return `<ul class="k-legend" aria-label="Categories shown (press to hide or show)">${items.join('')}</ul>`;
}

function renderReference(text: string, result: Extraction): string {
  const { value, source, start, end } = result.reference;
  let said: string;
  if (source === 'none') said = 'none: relative and year-less dates stay unresolved';
  else if (source === 'option') said = `${escapeHtml(String(value))}, as given`;
  else {
    const dateline = start !== undefined && end !== undefined ? ` «<bdi lang="ar">${escapeHtml(text.slice(start, end))}</bdi>»` : '';
    said = `${escapeHtml(String(value))}, read from the dateline${dateline}`;
  }
  return `<p class="k-reference">Reference date used: ${said}</p>`;
}

const TABS = [
  ['entities', 'Entities'],
  ['figures', 'Figures'],
  ['dates', 'Dates'],
  ['json', 'JSON'],
] as const;

function renderPanels(result: Extraction): string {
  const tabs = TABS.map(
    ([key, label], index) =>
      `<button type="button" role="tab" id="k-tab-${key}" aria-controls="k-panel-${key}" data-tab="${key}"` +
      ` aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}">${label}</button>`,
  );
  const bodies: Record<(typeof TABS)[number][0], string> = {
    entities: renderEntities(result),
    figures: renderFigures(result.figures),
    dates: renderDates(result.dates),
    json:
      `<p class="k-actions"><button type="button" data-action="copy">Copy JSON</button> ` +
      `<button type="button" data-action="download">Download JSON</button> <span class="k-status" role="status"></span></p>` +
      `<pre class="k-json" tabindex="0" aria-label="Extraction as JSON">${escapeHtml(JSON.stringify(result, null, 2))}</pre>`,
  };
  const panels = TABS.map(
    ([key], index) =>
      `<section role="tabpanel" id="k-panel-${key}" aria-labelledby="k-tab-${key}" data-panel="${key}"${index === 0 ? '' : ' hidden'}>${bodies[key]}</section>`,
  );
  return `<div role="tablist" aria-label="Results" class="k-tabs">${tabs.join('')}</div>${panels.join('')}`;
}

function renderEntities(result: Extraction): string {
  return ENTITY_CATEGORIES.map((category) => {
    const entities = result[category];
    const list = entities.map(
      (entity) =>
        `<li><button type="button" class="k-entity k-${category}" data-choose="${escapeHtml(entity.id)}" aria-pressed="false">` +
        `<bdi lang="ar">${escapeHtml(entity.name)}</bdi> <span class="k-count">×${entity.mentions.length}<span class="k-unseen"> mentions</span></span></button></li>`,
    );
    const body = entities.length === 0 ? '<p class="k-none">None found.</p>' : `<ul class="k-entities">${list.join('')}</ul>`;
    return `<h3>${CATEGORY_LABELS[category]}</h3>${body}`;
  }).join('');
}

function renderFigures(figures: Figure[]): string {
  const rows = figures.map((figure) => [arabic(figure.text), figureValue(figure), escapeHtml(figure.unit ?? ''), escapeHtml(figure.kind ?? ''), qualifier(figure), arabic(figure.noun ?? '')]);
  return table('Figures', ['As written', 'Value', 'Unit', 'Kind', 'Qualifier', 'Counted'], rows);
}

function renderDates(dates: DateMention[]): string {
  const rows = dates.map((date) => [arabic(date.text), dateValue(date), escapeHtml(date.kind ?? ''), escapeHtml(date.granularity ?? ''), calendar(date)]);
  return table('Dates', ['As written', 'Value', 'Kind', 'Granularity', 'Calendar'], rows);
}

function table(caption: string, headings: string[], rows: string[][]): string {
  if (rows.length === 0) return '<p class="k-none">None found.</p>';
  const head = headings.map((heading) => `<th scope="col">${heading}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<div class="k-scroll" tabindex="0" role="group" aria-label="${caption} table"><table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function renderDescriptions(result: Extraction): string {
  const entities = [
    ...result.people.map((person) => entityDescription(person, personFacts(person))),
    ...result.places.map((place) => entityDescription(place, placeFacts(place))),
    ...result.organizations.map((organization) => entityDescription(organization, organizationFacts(organization))),
  ];
  const figures = result.figures.map((figure, index) => description(figureKey(index), figure.text, figureFacts(figure)));
  const dates = result.dates.map((date, index) => description(dateKey(index), date.text, dateFacts(date)));
  return [...entities, ...figures, ...dates].join('');
}

type Fact = [label: string, html: string];

function description(key: string, title: string, facts: Fact[]): string {
  const rows = facts.map(([label, html]) => `<dt>${label}</dt><dd>${html}</dd>`).join('');
  return `<div id="${descriptionId(key)}"><p class="k-title">${arabic(title)}</p><dl>${rows}</dl></div>`;
}

function entityDescription(entity: Entity, facts: Fact[]): string {
  return description(entity.id, entity.name, [...facts, ['Mentions', String(entity.mentions.length)]]);
}

function personFacts(person: Person): Fact[] {
  const facts: Fact[] = [['Kind', 'Person']];
  if (person.titles !== undefined && person.titles.length > 0) facts.push(['Titles', person.titles.map(arabic).join('، ')]);
  if (person.nationality !== undefined) facts.push(['Nationality', escapeHtml(person.nationality)]);
  return facts;
}

function placeFacts(place: Place): Fact[] {
  const facts: Fact[] = [['Kind', place.kind === undefined ? 'Place' : `Place, ${escapeHtml(place.kind)}`]];
  if (place.countryCode !== undefined) facts.push(['Country', escapeHtml(place.countryCode)]);
  return facts;
}

function organizationFacts(organization: Organization): Fact[] {
  const facts: Fact[] = [['Kind', organization.kind === undefined ? 'Organization' : `Organization, ${escapeHtml(organization.kind)}`]];
  if (organization.nationality !== undefined) facts.push(['Nationality', escapeHtml(organization.nationality)]);
  return facts;
}

function figureFacts(figure: Figure): Fact[] {
  const facts: Fact[] = [['Value', figureValue(figure)]];
  if (figure.unit !== undefined) facts.push(['Unit', escapeHtml(figure.unit) + (figure.unitSpan ? ` (${arabic(figure.unitSpan.text)})` : '')]);
  if (figure.kind !== undefined) facts.push(['Kind', escapeHtml(figure.kind)]);
  if (figure.approx !== undefined) facts.push(['Qualifier', qualifier(figure)]);
  if (figure.noun !== undefined) facts.push(['Counted', arabic(figure.noun)]);
  return facts;
}

function dateFacts(date: DateMention): Fact[] {
  const facts: Fact[] = [['Value', dateValue(date)]];
  if (date.kind !== undefined) facts.push(['Kind', escapeHtml(date.kind)]);
  if (date.granularity !== undefined) facts.push(['Granularity', escapeHtml(date.granularity)]);
  if (date.calendar !== undefined) facts.push(['Calendar', calendar(date)]);
  if (date.timeZone !== undefined) facts.push(['Time zone', escapeHtml(date.timeZone)]);
  if (date.partOfDay !== undefined) facts.push(['Part of day', escapeHtml(date.partOfDay)]);
  if (date.conflict !== undefined) facts.push(['In doubt', `month names disagree; the other reading is ${escapeHtml(date.conflict.alternative ?? 'unresolved')}`]);
  return facts;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The number, the range `min–max`, or for a vague quantity `≥ lowerBound`. */
function figureValue(figure: Figure): string {
  if (figure.value !== null) return NUMBER.format(figure.value);
  if (figure.min !== undefined && figure.max !== undefined) return `${NUMBER.format(figure.min)}–${NUMBER.format(figure.max)}`;
  if (figure.lowerBound !== undefined) return `vague, at least ${NUMBER.format(figure.lowerBound)}`;
  return 'none';
}

function qualifier(figure: Figure): string {
  if (figure.approx === undefined) return '';
  return escapeHtml(figure.approx) + (figure.qualifier ? ` (${arabic(figure.qualifier.text)})` : '');
}

function dateValue(date: DateMention): string {
  return date.value === null ? 'unresolved' : `<bdi>${escapeHtml(date.value)}</bdi>`;
}

function calendar(date: DateMention): string {
  if (date.calendar === undefined) return '';
  return escapeHtml(date.calendar) + (date.hijri === undefined ? '' : `, Hijri <bdi>${escapeHtml(date.hijri)}</bdi>`);
}

/** Arabic inside English text: isolated so that it keeps its own direction. */
const arabic = (text: string) => `<bdi lang="ar">${escapeHtml(text)}</bdi>`;

/** A whole HTML document around `body`, with its style and script inline: one file, no network. */
export function renderDocument(parts: { title: string; css: string; body: string; script: string }): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(parts.title)}</title><style>${parts.css}</style></head>` +
    `<body>${parts.body}<script>${inlineScript(parts.script)}</script></body></html>\n`
  );
}

/** A script can go inside `<script>` as long as nothing in it reads as the element's end tag. */
function inlineScript(script: string): string {
  if (/<\/script/i.test(script)) throw new Error('the inline script contains "</script": it would end the element early');
  return script;
}
