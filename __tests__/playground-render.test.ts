// The playground's renderer without a browser: marks at exact offsets, nesting and crossing spans,
// escaping. The browser test (playground-browser.test.ts) checks the same pages in Chromium.
import fc from 'fast-check';
import { countMentions, escapeHtml, renderMarkedText, renderView } from '../playground/render';
import { extract, type Extraction, type Mention } from '../src/index';
import { anyText } from './support/arbitraries';

// Our own sentence, not from the seeds.
const SENTENCE = 'قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن 4 آلاف شخص قتلوا.';

const span = (text: string, start: number, end: number): Mention => ({ text: text.slice(start, end), start, end });

/** An extraction of `text` with the given spans, each entity named by its one mention. */
function spans(text: string, given: Partial<Record<'people' | 'places' | 'organizations' | 'figures' | 'dates', [number, number][]>>): Extraction {
  const entities = (kind: string, list: [number, number][] = []) =>
    list.map(([start, end], index) => ({ id: `${kind}-${index + 1}`, name: text.slice(start, end), mentions: [span(text, start, end)] }));
  return {
    people: entities('person', given.people),
    places: entities('place', given.places),
    organizations: entities('organization', given.organizations),
    figures: (given.figures ?? []).map(([start, end]) => ({ ...span(text, start, end), value: 1 })),
    dates: (given.dates ?? []).map(([start, end]) => ({ ...span(text, start, end), value: null })),
    reference: { value: null, source: 'none' },
  };
}

/** The marked text with each opening tag shortened to `[category` (`[category~` for a later piece) and `</mark>` to `]`. */
const outline = (html: string) =>
  html.replace(/<mark class="k-(\w+)"[^>]*?( data-piece="")?>/g, (_tag, category: string, piece?: string) => `[${category}${piece ? '~' : ''}`).replace(/<\/mark>/g, ']');

/** The text back from the HTML: tags dropped, references read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_reference, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('renderMarkedText', () => {
  test('escapes markup and keeps carriage returns as references, so the page text is the text', () => {
    const text = `a<b>&"c'\r\nd\re\0f`;
    expect(renderMarkedText(text, spans(text, {}))).toBe('a&lt;b&gt;&amp;&quot;c&#39;&#13;\nd&#13;e\uFFFDf');
    expect(escapeHtml('<mark title="x">')).toBe('&lt;mark title=&quot;x&quot;&gt;');
  });

  test('marks each span at its offsets, with its category, offsets and description', () => {
    const text = 'ab cd ef';
    const html = renderMarkedText(text, spans(text, { people: [[3, 5]] }));
    expect(html).toBe(
      'ab <mark class="k-people" data-category="people" data-mention="0" data-start="3" data-end="5" data-entity="person-1" aria-describedby="khabar-d-person-1" tabindex="0">cd</mark> ef',
    );
  });

  test('a span inside another is a mark inside the other (a date inside an organization)', () => {
    const text = '0123456789';
    expect(outline(renderMarkedText(text, spans(text, { organizations: [[0, 10]], dates: [[4, 8]] })))).toBe('[organizations0123[dates4567]89]');
    // Same start: the longer outside; same end: closed together.
    expect(outline(renderMarkedText(text, spans(text, { places: [[2, 4]], organizations: [[2, 8]], figures: [[6, 8]] })))).toBe(
      '01[organizations[places23]45[figures67]]89',
    );
  });

  test('a span crossing another is split at its end into pieces; only the first takes focus', () => {
    const text = '0123456789';
    const html = renderMarkedText(text, spans(text, { places: [[0, 5]], people: [[3, 8]] }));
    expect(outline(html)).toBe('[places012[people34]][people~567]89');
    expect(html.match(/data-mention="\d+"/g)).toEqual(['data-mention="1"', 'data-mention="0"', 'data-mention="0"']);
    expect(html.match(/tabindex/g)).toHaveLength(2);
  });

  test('spans that touch are siblings; an empty span is an empty mark', () => {
    const text = 'abcdef';
    expect(outline(renderMarkedText(text, spans(text, { people: [[0, 3]], places: [[3, 6]], dates: [[6, 6]] })))).toBe('[peopleabc][placesdef][dates]');
  });

  test('a span outside the text is a RangeError, never a silently wrong mark', () => {
    const text = 'abc';
    expect(() => renderMarkedText(text, spans('abcdef', { people: [[2, 5]] }))).toThrow(RangeError);
    const backwards = spans(text, {});
    backwards.dates.push({ text: '', start: 2, end: 1, value: null });
    expect(() => renderMarkedText(text, backwards)).toThrow(/dates span "" at 2–1/);
  });

  test('on a real extraction, the text comes back whole and every mention is one mark', () => {
    const result = extract(SENTENCE, { referenceDate: '2020-11-16' });
    const html = renderMarkedText(SENTENCE, result);
    expect(textOf(html)).toBe(SENTENCE);
    const counts = countMentions(result);
    for (const [category, count] of Object.entries(counts)) {
      expect(html.match(new RegExp(`data-category="${category}"`, 'g'))?.length ?? 0).toBe(count);
    }
    expect(counts).toEqual({ people: 1, places: 1, organizations: 0, figures: 1, dates: 1 });
    for (const match of html.matchAll(/data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/mark>/g)) {
      expect(match[3]).toBe(SENTENCE.slice(Number(match[1]), Number(match[2])));
    }
  });
});

test('on any text, the marked text reads back as the text (NUL as U+FFFD) with one mark per span', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const result = extract(text);
      const html = renderMarkedText(text, result);
      expect(textOf(html)).toBe(text.replace(/\0/g, '\uFFFD'));
      const total = Object.values(countMentions(result)).reduce((sum, count) => sum + count, 0);
      expect(html.match(/ tabindex="0"/g)?.length ?? 0).toBe(total);
    }),
    { seed: 18, numRuns: 300 },
  );
});

describe('renderView', () => {
  const result = extract(SENTENCE, { referenceDate: '2020-11-16' });
  const html = renderView(SENTENCE, result);

  test('every mark is described, and the descriptions hold what khabar made of the span', () => {
    const described = new Set([...html.matchAll(/aria-describedby="([^"]+)"/g)].map((match) => match[1]));
    for (const id of described) expect(html).toContain(`id="${id}"`);
    const description = (id: string) => html.slice(html.indexOf(`id="${id}"`)).split('</dl>')[0]!;
    const person = result.people[0]!;
    expect(description(`khabar-d-${person.id}`)).toContain(escapeHtml(person.titles![0]!));
    expect(description('khabar-d-figure-1')).toContain('4,000');
    expect(description('khabar-d-figure-1')).toContain('شخص');
    expect(description('khabar-d-date-1')).toContain('2020-11-15');
  });

  test('the reference says where it came from', () => {
    expect(html).toContain('Reference date used: 2020-11-16, as given');
    expect(renderView('أمس', extract('أمس'))).toContain('Reference date used: none');
  });

  test('the JSON tab holds the extraction as JSON', () => {
    const json = html.match(/<pre class="k-json"[^>]*>([^<]*)<\/pre>/)![1]!;
    expect(JSON.parse(textOf(json))).toEqual(result);
  });
});
