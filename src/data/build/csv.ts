/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line
 * breaks inside quotes. DOM-free; used by the dataset build and its tests.
 */

export interface CsvRow {
  /** 1-based line number in the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file} line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records of raw fields, each with the line it starts on. */
function records(file: string, text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field.length > 0) throw new CsvSyntaxError(file, line, 'a quote inside an unquoted field');
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\r') {
      // CRLF: the \n that follows ends the record.
    } else if (ch === '\n') {
      if (fieldStarted || field.length > 0 || fields.length > 0) {
        fields.push(field);
        out.push({ line: recordLine, fields });
      }
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError(file, recordLine, 'a quoted field is not closed');
  if (fieldStarted || field.length > 0 || fields.length > 0) {
    fields.push(field);
    out.push({ line: recordLine, fields });
  }
  return out;
}

/** Parses a CSV file with a header row. Rows with the wrong number of fields are syntax errors. */
export function parseCsv(file: string, text: string): CsvTable {
  const recs = records(file, text);
  const head = recs.shift();
  if (!head) throw new CsvSyntaxError(file, 1, 'the file is empty (no header row)');
  const header = head.fields.map((h) => h.trim());
  const rows = recs.map(({ line, fields }) => {
    if (fields.length !== header.length) {
      throw new CsvSyntaxError(file, line, `expected ${header.length} fields, found ${fields.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      values[name] = fields[i] ?? '';
    });
    return { line, values };
  });
  return { header, rows };
}
