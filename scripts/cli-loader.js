#!/usr/bin/env -S node --stack-size=3800
// pyvm's command-line entry (written to dist/cli.js by scripts/build.mjs; see src/main.ts for the CLI).
//
// Start-up is dominated by V8 parsing and compiling pyvm's JavaScript. So the build bundles all
// of dist/ into one CommonJS file (dist/pyvm.cjs) and this loader runs it through vm.Script with
// V8's code cache (dist/pyvm.cjs.cache): the cache is written after the first run, and rewritten
// whenever V8 rejects it (another Node version). Without the bundle it falls back to dist/main.js.
//
// The `pyvm` command (this file run through its #! line) gets a 3.8 MB JS stack instead of node's
// ~1 MB: Python calls made from builtins (repr() of a nested structure, == on linked objects,
// sorted() with a Python key) nest JS frames, and with the bigger stack CPython's recursion limit
// is reached before the JS stack runs out. `node dist/cli.js` keeps node's default; there a deep
// enough chain of such calls raises RecursionError earlier than CPython would (never a crash).
import vm from 'node:vm';
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const bundle = join(dir, 'pyvm.cjs');
if (!existsSync(bundle) || process.env.PYVM_NO_BUNDLE === '1') {
  await import('./main.js');
} else {
  const cacheFile = bundle + '.cache';
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = '(function (require, module, exports, __filename, __dirname) {' + readFileSync(bundle, 'utf8') + '\n})';
  const script = new vm.Script(source, { filename: bundle, cachedData, importModuleDynamically: undefined });
  if (cachedData === undefined || script.cachedDataRejected) {
    // after the program ran, so that the functions it compiled are in the cache too
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        /* read-only install: run without a cache */
      }
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(createRequire(bundle), mod, mod.exports, bundle, dir);
}
