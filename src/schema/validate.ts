// Checks a value against the published schema (khabar/schema.json) with ajv's standalone code,
// generated at build time by scripts/generate-validator.mjs: nothing is compiled at run time and ajv
// is not a dependency, so this runs under a strict Content-Security-Policy.
import { type GeneratedValidationError, validateExtraction } from './validate.generated';

/** The outcome of `validate`: `errors` is empty exactly when `valid` is true. */
export interface ValidationResult {
  valid: boolean;
  /** One line per problem, `JSON pointer: what is wrong` (`/figures/0/value: must be number or null`). */
  errors: string[];
}

/**
 * Checks that `value` is an `Extraction` as the published JSON Schema defines it (khabar/schema.json):
 * every required field, the right types, no unknown fields. Never throws on any JSON value; a
 * non-object gives `(root): must be object`.
 */
export function validate(value: unknown): ValidationResult {
  if (validateExtraction(value)) return { valid: true, errors: [] };
  return { valid: false, errors: (validateExtraction.errors ?? []).map(describe) };
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
