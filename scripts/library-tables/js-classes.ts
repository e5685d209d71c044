// Reads the methods of JavaScript classes with the TypeScript compiler API (parsing only): for each method, the
// requests it sends through an HTTP object (`this.client.post('/api/v1/statuses', ...)`), the streams it opens,
// and the other methods of the same object it calls, so inner requests can be followed.
import ts from 'typescript';
import type { RawRequest } from './common.ts';

export interface MethodFacts {
  readonly requests: RawRequest[];
  readonly calls: string[];
}

export interface ClassReading {
  /** `this.client` or `this.http`: the object whose methods send requests */
  readonly http: string;
  /** its method name -> HTTP verb (`del` -> DELETE, `postForm` -> POST) */
  readonly verbs: Readonly<Record<string, string>>;
  /** its method that opens a stream, with the index of the argument naming the channel or the path */
  readonly socket?: { readonly name: string; readonly channelArg: number; readonly target?: string };
}

/** A string or template literal as a path template (`${id}` -> `{id}`); undefined when not a literal. */
export function templateOf(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) out += `{${span.expression.getText()}}` + span.literal.text;
    return out;
  }
  return undefined;
}

export function readClass(sourceText: string, className: string, reading: ClassReading): Map<string, MethodFacts> {
  return readClasses(sourceText, reading).get(className)?.methods ?? new Map();
}

export interface ClassFacts {
  readonly methods: Map<string, MethodFacts>;
  /** `this.statuses = new StatusRepository(...)` in the constructor: property -> class */
  readonly members: Map<string, string>;
}

/** Every class of a file, with its methods and the objects its constructor makes. */
export function readClasses(sourceText: string, reading: ClassReading): Map<string, ClassFacts> {
  const source = ts.createSourceFile('lib.js', sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const classes = new Map<string, ClassFacts>();
  const visitClass = (node: ts.Node): void => {
    // `class X {}`, and `let X = class Y {}` as bundlers write decorated classes
    const named =
      ts.isClassDeclaration(node) && node.name
        ? { name: node.name.text, node }
        : ts.isVariableDeclaration(node) &&
            ts.isIdentifier(node.name) &&
            node.initializer &&
            ts.isClassExpression(node.initializer)
          ? { name: node.name.text, node: node.initializer }
          : undefined;
    if (named) {
      const facts: ClassFacts = { methods: new Map(), members: new Map() };
      for (const member of named.node.members) {
        if (ts.isConstructorDeclaration(member) && member.body) {
          for (const statement of member.body.statements) {
            if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) continue;
            const { left, right } = statement.expression;
            if (
              ts.isPropertyAccessExpression(left) &&
              left.expression.kind === ts.SyntaxKind.ThisKeyword &&
              ts.isNewExpression(right) &&
              ts.isIdentifier(right.expression)
            ) {
              facts.members.set(left.name.text, right.expression.text);
            }
          }
        }
        if (!ts.isMethodDeclaration(member) || !member.body || !ts.isIdentifier(member.name)) continue;
        facts.methods.set(member.name.text, readMethod(member.body, reading));
      }
      classes.set(named.name, facts);
    }
    ts.forEachChild(node, visitClass);
  };
  visitClass(source);
  return classes;
}

function readMethod(body: ts.Block, reading: ClassReading): MethodFacts {
  const requests: RawRequest[] = [];
  const calls: string[] = [];
  const claimed = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const target = node.expression.expression.getText();
      const name = node.expression.name.text;
      if (target === reading.http && name in reading.verbs) {
        const path = templateOf(node.arguments[0]);
        if (node.arguments[0]) claimed.add(node.arguments[0]);
        requests.push({ method: reading.verbs[name] ?? null, path: path ?? null });
      } else if (reading.socket && target === (reading.socket.target ?? reading.http) && name === reading.socket.name) {
        const arg = node.arguments[reading.socket.channelArg];
        // the channel as an argument ('user') or as the `stream` field of a params object ({ stream: 'user' })
        const field =
          arg && ts.isObjectLiteralExpression(arg)
            ? arg.properties.find(
                (p): p is ts.PropertyAssignment =>
                  ts.isPropertyAssignment(p) && p.name.getText().replace(/['"]/g, '') === 'stream',
              )?.initializer
            : arg;
        const channel = templateOf(field);
        for (const arg of node.arguments) claimed.add(arg);
        requests.push({ method: 'GET', path: channel ?? null, stream: true });
      } else if (target === 'this') {
        calls.push(name);
      }
    }
    // a path handed to a helper (`this.urlToAccounts('/api/v1/...')`) that GETs it
    const literal = templateOf(node);
    if (literal !== undefined && literal.startsWith('/api/') && !claimed.has(node)) {
      requests.push({ method: 'GET', path: literal });
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return { requests, calls };
}

/** Every request a method sends, its own and those of the methods it calls (each once). */
export function flatten(
  methods: Map<string, MethodFacts>,
  name: string,
  notFollowed: ReadonlySet<string>,
  stack: string[] = [],
): RawRequest[] {
  const facts = methods.get(name);
  if (!facts || stack.includes(name)) return [];
  const via = stack.slice(1).concat(stack.length > 0 ? [name] : []);
  const own = facts.requests.map((r) => (via.length > 0 ? { ...r, via } : r));
  const inner = facts.calls
    .filter((c) => !notFollowed.has(c))
    .flatMap((c) => flatten(methods, c, notFollowed, [...stack, name]));
  return [...own, ...inner];
}
