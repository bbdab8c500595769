#!/usr/bin/env -S node --stack-size=5400
// pyvm's command-line entry (written to dist/cli.js by scripts/build.mjs; see src/main.ts for the CLI).
//
// Start-up is dominated by V8 parsing and compiling pyvm's JavaScript. So the build bundles all
// of dist/ into one CommonJS file (dist/pyvm.cjs) and this loader runs it through vm.Script with
// V8's code cache (dist/pyvm.cjs.cache): the cache is written after the first run, and rewritten
// whenever V8 rejects it (another Node version). Without the bundle it falls back to dist/main.js.
//
// A bigger JS stack: Python-to-Python calls do not grow the JS stack, but calls made through
// builtins do (repr() of an object whose __repr__ calls repr(), == calling __eq__, map() calling
// back into Python, a class call running __init__ from a builtin): with node's ~1 MB default such
// recursion would overflow the JS stack long before Python's recursion limit (1000), where CPython
// raises RecursionError. The `pyvm` command gets 5.4 MB through the #! line above; `node
// dist/cli.js run` re-runs itself once with --stack-size (kept within the OS stack limit), which
// costs one more node start-up (~50-90 ms). PYVM_NO_REEXEC=1 disables that.
// (only what both paths need is imported statically: the re-running parent stays light)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WANT_STACK_KB = 5400;

/** The soft limit of the main thread's stack in KiB (Linux), Infinity when unlimited, 0 if unknown. */
function stackLimitKb() {
  try {
    const m = /^Max stack size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (!m) return 0;
    return m[1] === 'unlimited' ? Infinity : Number(m[1]) / 1024;
  } catch {
    return 0;
  }
}

function reexecStackKb() {
  if (process.env.PYVM_NO_REEXEC === '1' || process.argv[2] !== 'run') return 0;
  if (process.execArgv.some((a) => a.startsWith('--stack-size') || a.startsWith('--stack_size'))) return 0;
  const kb = Math.min(WANT_STACK_KB, Math.floor(stackLimitKb() * 0.75));
  return kb >= 2000 ? kb : 0;
}

const dir = dirname(fileURLToPath(import.meta.url));
const bundle = join(dir, 'pyvm.cjs');
const stackKb = reexecStackKb();
let runHere = true;
if (stackKb > 0) {
  // the child does the work; this process forwards signals and exits with the child's status
  const { spawn } = await import('node:child_process');
  runHere = await new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, `--stack-size=${stackKb}`, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, PYVM_NO_REEXEC: '1', PYVM_REEXECED: '1' }, // (posix.environ leaves both out)
    });
    let started = false;
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
    child.on('spawn', () => {
      started = true;
      for (const sig of signals) {
        process.on(sig, () => {
          try {
            child.kill(sig);
          } catch {
            /* already gone */
          }
        });
      }
    });
    child.on('error', () => {
      if (!started) resolve(true); // could not start a child: run here, with the default stack
    });
    child.on('exit', (code, signal) => {
      if (signal) {
        process.removeAllListeners(signal);
        process.kill(process.pid, signal);
        return;
      }
      process.exit(code ?? 1);
    });
  });
}
if (!runHere) {
  /* the child ran the program */
} else if (!existsSync(bundle) || process.env.PYVM_NO_BUNDLE === '1') {
  await import('./main.js');
} else {
  const [{ default: vm }, { createHash }, { createRequire }, { writeFileSync, renameSync }] = await Promise.all([
    import('node:vm'), import('node:crypto'), import('node:module'), import('node:fs'),
  ]);
  // V8 rejects a code cache made under other flags (--stack-size included): one file per flag set
  const flags = process.execArgv.join(' ');
  const cacheFile = flags === '' ? `${bundle}.cache` : `${bundle}.${createHash('sha1').update(flags).digest('hex').slice(0, 10)}.cache`;
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
