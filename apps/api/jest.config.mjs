import { jestConfig } from '../../jest.base.mjs';

const base = jestConfig();
const [swcJest, tsOptions] = base.transform['^.+\\.ts$'];

export default jestConfig({
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/harness/global-setup.mjs',
  globalTeardown: '<rootDir>/test/harness/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 30_000,
  // the showcase's server-rendered views are .tsx (React JSX); plain .ts stays parsed without JSX
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    ...base.transform,
    '^.+\\.tsx$': [
      swcJest,
      {
        ...tsOptions,
        jsc: { ...tsOptions.jsc, parser: { ...tsOptions.jsc.parser, tsx: true }, transform: { ...tsOptions.jsc.transform, react: { runtime: 'automatic' } } },
      },
    ],
  },
});
