// Regenerates the README's tables of commands and settings from package.json, between
// <!-- commands:start --> / <!-- commands:end --> and <!-- settings:start --> / <!-- settings:end -->.
// `node scripts/readme-tables.mjs --check` exits 1 when the README is out of date (used by tests).
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');

const esc = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const keys = new Map((pkg.contributes.keybindings ?? []).map((k) => [k.command, k.mac ? `${k.key} (mac: ${k.mac})` : k.key]));

const commandRows = (pkg.contributes.commands ?? [])
  .filter((c) => !c.command.includes('._'))
  .map((c) => `| ${esc(`${c.category}: ${c.title}`)} | \`${c.command}\` | ${keys.has(c.command) ? `\`${keys.get(c.command)}\`` : ''} |`);
const commands = ['| Command | Id | Keys |', '| --- | --- | --- |', ...commandRows].join('\n');

const props = pkg.contributes.configuration?.properties ?? {};
const settingRows = Object.entries(props).map(([name, p]) => {
  const def = JSON.stringify(p.default);
  return `| \`${name}\` | ${esc(p.type)} | \`${esc(def)}\` | ${esc(p.markdownDescription ?? p.description ?? '')} |`;
});
const settings = ['| Setting | Type | Default | Description |', '| --- | --- | --- | --- |', ...settingRows].join('\n');

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} block`);
  return text.slice(0, i + start.length) + '\n' + body + '\n' + text.slice(j);
}

const next = replaceBetween(replaceBetween(readme, 'commands', commands), 'settings', settings);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md tables are out of date: run `node scripts/readme-tables.mjs`.');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(readmeUrl, next);
  console.log('README.md tables updated');
}
