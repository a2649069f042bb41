import type { Locale } from '../../../i18n/locale.ts';
import type { EmailContent } from '../../../notifications/email-layout.ts';
import { notificationQueue } from '../../../notifications/queue.ts';
import {
  defineEmailTemplates,
  defineSmsTemplates,
  type TemplateContext,
} from '../../../notifications/templates.ts';

export interface ModerationMailData {
  productId: string;
  title: string;
  /** What the reviewer wrote; absent on an approval. */
  reason: string | null;
}

function productLink(locale: Locale, data: ModerationMailData, { publicUrl }: TemplateContext) {
  return {
    label: locale === 'zh-CN' ? '查看商品' : 'Open the product',
    url: `${publicUrl}/products/${data.productId}`,
  };
}

const reasonLine = (locale: Locale, data: ModerationMailData) =>
  locale === 'zh-CN' ? `原因：${data.reason ?? ''}` : `Reason: ${data.reason ?? ''}`;

/** The merchant hears of each moderation decision on their product (SPEC §6), in their language. */
export const moderationEmailTemplates = defineEmailTemplates({
  'product.approved': (locale, data: ModerationMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: `开店：商品“${data.title}”已通过审核`,
          heading: '您的商品已通过审核',
          paragraphs: [`商品“${data.title}”已通过审核并上架，买家现在可以看到它了。`],
          action: productLink(locale, data, context),
        }
      : {
          subject: `Kaidian: "${data.title}" is approved`,
          heading: 'Your product is approved',
          paragraphs: [`"${data.title}" passed review and is now published: buyers can see it.`],
          action: productLink(locale, data, context),
        },

  'product.rejected': (locale, data: ModerationMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: `开店：商品“${data.title}”未通过审核`,
          heading: '您的商品未通过审核',
          paragraphs: [
            `商品“${data.title}”未通过审核，暂未上架。`,
            reasonLine(locale, data),
            '请按原因修改后重新发布，我们会再次审核。',
          ],
          action: productLink(locale, data, context),
        }
      : {
          subject: `Kaidian: "${data.title}" was not approved`,
          heading: 'Your product was not approved',
          paragraphs: [
            `"${data.title}" did not pass review and is not published.`,
            reasonLine(locale, data),
            'Correct it and publish it again, and it will be reviewed again.',
          ],
          action: productLink(locale, data, context),
        },

  'product.taken_down': (locale, data: ModerationMailData, context): EmailContent =>
    locale === 'zh-CN'
      ? {
          subject: `开店：商品“${data.title}”已被下架`,
          heading: '您的商品已被平台下架',
          paragraphs: [
            `商品“${data.title}”已被平台下架，买家暂时无法看到或购买。`,
            reasonLine(locale, data),
            '修改后可重新提交审核，审核通过后将恢复上架。',
          ],
          action: productLink(locale, data, context),
        }
      : {
          subject: `Kaidian: "${data.title}" was taken down`,
          heading: 'Your product was taken down',
          paragraphs: [
            `The platform took "${data.title}" down: buyers can no longer see or buy it.`,
            reasonLine(locale, data),
            'Once corrected you can submit it for review again; when approved it is published again.',
          ],
          action: productLink(locale, data, context),
        },
});

export const moderationSmsTemplates = defineSmsTemplates({
  'product.approved': (locale, data: ModerationMailData) =>
    locale === 'zh-CN'
      ? `【开店】您的商品“${data.title}”已通过审核并上架。`
      : `[Kaidian] Your product "${data.title}" is approved and published.`,
  'product.rejected': (locale, data: ModerationMailData) =>
    locale === 'zh-CN'
      ? `【开店】您的商品“${data.title}”未通过审核：${data.reason ?? ''}。请修改后重新发布。`
      : `[Kaidian] Your product "${data.title}" was not approved: ${data.reason ?? ''}. Correct it and publish again.`,
  'product.taken_down': (locale, data: ModerationMailData) =>
    locale === 'zh-CN'
      ? `【开店】您的商品“${data.title}”已被平台下架：${data.reason ?? ''}。`
      : `[Kaidian] Your product "${data.title}" was taken down: ${data.reason ?? ''}.`,
});

export const moderationNotifications = {
  email: moderationEmailTemplates,
  sms: moderationSmsTemplates,
};
export const { queueEmail: queueProductEmail, queueSms: queueProductSms } =
  notificationQueue(moderationNotifications);
