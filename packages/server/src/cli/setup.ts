import { Locale, SetupBody } from '@hearth/contracts';
import type { Command } from 'commander';
import { parseInput, print, withApp, type GlobalOptions } from './context.js';

export const SETUP_OPTION_NAMES: Record<string, string> = {
  'community.name': '--name',
  'community.locale': '--locale',
  'owner.email': '--owner-email',
  'owner.password': '--owner-password',
  'owner.displayName': '--owner-name',
};

interface SetupOptions {
  name: string;
  locale: string;
  ownerEmail: string;
  ownerPassword: string;
  ownerName: string;
  demo?: boolean;
}

/** `hearth setup`: the first-run setup of POST /api/setup, from a terminal. */
export function registerSetup(program: Command, globals: () => GlobalOptions): void {
  program
    .command('setup')
    .description('set up the community and its owner (same as the first-run page); only while not set up')
    .requiredOption('--name <name>', 'community name')
    .requiredOption('--locale <locale>', `community language: ${Locale.options.join(', ')}`)
    .requiredOption('--owner-email <email>', "owner's email (sign-in name)")
    .requiredOption('--owner-password <password>', "owner's password, at least 10 characters")
    .requiredOption('--owner-name <name>', "owner's display name")
    .option('--demo', 'add demo members and topics in the community language', false)
    .action(async (options: SetupOptions) => {
      const body = parseInput(
        SetupBody,
        {
          community: { name: options.name, locale: options.locale },
          owner: { email: options.ownerEmail, password: options.ownerPassword, displayName: options.ownerName },
          demo: options.demo ?? false,
        },
        SETUP_OPTION_NAMES,
      );
      await withApp(globals(), async (hearth) => {
        const result = await hearth.modules.system.setup(body, 'hearth-cli');
        // The owner signs in in the browser; the session setup opened for the web flow is not needed.
        await hearth.modules.identity.sessions.revokeToken(result.token);
        print(`Community "${result.community.name}" is set up (${result.community.locale}).`);
        print(
          `Owner: ${result.member.email} — sign in at ${hearth.platform.config.publicUrl ?? `http://localhost:${hearth.platform.config.port}`}`,
        );
        if (body.demo) print('Demo members and topics were added.');
      });
    });
}
