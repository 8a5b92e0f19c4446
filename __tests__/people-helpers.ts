// Shared helpers for the people tests that read a mechanism both ways: with the rules alone and with
// the model, which must agree where the rules decide.
import { extract } from '../src/index';

/** The people's names in `text`, after checking that every mention's offsets give its text. */
export function peopleNames(text: string, model: boolean): string[] {
  const result = extract(text, { model });
  for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.people.map((p) => p.name);
}

/** The names the rules read, after checking the model reads the same. */
export function namesBothWays(text: string): string[] {
  const rules = peopleNames(text, false);
  expect(peopleNames(text, true)).toEqual(rules);
  return rules;
}
