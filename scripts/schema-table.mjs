// Prints the README's field reference from schema.json as Markdown tables, one per object type.
// Run: node scripts/schema-table.mjs   (the README section between the schema-table markers is its output)
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8'));
const defs = schema.$defs;

function typeOf(prop) {
  if (prop.$ref) return prop.$ref.split('/').pop();
  if (prop.anyOf) return prop.anyOf.map(typeOf).join(' \\| ');
  if (prop.enum) return prop.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  if (prop.const !== undefined) return `\`${JSON.stringify(prop.const)}\``;
  if (prop.type === 'array') return `${typeOf(prop.items)}[]`;
  return [prop.type].flat().join(' \\| ');
}

const cell = (text) => (text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|');

function table(name, def) {
  const rows = Object.entries(def.properties).map(([key, prop]) => {
    const required = def.required?.includes(key) ? 'yes' : '';
    return `| \`${key}\` | ${typeOf(prop)} | ${required} | ${cell(prop.description)} |`;
  });
  return [`#### ${name}`, '', cell(def.description), '', '| field | type | required | description |', '|---|---|---|---|', ...rows, ''].join('\n');
}

const enums = Object.entries(defs)
  .filter(([, def]) => def.enum)
  .map(([name, def]) => `- **${name}**: ${def.enum.map((v) => `\`${v}\``).join(', ')}. ${cell(def.description)}`);

console.log(
  [
    table('Extraction', schema),
    ...Object.entries(defs)
      .filter(([, def]) => def.properties)
      .map(([name, def]) => table(name, def)),
    '#### Enumerations',
    '',
    ...enums,
  ].join('\n'),
);
