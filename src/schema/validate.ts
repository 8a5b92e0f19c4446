// Checks a value against the published schema (khabar/schema.json) with ajv's standalone code,
// generated at build time by scripts/generate-validator.mjs: nothing is compiled at run time and ajv
// is not a dependency, so this runs under a strict Content-Security-Policy.
import { expectOptions, optionMessage } from '../text/errors';
import { type GeneratedValidationError, validateExtraction } from './validate.generated';

/** The outcome of `validate`: `errors` is empty exactly when `valid` is true. */
export interface ValidationResult {
  valid: boolean;
  /** One line per problem, `JSON pointer: what is wrong` (`/figures/0/value: must be number or null`). */
  errors: string[];
}

export interface ValidateOptions {
  /**
   * The text the extraction was made from. With it, every span in the value (mentions, figures,
   * dates, qualifiers, noun and unit spans, the dateline in `reference`) is also checked against the
   * text, which JSON Schema cannot express: `0 ≤ start ≤ end ≤ text.length`, and
   * `text.slice(start, end)` equals the span's own `text` when it has one.
   */
  text?: string;
}

/**
 * Checks that `value` is an `Extraction` as the published JSON Schema defines it (khabar/schema.json):
 * every required field, the right types, no unknown fields; and, given `options.text`, that its spans
 * are spans of that text (checked once the schema holds). Never throws on any JSON value; a
 * non-object gives `(root): must be object`. Bad options are a TypeError, as for every function.
 */
export function validate(value: unknown, options?: ValidateOptions): ValidationResult {
  const { text } = expectOptions(options, 'validate', ['text']);
  if (text !== undefined && typeof text !== 'string') throw new TypeError(optionMessage('validate', 'text', 'a string', text));
  if (!validateExtraction(value)) return { valid: false, errors: (validateExtraction.errors ?? []).map(describe) };
  const errors: string[] = [];
  if (text !== undefined) collectSpanErrors(value, text, '', errors);
  return { valid: errors.length === 0, errors };
}

/**
 * Every object in a schema-valid extraction that has a `start` or an `end` is a span, wherever it
 * sits, so a span field added to the schema later is checked without a change here.
 */
function collectSpanErrors(value: unknown, text: string, pointer: string, errors: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectSpanErrors(item, text, `${pointer}/${i}`, errors));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  if ('start' in node || 'end' in node) {
    const { start, end } = node;
    const where = pointer || '(root)';
    if (typeof start !== 'number' || typeof end !== 'number') {
      errors.push(`${where}: a span needs both "start" and "end"`);
    } else if (!(0 <= start && start <= end && end <= text.length)) {
      errors.push(`${where}: [${start}, ${end}) is not a span of the text (0 ≤ start ≤ end ≤ ${text.length})`);
    } else if (typeof node.text === 'string' && text.slice(start, end) !== node.text) {
      errors.push(`${where}/text: is ${quote(node.text)} but the text at [${start}, ${end}) is ${quote(text.slice(start, end))}`);
    }
  }
  for (const [key, child] of Object.entries(node)) collectSpanErrors(child, text, `${pointer}/${key}`, errors);
}

function describe(error: GeneratedValidationError): string {
  // '' is the JSON pointer of the root, unreadable on its own at the start of a line
  return `${error.instancePath || '(root)'}: ${problem(error)}`;
}

const quote = (value: unknown): string => JSON.stringify(value);

/** ajv's messages, rephrased where they print a list as `a,b` or leave out the name that matters. */
function problem({ keyword, params, message }: GeneratedValidationError): string {
  switch (keyword) {
    case 'type':
      return `must be ${[params.type].flat().join(' or ')}`;
    case 'required':
      return `missing required property ${quote(params.missingProperty)}`;
    case 'additionalProperties':
      return `unknown property ${quote(params.additionalProperty)}`;
    case 'enum':
      return `must be one of ${[params.allowedValues].flat().map(quote).join(', ')}`;
    case 'const':
      return `must be ${quote(params.allowedValue)}`;
    default:
      return message ?? `fails the schema's ${quote(keyword)} rule`;
  }
}
