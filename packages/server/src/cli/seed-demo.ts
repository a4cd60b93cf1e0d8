import type { Command } from 'commander';
import { withTransaction } from '../db/database.js';
import { createDemoSeeder } from '../modules/demo/index.js';
import { CliError, print, withApp, type GlobalOptions } from './context.js';

/** `hearth seed-demo`: demo members and topics, in the community's language, for a set-up community. */
export function registerSeedDemo(program: Command, globals: () => GlobalOptions): void {
  program
    .command('seed-demo')
    .description('add demo members, topics, spaces and threads to a set-up community (in its language)')
    .option('--replace-topics', 'allowed to replace an existing topic list with the demo topics', false)
    .action(async (options: { replaceTopics?: boolean }) => {
      await withApp(globals(), async (hearth) => {
        const { platform } = hearth;
        const members = hearth.modules.members.service;
        if (await hearth.modules.system.needsSetup())
          throw new CliError('The community is not set up yet: run `hearth setup` first (or `hearth setup --demo`).');
        const locale = await hearth.modules.system.defaultLocale();
        const seedDemo = createDemoSeeder({
          platform,
          members,
          spaces: hearth.modules.spaces.service,
          posts: hearth.modules.posts,
          chat: hearth.modules.chat,
          economy: hearth.modules.economy,
        });
        await withTransaction(platform.db, async (tx) => {
          if (await members.findByEmail(tx, 'demo-1@demo.hearth.invalid'))
            throw new CliError('Demo content is already there (demo-1@demo.hearth.invalid exists).');
          // The seeder replaces the topic list; never drop topics an admin made without consent.
          const topics = await tx
            .selectFrom('topic')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
          if (Number(topics.count) > 0 && !options.replaceTopics) {
            throw new CliError(
              `The community already has ${Number(topics.count)} topics; the demo replaces them. Pass --replace-topics to go ahead.`,
            );
          }
          await seedDemo(tx, locale, null);
        });
        await platform.bus.publish('community.updated', {});
        print(`Demo members, topics, spaces and threads added (${locale}).`);
      });
    });
}
