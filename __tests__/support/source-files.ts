// Reads src/ with the TypeScript compiler API for the tests that check the code itself (ReDoS,
// module-level state): every .ts and .js file, parsed, so no pattern in a string or comment fools them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const SRC_DIR = join(__dirname, '..', '..', 'src');

/** Every source file under src/, generated ones included, parsed. */
export function sourceFiles(dir = SRC_DIR): ts.SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.(ts|js|mjs|cjs)$/.test(entry.name) || entry.name.endsWith('.d.ts')) return [];
    const kind = entry.name.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
    return [ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind)];
  });
}

/** `src/text/tokenize.ts:236` for a node. */
function locate(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${relative(join(SRC_DIR, '..'), file.fileName)}:${line + 1}`;
}

/** Calls `visit` on every node of `file`. */
function walk(file: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const go = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, go);
  };
  go(file);
}

interface FoundRegExp {
  where: string;
  source: string;
  flags: string;
}

/**
 * Every regular expression in a file: /literals/ and RegExp(...) / new RegExp(...) calls. A call's
 * pattern and flags may be string literals, templates without substitutions, `+` concatenations of
 * those, or identifiers bound to them by a `const` of the same file; any other pattern is returned in
 * `unresolved`, so that a regex built at run time cannot slip past the check unseen.
 */
export function regExpsIn(file: ts.SourceFile): { found: FoundRegExp[]; unresolved: string[] } {
  const constants = new Map<string, ts.Expression>();
  walk(file, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const list = node.parent;
      if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) constants.set(node.name.text, node.initializer);
    }
  });
  const stringValue = (e: ts.Expression | undefined, depth = 0): string | undefined => {
    if (!e || depth > 20) return undefined;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return stringValue(e.expression, depth + 1);
    if (ts.isIdentifier(e)) return stringValue(constants.get(e.text), depth + 1);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [stringValue(e.left, depth + 1), stringValue(e.right, depth + 1)];
      return left === undefined || right === undefined ? undefined : left + right;
    }
    return undefined;
  };

  const found: FoundRegExp[] = [];
  const unresolved: string[] = [];
  walk(file, (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf('/');
      found.push({ where: locate(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = patternArg && ts.isRegularExpressionLiteral(patternArg) ? patternArg.text.slice(1, patternArg.text.lastIndexOf('/')) : stringValue(patternArg);
      const flags = flagsArg ? stringValue(flagsArg) : '';
      if (source === undefined || flags === undefined) unresolved.push(`${locate(node)}: ${node.getText(file)}`);
      else found.push({ where: locate(node), source, flags });
    }
  });
  return { found, unresolved };
}

const isFunctionLike = (node: ts.Node): boolean =>
  ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);

const insideFunction = (node: ts.Node): boolean => {
  for (let n = node.parent; n; n = n.parent) if (isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n) || ts.isPropertyDeclaration(n)) return true;
  return false;
};

const ASSIGNMENTS = new Set([
  ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken, ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken,
]);
const LAZY_ASSIGNMENTS = new Set([ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/** `name` itself, possibly negated or compared with undefined/null: the tests a lazy initializer guards with. */
function testsPresence(condition: ts.Expression, name: string): 'present' | 'absent' | undefined {
  const e = ts.isParenthesizedExpression(condition) ? condition.expression : condition;
  if (ts.isIdentifier(e) && e.text === name) return 'present';
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) {
    const inner = testsPresence(e.operand, name);
    return inner === 'present' ? 'absent' : inner === 'absent' ? 'present' : undefined;
  }
  if (ts.isBinaryExpression(e) && ts.isIdentifier(e.left) && e.left.text === name) {
    const nothing = e.right.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e.right) && e.right.text === 'undefined');
    if (!nothing) return undefined;
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) return 'absent';
    if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) return 'present';
  }
  return undefined;
}

const returns = (statement: ts.Statement): boolean =>
  ts.isReturnStatement(statement) || (ts.isBlock(statement) && statement.statements.some(ts.isReturnStatement));

/**
 * An assignment that only ever runs while the variable is still unset: `x ??= …`, inside
 * `if (!x) { … }`, or after `if (x) return …` in the same function.
 */
function isLazyInitialization(assignment: ts.Node, name: string, operator: ts.SyntaxKind): boolean {
  if (LAZY_ASSIGNMENTS.has(operator)) return true;
  let child: ts.Node = assignment;
  for (let n = assignment.parent; n && !isFunctionLike(n); child = n, n = n.parent) {
    if (ts.isIfStatement(n) && n.thenStatement === child && testsPresence(n.expression, name) === 'absent') return true;
    if (ts.isBlock(n) || ts.isSourceFile(n)) {
      const before = n.statements.slice(0, n.statements.indexOf(child as ts.Statement));
      if (before.some((s) => ts.isIfStatement(s) && testsPresence(s.expression, name) === 'present' && returns(s.thenStatement))) return true;
    }
  }
  return false;
}

/** The identifier a mutation such as `x.push(…)`, `x[k] = …` or `x.p = …` changes, if any. */
function mutatedContainer(node: ts.Node): ts.Identifier | undefined {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && MUTATING_METHODS.has(node.expression.name.text)) {
    return ts.isIdentifier(node.expression.expression) ? node.expression.expression : undefined;
  }
  const target =
    ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind) ? node.left
    : ts.isDeleteExpression(node) ? node.expression
    : undefined;
  if (target && (ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) && ts.isIdentifier(target.expression)) {
    return target.expression;
  }
  return undefined;
}

const isContainer = (e: ts.Expression): boolean =>
  ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e) ||
  (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && /^(Map|Set|WeakMap|WeakSet|Array|\w+Array)$/.test(e.expression.text));

const isStatefulRegExp = (e: ts.Expression): boolean =>
  (ts.isRegularExpressionLiteral(e) && /[gy][a-z]*$/.test(e.text.slice(e.text.lastIndexOf('/')))) ||
  (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'RegExp' &&
    !!e.arguments?.[1] && ts.isStringLiteral(e.arguments[1]) && /[gy]/.test(e.arguments[1].text));

/**
 * State a module keeps between calls, which could make one call's result depend on another's:
 * a module-level `let`/`var` assigned other than by a lazy initializer; a module-level container
 * (array, object, Map, Set, typed array) changed inside a function; a module-level regex with the g
 * or y flag, whose lastIndex carries over from call to call, used with exec or test.
 */
export function moduleStateIn(file: ts.SourceFile): string[] {
  const variables = new Set<string>();
  const containers = new Set<string>();
  const statefulRegExps = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      if (!isConst) variables.add(d.name.text);
      else if (d.initializer && isContainer(d.initializer)) containers.add(d.name.text);
      else if (d.initializer && isStatefulRegExp(d.initializer)) statefulRegExps.add(d.name.text);
    }
  }
  const found: string[] = [];
  walk(file, (node) => {
    if (ts.isBinaryExpression(node) && ASSIGNMENTS.has(node.operatorToken.kind) && ts.isIdentifier(node.left) && variables.has(node.left.text)) {
      if (!isLazyInitialization(node, node.left.text, node.operatorToken.kind)) found.push(`${locate(node)}: module-level "${node.left.text}" assigned: ${node.getText(file)}`);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand) && variables.has(node.operand.text)) {
      if (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) {
        found.push(`${locate(node)}: module-level "${node.operand.text}" changed: ${node.getText(file)}`);
      }
    }
    const container = mutatedContainer(node);
    if (container && containers.has(container.text) && insideFunction(node)) {
      found.push(`${locate(node)}: module-level "${container.text}" changed inside a function: ${node.getText(file)}`);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && statefulRegExps.has(node.expression.text) && /^(exec|test|lastIndex)$/.test(node.name.text)) {
      found.push(`${locate(node)}: module-level regex "${node.expression.text}" with the g or y flag keeps lastIndex between calls: ${node.parent.getText(file)}`);
    }
  });
  return found;
}

/**
 * Calls that spread a value into their arguments (`a.push(...b)`, `Math.max(...b)`): each element
 * becomes a stack slot, so an array of some 10^5 elements throws a RangeError. Results grow with the
 * input, so src/ appends and folds with loops instead.
 */
export function spreadArgumentsIn(file: ts.SourceFile): string[] {
  const found: string[] = [];
  walk(file, (node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      found.push(`${locate(node)}: ${node.getText(file)}`);
    }
  });
  return found;
}
