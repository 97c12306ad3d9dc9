// Snippets where they make sense: questionnaire entries only in the questionnaire, sidecar
// answers only in `*.answers.yaml` files (contributes.snippets can only target a language, and
// both are plain YAML). The snippet files ship with the extension and are read on first use.
import { vscode } from './vscodeApi';
import { getSettings } from './settings';

interface SnippetDef {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

export type YamlKind = 'questionnaire' | 'sidecar';

/** Which snippet set a YAML file gets, if any. */
export function yamlKind(uri: vscode.Uri): YamlKind | undefined {
  const path = uri.path.toLowerCase();
  if (path.endsWith('.answers.yaml')) return 'sidecar';
  const configured = getSettings(uri).questionnairePath.replace(/\\/g, '/').toLowerCase();
  const name = configured.slice(configured.lastIndexOf('/') + 1);
  if (path.endsWith('/foi-questionnaire.yaml') || path.endsWith('/' + name)) return 'questionnaire';
  return undefined;
}

export function registerYamlSnippets(context: vscode.ExtensionContext): vscode.Disposable {
  const loaded = new Map<YamlKind, Promise<[string, SnippetDef][]>>();
  const load = (kind: YamlKind): Promise<[string, SnippetDef][]> => {
    let p = loaded.get(kind);
    if (!p) {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'snippets', `${kind}.code-snippets`);
      p = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => Object.entries(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, SnippetDef>),
        () => [] as [string, SnippetDef][], // not shipped (a broken package): no snippets rather than errors
      );
      loaded.set(kind, p);
    }
    return p;
  };

  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(doc, position) {
      const kind = yamlKind(doc.uri);
      if (!kind) return undefined;
      const before = doc.lineAt(position.line).text.slice(0, position.character);
      // Entries are whole lines: offer them only where a key or list item can start.
      if (!/^\s*(?:-\s*)?[\w-]*$/.test(before)) return undefined;
      const indent = before.length - before.trimStart().length;
      const range = new vscode.Range(position.line, indent, position.line, position.character);
      let defs: [string, SnippetDef][];
      try {
        defs = await load(kind);
      } catch {
        return undefined; // an unreadable snippet file: offer nothing
      }
      return defs.flatMap(([name, def]) =>
        (Array.isArray(def.prefix) ? def.prefix : [def.prefix]).map((prefix) => {
          const item = new vscode.CompletionItem({ label: prefix, description: name }, vscode.CompletionItemKind.Snippet);
          const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
          item.insertText = new vscode.SnippetString(body);
          item.range = range;
          item.filterText = before.trimStart().startsWith('-') ? `- ${prefix}` : prefix;
          if (def.description) item.documentation = def.description;
          return item;
        }),
      );
    },
  };
  return vscode.languages.registerCompletionItemProvider(
    [{ language: 'yaml' }, { pattern: '**/*.answers.yaml' }, { pattern: '**/foi-questionnaire.yaml' }],
    provider,
  );
}
