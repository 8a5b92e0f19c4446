// Stands in for src/index in every test (jest.config.cjs maps the tests' '../src/index' here): the same
// API, except that each extract() result is checked against the published schema with the compiled
// validator, its spans against the text (validate's `text` option), and output that breaks the
// contract throws. So every extraction any test makes is also a schema and span test. The path below is '../../src/index', which the mapping does not catch.
import { extract as extractUnchecked, validate } from '../../src/index';

export * from '../../src/index';

export function extract(...args: Parameters<typeof extractUnchecked>): ReturnType<typeof extractUnchecked> {
  const result = extractUnchecked(...args);
  const { valid, errors } = validate(result, { text: args[0] });
  if (!valid) throw new Error(`extract() returned output that breaks khabar/schema.json or its spans:\n${errors.join('\n')}`);
  return result;
}
