import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfWithHiddenScript, plainPdf } from '../../../../tests/support/pdf.ts';
import { assertPlainPdf } from './check-pdf.ts';

async function refusal(bytes: Buffer): Promise<string | null> {
  try {
    await assertPlainPdf(bytes);
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

/** A one-page PDF changed by `edit` before saving, in object streams unless told otherwise. */
async function pdfWith(edit: (document: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage();
  await edit(document);
  return Buffer.from(await document.save({ useObjectStreams: true }));
}

describe('inspecting an uploaded PDF', () => {
  it('accepts a plain document', async () => {
    expect(await refusal(await plainPdf())).toBeNull();
  });

  it('finds JavaScript hidden in a compressed object stream', async () => {
    const bytes = await pdfWithHiddenScript();
    expect(bytes.toString('latin1')).not.toContain('JavaScript');
    expect(await refusal(bytes)).toBe('upload.pdf_scripts');
  });

  it('refuses a file that only starts like a PDF', async () => {
    const polyglot = Buffer.from('%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n');
    expect(await refusal(polyglot)).toBe('upload.pdf_unreadable');
    const cut = (await plainPdf()).subarray(0, 200);
    expect(await refusal(cut)).toBe('upload.pdf_unreadable');
  });

  it('refuses links that leave the document, and actions run by pages', async () => {
    const link = await pdfWith((document) => {
      const annotation = document.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 100, 100],
        A: { S: 'URI', URI: PDFString.of('https://evil.example') },
      });
      document.getPage(0).node.set(PDFName.of('Annots'), document.context.obj([annotation]));
    });
    expect(await refusal(link)).toBe('upload.pdf_scripts');
    const pageAction = await pdfWith((document) => {
      document.getPage(0).node.set(PDFName.of('AA'), document.context.obj({}));
    });
    expect(await refusal(pageAction)).toBe('upload.pdf_scripts');
    const launch = await pdfWith((document) => {
      const action = document.context.obj({ S: 'Launch', F: PDFString.of('calc.exe') });
      document.catalog.set(PDFName.of('OpenAction'), document.context.register(action));
    });
    expect(await refusal(launch)).toBe('upload.pdf_scripts');
  });

  it('refuses embedded files and fillable forms', async () => {
    const attached = await pdfWith(async (document) => {
      await document.attach(Buffer.from('MZ...'), 'invoice.exe', {
        mimeType: 'application/octet-stream',
      });
    });
    expect(await refusal(attached)).toBe('upload.pdf_attachments');
    const form = await pdfWith((document) => {
      document.getForm().createTextField('name').addToPage(document.getPage(0));
    });
    expect(await refusal(form)).toBe('upload.pdf_form');
  });
});
