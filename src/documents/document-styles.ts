/**
 * The page, fonts and paragraph styles shared by every generated Word document, after the
 * conventions of Chinese government documents: A4 portrait, margins 2.54 cm top and bottom
 * and 3.17 cm left and right, a 宋体 bold title (小二), 宋体 body (小四) and 黑体 headings,
 * 1.5 line spacing and a first-line indent of two characters. Fonts are set for East Asian
 * text (`eastAsia`) so Word and WPS pick 宋体/黑体 for Chinese and Times New Roman for figures.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IStylesOptions,
} from 'docx';

/** Font sizes in half-points, named by the Chinese size numbers (号). */
export const FONT_SIZE = {
  /** 二号, 22 pt */
  erHao: 44,
  /** 小二, 18 pt */
  xiaoEr: 36,
  /** 三号, 16 pt */
  sanHao: 32,
  /** 四号, 14 pt */
  siHao: 28,
  /** 小四, 12 pt */
  xiaoSi: 24,
  /** 五号, 10.5 pt */
  wuHao: 21,
} as const;

/** 宋体 for Chinese body text, Times New Roman for Latin letters and figures. */
export const SONG_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '宋体',
};
/** 黑体 for headings and labels. */
export const HEI_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '黑体',
};

/** A4 in twips (1 cm = 567 twips). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1440, bottom: 1440, left: 1797, right: 1797, header: 851, footer: 851 };
/** Width of the text block between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The body size in twips (小四 = 12 pt = 240 twips), the unit of a character-width indent. */
export const BODY_CHAR_TWIPS = FONT_SIZE.xiaoSi * 10;
/** Line spacing 1.5 (in 240ths of a line). */
const ONE_AND_HALF_LINES = 360;

/** Paragraph style ids defined in `documentStyles`. */
export const STYLE = { title: 'DocTitle', heading: 'DocHeading', small: 'DocSmall' } as const;

/** Document defaults and the named paragraph styles used by the paragraph helpers. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: SONG_FONT, size: FONT_SIZE.xiaoSi, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: ONE_AND_HALF_LINES, before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.title,
      name: '文书标题',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: SONG_FONT, size: FONT_SIZE.xiaoEr, bold: true },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: ONE_AND_HALF_LINES, after: 120 } },
    },
    {
      id: STYLE.heading,
      name: '文书小标题',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: HEI_FONT, size: FONT_SIZE.xiaoSi },
      paragraph: { keepNext: true, spacing: { line: ONE_AND_HALF_LINES, before: 120 } },
    },
    {
      id: STYLE.small,
      name: '文书页脚',
      basedOn: 'Normal',
      run: { font: SONG_FONT, size: FONT_SIZE.wuHao },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240 } },
    },
  ],
};

/** "第 X 页 共 Y 页", centred, so every page of a signed document can be accounted for. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.small,
        children: [
          new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] }),
        ],
      }),
    ],
  });
}

/** What a builder hands to `packDocument`. */
export interface DocumentContent {
  /** The document's title, written to its properties (shown by Word under File › Info). */
  title: string;
  /** Paragraphs and tables in order. */
  children: FileChild[];
}

/**
 * Lays content out on the shared A4 page with the shared styles and page-number footer and
 * packs it as a .docx (a zip, starting with "PK").
 */
export function packDocument(content: DocumentContent): Promise<Buffer> {
  const document = new Document({
    title: content.title,
    creator: '枫桥矛盾纠纷多元化解平台',
    styles: documentStyles,
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: pageFooter() },
        children: content.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The MIME type of a .docx file, for Content-Type headers. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
