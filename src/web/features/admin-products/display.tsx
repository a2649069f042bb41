import type { ResponseOf } from '../../api/contract';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';

export type ModerationCase = ResponseOf<'getAdminProductsId'>;
export type ModeratedContent = ModerationCase['current'];
export type Flag = ModeratedContent['flags'][number];

const statusTones: Record<string, string> = {
  draft: 'status--muted',
  pending_review: 'status--warn',
  published: 'status--ok',
  rejected: 'status--danger',
  unpublished: 'status--muted',
  archived: 'status--muted',
  taken_down: 'status--danger',
};

export const productStatusLabel = (status: string) => `moderation.status.${status}` as MessageKey;

/** A product's status as a coloured label. */
export function ProductStatus({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`status ${statusTones[status] ?? 'status--muted'}`} data-status={status}>
      {t(productStatusLabel(status))}
    </span>
  );
}

/** The banned words a case's flags name: what the preview marks in the text. */
export const flaggedWords = (flags: readonly Flag[]) =>
  flags.flatMap((flag) => (flag.kind === 'banned_word' ? (flag.words ?? []) : []));
