// Tests of the clapper/visible-formats ESLint rule (scripts/eslint-rules/visible-formats.mjs), run by node --test.
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from './visible-formats.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const rule = plugin.rules['visible-formats'];

tester.run('visible-formats', rule, {
  valid: [
    // the shared formatters
    { code: 'const s = <p>{formatDate(d, lng)} · {formatDuration(30, lng)}</p>;' },
    // an ISO string where no reader sees it: attributes, payloads, keys, file names
    { code: '<time dateTime={at.toISOString()}>{formatDateTime(at, lng)}</time>;' },
    { code: '<li key={at.toISOString()}>{title}</li>;' },
    { code: "api.POST('/api/x', { body: { at: new Date().toISOString() } });" },
    { code: 'const file = `report-${new Date().toISOString().slice(0, 10)}.csv`;' },
    { code: '<Button onClick={() => save(d.toISOString())}>{t("save")}</Button>;' },
    // words that only look like months or units
    { code: "const s = 'Marsu'; const m = 'Decide'; const n = 'MOV and MP4';" },
    { code: "const css = { transition: 'opacity 0.3s' };" },
    { code: "import x from './Nov';" },
    { code: "type Month = 'Dec';" },
    { code: '<div className="Nov" />;' },
    { code: 'const s = `${n} items`;' },
    // a template literal outside JSX is data unless the option says it is text
    { code: 'const stamp = `${d.toISOString()}`;' },
  ],
  invalid: [
    { code: "const when = '1 Nov 2026';", errors: [{ messageId: 'month' }] },
    { code: '<p>Closes on 30 September</p>;', errors: [{ messageId: 'month' }] },
    { code: 'const s = `due ${day} Jan`;', errors: [{ messageId: 'month' }] },
    { code: "const s = '30 secs';", errors: [{ messageId: 'unit' }] },
    { code: 'const s = `${size} MB`;', errors: [{ messageId: 'unit' }] },
    { code: 'const s = `${seconds}s left`;', errors: [{ messageId: 'unit' }] },
    { code: '<span>{minutes} mins</span>;', errors: [{ messageId: 'unit' }] },
    { code: '<span>{kb}KB</span>;', errors: [{ messageId: 'unit' }] },
    { code: '<span>{n} bytes</span>;', errors: [{ messageId: 'unit' }] },
    { code: '<p>{at.toISOString()}</p>;', errors: [{ messageId: 'iso' }] },
    { code: '<p>{at.toISOString().slice(0, 10)}</p>;', errors: [{ messageId: 'iso' }] },
    { code: '<p>{`closes ${at.toISOString()}`}</p>;', errors: [{ messageId: 'iso' }] },
    { code: "t('closes', { at: at.toISOString().slice(0, 10) });", errors: [{ messageId: 'iso' }] },
    { code: 'lines.push(`Closes: ${at.toISOString()}`);', options: [{ templates: true }], errors: [{ messageId: 'iso' }] },
  ],
});
