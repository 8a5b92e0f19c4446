import type { DateMention, Extraction, Figure } from '../index';
import type { Display } from './arabic-display';
import { renderTable, type Column } from './table';

// Long cells (a person's list of titles) would push the table past the terminal's edge.
const MAX_CELL_CHARACTERS = 40;

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The --pretty view of one extraction: a table per category, under an optional heading. */
export function renderPretty(extraction: Extraction, display: Display, heading?: string): string {
  const cell = (text: string | undefined) => (text === undefined || text === '' ? '' : display(fit(text)));
  const sections = [
    section('People', extraction.people, peopleColumns, (person) => [
      cell(person.name),
      cell(person.titles?.join('، ')),
      person.nationality ?? '',
      String(person.mentions.length),
    ]),
    section('Places', extraction.places, placeColumns, (place) => [cell(place.name), place.kind ?? '', place.countryCode ?? '', String(place.mentions.length)]),
    section('Organizations', extraction.organizations, organizationColumns, (organization) => [
      cell(organization.name),
      organization.kind ?? '',
      organization.nationality ?? '',
      String(organization.mentions.length),
    ]),
    section('Figures', extraction.figures, figureColumns, (figure) => [
      cell(figure.text),
      figureValue(figure),
      cell(figure.unit),
      figure.kind ?? '',
      figure.approx ?? '',
      cell(figure.noun),
    ]),
    section('Dates', extraction.dates, dateColumns, (date) => [cell(date.text), date.value ?? '—', date.kind ?? '', dateDetails(date)]),
  ];
  const title = heading === undefined ? [] : [`━━ ${display(heading)} ━━\n`];
  return [...title, referenceLine(extraction.reference), ...sections].join('\n') + '\n';
}

const mentions: Column = { header: 'Mentions', align: 'right' };
const peopleColumns: Column[] = [
  { header: 'Name', align: 'left' },
  { header: 'Titles', align: 'left' },
  { header: 'Nationality', align: 'left' },
  mentions,
];
const placeColumns: Column[] = [
  { header: 'Name', align: 'left' },
  { header: 'Kind', align: 'left' },
  { header: 'Country', align: 'left' },
  mentions,
];
const organizationColumns: Column[] = [
  { header: 'Name', align: 'left' },
  { header: 'Kind', align: 'left' },
  { header: 'Nationality', align: 'left' },
  mentions,
];
const figureColumns: Column[] = [
  { header: 'Text', align: 'left' },
  { header: 'Value', align: 'right' },
  { header: 'Unit', align: 'left' },
  { header: 'Kind', align: 'left' },
  { header: 'Qualifier', align: 'left' },
  { header: 'Counted', align: 'left' },
];
const dateColumns: Column[] = [
  { header: 'Text', align: 'left' },
  { header: 'Value', align: 'left' },
  { header: 'Kind', align: 'left' },
  { header: 'Details', align: 'left' },
];

function section<T>(title: string, items: readonly T[], columns: readonly Column[], row: (item: T) => string[]): string {
  if (items.length === 0) return `${title}: none\n`;
  return `${title} (${items.length})\n${renderTable(columns, items.map(row))}`;
}

function referenceLine(reference: Extraction['reference']): string {
  if (reference.value === null) return 'Reference date: none, so relative dates stay unresolved\n';
  return `Reference date: ${reference.value} (${reference.source === 'option' ? 'given' : 'from the dateline'})\n`;
}

/** The number stated, a range's two ends, or the least a vague quantity can mean. */
function figureValue(figure: Figure): string {
  if (figure.value !== null) return numbers.format(figure.value);
  if (figure.min !== undefined && figure.max !== undefined) return `${numbers.format(figure.min)}–${numbers.format(figure.max)}`;
  if (figure.lowerBound !== undefined) return `≥ ${numbers.format(figure.lowerBound)}`;
  return '—';
}

function dateDetails(date: DateMention): string {
  return [
    date.granularity,
    date.hijri === undefined ? undefined : `hijri ${date.hijri}`,
    date.timeZone,
    date.partOfDay,
    date.conflict === undefined ? undefined : `month names disagree, or ${date.conflict.alternative ?? '?'}`,
  ]
    .filter((detail) => detail !== undefined)
    .join(', ');
}

/** One line, at most MAX_CELL_CHARACTERS long, cut in logical order so the ellipsis ends the text whatever its direction. */
function fit(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length <= MAX_CELL_CHARACTERS ? characters.join('') : characters.slice(0, MAX_CELL_CHARACTERS - 1).join('') + '…';
}
