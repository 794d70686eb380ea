/**
 * Reads a table file (CSV, XLSX or JSON: organisations, case ledgers) into plain records, each with the line
 * (CSV, XLSX) or position (JSON, 1-based) it came from, for error reports.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationFailed, DomainError } from './errors.ts';

export type ImportFormat = 'csv' | 'xlsx' | 'json';

export interface RawRecord {
  line: number;
  values: Record<string, string>;
}

const CONTENT_TYPES: Record<string, ImportFormat> = {
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/json': 'json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** Picks the format from a Content-Type header; throws unsupported-media-type. */
export function formatFromContentType(contentType: string | undefined): ImportFormat {
  const base = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const format = CONTENT_TYPES[base];
  if (!format) {
    throw new DomainError(
      'unsupported-media-type',
      `Send the file as text/csv, application/json or an .xlsx workbook, not "${base || 'nothing'}"`,
    );
  }
  return format;
}

/** Picks the format from a file name's extension. */
export function formatFromFileName(name: string): ImportFormat {
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'csv' || ext === 'xlsx' || ext === 'json') return ext;
  throw new DomainError('unsupported-media-type', `Unknown file type "${name}": use .csv, .xlsx or .json`);
}

function normaliseKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).trim();
}

function readCsv(content: Buffer): RawRecord[] {
  try {
    const rows = parse(content, {
      columns: (header: string[]) => header.map(normaliseKey),
      skip_empty_lines: true,
      bom: true,
      trim: true,
      info: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ line: info.lines, values: record }));
  } catch (err) {
    throw new ValidationFailed(`The CSV file cannot be read: ${(err as Error).message}`, [
      { pointer: '#/file', code: 'unreadable', detail: (err as Error).message },
    ]);
  }
}

async function readXlsx(content: Buffer): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (err) {
    throw new ValidationFailed('The workbook cannot be read', [
      { pointer: '#/file', code: 'unreadable', detail: (err as Error).message },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (header[col] = normaliseKey(cell.text)));
  const records: RawRecord[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values: Record<string, string> = {};
    row.eachCell((cell, col) => {
      const key = header[col];
      if (key) values[key] = cellText(cell.text);
    });
    if (Object.values(values).some((v) => v !== '')) records.push({ line, values });
  });
  return records;
}

function readJson(content: Buffer): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ValidationFailed('The JSON file cannot be read', [
      { pointer: '#/file', code: 'unreadable', detail: (err as Error).message },
    ]);
  }
  const list = Array.isArray(data) ? data : (data as { orgs?: unknown })?.orgs;
  if (!Array.isArray(list)) {
    throw new ValidationFailed('The JSON file must hold an array of organisations (or {"orgs": [...]})', [
      { pointer: '#/file', code: 'not-an-array', detail: 'expected an array' },
    ]);
  }
  return list.map((item, i) => {
    const values: Record<string, string> = {};
    if (item && typeof item === 'object') {
      for (const [k, v] of Object.entries(item)) {
        const key = normaliseKey(k.replace(/([a-z])([A-Z])/g, '$1_$2'));
        values[key] = cellText(v);
      }
    }
    return { line: i + 1, values };
  });
}

/** Reads a whole file; throws validation-failed when it cannot be parsed at all. */
export async function readTableFile(format: ImportFormat, content: Buffer): Promise<RawRecord[]> {
  if (format === 'csv') return readCsv(content);
  if (format === 'xlsx') return readXlsx(content);
  return readJson(content);
}
