/**
 * Reads a generated .docx in tests: a tiny reader of the zip's central directory (stored and
 * deflated entries, node:zlib), and the text of `word/document.xml` paragraph by paragraph, so
 * tests can assert what a document says without depending on how runs split the text.
 */
import { inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

/** The parts of a .docx that tests look at. */
export interface DocxContents {
  /** Every entry name in the zip, e.g. "[Content_Types].xml", "word/document.xml". */
  names: string[];
  /** The text of any part by name (e.g. "word/styles.xml"); undefined when absent. */
  part(name: string): string | undefined;
  /** The raw XML of `word/document.xml`. */
  documentXml: string;
  /** The text of each paragraph of the body, tables included, in order. */
  paragraphs: string[];
  /** All paragraphs joined with line breaks. */
  text: string;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Entry name → uncompressed bytes of every file in a zip archive. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  let eocd = buffer.length - 22;
  while (eocd >= 0 && buffer.readUInt32LE(eocd) !== EOCD_SIGNATURE) eocd--;
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error(`bad central directory entry ${i}`);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    if (buffer.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new Error(`bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`unsupported compression ${method} for ${name}`);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/** The text of each `<w:p>` in WordprocessingML, tabs as "\t". */
export function paragraphTexts(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : decodeXml(m[1]!)))
      .join(''),
  );
}

/** Unzips a .docx and reads its body text; throws when `word/document.xml` is missing. */
export function readDocx(buffer: Buffer): DocxContents {
  const files = unzip(buffer);
  const document = files.get('word/document.xml');
  if (!document) throw new Error('no word/document.xml in the archive');
  const documentXml = document.toString('utf8');
  const paragraphs = paragraphTexts(documentXml);
  return {
    names: [...files.keys()],
    part: (name) => files.get(name)?.toString('utf8'),
    documentXml,
    paragraphs,
    text: paragraphs.join('\n'),
  };
}

/**
 * Asserts that a buffer is a Word document as Office opens it — a zip ("PK") with
 * `[Content_Types].xml`, `word/document.xml` and styles naming the Chinese fonts — and
 * returns its contents.
 */
export function expectDocx(buffer: Buffer): DocxContents {
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const docx = readDocx(buffer);
  expect(docx.names).toEqual(
    expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
  );
  expect(docx.part('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  return docx;
}
