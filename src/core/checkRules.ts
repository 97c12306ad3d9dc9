// The questionnaire's `checks:` rules (DESIGN §12): a small expression language over the coded
// values of one council, parsed by hand (no eval, no Function, nothing but the grammar below) and
// evaluated with three-valued logic, so a rule only fails when the values it needs are there.
//
//   rule    := or
//   or      := and ('or' and)*
//   and     := not ('and' not)*
//   not     := 'not' not | compare
//   compare := sum (('<' | '<=' | '>' | '>=' | '==' | '=' | '!=') sum | 'between' sum 'and' sum)?
//   sum     := product (('+' | '-') product)*
//   product := unary (('*' | '/') unary)*
//   unary   := '-' unary | primary
//   primary := number | "text" | question id | '(' rule ')'
//
// Question ids are written as in the questionnaire (`Q4a`, case-insensitive). Numbers may use `_`
// between digits (1_000_000). `≤ ≥ ≠` are read as `<= >= !=`. Text compares case-insensitively
// (`Q11 == "yes"`). A rule is type-checked when it is read: arithmetic and `<` need numbers (a
// question of type number, money, percent, year or duration), and the whole rule must be a
// condition.
import { normalizeId } from './ids';
import type { Question } from './types';

export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type ArithOp = '+' | '-' | '*' | '/';

export type RuleExpr =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'question'; id: string }
  | { kind: 'negate'; operand: RuleExpr }
  | { kind: 'arith'; op: ArithOp; left: RuleExpr; right: RuleExpr }
  | { kind: 'compare'; op: CompareOp; left: RuleExpr; right: RuleExpr }
  | { kind: 'between'; operand: RuleExpr; low: RuleExpr; high: RuleExpr }
  | { kind: 'and' | 'or'; left: RuleExpr; right: RuleExpr }
  | { kind: 'not'; operand: RuleExpr };

/** A rule that did not parse: the message and the 0-based offset in the rule text. */
export interface RuleError {
  message: string;
  offset: number;
}

export interface ParsedRule {
  expr: RuleExpr;
  /** Question ids the rule reads, in order of first appearance. */
  ids: string[];
}

/** Numeric question types: their values take part in arithmetic and ordering. */
export const NUMERIC_TYPES: ReadonlySet<Question['type']> = new Set(['number', 'money', 'percent', 'year', 'duration']);

/** Rules longer than this are refused: a check is one line, and the parser recurses. */
export const MAX_RULE_CHARS = 1000;

interface Token {
  kind: 'num' | 'str' | 'word' | 'op' | 'end';
  text: string;
  value?: number | string;
  offset: number;
}

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '=', '+', '-', '*', '/', '(', ')', '≤', '≥', '≠'];
const OP_ALIASES: Record<string, string> = { '=': '==', '≤': '<=', '≥': '>=', '≠': '!=' };

class RuleSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    const num = /^\d[\d_]*(?:\.\d+)?/.exec(text.slice(i));
    if (num) {
      if (/_$|__/.test(num[0])) throw new RuleSyntaxError(`"${num[0]}" is not a number (write _ only between digits)`, start);
      tokens.push({ kind: 'num', text: num[0], value: Number(num[0].replace(/_/g, '')), offset: start });
      i += num[0].length;
      continue;
    }
    if (c === '"' || c === "'" || c === '“') {
      const close = c === '“' ? '”' : c;
      const end = text.indexOf(close, i + 1);
      if (end === -1) throw new RuleSyntaxError('text is not closed: a closing quote is missing', start);
      tokens.push({ kind: 'str', text: text.slice(i, end + 1), value: text.slice(i + 1, end), offset: start });
      i = end + 1;
      continue;
    }
    const word = /^[A-Za-z][A-Za-z0-9_]*/.exec(text.slice(i));
    if (word) {
      tokens.push({ kind: 'word', text: word[0], offset: start });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: OP_ALIASES[op] ?? op, offset: start });
      i += op.length;
      continue;
    }
    throw new RuleSyntaxError(`unexpected "${c}"`, start);
  }
  tokens.push({ kind: 'end', text: '', offset: text.length });
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'between']);

type Shape = 'number' | 'text' | 'condition';

interface Typed {
  expr: RuleExpr;
  shape: Shape;
  offset: number;
}

class Parser {
  private pos = 0;
  readonly ids: string[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly questions: ReadonlyMap<string, Question>,
  ) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private next(): Token {
    const t = this.tokens[this.pos]!;
    if (t.kind !== 'end') this.pos++;
    return t;
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text.toLowerCase() === word;
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.kind === 'op' && ops.includes(t.text);
  }

  parseRule(): Typed {
    const e = this.or();
    const t = this.peek();
    if (t.kind !== 'end') throw new RuleSyntaxError(`unexpected "${t.text}" after a complete condition`, t.offset);
    if (e.shape !== 'condition') throw new RuleSyntaxError('a check must be a condition, e.g. Q4a + Q4b <= Q4 or Q6b between 0 and 100', 0);
    return e;
  }

  private need(e: Typed, shape: Shape, what: string): void {
    if (e.shape === shape) return;
    const found = e.shape === 'condition' ? 'a condition' : e.shape === 'text' ? 'text' : 'a number';
    throw new RuleSyntaxError(`${what} needs ${shape === 'condition' ? 'a condition' : shape === 'number' ? 'a number' : 'text'}, found ${found}${this.why(e)}`, e.offset);
  }

  /** For a question used as the wrong kind of value: say its type. */
  private why(e: Typed): string {
    return e.expr.kind === 'question' ? ` (${e.expr.id} is a ${this.questions.get(e.expr.id)?.type ?? 'text'} question)` : '';
  }

  private logical(kind: 'and' | 'or', operand: () => Typed): Typed {
    let left = operand();
    while (this.isWord(kind)) {
      this.next();
      const right = operand();
      this.need(left, 'condition', `"${kind}"`);
      this.need(right, 'condition', `"${kind}"`);
      left = { expr: { kind, left: left.expr, right: right.expr }, shape: 'condition', offset: left.offset };
    }
    return left;
  }

  private or(): Typed {
    return this.logical('or', () => this.and());
  }

  private and(): Typed {
    return this.logical('and', () => this.not());
  }

  private not(): Typed {
    if (this.isWord('not')) {
      const t = this.next();
      const operand = this.not();
      this.need(operand, 'condition', '"not"');
      return { expr: { kind: 'not', operand: operand.expr }, shape: 'condition', offset: t.offset };
    }
    return this.compare();
  }

  private compare(): Typed {
    const left = this.sum();
    if (this.isWord('between')) {
      this.next();
      const low = this.sum();
      if (!this.isWord('and')) throw new RuleSyntaxError('"between" needs "and": e.g. Q6b between 0 and 100', this.peek().offset);
      this.next();
      const high = this.sum();
      for (const e of [left, low, high]) this.need(e, 'number', '"between"');
      return { expr: { kind: 'between', operand: left.expr, low: low.expr, high: high.expr }, shape: 'condition', offset: left.offset };
    }
    if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
      const op = this.next().text as CompareOp;
      const right = this.sum();
      if (this.isOp('<', '<=', '>', '>=', '==', '!=')) throw new RuleSyntaxError('comparisons cannot be chained: write "a <= b and b <= c", or "b between a and c"', this.peek().offset);
      if (op === '==' || op === '!=') {
        if (left.shape === 'condition' || right.shape === 'condition') throw new RuleSyntaxError(`"${op}" compares numbers or text, not conditions`, left.offset);
        if (left.shape !== right.shape) throw new RuleSyntaxError(`"${op}" compares a number with text${this.why(left.shape === 'text' ? left : right)}`, left.offset);
      } else {
        this.need(left, 'number', `"${op}"`);
        this.need(right, 'number', `"${op}"`);
      }
      return { expr: { kind: 'compare', op, left: left.expr, right: right.expr }, shape: 'condition', offset: left.offset };
    }
    return left;
  }

  private arith(ops: ArithOp[], operand: () => Typed): Typed {
    let left = operand();
    while (this.isOp(...ops)) {
      const op = this.next().text as ArithOp;
      const right = operand();
      this.need(left, 'number', `"${op}"`);
      this.need(right, 'number', `"${op}"`);
      left = { expr: { kind: 'arith', op, left: left.expr, right: right.expr }, shape: 'number', offset: left.offset };
    }
    return left;
  }

  private sum(): Typed {
    return this.arith(['+', '-'], () => this.product());
  }

  private product(): Typed {
    return this.arith(['*', '/'], () => this.unary());
  }

  private unary(): Typed {
    if (this.isOp('-')) {
      const t = this.next();
      const operand = this.unary();
      this.need(operand, 'number', '"-"');
      return { expr: { kind: 'negate', operand: operand.expr }, shape: 'number', offset: t.offset };
    }
    return this.primary();
  }

  private primary(): Typed {
    const t = this.next();
    if (t.kind === 'num') return { expr: { kind: 'number', value: t.value as number }, shape: 'number', offset: t.offset };
    if (t.kind === 'str') return { expr: { kind: 'text', value: t.value as string }, shape: 'text', offset: t.offset };
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.or();
      const close = this.next();
      if (close.kind !== 'op' || close.text !== ')') throw new RuleSyntaxError('a ")" is missing', close.offset);
      return { ...inner, offset: t.offset };
    }
    if (t.kind === 'word' && !KEYWORDS.has(t.text.toLowerCase())) {
      const id = normalizeId(t.text);
      if (!id) throw new RuleSyntaxError(`"${t.text}" is not a question id (expected e.g. Q4a)`, t.offset);
      const q = this.questions.get(id);
      if (!q) throw new RuleSyntaxError(`${id} is not a question of this questionnaire`, t.offset);
      if (!this.ids.includes(id)) this.ids.push(id);
      return { expr: { kind: 'question', id }, shape: NUMERIC_TYPES.has(q.type) ? 'number' : 'text', offset: t.offset };
    }
    if (t.kind === 'end') throw new RuleSyntaxError('the rule ends too early: a value is missing', t.offset);
    throw new RuleSyntaxError(`expected a question id, a number or "text", found "${t.text}"`, t.offset);
  }
}

/** Parse and type-check one rule against the questionnaire's questions. */
export function parseRule(text: string, questions: ReadonlyMap<string, Question>): ParsedRule | RuleError {
  if (text.length > MAX_RULE_CHARS) return { message: `the rule is ${text.length} characters long; at most ${MAX_RULE_CHARS} are read`, offset: 0 };
  try {
    const parser = new Parser(tokenize(text), questions);
    const { expr } = parser.parseRule();
    return { expr, ids: parser.ids };
  } catch (e) {
    if (e instanceof RuleSyntaxError) return { message: e.message, offset: e.offset };
    throw e;
  }
}

export function isRuleError(r: ParsedRule | RuleError): r is RuleError {
  return 'message' in r;
}

// ---- evaluation -----------------------------------------------------------------------------

/** A council's value for a question: a number, text (lower-cased for comparison), or undefined when unknown. */
export type RuleValue = number | string | undefined;
type Result = number | string | boolean | undefined;

function evaluate(e: RuleExpr, value: (id: string) => RuleValue): Result {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'text':
      return e.value.trim().toLowerCase();
    case 'question':
      return value(e.id);
    case 'negate': {
      const v = evaluate(e.operand, value);
      return typeof v === 'number' ? -v : undefined;
    }
    case 'arith': {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (typeof a !== 'number' || typeof b !== 'number') return undefined;
      if (e.op === '/' && b === 0) return undefined;
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
    case 'compare': {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (a === undefined || b === undefined || typeof a !== typeof b) return undefined;
      if (e.op === '==') return typeof a === 'number' ? nearlyEqual(a, b as number) : a === b;
      if (e.op === '!=') return typeof a === 'number' ? !nearlyEqual(a, b as number) : a !== b;
      if (typeof a !== 'number' || typeof b !== 'number') return undefined;
      // A sum of decimals (0.1 + 0.2) must not fail `<=` by a rounding error.
      if (e.op === '<=') return a <= b || nearlyEqual(a, b);
      if (e.op === '>=') return a >= b || nearlyEqual(a, b);
      return e.op === '<' ? a < b && !nearlyEqual(a, b) : a > b && !nearlyEqual(a, b);
    }
    case 'between': {
      const v = evaluate(e.operand, value);
      const lo = evaluate(e.low, value);
      const hi = evaluate(e.high, value);
      if (typeof v !== 'number' || typeof lo !== 'number' || typeof hi !== 'number') return undefined;
      return (v >= lo || nearlyEqual(v, lo)) && (v <= hi || nearlyEqual(v, hi));
    }
    case 'and': {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (a === false || b === false) return false;
      return a === true && b === true ? true : undefined;
    }
    case 'or': {
      const a = evaluate(e.left, value);
      const b = evaluate(e.right, value);
      if (a === true || b === true) return true;
      return a === false && b === false ? false : undefined;
    }
    case 'not': {
      const v = evaluate(e.operand, value);
      return typeof v === 'boolean' ? !v : undefined;
    }
  }
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * true: the rule holds; false: it fails; undefined: it cannot be decided because a value it
 * needs is unknown (not coded, not answered, or not a number).
 */
export function evaluateRule(rule: ParsedRule, value: (id: string) => RuleValue): boolean | undefined {
  const r = evaluate(rule.expr, value);
  return typeof r === 'boolean' ? r : undefined;
}

/** The rule's numeric sub-expressions with their values, for a message: `Q4a + Q4b = 49, Q4 = 45`. */
export function explainRule(rule: ParsedRule, value: (id: string) => RuleValue, text: (e: RuleExpr) => string = exprText): string {
  const parts: string[] = [];
  const sides = (e: RuleExpr): void => {
    if (e.kind === 'compare') {
      side(e.left);
      side(e.right);
    } else if (e.kind === 'between') side(e.operand);
    else if (e.kind === 'and' || e.kind === 'or') {
      sides(e.left);
      sides(e.right);
    } else if (e.kind === 'not') sides(e.operand);
  };
  const side = (e: RuleExpr): void => {
    if (e.kind === 'number' || e.kind === 'text') return;
    const v = evaluate(e, value);
    if (v === undefined || typeof v === 'boolean') return;
    const shown = `${text(e)} = ${typeof v === 'number' ? formatNumber(v) : JSON.stringify(v)}`;
    if (!parts.includes(shown)) parts.push(shown);
  };
  sides(rule.expr);
  return parts.join(', ');
}

/** 12,345.6 — thousands separated, at most 4 decimals. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: 4 });
}

const PRECEDENCE: Record<RuleExpr['kind'], number> = { or: 1, and: 2, not: 3, compare: 4, between: 4, arith: 5, negate: 7, number: 8, text: 8, question: 8 };

function prec(e: RuleExpr): number {
  return e.kind === 'arith' ? (e.op === '+' || e.op === '-' ? 5 : 6) : PRECEDENCE[e.kind];
}

/** The expression written back in canonical form (minimal parentheses). */
export function exprText(e: RuleExpr): string {
  const wrap = (child: RuleExpr, min: number): string => (prec(child) < min ? `(${exprText(child)})` : exprText(child));
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'text':
      return JSON.stringify(e.value);
    case 'question':
      return e.id;
    case 'negate':
      return `-${wrap(e.operand, 7)}`;
    case 'arith': {
      const p = prec(e);
      return `${wrap(e.left, p)} ${e.op} ${wrap(e.right, p + 1)}`;
    }
    case 'compare':
      return `${wrap(e.left, 5)} ${e.op} ${wrap(e.right, 5)}`;
    case 'between':
      return `${wrap(e.operand, 5)} between ${wrap(e.low, 5)} and ${wrap(e.high, 5)}`;
    case 'and':
    case 'or':
      return `${wrap(e.left, prec(e))} ${e.kind} ${wrap(e.right, prec(e) + 1)}`;
    case 'not':
      return `not ${wrap(e.operand, 3)}`;
  }
}
