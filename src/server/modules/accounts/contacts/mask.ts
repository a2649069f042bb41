import type { ContactChannel } from '../schema.ts';

/** "sh***@example.com", "+86*******8000": enough to recognise, not enough to harvest. */
export function maskAddress(channel: ContactChannel, address: string): string {
  if (channel === 'phone')
    return `${address.slice(0, 3)}${'*'.repeat(Math.max(0, address.length - 7))}${address.slice(-4)}`;
  const [local = '', domain = ''] = address.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}
