// A bigger JS stack for `pyvm run`. Python-to-Python calls do not grow the JS stack, but calls that
// go through builtins do (repr() of an object whose __repr__ calls repr(), __eq__ calling ==, map()
// calling back into Python, ...): with node's default ~1 MB stack such recursion overflowed the JS
// stack long before Python's recursion limit (1000) was reached, where CPython raises its
// RecursionError. So the CLI re-runs itself once with --stack-size (kept well inside the OS stack
// limit of the main thread) before loading the interpreter. PYVM_NO_REEXEC=1 disables this.
//
// This module is cli.ts's first import: while the child runs, the top-level await below keeps the
// parent from loading anything else; the parent forwards termination signals and exits with the
// child's status.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const WANT_KB = 6000;

/** The soft limit of the main thread's stack in KiB (Linux), Infinity when unlimited, 0 if unknown. */
function stackLimitKb(): number {
  try {
    const m = /^Max stack size\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (!m) return 0;
    return m[1] === 'unlimited' ? Infinity : Number(m[1]) / 1024;
  } catch {
    return 0;
  }
}

function wantedKb(): number {
  if (process.env.PYVM_NO_REEXEC === '1' || process.argv[2] !== 'run') return 0;
  if (process.execArgv.some((a) => a.startsWith('--stack-size') || a.startsWith('--stack_size'))) return 0;
  const kb = Math.min(WANT_KB, Math.floor(stackLimitKb() * 0.75));
  return kb >= 2000 ? kb : 0;
}

const kb = wantedKb();
if (kb > 0) {
  await new Promise<void>((resolveRunHere) => {
    const child = spawn(process.execPath, [...process.execArgv, `--stack-size=${kb}`, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, PYVM_NO_REEXEC: '1' },
    });
    let started = false;
    child.on('spawn', () => {
      started = true;
    });
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
    for (const sig of signals) {
      process.on(sig, () => {
        try {
          child.kill(sig);
        } catch {
          /* already gone */
        }
      });
    }
    child.on('error', () => {
      // could not start a child: run in this process, with the default stack
      if (!started) {
        for (const sig of signals) process.removeAllListeners(sig);
        resolveRunHere();
      }
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
