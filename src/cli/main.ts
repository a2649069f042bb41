import { parseArgs } from 'node:util';
import { createSmtpTransport } from '../server/adapters/email/smtp.ts';
import {
  createMailboxEmailTransport,
  createMailboxSmsProvider,
} from '../server/adapters/mailbox/mailbox.ts';
import { outboxHandlers } from '../server/app-modules.ts';
import { systemClock } from '../server/clock.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { withTx } from '../server/db/client.ts';
import { AppError } from '../server/errors.ts';
import { isLocale } from '../server/i18n/locale.ts';
import { queueEmail } from '../server/notifications/foundation-templates.ts';
import { listFailedMessages, retryFailedMessage } from '../server/outbox/manage.ts';
import { createOutboxWorker } from '../server/outbox/worker.ts';
import { adminCreate } from './admin-create.ts';
import { openCliDatabase } from './database.ts';
import { UsageError } from './usage-error.ts';

const USAGE = `Usage: npm run kaidian -- <command>

Commands:
  mail test --to ADDRESS [--locale en|zh-CN]   send a test e-mail through the configured transport
  outbox failed                               list outbox messages that failed for good
  outbox retry ID                             give a failed message a fresh set of attempts
  admin create --email E --password P [--name N] [--roles admin,reviewer,finance]
                                              create an operator (default role: admin) and print
                                              the TOTP secret and otpauth:// URL for their app

Settings come from the same environment as the server (DATA_DIR, DATABASE_URL, SMTP_URL, …).`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      locale: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [group, command, argument] = positionals;
  if (values.help || !group) return void console.log(USAGE);

  const config = loadConfig();
  const database = await openCliDatabase(config);
  try {
    if (group === 'mail' && command === 'test') {
      if (!values.to) throw new UsageError('mail test needs --to ADDRESS');
      const locale = values.locale ?? 'en';
      if (!isLocale(locale)) throw new UsageError('--locale must be en or zh-CN');
      const sentAt = new Date().toISOString();
      await withTx(database.db, (tx) =>
        queueEmail(tx, {
          key: `system.test:${sentAt}`,
          to: values.to as string,
          template: 'system.test',
          locale,
          data: { sentAt },
        }),
      );
      const email = config.smtpUrl
        ? createSmtpTransport(config.smtpUrl, config.mailFrom)
        : createMailboxEmailTransport(systemClock);
      const worker = createOutboxWorker({
        db: database.db,
        handlers: outboxHandlers({
          email,
          sms: createMailboxSmsProvider(systemClock),
          publicUrl: config.publicUrl,
        }),
        clock: systemClock,
        log: { info: () => undefined, warn: (obj) => console.error(obj) },
      });
      await worker.drain();
      await email.close();
      console.log(`test e-mail to ${values.to} handed to the ${email.name} transport`);
    } else if (group === 'outbox' && command === 'failed') {
      const failed = await listFailedMessages(database.db);
      if (failed.length === 0) console.log('no failed outbox messages');
      for (const message of failed) {
        console.log(
          `${message.id}\t${message.topic}\t${message.attempts} attempts\t${message.lastError ?? ''}`,
        );
      }
    } else if (group === 'outbox' && command === 'retry') {
      const id = Number(argument);
      if (!Number.isInteger(id) || id <= 0)
        throw new UsageError('outbox retry needs the message id');
      await retryFailedMessage(database.db, id, systemClock);
      console.log(`outbox message ${id} will be retried`);
    } else if (group === 'admin' && command === 'create') {
      console.log(await adminCreate(database, config, values));
    } else {
      throw new UsageError(`unknown command: ${positionals.join(' ')}`);
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`kaidian: ${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError) console.error(`kaidian: ${error.message}`);
    else if (error instanceof AppError) console.error(`kaidian: ${error.code}`);
    else console.error(`kaidian: ${(error as Error).message}`);
    process.exit(1);
  },
);
