#!/usr/bin/env node
/**
 * The `hearth` command for operators: setup, admins, demo data, migrations, backup and
 * restore. It reads the same HEARTH_* configuration as the server (see .env.example).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../app/version.js';
import { registerBackup } from './backup.js';
import { EXIT, describeFailure, type GlobalOptions } from './context.js';
import { registerCreateAdmin } from './create-admin.js';
import { registerMigrate } from './migrate.js';
import { registerRestore } from './restore.js';
import { registerSeedDemo } from './seed-demo.js';
import { registerSetup } from './setup.js';

export function createProgram(): Command {
  const program = new Command('hearth')
    .description('Operate a Hearth community. Configuration comes from HEARTH_* variables (see .env.example).')
    .version(VERSION, '-V, --version')
    .option('--data-dir <dir>', 'data directory (overrides HEARTH_DATA_DIR, default ./data)')
    .option('--verbose', 'show debug logs on stderr', false)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const globals = () => program.opts<GlobalOptions>();
  registerMigrate(program, globals);
  registerSetup(program, globals);
  registerCreateAdmin(program, globals);
  registerSeedDemo(program, globals);
  registerBackup(program, globals);
  registerRestore(program, globals);
  for (const command of program.commands) command.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    // Commander has already printed its own usage message (or the help / version).
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
    const { message, exitCode } = describeFailure(error);
    process.stderr.write(`hearth: ${message}\n`);
    if (program.opts<GlobalOptions>().verbose && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}

process.once('exit', (code) => {
  // 13: Node found the command's promise unsettled with nothing left to run (a bug, e.g. a lock wait).
  if (code === 13)
    process.stderr.write('hearth: the command stopped before finishing (internal error); rerun with --verbose and report it.\n');
});
process.exitCode = await runCli(process.argv);
