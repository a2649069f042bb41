export { type Upload, type UploadPurpose, uploadFile } from '../../api/upload';

/** SPEC §3; the server checks again and decides. */
export const maxUploadBytes = 10 * 1024 * 1024;
export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** A size in the reader's units: "840 KB", "3.2 MB". */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, 'MB');
  return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
}
