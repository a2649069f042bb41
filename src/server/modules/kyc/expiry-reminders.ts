import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Locale } from '../../i18n/locale.ts';
import { notifyMerchant } from './notify-merchant.ts';
import { kycSubmissions } from './schema.ts';

/** SPEC §3: documents with an expiry date trigger re-verification reminders 30 days before. */
export const REMINDER_DAYS_BEFORE_EXPIRY = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

interface DueReminder extends Record<string, unknown> {
  submission_id: string;
  merchant_id: string;
  subject_name: string;
  expires_on: string;
  email: string | null;
  phone: string | null;
  locale: Locale;
}

/**
 * Queue a reminder for each verified identity whose document expires within the next 30 days.
 * Safe to run as often as wanted: each case is marked with the expiry date it was reminded of,
 * and the idempotency key (case and expiry date) would stop a second message anyway. At most 500
 * a run; the rest follow on the next run.
 * A merchant already re-verifying (a newer case pending) is not reminded.
 */
export async function queueExpiryReminders(tx: Executor, now: Date): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + REMINDER_DAYS_BEFORE_EXPIRY * DAY_MS)
    .toISOString()
    .slice(0, 10);
  const result = await tx.execute<DueReminder>(sql`
    SELECT s.id AS submission_id, s.merchant_id, s.subject_name, s.expires_on::text AS expires_on,
           m.email, m.phone, m.locale
      FROM kyc_submissions s
      JOIN merchants m ON m.id = s.merchant_id
     WHERE s.status = 'approved'
       AND s.superseded_at IS NULL
       AND s.expires_on BETWEEN ${today}::date AND ${horizon}::date
       AND s.expiry_reminded_for IS DISTINCT FROM s.expires_on
       AND NOT EXISTS (
             SELECT 1 FROM kyc_submissions newer
              WHERE newer.merchant_id = s.merchant_id AND newer.status = 'pending')
     ORDER BY s.expires_on
     LIMIT 500`);
  for (const row of result.rows) {
    await notifyMerchant(tx, row, `kyc.expiry_reminder:${row.submission_id}:${row.expires_on}`, {
      template: 'kyc.expiry_reminder',
      data: { name: row.subject_name, expiresOn: row.expires_on },
    });
    await tx
      .update(kycSubmissions)
      .set({ expiryRemindedFor: row.expires_on })
      .where(eq(kycSubmissions.id, row.submission_id));
  }
  return result.rows.length;
}
