import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { EmailTransport } from './adapters/email/transport.ts';
import type { SmsProvider } from './adapters/sms/provider.ts';
import type { Storage } from './adapters/storage/storage.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Settings } from './modules/settings/index.ts';

/** Everything the app is built from; main.ts makes the real ones, tests their own. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  email: EmailTransport;
  sms: SmsProvider;
  /** Private file storage for uploads (local disk under DATA_DIR/uploads). */
  storage: Storage;
  /** Operator settings (rule numbers), read from a cache every instance keeps current. */
  settings: Settings;
  /** Absolute path of the built web app (dist/web). */
  webDir: string;
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;
