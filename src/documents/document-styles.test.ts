import { describe, expect, it } from 'vitest';
import { Paragraph } from 'docx';
import { expectDocx } from '../../test/support/docx.ts';
import { DOCX_MIME, packDocument } from './document-styles.ts';

describe('packDocument', () => {
  it('packs an A4 Word document with 宋体/黑体 set for East Asian text and a page-number footer', async () => {
    const docx = expectDocx(
      await packDocument({ title: '测试', children: [new Paragraph({ text: '正文' })] }),
    );
    expect(docx.text).toBe('正文');
    expect(docx.documentXml).toContain('w:w="11906"');
    expect(docx.documentXml).toContain('w:h="16838"');
    expect(docx.documentXml).toMatch(/w:left="1797"/);
    const styles = docx.part('word/styles.xml')!;
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
    expect(styles).toContain('w:line="360"');
    const footer = docx.names.find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(docx.part(footer!)).toContain('PAGE');
    expect(docx.part('docProps/core.xml')).toContain('测试');
  });

  it('names the .docx MIME type', () => {
    expect(DOCX_MIME).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
