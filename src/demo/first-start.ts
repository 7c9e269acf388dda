import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { SYSTEM_ACTOR, type ChangeContext } from '../platform/context.ts';
import { createAccountsService } from '../modules/accounts/accounts.service.ts';
import { generatePassword } from '../modules/accounts/accounts.domain.ts';
import { underStartLock } from '../platform/db/migrate.ts';
import { loadDemoAlliance } from './demo-alliance.ts';

export const DEMO_ADMIN_EMAIL = 'admin@alliance.example';

/**
 * On an empty database outside production: the demo alliance and one administrator whose password
 * is generated now and shown once. No fixed default password exists.
 */
export async function prepareDemo(
  db: Db,
  clock: Clock,
): Promise<{ admin: { email: string; password: string } } | undefined> {
  // Under the migrations' lock, in one transaction: of two processes starting together on a new
  // database, the first loads the demo and the second, waiting on the lock, finds its users.
  return underStartLock(db, async (tx) => {
    const accounts = createAccountsService({ db: tx, clock, sessionIdleMinutes: 120 });
    if ((await accounts.countUsers()) > 0) return undefined;
    const context: ChangeContext = {
      actor: SYSTEM_ACTOR,
      requestId: `start:${crypto.randomUUID()}`,
      action: 'demo.loaded',
      now: clock.now(),
    };
    await loadDemoAlliance(tx, context);
    const password = generatePassword();
    await accounts.createUser(
      { ...context, action: 'user.created' },
      {
        email: DEMO_ADMIN_EMAIL,
        name: 'Demo administrator',
        roles: [{ role: 'administrator', organisationId: null }],
        password,
      },
    );
    return { admin: { email: DEMO_ADMIN_EMAIL, password } };
  });
}
