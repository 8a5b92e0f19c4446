// @swc/jest rather than ts-jest: it only strips types (10x faster start); `npm run typecheck` runs tsc separately.
// Target ES2022 as tsconfig and the build: below it swc turns private fields (#x) into WeakMap lookups,
// which ran extract 15 times slower under jest than built and skewed the adversarial timings.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // .js too: src/schema/validate.generated.js is ESM (ajv standalone code) and jest runs CommonJS.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // Every test's extract() validates its result against the schema (see __tests__/support/validated-index.ts).
  moduleNameMapper: { '^\\.\\./src/index$': '<rootDir>/__tests__/support/validated-index.ts' },
};
