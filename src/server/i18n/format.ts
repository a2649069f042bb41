import { formatMessage } from '../../shared/message-format.ts';

/**
 * Fill `{name}` placeholders and English `{count, plural, one {…} other {…}}` forms (see
 * formatMessage); unknown placeholders stay visible so a missing parameter is noticed.
 */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return formatMessage(template, params);
}
