import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

/** A one-page PDF such as a scanner or "print to PDF" makes: text, nothing active. */
export async function plainPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText('Business licence', { x: 72, y: 760, size: 18, font });
  return Buffer.from(await document.save());
}

/**
 * A PDF that runs JavaScript when opened, saved with compressed object streams so the words
 * "JavaScript" and "OpenAction" appear nowhere in the file's bytes.
 */
export async function pdfWithHiddenScript(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage();
  const action = document.context.obj({ Type: 'Action', S: 'JavaScript', JS: 'app.alert(1)' });
  document.catalog.set(PDFName.of('OpenAction'), document.context.register(action));
  return Buffer.from(await document.save({ useObjectStreams: true }));
}
