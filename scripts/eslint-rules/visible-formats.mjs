// @ts-check
// A local ESLint plugin: what a reader sees is formatted by the shared formatters (libs/domain/src/formats.ts), in
// their language, never by hand (issue 17, section 4). The rule `clapper/visible-formats` refuses, in the web app and
// the server-rendered text (the showcase, the emails):
// - an English month name, full or abbreviated, as a word in a string or in JSX text ("1 Nov 2026");
// - a unit glued to a number in a template literal or JSX ("${n} MB", "{n} secs", '30 secs'): durations, file sizes;
// - toISOString() (with or without .slice) in visible text: a JSX child, the values a t() call interpolates, or (with
//   the option `templates`) any template literal. Payloads, keys, file names and dateTime= attributes may use it.
// Its tests: scripts/eslint-rules/visible-formats.test.mjs (node --test, in npm test).

// the English month names, full and abbreviated, as Intl writes them in American and British English ("Sept"): the
// same list as ENGLISH_MONTHS in libs/domain/src/formats-samples.ts, which this plain script cannot import
const MONTHS = [
  ...new Set(
    ['en-US', 'en-GB'].flatMap((locale) =>
      ['long', 'short'].flatMap((month) =>
        Array.from({ length: 12 }, (_, m) =>
          new Intl.DateTimeFormat(locale, { month: /** @type {'long' | 'short'} */ (month), timeZone: 'UTC' }).format(Date.UTC(2026, m, 15)),
        ),
      ),
    ),
  ),
];
const MONTH = new RegExp(`(?<![\\p{L}\\p{N}_-])(${MONTHS.join('|')})(?![\\p{L}\\p{N}_-])`, 'u');
const UNITS = 'secs?|mins?|hrs?|MB|KB|GB|kB|bytes';
/** a number and a unit in one string: '30 secs', '4.5 MB' (not '0.3s': CSS durations are not for reading) */
const NUMBER_AND_UNIT = new RegExp(`(?<![\\p{L}_])\\d+(?:[.,]\\d+)?\\s?(?:${UNITS})(?![\\p{L}\\p{N}_])`, 'u');
/** the text right after a value: '${n} MB', '${n}s', '{n} secs' */
const UNIT_AFTER_VALUE = new RegExp(`^\\s?(?:${UNITS}|s)(?![\\p{L}\\p{N}_])`, 'u');

const MESSAGES = {
  month: 'A month name by hand ("{{month}}"): format the date with the shared formatters (lib/format.ts, formatter(lng).day/instant) in the reader’s language.',
  unit: 'A unit glued to a number by hand: format durations and sizes with formatDuration / formatFileSize (the shared formatters), in the reader’s words.',
  iso: 'toISOString() in visible text: show a date with formatDate / formatDateTime (the shared formatters); ISO strings are for payloads, keys, file names and dateTime= attributes.',
};

/** @param {import('estree').Node & { parent?: any }} node */
function isImportOrExportSource(node) {
  const p = node.parent;
  return Boolean(
    p &&
    (p.type === 'ImportDeclaration' || p.type === 'ExportNamedDeclaration' || p.type === 'ExportAllDeclaration' || p.type === 'ImportExpression') &&
    p.source === node,
  );
}

/** @param {any} node */
function isTypeContext(node) {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'TSLiteralType' || n.type === 'TSEnumMember' || n.type === 'TSImportType') return true;
    if (n.type.startsWith('TS') && n.type.endsWith('Type')) return true;
    if (!n.type.startsWith('TS')) return false;
  }
  return false;
}

/** Whether a call is `t(...)`, `i18n.t(...)`, `text.t(...)`: a translation whose values a reader sees. */
function isTranslation(call) {
  const c = call.callee;
  return (
    (c.type === 'Identifier' && c.name === 't') || (c.type === 'MemberExpression' && !c.computed && c.property.type === 'Identifier' && c.property.name === 't')
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const visibleFormats = {
  meta: {
    type: 'problem',
    docs: { description: 'Dates, durations and sizes a reader sees come from the shared formatters, never by hand.' },
    schema: [{ type: 'object', properties: { templates: { type: 'boolean' } }, additionalProperties: false }],
    messages: MESSAGES,
  },
  create(context) {
    const templates = Boolean(context.options[0]?.templates);

    /** @param {any} node @param {string} text */
    function checkText(node, text) {
      const month = MONTH.exec(text);
      if (month) context.report({ node, messageId: 'month', data: { month: month[1] } });
      else if (NUMBER_AND_UNIT.test(text)) context.report({ node, messageId: 'unit' });
    }

    /** Whether a toISOString() call ends up in what a reader sees. */
    function isVisible(node) {
      let child = node;
      for (let n = node.parent; n; child = n, n = n.parent) {
        if (n.type === 'JSXAttribute') return false;
        if (n.type === 'JSXExpressionContainer') return n.parent?.type === 'JSXElement' || n.parent?.type === 'JSXFragment';
        if (n.type === 'CallExpression' && n.callee !== child && isTranslation(n)) return true;
        if (templates && n.type === 'TemplateLiteral') return true;
      }
      return false;
    }

    return {
      Literal(node) {
        if (typeof node.value !== 'string' || isImportOrExportSource(node) || isTypeContext(node)) return;
        if (node.parent?.type === 'JSXAttribute' && node.parent.name.name === 'className') return;
        checkText(node, node.value);
      },
      TemplateElement(node) {
        const text = node.value.cooked ?? node.value.raw;
        checkText(node, text);
        // '${n} MB': a value, then a unit
        const literal = /** @type {any} */ (node).parent;
        const index = literal.quasis.indexOf(node);
        if (index > 0 && UNIT_AFTER_VALUE.test(text)) context.report({ node, messageId: 'unit' });
      },
      JSXText(node) {
        checkText(node, node.value);
        // '{n} MB': an expression, then a unit
        const siblings = node.parent?.children ?? [];
        const previous = siblings[siblings.indexOf(node) - 1];
        if (previous?.type === 'JSXExpressionContainer' && UNIT_AFTER_VALUE.test(node.value)) context.report({ node, messageId: 'unit' });
      },
      "CallExpression[callee.type='MemberExpression'][callee.property.name='toISOString']"(node) {
        if (isVisible(node)) context.report({ node, messageId: 'iso' });
      },
    };
  },
};

export default { meta: { name: 'clapper' }, rules: { 'visible-formats': visibleFormats } };
