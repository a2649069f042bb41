import { defineErrors } from '../../../errors.ts';

export const moderationErrors = defineErrors({
  'moderation.not_pending': {
    status: 409,
    en: 'This product is not waiting for review, so it cannot be approved or rejected.',
    'zh-CN': '该商品不在待审核状态，无法通过或驳回。',
  },
  'moderation.not_published': {
    status: 409,
    en: 'Only a published product can be taken down.',
    'zh-CN': '只有已上架的商品才能被下架。',
  },
  'moderation.already_decided': {
    status: 409,
    en: 'This review has already been decided.',
    'zh-CN': '该审核已有结论，无法重复处理。',
  },
});
