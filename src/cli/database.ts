import { type Config, redact } from '../server/config.ts';
import { connectDatabase, type Database } from '../server/db/client.ts';
import { findRunningEmbedded, startEmbeddedPostgres } from '../server/db/embedded.ts';
import { migrate } from '../server/db/migrate.ts';

/**
 * The database the server uses, for a command-line task: DATABASE_URL; else the embedded
 * cluster of a running Kaidian on the same DATA_DIR; else that cluster started just for the
 * command and stopped after it.
 */
export async function openCliDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl)
    return checked(connectDatabase(config.databaseUrl, { max: 2 }), config.databaseUrl);
  const runningUrl = await findRunningEmbedded(config.dataDir);
  if (runningUrl) return checked(connectDatabase(runningUrl, { max: 2 }), runningUrl);
  const embedded = await startEmbeddedPostgres(config.dataDir, () => undefined);
  const database = connectDatabase(embedded.url, { max: 2 });
  await migrate(database.pool);
  return {
    ...database,
    async close() {
      await database.close();
      await embedded.stop();
    },
  };
}

async function checked(database: Database, url: string): Promise<Database> {
  try {
    await database.pool.query('SELECT 1');
    await migrate(database.pool);
  } catch (error) {
    await database.close();
    throw new Error(`cannot use the database at ${redact(url)}: ${(error as Error).message}`);
  }
  return database;
}
