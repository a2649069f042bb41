import {
  EncryptedPDFError,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFObject,
  PDFStream,
} from 'pdf-lib';
import { AppError } from '../../errors.ts';

// A scanned business licence or ID card is pages of images and text. Anything that runs, opens
// something, carries other files or asks for input has no place in one, so such a PDF is refused.
const SCRIPT_KEYS = ['JS', 'JavaScript', 'AA', 'OpenAction', 'Launch'];
const ATTACHMENT_KEYS = ['EmbeddedFile', 'EmbeddedFiles', 'RichMedia'];
const FORM_KEYS = ['AcroForm', 'XFA'];
// Actions by their /S type: scripts, and those that leave the document (links, files, forms).
const SCRIPT_ACTIONS = [
  'JavaScript',
  'Launch',
  'URI',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'Rendition',
  'RichMediaExecute',
];
const ATTACHMENT_TYPES = ['EmbeddedFile', 'FileAttachment', 'RichMedia'];

type Refusal =
  | 'upload.pdf_scripts'
  | 'upload.pdf_attachments'
  | 'upload.pdf_form'
  | 'upload.pdf_unreadable';

/**
 * Parse the PDF (pdf-lib decodes cross-reference and object streams) and look at every object in
 * it, so nothing hidden in a compressed object stream is missed. A file that does not parse as a
 * PDF with at least one page is refused, whatever its first bytes say.
 */
export async function assertPlainPdf(bytes: Buffer): Promise<void> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    if (document.getPageCount() === 0) throw new Error('no pages');
  } catch (error) {
    // An encrypted PDF cannot be looked into, so it cannot be shown to be harmless.
    if (error instanceof EncryptedPDFError) throw new AppError('upload.pdf_encrypted');
    throw new AppError('upload.pdf_unreadable');
  }
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const refusal = findActiveContent(object, 0);
    if (refusal) throw new AppError(refusal);
  }
}

function findActiveContent(object: PDFObject, depth: number): Refusal | null {
  // Indirect objects are each visited on their own; this only descends into direct ones, which
  // no honest file nests this deep.
  if (depth > 64) return 'upload.pdf_unreadable';
  const dict = object instanceof PDFStream ? object.dict : object;
  if (dict instanceof PDFArray) {
    for (const item of dict.asArray()) {
      const found = findActiveContent(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!(dict instanceof PDFDict)) return null;
  const keys = new Set(dict.keys().map((key) => key.decodeText()));
  if (SCRIPT_KEYS.some((key) => keys.has(key))) return 'upload.pdf_scripts';
  if (ATTACHMENT_KEYS.some((key) => keys.has(key))) return 'upload.pdf_attachments';
  if (FORM_KEYS.some((key) => keys.has(key))) return 'upload.pdf_form';
  const action = nameAt(dict, 'S');
  if (action && SCRIPT_ACTIONS.includes(action)) return 'upload.pdf_scripts';
  const types = [nameAt(dict, 'Type'), nameAt(dict, 'Subtype')];
  if (types.some((type) => type && ATTACHMENT_TYPES.includes(type))) {
    return 'upload.pdf_attachments';
  }
  if (types.includes('Widget')) return 'upload.pdf_form';
  for (const value of dict.values()) {
    const found = findActiveContent(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function nameAt(dict: PDFDict, key: string): string | null {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : null;
}
