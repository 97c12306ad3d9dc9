// Loads the reply grammar with the same engine VS Code uses (vscode-textmate + oniguruma WASM),
// so grammar tests see the tokens a user would see.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../..');
let registryPromise: Promise<textmate.IGrammar> | undefined;

export function loadGrammar(): Promise<textmate.IGrammar> {
  registryPromise ??= (async () => {
    const wasm = readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'text.foi-reply') return null;
        const file = path.join(root, 'syntaxes/foi-reply.tmLanguage.json');
        return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
      },
    });
    const grammar = await registry.loadGrammar('text.foi-reply');
    if (!grammar) throw new Error('grammar text.foi-reply did not load');
    return grammar;
  })();
  return registryPromise;
}

export interface Token {
  text: string;
  scopes: string[];
}

/** Tokens of each line, with the text each covers. */
export function tokenizeLines(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  const out: Token[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return out;
}

/** Texts of the tokens on a line whose innermost scope starts with `scopePrefix`. */
export function textsWithScope(line: Token[], scopePrefix: string): string[] {
  return line.filter((t) => t.scopes.some((s) => s.startsWith(scopePrefix))).map((t) => t.text);
}
