import { DisplayName, Email, Password } from '@hearth/contracts';
import type { Command } from 'commander';
import { z } from 'zod';
import { withTransaction } from '../db/database.js';
import { isWeakPassword } from '../platform/auth/passwords.js';
import { CliError, EXIT, parseInput, print, withApp, type GlobalOptions } from './context.js';

const CreateAdminInput = z.object({
  email: Email,
  password: Password,
  displayName: DisplayName,
  role: z.enum(['admin', 'owner']),
});

const OPTION_NAMES = { email: '--email', password: '--password', displayName: '--name', role: '--role' };

interface CreateAdminOptions {
  email: string;
  password: string;
  name: string;
  role: string;
}

/**
 * `hearth create-admin`: creates an active admin (or owner) with a password, or — when the
 * email already belongs to a member — promotes that member, activates them and sets the
 * password. The way back in when the owner lost access.
 */
export function registerCreateAdmin(program: Command, globals: () => GlobalOptions): void {
  program
    .command('create-admin')
    .description('create an active admin with a password, or promote and re-password an existing member')
    .requiredOption('--email <email>', 'email of the admin (sign-in name)')
    .requiredOption('--password <password>', 'password, at least 10 characters')
    .requiredOption('--name <name>', 'display name (used only when creating)')
    .option('--role <role>', 'admin or owner', 'admin')
    .action(async (options: CreateAdminOptions) => {
      const input = parseInput(
        CreateAdminInput,
        { email: options.email, password: options.password, displayName: options.name, role: options.role },
        OPTION_NAMES,
      );
      if (isWeakPassword(input.password, input.email))
        throw new CliError('--password: this password is too easy to guess (weak_password)', EXIT.usage);
      await withApp(globals(), async (hearth) => {
        const { platform } = hearth;
        const { service: members } = hearth.modules.members;
        const { identity, sessions } = hearth.modules.identity;
        if (await hearth.modules.system.needsSetup()) {
          throw new CliError('The community is not set up yet: run `hearth setup` first (it creates the owner).');
        }
        // Read before the transaction: on SQLite a query outside it would wait for it forever.
        const locale = await hearth.modules.system.defaultLocale();
        const outcome = await withTransaction(platform.db, async (tx) => {
          const existing = await members.findByEmail(tx, input.email);
          if (!existing) {
            const created = await members.createMember(tx, {
              email: input.email,
              displayName: input.displayName,
              role: input.role,
              status: 'active',
              locale,
              timeZone: 'UTC',
              emailVerified: true,
            });
            await identity.setPassword(tx, created.id, input.password);
            return { action: 'created' as const, id: created.id, previousRole: null };
          }
          const now = platform.clock.now();
          // MembersService has no role/status setter yet; this is the audited equivalent.
          const changes: { field: 'role' | 'status'; from: string; to: string }[] = [];
          if (existing.role !== input.role && !(existing.role === 'owner' && input.role === 'admin'))
            changes.push({ field: 'role', from: existing.role, to: input.role });
          if (existing.status !== 'active') changes.push({ field: 'status', from: existing.status, to: 'active' });
          for (const change of changes) {
            await tx
              .updateTable('member')
              .set({ [change.field]: change.to, updatedAt: now })
              .where('id', '=', existing.id)
              .execute();
            await tx
              .insertInto('memberChange')
              .values({
                id: platform.ids.next(),
                memberId: existing.id,
                field: change.field,
                fromValue: change.from,
                toValue: change.to,
                actorId: null,
                reason: 'hearth create-admin',
                createdAt: now,
              })
              .execute();
          }
          await identity.setPassword(tx, existing.id, input.password);
          // A new password ends every session, as a password reset does.
          await sessions.revokeAll(tx, existing.id);
          return { action: 'updated' as const, id: existing.id, previousRole: existing.role, changes };
        });
        if (outcome.action === 'created') {
          print(`Created ${input.role} ${input.email} (${outcome.id}).`);
        } else {
          const roleNote = outcome.previousRole === 'owner' && input.role === 'admin' ? ' (already owner; role kept)' : '';
          const changed = outcome.changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join(', ');
          print(
            `Updated existing member ${input.email} (${outcome.id}): ${changed || 'role unchanged'}${roleNote}; password set, sessions signed out.`,
          );
        }
      });
    });
}
