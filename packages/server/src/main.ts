import { buildApp } from './app/build-app.js';
import { removePidFile, writePidFile } from './app/pid-file.js';
import { ConfigError, loadConfig, type Config } from './config/config.js';

/** Boots Hearth: parse config (listing every problem), build the app, listen. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(78);
    }
    throw error;
  }
  const hearth = await buildApp(config);
  const address = await hearth.app.listen({ port: config.port, host: config.host });
  writePidFile(config.dataDir);
  process.once('exit', () => removePidFile(config.dataDir));
  hearth.platform.logger.info({ address, db: hearth.platform.dialect, bus: hearth.platform.bus.kind }, 'Hearth is listening');
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    hearth.platform.logger.info({ signal }, 'shutting down');
    // A second signal, or a close that hangs on a stuck connection, still ends the process.
    setTimeout(() => process.exit(1), 10_000).unref();
    await hearth.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Hearth failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
