import { describe, expect, it } from 'vitest';
import { contentDispositionFileName } from './download.ts';

describe('contentDispositionFileName', () => {
  it('decodes the RFC 5987 name the server sends', () => {
    const header = `attachment; filename*=UTF-8''${encodeURIComponent('人民调解协议书-SFQ-TW-LD〔2026〕第1号.docx')}`;
    expect(contentDispositionFileName(header, 'x.docx')).toBe('人民调解协议书-SFQ-TW-LD〔2026〕第1号.docx');
  });

  it('falls back to a plain name, then to the fallback', () => {
    expect(contentDispositionFileName('attachment; filename="record.docx"', 'x.docx')).toBe('record.docx');
    expect(contentDispositionFileName("attachment; filename*=UTF-8''%E0%A4%A", 'x.docx')).toBe('x.docx');
    expect(contentDispositionFileName(null, 'x.docx')).toBe('x.docx');
  });
});
