// Build: precompile the Ohm grammar into a bundle, then compile TypeScript to dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, chmodSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

if (existsSync(join(root, 'scripts', 'gen-grammar.mjs'))) {
  execFileSync(process.execPath, [join(root, 'scripts', 'gen-grammar.mjs')], { stdio: 'inherit', cwd: root });
}
execFileSync(bin('tsc'), ['-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
// Plain JS files that live beside the TypeScript (the generated grammar bundle) are copied as-is.
const copyJs = (rel) => {
  const dir = join(root, 'src', rel);
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    if (f.isDirectory()) copyJs(join(rel, f.name));
    else if (f.name.endsWith('.js') || f.name.endsWith('.cjs')) {
      mkdirSync(join(root, 'dist', rel), { recursive: true });
      copyFileSync(join(dir, f.name), join(root, 'dist', rel, f.name));
    }
  }
};
copyJs('.');
if (existsSync(join(root, 'dist', 'cli.js'))) chmodSync(join(root, 'dist', 'cli.js'), 0o755);
