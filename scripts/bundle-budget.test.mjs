// node --test scripts/bundle-budget.test.mjs (part of npm test): the manifest walk behind the web bundle budget, on a
// small fake manifest shaped like Vite's (keys are sources, or _name.js for shared chunks).
import assert from 'node:assert/strict';
import test from 'node:test';
import { BUDGETS, checkBudget, entryKey, lazyChunks, pageChunks, staticClosure } from './bundle-budget.mjs';

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_runtime.js', '_locale-en.js'],
    dynamicImports: ['src/app/routes/landing.tsx', 'src/app/routes/sign-in.tsx', 'src/app/routes/round.tsx', 'src/locales/th/nav.json'],
  },
  '_runtime.js': { file: 'assets/runtime.js' },
  '_locale-en.js': { file: 'assets/locale-en.js', name: 'locale-en', imports: ['_runtime.js'] },
  '_page.js': { file: 'assets/page.js', imports: ['_runtime.js'] },
  '_form.js': { file: 'assets/form.js', imports: ['_page.js'] },
  'src/app/routes/landing.tsx': { file: 'assets/landing.js', src: 'src/app/routes/landing.tsx', isDynamicEntry: true, imports: ['_page.js'] },
  'src/app/routes/sign-in.tsx': {
    file: 'assets/sign-in.js',
    src: 'src/app/routes/sign-in.tsx',
    isDynamicEntry: true,
    imports: ['_form.js', '_page.js'],
    dynamicImports: ['src/app/routes/round.tsx'],
  },
  'src/app/routes/round.tsx': { file: 'assets/round.js', src: 'src/app/routes/round.tsx', isDynamicEntry: true, imports: ['_form.js', 'index.html'] },
  'src/locales/th/nav.json': { file: 'assets/locale-th.js', src: 'src/locales/th/nav.json', isDynamicEntry: true },
};

const sizes = (overrides = {}) => {
  const base = {
    'assets/index.js': 60_000,
    'assets/runtime.js': 500,
    'assets/locale-en.js': 20_000,
    'assets/page.js': 3_000,
    'assets/form.js': 4_000,
    'assets/landing.js': 5_000,
    'assets/sign-in.js': 6_000,
    'assets/round.js': 40_000,
    'assets/locale-th.js': 200_000,
    ...overrides,
  };
  return (file) => {
    assert.ok(file in base, `asked the size of ${file}, which the manifest does not name`);
    return base[file];
  };
};

test('the entry is the one chunk marked isEntry; a manifest with none or two is refused', () => {
  assert.equal(entryKey(manifest), 'index.html');
  assert.throws(() => entryKey({ a: { file: 'a.js' } }), /expected one entry chunk in the manifest, found 0/);
  assert.throws(() => entryKey({ a: { file: 'a.js', isEntry: true }, b: { file: 'b.js', isEntry: true } }), /found 2/);
});

test('a static closure follows imports transitively, once each, and never dynamic imports', () => {
  assert.deepEqual([...staticClosure(manifest, 'src/app/routes/sign-in.tsx')].sort(), ['_form.js', '_page.js', '_runtime.js', 'src/app/routes/sign-in.tsx']);
  // a cycle back to the entry ends
  assert.deepEqual([...staticClosure(manifest, 'src/app/routes/round.tsx')].sort(), [
    '_form.js',
    '_locale-en.js',
    '_page.js',
    '_runtime.js',
    'index.html',
    'src/app/routes/round.tsx',
  ]);
  assert.throws(() => staticClosure({ a: { file: 'a.js', imports: ['gone'] } }, 'a'), /gone is not in the manifest/);
});

test("a first page loads the entry's closure and its own chunk's closure, and no other page nor catalog", () => {
  assert.deepEqual([...pageChunks(manifest, 'src/app/routes/landing.tsx')].sort(), [
    '_locale-en.js',
    '_page.js',
    '_runtime.js',
    'index.html',
    'src/app/routes/landing.tsx',
  ]);
  const signIn = [...pageChunks(manifest, 'src/app/routes/sign-in.tsx')];
  assert.ok(signIn.includes('_form.js'));
  assert.ok(!signIn.includes('src/app/routes/round.tsx'), 'a page the sign-in page may load later is not counted');
  assert.ok(!signIn.includes('src/locales/th/nav.json'));
});

test('a page missing from the manifest, or bundled eagerly, is an error naming the router', () => {
  const { 'src/app/routes/landing.tsx': _landing, ...withoutLanding } = manifest;
  assert.throws(() => pageChunks(withoutLanding, 'src/app/routes/landing.tsx'), /no chunk for src\/app\/routes\/landing\.tsx.*lazy route in app\/router\.tsx/);
  const eager = { ...manifest, 'src/app/routes/landing.tsx': { ...manifest['src/app/routes/landing.tsx'], isDynamicEntry: false } };
  assert.throws(() => pageChunks(eager, 'src/app/routes/landing.tsx'), /is not loaded lazily/);
});

test('lazy chunks are the dynamic entries, catalogs left out', () => {
  assert.deepEqual(lazyChunks(manifest).sort(), ['src/app/routes/landing.tsx', 'src/app/routes/round.tsx', 'src/app/routes/sign-in.tsx']);
});

test('within budget: each first page sums its files once, and the largest lazy chunk is reported', () => {
  const { rows, problems, lazyCount } = checkBudget(manifest, sizes());
  assert.deepEqual(problems, []);
  assert.equal(lazyCount, 3);
  assert.deepEqual(
    rows.map((r) => [r.what, r.chunks, r.gzip, r.budget]),
    [
      ['/ (entry + routes/landing.tsx)', 5, 60_000 + 500 + 20_000 + 3_000 + 5_000, BUDGETS.path],
      ['/sign-in (entry + routes/sign-in.tsx)', 6, 60_000 + 500 + 20_000 + 3_000 + 4_000 + 6_000, BUDGETS.path],
      ['largest lazy chunk: src/app/routes/round.tsx', 1, 40_000, BUDGETS.chunk],
    ],
  );
});

test('over budget: a first page over 120 kB and a lazy chunk over 150 kB are each named', () => {
  const { problems } = checkBudget(manifest, sizes({ 'assets/form.js': 90_000, 'assets/round.js': 151_000 }));
  assert.deepEqual(problems, [
    '/sign-in (entry + routes/sign-in.tsx): 179.5 kB gzipped, over the 120.0 kB budget',
    'src/app/routes/round.tsx (assets/round.js): 151.0 kB gzipped, over the 150.0 kB budget for a chunk',
  ]);
  // exactly at the budget passes
  assert.deepEqual(checkBudget(manifest, sizes({ 'assets/round.js': 150_000 })).problems, []);
});
