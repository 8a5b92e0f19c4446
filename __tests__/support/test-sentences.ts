// The Arabic sentences the tests are written in, read from __tests__/*.test.ts with the TypeScript
// compiler API (so no quote inside a string or comment fools it): thousands of hand-written news
// sentences dense in the names, numbers and dates each rule was written for. The fuzzer cuts them at
// word boundaries (fuzz-properties.ts), so that every rule meets its words at the very start and end
// of a text, where a rule that looks a word ahead or behind finds none (`إسماعيل عمر جيله` alone threw
// until session 19: a family-name rule asked the word after the text's last).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const TESTS_DIR = join(__dirname, '..');
/** Two Arabic words or more. */
const ARABIC_PHRASE = /[\u0621-\u064a]{2,}\s+[\u0621-\u064a]{2,}/;

let sentences: string[] | null = null;

/** Every distinct string of two Arabic words or more in the test files, in a fixed order. */
export function testSentences(): readonly string[] {
  if (sentences) return sentences;
  const found = new Set<string>();
  for (const name of readdirSync(TESTS_DIR).filter((file) => file.endsWith('.test.ts')).sort()) {
    const file = ts.createSourceFile(name, readFileSync(join(TESTS_DIR, name), 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && ARABIC_PHRASE.test(node.text)) found.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  sentences = [...found].sort();
  return sentences;
}
