/** Product moderation's surface inside the products module: what products/index.ts composes. */
export { findBannedWords, listBannedWords } from './banned-words.ts';
export { moderationErrors } from './errors.ts';
export { MODERATION_EVENTS } from './events.ts';
export { MODERATION_FLAG_KINDS, type ModerationFlag, type ModerationFlagKind } from './flags.ts';
export { moderationNotifications } from './notification-templates.ts';
export { moderationRoutes } from './routes.ts';
export { submitForModeration } from './submit.ts';
