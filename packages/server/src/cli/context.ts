/** What every `hearth` command shares: config, the app without a listener, and error output. */
import path from 'node:path';
import pino from 'pino';
import type { z } from 'zod';
import type { HearthApp } from '../app/build-app.js';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { AppError } from '../platform/errors/app-error.js';
import { translateError, translateField } from '../platform/errors/messages.js';
import { createLogger } from '../platform/logger.js';

/** Exit codes: 1 the command failed, 2 bad usage, 78 bad configuration (as the server). */
export const EXIT = { failed: 1, usage: 2, config: 78 } as const;

/** A failure the operator can act on: printed as one message, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface GlobalOptions {
  dataDir?: string;
  verbose?: boolean;
}

/** Loads HEARTH_* config (the server's own rules); `--data-dir` overrides HEARTH_DATA_DIR. */
export function cliConfig(options: GlobalOptions): Config {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError)
      throw new CliError(`${error.message}\nSee .env.example for every variable and its default.`, EXIT.config);
    throw error;
  }
  return {
    ...config,
    ...(options.dataDir ? { dataDir: path.resolve(options.dataDir) } : {}),
    // A command never runs the job worker or cron: the server does that.
    roles: new Set(),
  };
}

/** The full app (platform, migrations, modules) without listening; logs go to stderr. */
export async function openApp(config: Config, options: GlobalOptions): Promise<HearthApp> {
  // Loaded on use, so `hearth --help` and bad usage answer without loading the whole server.
  const { buildApp } = await import('../app/build-app.js');
  const logger = createLogger(options.verbose ? 'debug' : 'warn', pino.destination(2));
  return buildApp(config, { logger });
}

/** Runs `work` with the app open and always closes it. */
export async function withApp<T>(options: GlobalOptions, work: (hearth: HearthApp, config: Config) => Promise<T>): Promise<T> {
  const config = cliConfig(options);
  const hearth = await openApp(config, options);
  try {
    return await work(hearth, config);
  } finally {
    await hearth.close();
  }
}

/** Validates CLI input with a contract schema, naming each bad option. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, optionNames: Record<string, string> = {}): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = issue.path.join('.');
    return `  ${optionNames[key] ?? key}: ${issue.message}`;
  });
  throw new CliError(`Invalid options:\n${lines.join('\n')}`, EXIT.usage);
}

/** Turns what a command threw into one line (or a few) on stderr and an exit code. */
export function describeFailure(error: unknown, optionNames: Record<string, string> = {}): { message: string; exitCode: number } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof AppError) {
    const head = `${translateError(error.code, 'en', error.params)} (${error.code})`;
    const fields = (error.fieldErrors ?? []).map(
      (f) => `  ${optionNames[f.path] ?? f.path}: ${translateField(f.code, 'en', f.params)} (${f.code})`,
    );
    return { message: [head, ...fields].join('\n'), exitCode: error.status < 500 ? EXIT.usage : EXIT.failed };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message, exitCode: EXIT.failed };
}

export const print = (line: string) => process.stdout.write(`${line}\n`);
