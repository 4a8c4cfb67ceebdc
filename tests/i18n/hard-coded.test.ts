/**
 * No hard-coded visible strings in components: every text a user sees comes from the message
 * catalog (src/i18n/messages) or the number formats (src/i18n/format.ts). This scans the source
 * of src/ui, src/views, src/map and src/charts with the TypeScript parser (so comments do not
 * count) for
 * 1. string literals with Chinese characters or CJK punctuation, and
 * 2. literals with English words that go straight into the page: a child of `h(…)`, a
 *    `textContent`/`innerText`/`title`/`placeholder` assignment, a `setAttribute` of a label
 *    or hint, or an `aria-label`/`title`/`placeholder`/`alt` in `h(…)`'s attributes.
 * What is not a visible string — the plan's unit vocabulary compared with data (`unit ===
 * '亿元'`, `case '万人':`, a type, a map key) — is recognised from its place in the syntax; the
 * few other exceptions are listed in ALLOWED, each with its reason.
 *
 * Numbers too: components never format them themselves (`toLocaleString`, `Intl.NumberFormat`),
 * so that 亿元, 万, %, 个百分点 and 1–3月累计 and their English forms come from src/i18n/format.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/ui', 'src/views', 'src/map', 'src/charts'];
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
/** An English word of two letters or more (a lone "A"/"B" slot letter is not a word). */
const ENGLISH = /[A-Za-z]{2,}/;

/**
 * Literals that are allowed, as `file: [literal, …]`, each with its reason. Keep this short:
 * a visible string belongs in src/i18n/messages.
 */
const ALLOWED: Record<string, { literals: string[]; why: string }> = {
  'src/charts/fan-chart.ts': {
    literals: ['累计'],
    why: 'splits a formatted period label ("1–3月累计") for two-line axis labels; not shown by itself',
  },
};

/** Attributes whose values are read aloud or shown on hover. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder']);

interface Finding {
  file: string;
  line: number;
  text: string;
  rule: 'chinese literal' | 'english text into the page';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literal's text pieces (a template's static parts). */
function pieces(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  return [];
}

/**
 * True where a literal names a value rather than showing one: compared with data, a case label,
 * a type, a property name, a key looked up, or an import path.
 */
function isIdentifierUse(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    return (
      op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
      op === ts.SyntaxKind.EqualsEqualsToken ||
      op === ts.SyntaxKind.ExclamationEqualsToken
    );
  }
  return (
    ts.isCaseClause(parent) ||
    ts.isLiteralTypeNode(parent) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    ts.isElementAccessExpression(parent) ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent)
  );
}

/** True where an expression's value becomes text in the page. */
function goesIntoPage(node: ts.Node): boolean {
  // Through a conditional (`en ? 'Close' : '关闭'`) or a template's parts.
  let at: ts.Node = node;
  while (
    ts.isConditionalExpression(at.parent) ||
    ts.isParenthesizedExpression(at.parent) ||
    ts.isTemplateSpan(at.parent) ||
    ts.isTemplateExpression(at.parent) ||
    (ts.isBinaryExpression(at.parent) && at.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)
  ) {
    at = at.parent;
  }
  const parent = at.parent;
  // h(tag, attrs, ...children): a child.
  if (
    ts.isCallExpression(parent) &&
    ts.isIdentifier(parent.expression) &&
    parent.expression.text === 'h' &&
    parent.arguments.indexOf(at as ts.Expression) >= 2
  )
    return true;
  // el.textContent = '…', el.title = '…'
  if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    parent.right === at &&
    ts.isPropertyAccessExpression(parent.left) &&
    TEXT_PROPERTIES.has(parent.left.name.text)
  )
    return true;
  // el.setAttribute('aria-label', '…')
  if (
    ts.isCallExpression(parent) &&
    ts.isPropertyAccessExpression(parent.expression) &&
    parent.expression.name.text === 'setAttribute' &&
    parent.arguments[1] === at
  ) {
    const name = parent.arguments[0];
    return name !== undefined && ts.isStringLiteral(name) && TEXT_ATTRIBUTES.has(name.text);
  }
  // h(tag, { 'aria-label': '…' })
  if (ts.isPropertyAssignment(parent) && parent.initializer === at) {
    const name = parent.name;
    const key = ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : '';
    return TEXT_ATTRIBUTES.has(key);
  }
  return false;
}

/** Every finding in one file's source. */
export function scanSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Finding[] = [];
  const line = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    const texts = pieces(node);
    if (texts.length > 0 && !isIdentifierUse(node)) {
      for (const text of texts) {
        if (CJK.test(text)) out.push({ file, line: line(node), text, rule: 'chinese literal' });
        else if (ENGLISH.test(text) && goesIntoPage(node))
          out.push({ file, line: line(node), text, rule: 'english text into the page' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** `x.toLocaleString(…)`, `x.toLocaleDateString(…)`, `new Intl.X(…)`: formatting by hand. */
export function scanNumberFormatting(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const at = (): string =>
      `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    if (ts.isPropertyAccessExpression(node) && /^toLocale/.test(node.name.text))
      out.push(`${at()} ${node.name.text}`);
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Intl'
    )
      out.push(`${at()} Intl.${node.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function allowed(f: Finding): boolean {
  return ALLOWED[f.file]?.literals.includes(f.text) ?? false;
}

describe('no hard-coded visible strings in components', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(root)).map((p) =>
    relative(process.cwd(), p).split('\\').join('/'),
  );

  it('scans the component folders (and not the message catalog)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.startsWith('src/i18n/'))).toBe(false);
  });

  it('finds no Chinese literal and no English text put into the page', () => {
    const findings = files
      .flatMap((file) => scanSource(file, readFileSync(file, 'utf8')))
      .filter((f) => !allowed(f))
      .map((f) => `${f.file}:${f.line} ${f.rule}: ${JSON.stringify(f.text)}`);
    expect(findings).toEqual([]);
  });

  it('formats no number itself: no toLocaleString or Intl in components or the presenter', () => {
    const formatting = [...files, ...sourceFiles('src/present')].flatMap((file) =>
      scanNumberFormatting(file, readFileSync(file, 'utf8')),
    );
    expect(formatting).toEqual([]);
  });

  it('every allowed literal still exists (the list does not outlive the code)', () => {
    for (const [file, { literals }] of Object.entries(ALLOWED)) {
      const found = scanSource(file, readFileSync(file, 'utf8')).map((f) => f.text);
      for (const literal of literals) expect(found, `${file}: ${literal}`).toContain(literal);
    }
  });

  // The scanner itself: each rule catches what it should, and leaves the rest.
  it.each([
    [`h('button', {}, '关闭')`, 'chinese literal'],
    [`el.textContent = lang === 'en' ? 'Close' : x`, 'english text into the page'],
    [`h('p', {}, \`Scenario: \${name}\`)`, 'english text into the page'],
    [`h('button', { 'aria-label': 'Remove scenario' })`, 'english text into the page'],
    [`el.setAttribute('title', 'Zoom in')`, 'english text into the page'],
    [`items.join(en ? ', ' : '、')`, 'chinese literal'],
  ])('catches %s', (code, rule) => {
    expect(scanSource('x.ts', code).map((f) => f.rule)).toEqual([rule]);
  });

  it('catches number formatting by hand', () => {
    expect(
      scanNumberFormatting(
        'x.ts',
        `const a = n.toLocaleString('zh-CN'); new Intl.NumberFormat('en');`,
      ),
    ).toEqual(['x.ts:1 toLocaleString', 'x.ts:1 Intl.NumberFormat']);
    expect(scanNumberFormatting('x.ts', `formatInteger(n, lang); n.toFixed(2);`)).toEqual([]);
  });

  it.each([
    `if (unit === '亿元') return x;`,
    `switch (u) { case '万人': return 1; }`,
    `type U = '亿元' | '家';`,
    `const m = { 万人: 1, '场（次）': 2 };`,
    `h('button', { class: 'btn', 'data-action': 'close', type: 'button' }, t('close'))`,
    `// 注释里的中文 and English words\nconst x = 1;`,
    `h('span', {}, '×')`,
  ])('leaves %s', (code) => {
    expect(scanSource('x.ts', code)).toEqual([]);
  });
});
