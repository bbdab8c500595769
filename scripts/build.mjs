// Build: precompile the Ohm grammar into a bundle, then compile TypeScript to dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, chmodSync, mkdirSync, copyFileSync, readdirSync, unlinkSync } from 'node:fs';
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

// One CommonJS bundle of dist/ for fast start-up (see scripts/cli-loader.js). Modules that find
// files relative to themselves (lib/, the code cache) live one folder below dist/, so the bundle
// reports such a module URL as its own.
execFileSync(bin('esbuild'), [
  join(root, 'dist', 'main.js'), '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--minify-syntax',
  `--outfile=${join(root, 'dist', 'pyvm.cjs')}`, '--log-level=error',
  '--define:import.meta.url=__pyvm_module_url',
  "--banner:js=const __pyvm_module_url = require('node:url').pathToFileURL(__dirname + '/vm/bundle.js').href;",
], { stdio: 'inherit', cwd: root });
for (const f of readdirSync(join(root, 'dist'))) if (/^pyvm\.cjs\..*cache$/.test(f)) unlinkSync(join(root, 'dist', f));
copyFileSync(join(root, 'scripts', 'cli-loader.js'), join(root, 'dist', 'cli.js'));
chmodSync(join(root, 'dist', 'cli.js'), 0o755);
// one run fills V8's code cache for the bundle
execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'run', '-c', 'pass'], { stdio: 'inherit', cwd: root });
