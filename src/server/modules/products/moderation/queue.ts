import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { recordEvent } from '../../../outbox/events.ts';
import { defineReviewQueue } from '../../../review/define-review-queue.ts';
import { findMerchant } from '../../accounts/index.ts';
import { productLifecycle } from '../lifecycle.ts';
import { queueProductEmail, queueProductSms } from './notification-templates.ts';
import { findProductForUpdate } from './product-row.ts';

/** A case's statuses; the product keeps its own status, which is what everyone else reads. */
export type ModerationCaseStatus = 'pending' | 'approved' | 'rejected' | 'taken_down';
export type ModerationDecision = 'approve' | 'reject' | 'take_down';

export const MODERATION_DECISIONS = ['approve', 'reject', 'take_down'] as const;
export const REASON_MAX_LENGTH = 500;

const EVENT = {
  approve: 'product.approved',
  reject: 'product.rejected',
  take_down: 'product.taken_down',
} as const satisfies Record<ModerationDecision, string>;

/** The product status each decision leaves (decideProduct checks the one it needs). */
const PRODUCT_STATUS = {
  approve: 'published',
  reject: 'rejected',
  take_down: 'taken_down',
} as const satisfies Record<ModerationDecision, string>;

const REASON_MESSAGES = {
  required: {
    en: 'is required: the merchant is told why',
    'zh-CN': '为必填项：商家会看到这一原因',
  },
  maxLength: {
    en: `must be at most ${REASON_MAX_LENGTH} characters`,
    'zh-CN': `最多 ${REASON_MAX_LENGTH} 个字符`,
  },
} as const satisfies Record<string, Record<Locale, string>>;

const invalidReason = (rule: keyof typeof REASON_MESSAGES, locale: Locale) =>
  new AppError(
    'validation.failed',
    [{ field: 'reason', rule, message: REASON_MESSAGES[rule][locale] }],
    {
      fields: 'reason',
    },
  );

/**
 * The flagged products (SPEC §6, §9), on the review-case kernel: one case per product, reopened
 * each time the checks hold it again. A take-down of a product published without review opens
 * its case and decides it at once, so every decision on a product is in one history.
 */
export const moderationQueue = defineReviewQueue<ModerationCaseStatus, ModerationDecision>({
  name: 'product_moderation',
  transitions: {
    // An edit while waiting replaces what is reviewed (pending → pending).
    pending: ['pending', 'approved', 'rejected', 'taken_down'],
    approved: ['pending', 'taken_down'],
    // A rejected product corrected and published without a flag can still be taken down.
    rejected: ['pending', 'taken_down'],
    taken_down: ['pending'],
  },
  openStatus: 'pending',
  decisions: { approve: 'approved', reject: 'rejected', take_down: 'taken_down' },
  codes: { notFound: 'product.not_found', refused: 'moderation.already_decided' },
  audit: { targetType: 'product' },
  hooks: {
    async checkDecision(_tx, context) {
      const reason = context.note?.trim() || null;
      if (context.decision !== 'approve' && !reason)
        throw invalidReason('required', context.locale);
      if (reason && [...reason].length > REASON_MAX_LENGTH)
        throw invalidReason('maxLength', context.locale);
      return { reasons: [], note: reason };
    },

    async apply(tx, context) {
      const product = await findProductForUpdate(tx, context.reviewCase.subjectId);
      if (!product) throw new AppError('product.not_found');
      await productLifecycle.transition(tx, {
        id: product.id,
        from: product.status,
        to: PRODUCT_STATUS[context.decision],
        actor: { kind: 'operator', id: context.operatorId },
        reason: context.note,
        at: context.at,
        set: {
          statusReason: context.decision === 'approve' ? null : context.note,
          // Decided: what held it is no longer the merchant's to fix.
          ...(context.decision === 'approve' ? { reviewFlags: [] } : {}),
          ...(context.decision === 'approve'
            ? { publishedAt: product.publishedAt ?? context.at }
            : {}),
          updatedAt: context.at,
        },
      });
      // Whatever follows a publication (growth tasks, search) follows an approval too.
      if (context.decision === 'approve') {
        await recordEvent(tx, {
          topic: 'product.published',
          key: `product.published:approved:${context.reviewCase.id}:${context.at.toISOString()}`,
          occurredAt: context.at,
          data: { productId: product.id, storeId: product.storeId, merchantId: product.merchantId },
        });
      }
    },

    async notify(tx, context) {
      const merchant = await findMerchant(tx, context.reviewCase.submitterId);
      if (!merchant) return;
      const snapshot = context.reviewCase.snapshot as { title?: string };
      const notice = {
        key: `product.decision:${context.decisionId}`,
        locale: merchant.locale,
        template: EVENT[context.decision],
        data: {
          productId: context.reviewCase.subjectId,
          title: snapshot.title ?? '',
          reason: context.note,
        },
      };
      if (merchant.email) await queueProductEmail(tx, { ...notice, to: merchant.email });
      else if (merchant.phone) await queueProductSms(tx, { ...notice, to: merchant.phone });
    },

    event: (context) => ({
      topic: EVENT[context.decision],
      data: {
        productId: context.reviewCase.subjectId,
        merchantId: context.reviewCase.submitterId,
        storeId: (context.reviewCase.snapshot as { storeId?: string }).storeId ?? null,
        decision: context.decision,
      },
    }),
  },
});
