import { openDatabase, withWriteTransaction } from '#store/database';
import { migrateToLatest } from '#store/migrate';
import { ensureLocalUser } from '#store/user.store';
import type { Clock } from '#core/clock';
import type { AppConfig } from './config';
import type { Logger, ServiceContext } from './context';

/**
 * Opens the configured database, brings its schema up to date and makes sure the local user
 * exists: everything the server and the CLI need before the first use case.
 */
export async function openContext(
  config: AppConfig,
  clock: Clock,
  log: Logger,
): Promise<ServiceContext> {
  const db = openDatabase(config.database);
  try {
    const report = await migrateToLatest(db, clock.now());
    if (report.backupFile) {
      // Shown even by quiet commands: the user should know where the previous data went.
      log.warn(`database upgraded; the data before the upgrade is kept in ${report.backupFile}`, {
        applied: report.applied,
      });
    } else if (report.applied.length > 0) {
      log.info('database created', { applied: report.applied });
    }
    const userId = await withWriteTransaction(db, (tx) => ensureLocalUser(tx, clock.now()));
    return { db, clock, log, config, userId };
  } catch (error) {
    await db.close();
    throw error;
  }
}
