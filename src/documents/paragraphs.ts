/**
 * Paragraph and table helpers for the generated documents, so each builder states what it
 * writes and not how: titles, the number line, indented body text, headings, numbered items,
 * the signature area and simple ruled tables. All take plain strings.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { BODY_CHAR_TWIPS, FONT_SIZE, HEI_FONT, STYLE, TEXT_WIDTH } from './document-styles.ts';
import { subItemMarker, termMarker } from './chinese-numerals.ts';

/** A first-line indent of two characters (Word reads `firstLineChars`, others the twips). */
const INDENT_TWO_CHARS = { firstLineChars: 200, firstLine: 2 * BODY_CHAR_TWIPS };

/** A title line: 宋体 bold 小二, centred (the issuing body's name, then the document's name). */
export function titleLine(text: string): Paragraph {
  return new Paragraph({ style: STYLE.title, text });
}

/** The number line under the title, right-aligned: "编号：SFQ-TW-LD〔2026〕第12号". */
export function numberLine(label: string, value: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { after: 120 },
    children: [new TextRun(`${label}：${value}`)],
  });
}

/** Text as one sentence ending in a single 。, whatever punctuation it ended with. */
export function asSentence(text: string): string {
  return `${text.trim().replace(/[。；;，,.\s]+$/u, '')}。`;
}

/** Layout options of a single paragraph. */
export interface ParagraphOptions {
  /** Keep on the same page as the next paragraph (e.g. the last clause with the signatures). */
  keepNext?: boolean;
  /** Space before, in twips. */
  before?: number;
}

/** A body paragraph: justified, first line indented by two characters. */
export function bodyText(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: INDENT_TWO_CHARS,
    keepNext: options.keepNext,
    spacing: options.before === undefined ? undefined : { before: options.before },
    text,
  });
}

/**
 * A body paragraph aligned left rather than justified, for text holding long unbreakable
 * figures (ID numbers, credit codes) that would otherwise stretch the line before them.
 */
export function plainText(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, indent: INDENT_TWO_CHARS, text });
}

/** Body paragraphs from text that may hold several paragraphs separated by line breaks. */
export function bodyTexts(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => bodyText(line));
}

/** A body paragraph starting with a 黑体 label: "纠纷主要事实：" followed by the text. */
export function labelledText(label: string, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    indent: INDENT_TWO_CHARS,
    children: [new TextRun({ text: `${label}：`, font: HEI_FONT }), new TextRun(text)],
  });
}

/** A form field flush with the left margin, its label in 黑体: "时间：2026年3月2日9时00分". */
export function fieldLine(label: string, value: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    children: [new TextRun({ text: `${label}：`, font: HEI_FONT }), new TextRun(value)],
  });
}

/** Like `labelledText`, for text that may hold several paragraphs: the first carries the label. */
export function labelledTexts(label: string, text: string): Paragraph[] {
  const [first = '', ...rest] = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [labelledText(label, first), ...rest.map((line) => bodyText(line))];
}

/** A heading line in 黑体, indented like the body ("一、纠纷主要事实、争议事项"). */
export function heading(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading, indent: INDENT_TWO_CHARS, text });
}

/** A line flush with the left margin (salutations such as "张三：" and the court after 此致). */
export function flushLine(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    keepNext: options.keepNext,
    spacing: options.before === undefined ? undefined : { before: options.before },
    text,
  });
}

/** An empty line of body height, kept with what follows so it never ends a page alone. */
export function blankLine(): Paragraph {
  return new Paragraph({ keepNext: true, text: '' });
}

/** Items numbered 一、二、三、… as indented body paragraphs; each item is one paragraph. */
export function numberedItems(items: readonly string[]): Paragraph[] {
  return items.map((item, i) => bodyText(`${termMarker(i + 1)}${item}`));
}

/** Items under a heading that is itself numbered 一、: （一）（二）… */
export function subItems(items: readonly string[]): Paragraph[] {
  return items.map((item, i) => bodyText(`${subItemMarker(i + 1)}${item}`));
}

/** The width of text in body characters: CJK and full-width forms count 1, ASCII ½. */
function textWidthInChars(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/**
 * The issuer's seal line and date, centred over the right half of the page as 公文 place their
 * 署名 and 成文日期 (the seal is stamped over both); a long name moves the column left so it
 * stays on one line.
 */
export function sealBlock(lines: readonly string[]): Paragraph[] {
  const widest = Math.max(...lines.map(textWidthInChars));
  const left = Math.max(
    0,
    Math.min(Math.round(TEXT_WIDTH / 2), TEXT_WIDTH - Math.ceil((widest + 2) * BODY_CHAR_TWIPS)),
  );
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left },
        spacing: { before: i === 0 ? 480 : 0 },
        keepNext: i < lines.length - 1,
        keepLines: true,
        text,
      }),
  );
}

function signatureCell(text: string | undefined): TableCell {
  const lines = text === undefined ? [] : text.split('\n');
  return new TableCell({
    width: { size: Math.floor(TEXT_WIDTH / 2), type: WidthType.DXA },
    children: [
      ...lines.map((line) => new Paragraph({ keepNext: true, text: line })),
      blankLine(),
      blankLine(),
    ],
  });
}

/**
 * Places for signatures, two to a row in a table without borders, each a label such as
 * "申请人：张三\n（签名、盖章或按指印）" followed by room to sign. Each group (the parties, the
 * mediators) starts on a row of its own. The rows keep together and with what follows.
 */
export function signatureTable(groups: readonly (readonly string[])[]): Table {
  const rows: TableRow[] = [];
  for (const labels of groups) {
    for (let i = 0; i < labels.length; i += 2) {
      rows.push(
        new TableRow({ cantSplit: true, children: [signatureCell(labels[i]), signatureCell(labels[i + 1])] }),
      );
    }
  }
  const half = Math.floor(TEXT_WIDTH / 2);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    borders: TableBorders.NONE,
    rows,
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function gridCell(text: string, width: number, isHeader: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { line: 300 },
          children: [
            new TextRun({ text: line, size: FONT_SIZE.wuHao, ...(isHeader ? { font: HEI_FONT } : {}) }),
          ],
        }),
    ),
  });
}

/**
 * A ruled table in 五号 with a 黑体 header row; `weights` share out the text width between the
 * columns (e.g. [1, 6, 2]). Cells may hold line breaks.
 */
export function gridTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  weights: readonly number[],
): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  const tableRow = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map((cell, i) => gridCell(cell, widths[i]!, isHeader)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [tableRow(header, true), ...rows.map((row) => tableRow(row, false))],
  });
}
