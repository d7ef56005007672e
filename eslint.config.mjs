// @ts-check
// ESLint for the whole repository, run by `npm run lint` (and so by `npm run check`): typescript-eslint with type
// information, import cycles, the web app's feature boundary, and the habits Clapper lives by (see ../shared/STYLE.md).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import clapperFormats from './scripts/eslint-rules/visible-formats.mjs';

const root = import.meta.dirname;
const TS = ['**/*.ts', '**/*.tsx'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];
const TESTS = ['**/*.spec.ts', 'apps/api/test/**', '**/*.test.ts', '**/*.test.tsx', '**/*.test.mjs', 'test/e2e/**/*.ts'];

// The project's own rules (they replace the regex lint that scripts/lint.mjs was).
const HOUSE_SYNTAX = [
  {
    selector: ":matches(Property[key.name='synchronize'], Property[key.value='synchronize'])[value.value=true]",
    message: 'synchronize stays off: schema changes go through migrations.',
  },
  { selector: "CallExpression[callee.property.name='synchronize']", message: 'synchronize stays off: schema changes go through migrations.' },
  {
    selector: ":matches(CallExpression[callee.name='memoryStorage'], CallExpression[callee.property.name='memoryStorage'])",
    message: 'No multer memoryStorage: files stream to storage.',
  },
  { selector: ':matches(Literal[value=/public-read/], TemplateElement[value.raw=/public-read/])', message: 'Nothing is public-read.' },
];
const FOCUSED_OR_SKIPPED = [
  {
    selector:
      ":matches(MemberExpression[object.name=/^(it|test|describe)$/], MemberExpression[object.property.name='describe'])[property.name=/^(only|skip)$/]",
    message: 'No focused or skipped tests.',
  },
  { selector: 'CallExpression[callee.name=/^(xit|xtest|xdescribe|fit|fdescribe)$/]', message: 'No focused or skipped tests.' },
];
/** The server's English `message` is for API users and logs: a page renders the reason (docs/refusals.md). */
const SERVER_ENGLISH = [
  "MemberExpression[property.name='message'][object.property.name='error']",
  "MemberExpression[property.name='message'][object.name=/^(e|err|error|apiError|refusal)$/]",
].map((selector) => ({ selector, message: "Never show the server's English message: render the refusal with errorMessage (lib/error-message.ts)." }));
const NO_BARREL = [{ selector: 'Program', message: 'No barrel index files in the web app: import each module from its own file.' }];

const PROCESS_ENV = 'process.env is read only by the config module (apps/api/src/config) and tool configs.';

// The web app's layers. A feature imports from its own folder and from the shared layer: apps/web/src/api (the data
// several features read or change, with its query keys), lib, components and app/paths.ts; its tests also from
// test/ and app/provider.tsx. The shared data layer imports only from api/ and lib/; lib and components import from
// no feature and not from app/.
const webSrc = './apps/web/src';
const features = readdirSync(path.join(root, 'apps/web/src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const webBoundaries = (testExtras) => [
  ...features.map((feature) => ({
    target: `${webSrc}/features/${feature}`,
    from: webSrc,
    except: [`./features/${feature}`, './api', './lib', './components', './app/paths.ts', ...testExtras],
    message: 'A feature does not import from another feature or from app/: what several features share goes to apps/web/src/api/ (data), lib/ or components/.',
  })),
  {
    target: `${webSrc}/api`,
    from: webSrc,
    except: ['./api', './lib'],
    message: 'The shared web data layer (apps/web/src/api) imports only from api/ and lib/.',
  },
  {
    target: [`${webSrc}/lib`, `${webSrc}/components`],
    from: [`${webSrc}/features`, `${webSrc}/app`],
    message: 'lib/ and components/ import from no feature and not from app/.',
  },
];
const WEB_TESTS = ['apps/web/src/**/*.test.ts', 'apps/web/src/**/*.test.tsx'];

// The API's modules own their tables (issue 14, section 4): a module's code reads and writes its own entities, and asks
// another module for its data through that module's query service (<module>/<module>.queries.ts), which may re-export
// an entity's type (`export type`) but never the class a repository needs. Entity files may import one another (TypeORM
// relations). The exceptions, with their reasons:
const apiSrc = './apps/api/src';
const API_OWNERS_EXCEPT = {
  database: 'the schema: the data source lists every entity, and the drift check compares them all with the migrations',
  seed: 'the demo edition writes a whole competition, every table of it, as one fixture',
  cli: "the operators' commands (create the first admin) run outside the modules, on the data source directly",
};
const apiModules = readdirSync(path.join(root, 'apps/api/src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !(entry.name in API_OWNERS_EXCEPT))
  .map((entry) => entry.name);
const apiOwnership = apiModules.map((module) => ({
  target: `${apiSrc}/${module}/**/!(*.entity).ts`,
  from: `${apiSrc}/!(${module})/**/*.entity.ts`,
  message: `A module reads another module's tables through that module's query service (<module>/<module>.queries.ts), never through its entities (eslint.config.mjs names the exceptions).`,
}));

export default defineConfig([
  globalIgnores([
    '**/dist/',
    '**/.data/',
    'test-results/',
    'playwright-report/',
    'scripts/compose-spec/',
    'libs/api-client/src/schema.d.ts', // generated by openapi-typescript (npm run api:generate)
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['apps/api/tsconfig.json', 'apps/web/tsconfig.json', 'libs/domain/tsconfig.json', 'test/tsconfig.json'].map((p) => path.join(root, p)),
        }),
      ],
    },
  },
  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // passing on a caught error of unknown type is not inventing a non-Error reason
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Promise.all over slots that are a promise or null (storage/part-streamer.ts) waits for the promises
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
    },
  },
  // Plain JavaScript (scripts, bench, tool configs) has no type information: the recommended rules without types.
  { files: JS, extends: [tseslint.configs.recommended, tseslint.configs.disableTypeChecked] },
  {
    files: [...TS, ...JS],
    rules: {
      // a leading underscore marks what is unused on purpose (a parameter a signature needs, a property left out of a rest)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: TESTS,
    rules: {
      // Deliberately off in tests: supertest's and Playwright's response bodies are JSON typed `any`, and typing each
      // one would restate the generated API client (the unsafe-* rules); `expect(fake.method)` hands a method around
      // unbound by design (unbound-method); fakes of async interfaces need no await (require-await).
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  // the web config is not part of the web app's TypeScript project (apps/web/tsconfig.json includes src only)
  { files: ['apps/web/vite.config.ts'], extends: [tseslint.configs.disableTypeChecked] },
  {
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-syntax': ['error', ...HOUSE_SYNTAX],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: PROCESS_ENV }],
      'no-restricted-imports': [
        'error',
        {
          paths: ['process', 'node:process'].map((name) => ({ name, importNames: ['env'], message: PROCESS_ENV })),
        },
      ],
    },
  },
  {
    // the config module reads the environment once; tool configs and scripts are not the app; the test harness that
    // starts the app as child processes passes the environment on to them
    files: ['apps/api/src/config/**', '**/{vite,playwright,vitest,jest}.config.*', 'scripts/**', 'bench/**', 'apps/api/test/harness/processes.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off' },
  },
  { files: TESTS, rules: { 'no-restricted-syntax': ['error', ...HOUSE_SYNTAX, ...FOCUSED_OR_SKIPPED] } },
  {
    // Express objects stay in controllers, interceptors and the request helpers beside them: a service is given the
    // facts and streams it needs (issue 14: videos/multipart-request.ts reads the upload, the services get a stream)
    files: ['apps/api/src/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['process', 'node:process'].map((name) => ({ name, importNames: ['env'], message: PROCESS_ENV })),
            { name: 'express', message: 'Services do not see Express: the controller passes what the service needs.' },
            { name: 'multer', message: 'Services do not read requests: see videos/multipart-request.ts.' },
          ],
        },
      ],
    },
  },
  // TypeORM's two-sided relations make entity files import one another (User <-> RoleGrant, Competition <-> Category,
  // Entry <-> TeamMember): the `() => Entity` thunks resolve after both modules load, so those cycles are safe. A cycle
  // through any other file is still reported there.
  { files: ['apps/api/src/**/*.entity.ts'], rules: { 'import-x/no-cycle': 'off' } },
  // this file names what the rules forbid
  { files: ['eslint.config.mjs'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['apps/web/src/**'],
    ignores: [...WEB_TESTS, 'apps/web/src/lib/api-client.ts'],
    rules: { 'no-restricted-syntax': ['error', ...HOUSE_SYNTAX, ...SERVER_ENGLISH] },
  },
  { files: ['apps/web/src/**/index.ts', 'apps/web/src/**/index.tsx'], rules: { 'no-restricted-syntax': ['error', ...HOUSE_SYNTAX, ...NO_BARREL] } },
  { files: ['apps/web/src/**'], ignores: WEB_TESTS, rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: webBoundaries([]) }] } },
  {
    files: WEB_TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: webBoundaries(['./test', './app/provider.tsx']) }] },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: apiOwnership }] },
  },
  // what a reader sees is formatted by the shared formatters, never by hand (scripts/eslint-rules/visible-formats.mjs):
  // the web app and the server-rendered text (the showcase's views, the emails, whose templates are all text)
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'apps/api/src/showcase/**/*.{ts,tsx}', 'apps/api/src/mail/**/*.ts'],
    ignores: [...WEB_TESTS, ...TESTS],
    plugins: { clapper: clapperFormats },
    rules: { 'clapper/visible-formats': 'error' },
  },
  { files: ['apps/api/src/mail/**/*.ts'], ignores: TESTS, rules: { 'clapper/visible-formats': ['error', { templates: true }] } },
  // globals per folder
  { files: ['apps/web/src/**'], languageOptions: { globals: globals.browser } },
  { files: ['apps/api/**', 'libs/**', 'scripts/**', 'bench/**', 'test/**', '*.mjs', 'apps/web/vite.config.ts'], languageOptions: { globals: globals.node } },
  { files: ['apps/api/**/*.{spec,int-spec}.ts', 'libs/**/*.spec.ts'], languageOptions: { globals: globals.jest } },
  { files: ['test/e2e/**'], languageOptions: { globals: globals.browser } },
]);
