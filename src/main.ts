// pyvm's command line: `pyvm run FILE [args...]`, `pyvm run -c CODE`, `pyvm dis FILE`, `pyvm bench`.

import { readFileSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { boot, runMain, compileSource, handleUncaught, uncaughtKeyboardInterrupt, decodeSource } from './vm/interpreter.js';
import { PySyntaxError, formatSyntaxError } from './compiler/errors.js';
import { disassemble } from './compiler/dis.js';
import { configureRuntime, printStats, type RuntimeFlags } from './vm/setup.js';
import { flushStdout } from './runtime/builtins/io.js';

const VERSION = '0.1.0';

function fail(msg: string): never {
  process.stderr.write(`pyvm: ${msg}\n`);
  process.exit(2);
}

function readProgram(file: string): string {
  if (!existsSync(file)) fail(`can't open file '${file}': [Errno 2] No such file or directory`);
  if (statSync(file).isDirectory()) fail(`can't open file '${file}': is a directory`);
  const decoded = decodeSource(readFileSync(file), resolve(file));
  if ('error' in decoded) {
    process.stderr.write(`SyntaxError: ${decoded.error}\n`);
    process.exit(1);
  }
  return decoded.text;
}

function parseHeapLimit(s: string): number {
  const m = /^(\d+)([kmg]?)b?$/i.exec(s.trim());
  if (!m) fail(`invalid --heap-limit '${s}' (use e.g. 256m, 1g)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * mult;
}

const program = new Command();
program
  .name('pyvm')
  .description('A Python 3.11 interpreter whose memory management and GIL are real and observable')
  .version(VERSION, '-V, --version', 'print the version and exit')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s.split('\n')[0] + '\n') })
  .showHelpAfterError(false)
  .enablePositionalOptions();

program
  .command('run')
  .description('run a Python program')
  .argument('[file]', 'the program (omit with -c)')
  .argument('[args...]', 'arguments passed to the program as sys.argv[1:]')
  .option('-c, --command <code>', 'run CODE instead of a file')
  .option('--stats', 'print allocator, refcount, GC and GIL statistics at exit (stderr)')
  .option('--trace <file>', 'write a Chrome Trace Event JSON timeline (Perfetto, chrome://tracing)')
  .addOption(new Option('--clock <kind>', 'time source for the switch interval and time.*').choices(['real', 'virtual']).default('real'))
  .option('--check-leaks', 'after exit, account for every heap block still in use')
  .option('--verify-heap', 'check heap invariants after every collection and at exit (slow)')
  .option('--stress-gc', 'collect at every GC allocation (very slow; for testing)')
  .option('--heap-limit <size>', 'heap size limit (e.g. 256m, 1g); exceeding it raises MemoryError')
  .allowExcessArguments(true)
  .passThroughOptions(true)
  .action((file: string | undefined, args: string[], opts: Record<string, unknown>) => {
    let source: string, filename: string, argv: string[];
    if (typeof opts.command === 'string') {
      source = opts.command;
      filename = '<string>';
      argv = ['-c', ...(file !== undefined ? [file] : []), ...args];
    } else {
      if (file === undefined) fail('run: missing FILE (or -c CODE)');
      source = readProgram(file);
      // since 3.9, CPython makes the script's path absolute for __file__ and tracebacks
      filename = resolve(file);
      argv = [file, ...args];
    }
    const flags: RuntimeFlags = {
      stats: opts.stats === true,
      trace: typeof opts.trace === 'string' ? opts.trace : null,
      clock: opts.clock === 'virtual' ? 'virtual' : 'real',
      checkLeaks: opts.checkLeaks === true,
      verifyHeap: opts.verifyHeap === true || process.env.PYVM_VERIFY === '1',
      stressGc: opts.stressGc === true || process.env.PYVM_STRESS === '1',
    };
    const heapLimit = typeof opts.heapLimit === 'string' ? parseHeapLimit(opts.heapLimit) : undefined;
    let status: number;
    try {
      boot({ heapLimit, argv });
      configureRuntime(flags);
      status = runMain(source, filename);
    } catch (e) {
      status = handleUncaught(e);
    }
    flushStdout();
    const finalStatus = printStats(flags, status);
    process.exitCode = finalStatus;
    // an uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's exit_sigint()
    if (uncaughtKeyboardInterrupt.seen && finalStatus === 130) process.kill(process.pid, 'SIGINT');
  });

program
  .command('dis')
  .description('print the bytecode of a program')
  .argument('<file>', 'the program')
  .action((file: string) => {
    const source = readProgram(file);
    try {
      process.stdout.write(disassemble(compileSource(source, file)));
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(formatSyntaxError(e));
        process.exitCode = 1;
        return;
      }
      throw e;
    }
  });

program
  .command('bench')
  .description('run the interpreter benchmarks against CPython (bench/interp) and write a table')
  .option('-q, --quick', 'small sizes')
  .option('-f, --filter <regex>', 'only programs matching REGEX')
  .action(async (opts: { quick?: boolean; filter?: string }) => {
    const { runInterpBench } = await import('./bench/interp.js');
    process.exitCode = await runInterpBench({ quick: opts.quick === true, filter: opts.filter ?? null });
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') process.exit(0);
    process.exit(2);
  }
  throw e;
});
