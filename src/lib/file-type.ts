/**
 * Recognises an uploaded file by its content, never by its name: photos, PDF, Word
 * and audio, the kinds a case file holds (issue: attachments).
 */
export interface DetectedType {
  mime: string;
  ext: string;
  kind: 'image' | 'pdf' | 'word' | 'audio';
}

const startsWith = (buf: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => buf[offset + i] === b);
const ascii = (buf: Buffer, text: string, offset = 0) =>
  buf.subarray(offset, offset + text.length).toString('latin1') === text;

/** Detects the type from the first bytes (and, for Word, the zip's directory); undefined when unknown. */
export function detectFileType(buf: Buffer): DetectedType | undefined {
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', ext: 'jpg', kind: 'image' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', ext: 'png', kind: 'image' };
  if (ascii(buf, 'GIF87a') || ascii(buf, 'GIF89a')) return { mime: 'image/gif', ext: 'gif', kind: 'image' };
  if (ascii(buf, 'RIFF') && ascii(buf, 'WEBP', 8)) return { mime: 'image/webp', ext: 'webp', kind: 'image' };
  if (ascii(buf, 'ftyp', 4) && /^(heic|heix|mif1|msf1)$/.test(buf.subarray(8, 12).toString('latin1')))
    return { mime: 'image/heic', ext: 'heic', kind: 'image' };
  if (ascii(buf, '%PDF-')) return { mime: 'application/pdf', ext: 'pdf', kind: 'pdf' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04]) && buf.includes('word/')) {
    return {
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ext: 'docx',
      kind: 'word',
    };
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { mime: 'application/msword', ext: 'doc', kind: 'word' };
  if (ascii(buf, 'ID3') || (buf[0] === 0xff && ((buf[1] ?? 0) & 0xe0) === 0xe0))
    return { mime: 'audio/mpeg', ext: 'mp3', kind: 'audio' };
  if (ascii(buf, 'RIFF') && ascii(buf, 'WAVE', 8)) return { mime: 'audio/wav', ext: 'wav', kind: 'audio' };
  if (ascii(buf, '#!AMR')) return { mime: 'audio/amr', ext: 'amr', kind: 'audio' };
  if (ascii(buf, 'OggS')) return { mime: 'audio/ogg', ext: 'ogg', kind: 'audio' };
  if (ascii(buf, 'ftyp', 4) && /^(M4A |isom|mp42|3gp)/.test(buf.subarray(8, 12).toString('latin1')))
    return { mime: 'audio/mp4', ext: 'm4a', kind: 'audio' };
  return undefined;
}
