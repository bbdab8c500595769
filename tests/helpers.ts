// Running pyvm (the built CLI) and python3 from tests.
import { spawn, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CLI = join(here, '..', 'dist', 'cli.js');

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
  timedOut: boolean;
}

function run(cmd: string, args: string[], opts: { timeoutMs?: number; input?: string } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' } });
    let stdout = '', stderr = '', timedOut = false;
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const t = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, opts.timeoutMs ?? 30_000);
    p.on('close', (code) => {
      clearTimeout(t);
      resolve({ stdout, stderr, code: code ?? -1, timedOut });
    });
    p.stdin.end(opts.input ?? '');
  });
}

export function runPyvm(args: string[], opts: { timeoutMs?: number; input?: string } = {}): Promise<RunResult> {
  return run(process.execPath, [CLI, 'run', ...args], opts);
}

export function runPyvmCode(code: string, extra: string[] = []): Promise<RunResult> {
  return runPyvm([...extra, '-c', code]);
}

export const hasPython3 = spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)']).status === 0;

export function runPython(code: string): Promise<RunResult> {
  return run('python3', ['-c', code]);
}
