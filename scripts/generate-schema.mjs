// Writes schema.json (published as `khabar/schema.json`), the JSON Schema (draft 2020-12) of
// `extract`'s output, from the TypeScript types (src/extract/output.ts and what it imports), so the two cannot disagree:
// the JSDoc of every type and field becomes its `description`, and JSDoc tags (@pattern, @minimum,
// @asType integer) become constraints. `npm run build` runs it before the validator is generated.
//
// The schema has its own semver, SCHEMA_VERSION, independent of the package version:
// - major: a field removed, renamed or retyped, or a constraint tightened (valid output may no longer validate);
// - minor: an optional field or an enum value added (old output still validates);
// - patch: descriptions only.
// Bump it here when the types change. `$id` carries it, so every version has its own URL, and so does
// `$comment`; no custom keyword does, so that a strict validator (Ajv2020 by default) takes the file as it is.
// The file sits at the package root, not in a folder, so that `khabar/schema.json` also resolves for
// tools that ignore the `exports` map (TypeScript's node10 resolution, older bundlers).
//
// Usage: node scripts/generate-schema.mjs            write the file
//        node scripts/generate-schema.mjs --stdout   print it instead (the sync test compares the two)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const SCHEMA_VERSION = '2.2.1';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = join(root, 'schema.json');

const VERSIONING =
  `Schema version ${SCHEMA_VERSION} (the last part of \`$id\`) follows semver: a major version ` +
  'removes, renames or retypes a field or tightens a constraint; a minor version adds an optional field or an ' +
  'enum value; a patch changes descriptions only. Objects reject unknown fields, so validate output against the ' +
  'schema shipped with the same khabar version (`khabar/schema.json`).';

function generate() {
  const generated = createGenerator({
    path: join(root, 'src', 'extract', 'output.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'Extraction',
    topRef: false, // the root is Extraction itself, not a $ref to it
    expose: 'export',
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: false, // declaration order: the order a reader of the types sees
    skipTypeCheck: true, // `npm run typecheck` checks the types; this only reads them
  }).createSchema('Extraction');

  // ts-json-schema-generator writes draft-07 (`definitions`, refs `#/definitions/X`); 2020-12 names
  // them `$defs`. A quoted `"#/definitions/` can only be the start of a $ref value in the JSON text.
  const { $schema: _draft07, definitions = {}, description, ...extraction } = generated;
  const toDefs = (value) => JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/$defs/'));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://khabar.dev/schema/extraction/${SCHEMA_VERSION}.json`,
    $comment: `schema version ${SCHEMA_VERSION}`,
    title: 'khabar extraction',
    description: `${description}\n\n${VERSIONING}`,
    ...toDefs(extraction),
    $defs: toDefs(definitions),
  };
}

const text = `${JSON.stringify(generate(), null, 2)}\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else {
  writeFileSync(SCHEMA_FILE, text);
}
