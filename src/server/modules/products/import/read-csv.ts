import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { AppError } from '../../../errors.ts';
import { type CsvRecord, IMPORT_COLUMNS, type ImportColumn, REQUIRED_COLUMNS } from './columns.ts';
import type { ImportEncoding } from './schema.ts';

/**
 * Counts the bytes going through, refuses the file the moment it passes `maxBytes`, and tells
 * whether the whole of it was valid UTF-8 (a streaming, fatal decoder: a character split across
 * chunks is fine). Chinese Excel saves CSV as GB18030, which is seldom valid UTF-8: anything that
 * is not UTF-8 is read as GB18030.
 */
export class FileInspector extends Transform {
  bytes = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private validUtf8 = true;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get encoding(): ImportEncoding {
    return this.validUtf8 ? 'utf-8' : 'gb18030';
  }

  override _transform(chunk: Buffer, _encoding: string, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      done(
        new AppError('product_import.file_too_large', undefined, {
          limitMb: this.maxBytes / 1048576,
        }),
      );
      return;
    }
    this.check(chunk, true);
    done(null, chunk);
  }

  override _flush(done: TransformCallback) {
    this.check(new Uint8Array(0), false);
    done();
  }

  private check(chunk: Uint8Array, more: boolean) {
    if (!this.validUtf8) return;
    try {
      this.decoder.decode(chunk, { stream: more });
    } catch {
      this.validUtf8 = false;
    }
  }
}

/** One data row of the file, numbered as a spreadsheet shows it (the header is row 1). */
export interface NumberedRecord {
  rowNumber: number;
  record: CsvRecord;
  /** Columns whose cell held a NUL character (shown as U+FFFD in `record`): the row is refused. */
  nulColumns: ImportColumn[];
}

/**
 * The rows of a stored file, decoded and parsed as they stream: nothing holds the file whole.
 * The header is checked first (any order; unknown and duplicate columns refused, naming them;
 * required ones present). Blank lines keep their row number but yield nothing.
 */
export async function* readCsvRecords(
  body: Readable,
  encoding: ImportEncoding,
): AsyncGenerator<NumberedRecord> {
  // iconv strips a UTF-8 BOM; csv-parse's bom option catches one left by a GB18030 decode.
  const parser = body
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }));
  let header: ImportColumn[] | null = null;
  let rowNumber = 1;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = checkHeader(fields);
        continue;
      }
      rowNumber += 1;
      if (fields.every((field) => field.trim() === '')) continue;
      const record: CsvRecord = {};
      const nulColumns: ImportColumn[] = [];
      header.forEach((column, index) => {
        const value = fields[index];
        if (value === undefined) return;
        // The HTTP guard refuses NUL in what a request carries; a file's cells come in here.
        // PostgreSQL cannot store the character in text, so it never goes further than this.
        if (value.includes('\u0000')) nulColumns.push(column);
        record[column] = value.replaceAll('\u0000', '\uFFFD').trim();
      });
      yield { rowNumber, record, nulColumns };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      throw new AppError('product_import.unreadable_csv', undefined, { row: rowNumber + 1 });
    }
    throw error;
  } finally {
    body.destroy();
  }
  if (!header) throw new AppError('product_import.empty_file');
}

function checkHeader(fields: string[]): ImportColumn[] {
  const names = fields.map((field) => field.trim().toLowerCase());
  const known = new Set<string>(IMPORT_COLUMNS);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new AppError('product_import.unknown_columns', undefined, {
      columns: unknown.map((name) => (name === '' ? '""' : name)).join(', '),
    });
  }
  const duplicate = names.filter((name, index) => names.indexOf(name) !== index);
  if (duplicate.length > 0) {
    throw new AppError('product_import.duplicate_columns', undefined, {
      columns: [...new Set(duplicate)].join(', '),
    });
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    throw new AppError('product_import.missing_columns', undefined, {
      columns: missing.join(', '),
    });
  }
  return names as ImportColumn[];
}
