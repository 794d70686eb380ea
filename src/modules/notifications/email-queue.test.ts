import { describe, expect, it } from 'vitest';
import { attachmentsOf } from './email-queue.ts';

describe('attachmentsOf', () => {
  it('reads the attachments an outbox payload names', () => {
    const docx = {
      fileName: '每月分析（2026-03-01）.docx',
      sha256: 'a'.repeat(64),
      contentType: 'application/x',
    };
    expect(attachmentsOf(JSON.stringify({ kind: 'report', attachments: [docx] }))).toEqual([docx]);
  });

  it('finds none in a notification payload, a malformed entry or text that is not JSON', () => {
    expect(attachmentsOf(JSON.stringify({ kind: 'deadline_red', caseId: null }))).toEqual([]);
    expect(attachmentsOf(JSON.stringify({ attachments: [{ fileName: 'x.docx' }, null, 'y'] }))).toEqual([]);
    expect(attachmentsOf('not json')).toEqual([]);
  });
});
