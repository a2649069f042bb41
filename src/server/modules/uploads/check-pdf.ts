import { AppError } from '../../errors.ts';

/**
 * Names of PDF features that run code or carry other files. A business licence scan needs none
 * of them, so a PDF mentioning one is refused. This is a screen, not a parser: names hidden in
 * compressed object streams pass, which is why PDFs are also only ever shown to their owner and
 * to reviewers, with no-store and nosniff.
 */
const ACTIVE_CONTENT = /\/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|AA)\b/;

export function assertPlainPdf(bytes: Buffer): void {
  // PDF names may escape characters as #xx; undo that so /J#61vaScript is seen as /JavaScript.
  const text = bytes
    .toString('latin1')
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  if (ACTIVE_CONTENT.test(text)) throw new AppError('upload.unsupported_type');
}
