// The `vscode` module, imported once for the whole extension: every other file imports
// `{ vscode }` from here. The bundle is CommonJS, and esbuild gives each file that does
// `import * as vscode from 'vscode'` its own interop copy of the API object (a getter per
// export, about 300 of them); with 26 importing files those copies were ~20 ms of activation.
// Imported from here, there is one copy. Types work as before (`vscode.Uri`, `vscode.Disposable`).
import * as vscode from 'vscode';

export { vscode };
