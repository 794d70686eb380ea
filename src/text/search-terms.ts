/**
 * Search terms for the full-text indexes of both databases (SQLite FTS5 and PostgreSQL
 * `to_tsvector('simple', …)`), so the two dialects match the same documents (DESIGN.md §6).
 *
 * ICU's dictionary segmentation (`Intl.Segmenter('zh')`) splits domain words such as
 * 农民工 (农民|工) or 流转 (流|转), so words alone would miss obvious queries. As Lucene's
 * CJK analyzer does, a document is therefore indexed by the overlapping character bigrams of
 * every CJK run, plus every CJK character on its own (so one-character queries such as 工 find
 * 农民工), plus ICU's longer CJK words and the lowercased Latin/digit words.
 *
 * A query is matched by AND of its terms. Query terms are always unigrams or bigrams taken
 * *inside* one query CJK run, so every one of them is an index term of any document that
 * contains the query text contiguously, whatever ICU does with the document's context. Within
 * the run, bigrams are taken per ICU word only (拖欠工资 → 拖欠, 工资; never 欠工), so a
 * query also finds documents where its words are separated (拖欠农民工工资).
 */

/** Terms longer than this (in code points) are cut, identically for documents and queries. */
export const MAX_TERM_LENGTH = 64;

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TERM = /^[\p{L}\p{N}]+$/u;

/** One analysed text: its CJK runs cut at ICU word boundaries, and its other words. */
interface Analysis {
  /** Each CJK run as the ICU words it was cut into (a run never spans other characters). */
  runs: string[][];
  /** Lowercased letter/digit words outside CJK runs (Latin, digits, other scripts). */
  words: string[];
}

function charClass(ch: string): 'cjk' | 'word' | 'other' {
  if (!LETTER_OR_DIGIT.test(ch)) return 'other';
  return CJK_SCRIPT.test(ch) ? 'cjk' : 'word';
}

/** NFKC (full-width → half-width, compatibility ideographs → unified) then lowercase. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function cut(term: string): string {
  return term.length <= MAX_TERM_LENGTH ? term : Array.from(term).slice(0, MAX_TERM_LENGTH).join('');
}

function analyse(text: string): Analysis {
  const runs: string[][] = [];
  const words: string[] = [];
  let run: string[] = [];
  let piece = '';
  let word = '';
  const endPiece = (): void => {
    if (piece) run.push(piece);
    piece = '';
  };
  const endRun = (): void => {
    endPiece();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  const endWord = (): void => {
    if (word) words.push(cut(word));
    word = '';
  };
  // Character classes decide what is a term; ICU only supplies word boundaries, which is why
  // non-word-like segments (punctuation, spaces) need no special case.
  for (const { segment } of SEGMENTER.segment(normalise(text))) {
    for (const ch of segment) {
      const kind = charClass(ch);
      if (kind !== 'cjk') endRun();
      if (kind !== 'word') endWord();
      if (kind === 'cjk') piece += ch;
      else if (kind === 'word') word += ch;
    }
    endPiece();
    endWord();
  }
  endRun();
  return { runs, words };
}

function addUnigrams(chars: string[], into: Set<string>): void {
  for (const ch of chars) into.add(ch);
}

function addBigrams(chars: string[], into: Set<string>): void {
  for (let i = 0; i + 1 < chars.length; i++) into.add(`${chars[i]}${chars[i + 1]}`);
}

/**
 * The terms to store for a document: for every CJK run, each character and each overlapping
 * bigram; ICU words of three or more CJK characters (never needed to match, kept for future
 * ranking); and each Latin/digit word, NFKC-normalised and lowercased. Punctuation and
 * symbols are dropped. Each distinct term appears once; order carries no meaning.
 */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  const { runs, words } = analyse(text);
  for (const run of runs) {
    const chars = Array.from(run.join(''));
    addUnigrams(chars, terms);
    addBigrams(chars, terms);
    for (const piece of run) if (Array.from(piece).length >= 3) terms.add(cut(piece));
  }
  for (const word of words) terms.add(word);
  return [...terms];
}

/**
 * The terms a query must match (all of them, AND). Within each CJK run of the query,
 * consecutive one-character ICU words are joined first (ICU splits 流转 into 流|转); then a
 * one-character word gives its unigram and a longer word its bigrams. Latin/digit words
 * match whole words, as in any full-text index. Returns [] for a query with no letters or
 * digits, which the caller must treat as "no text condition" rather than "match nothing".
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  const { runs, words } = analyse(query);
  for (const run of runs) {
    for (const chunk of joinSingleCharacters(run)) {
      const chars = Array.from(chunk);
      if (chars.length === 1) addUnigrams(chars, terms);
      else addBigrams(chars, terms);
    }
  }
  for (const word of words) terms.add(word);
  return [...terms];
}

function joinSingleCharacters(run: string[]): string[] {
  const chunks: string[] = [];
  let singles = '';
  for (const piece of run) {
    if (Array.from(piece).length === 1) {
      singles += piece;
      continue;
    }
    if (singles) chunks.push(singles);
    singles = '';
    chunks.push(piece);
  }
  if (singles) chunks.push(singles);
  return chunks;
}

/**
 * Joins terms with single spaces for the `search_terms` column. Terms made of anything but
 * letters and digits are skipped, so the text never carries FTS5 or tsquery syntax and both
 * databases' tokenizers split it exactly at the spaces.
 */
export function termsToText(terms: string[]): string {
  return terms.filter((term) => TERM.test(term)).join(' ');
}
