import { describe, expect, it } from 'vitest';
import { detectFileType } from './file-type.ts';

const b = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectFileType', () => {
  it.each([
    [b([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    [b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    [b('%PDF-1.7\n'), 'application/pdf'],
    [
      b([0x50, 0x4b, 0x03, 0x04], 'xxxx[Content_Types].xml word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/msword'],
    [b('ID3', [3, 0, 0]), 'audio/mpeg'],
    [b('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
    [b('#!AMR\n'), 'audio/amr'],
  ])('recognises %#', (buf, mime) => {
    expect(detectFileType(buf)?.mime).toBe(mime);
  });

  it.each([
    [b('MZ', [0x90, 0]), 'an executable'],
    [b('<html><script>'), 'HTML'],
    [b([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'), 'a zip that is not Word'],
    [b(''), 'an empty file'],
  ])('refuses %s', (buf) => {
    expect(detectFileType(buf)).toBeUndefined();
  });
});
