import { buildApp } from './app/build-app.js';
import { ConfigError, loadConfig } from './config/config.js';

/** Boots Hearth: parse config (listing every problem), build the app, listen. */
async function main(): Promise<void> {
  let config;
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
  hearth.platform.logger.info({ address, db: hearth.platform.dialect, bus: hearth.platform.bus.kind }, 'Hearth is listening');
  const shutdown = async (signal: string) => {
    hearth.platform.logger.info({ signal }, 'shutting down');
    await hearth.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Hearth failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
