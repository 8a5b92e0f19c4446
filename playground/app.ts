// The playground: an editor whose text khabar reads as you type, with the view of its extraction below.
import { extract, type Extraction } from '../src/index';
import { installInteractions } from './interact';
import { renderView } from './render';

interface Fixture {
  name: string;
  text: string;
}

const DEBOUNCE_MS = 150;

const element = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const root = element<HTMLElement>('k-root');
const input = element<HTMLTextAreaElement>('k-input');
const picker = element<HTMLSelectElement>('k-fixture');
const reference = element<HTMLInputElement>('k-reference');
const timing = element<HTMLOutputElement>('k-timing');
const view = element<HTMLElement>('k-view');
const fixtures = JSON.parse(element<HTMLScriptElement>('k-fixtures').textContent ?? '[]') as Fixture[];

const interactions = installInteractions(root);

function show(): void {
  const text = input.value;
  const options = reference.value === '' ? undefined : { referenceDate: reference.value };
  let result: Extraction;
  const started = performance.now();
  try {
    result = extract(text, options);
  } catch (error) {
    timing.textContent = `khabar refused this input: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  const elapsed = performance.now() - started;
  view.innerHTML = renderView(text, result);
  interactions.refresh();
  timing.textContent = `Read ${text.length.toLocaleString('en-US')} characters in ${elapsed.toFixed(1)} ms`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
function showSoon(): void {
  clearTimeout(pending);
  pending = setTimeout(show, DEBOUNCE_MS);
}

function pick(): void {
  const fixture = fixtures[Number(picker.value)];
  if (fixture) input.value = fixture.text;
  show();
}

for (const [index, fixture] of fixtures.entries()) picker.add(new Option(`${index + 1}. ${fixture.name}`, String(index)));
picker.addEventListener('change', pick);
input.addEventListener('input', showSoon);
reference.addEventListener('change', show);
pick();
