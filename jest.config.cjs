// @swc/jest rather than ts-jest: it only strips types (10x faster start); `npm run typecheck` runs tsc separately.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // .js too: src/schema/validate.generated.js is ESM (ajv standalone code) and jest runs CommonJS.
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  // Every test's extract() validates its result against the schema (see __tests__/support/validated-index.ts).
  moduleNameMapper: { '^\\.\\./src/index$': '<rootDir>/__tests__/support/validated-index.ts' },
};
