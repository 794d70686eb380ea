import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, indexTerms, queryTerms, termsToText } from './search-terms.ts';

/** A document matches a query when it holds every query term (AND), as both databases do. */
function matches(document: string, query: string): boolean {
  const stored = new Set(indexTerms(document));
  const wanted = queryTerms(query);
  return wanted.length > 0 && wanted.every((term) => stored.has(term));
}

describe('indexTerms', () => {
  it('stores every CJK character and every overlapping bigram of a run', () => {
    expect(indexTerms('农民工').sort()).toEqual(['农', '民', '工', '农民', '民工'].sort());
  });

  it.each([
    ['拖欠农民工工资', ['拖欠', '农民', '民工', '工工', '工资', '工']],
    ['土地流转', ['土地', '地流', '流转', '流', '转']],
    ['邻里纠纷：楼上漏水导致楼下天花板受损', ['纠纷', '漏水', '天花', '花板', '天花板']],
  ])('indexes %s with %j among its terms', (text, expected) => {
    expect(indexTerms(text)).toEqual(expect.arrayContaining(expected));
  });

  it('does not bigram across punctuation, digits or Latin letters', () => {
    const terms = indexTerms('纠纷：楼上，5万元ABC物业');
    expect(terms).not.toContain('纷楼');
    expect(terms).not.toContain('上万');
    expect(terms).not.toContain('元物');
  });

  it('keeps Latin and digit words, lowercased, in mixed text', () => {
    expect(indexTerms('小区12号楼ABC物业')).toEqual(
      expect.arrayContaining(['12', 'abc', '小区', '号楼', '物业']),
    );
  });

  it.each([
    ['ＡＢＣ１２', 'ABC12'],
    ['１２号楼', '12号楼'],
    ['Ｗｉｆｉ密码', 'wifi密码'],
  ])('normalises full-width %s like %s', (fullWidth, halfWidth) => {
    expect(indexTerms(fullWidth)).toEqual(indexTerms(halfWidth));
  });

  it('drops punctuation, symbols and spaces', () => {
    const terms = indexTerms('“物业费”！？—— (2023) ￥500 @#% 。、');
    expect(terms.sort()).toEqual(['物', '业', '费', '物业', '业费', '2023', '500'].sort());
  });

  it('splits words at inner punctuation the way tokenizers do', () => {
    expect(indexTerms("don't Wi-Fi 3.5")).toEqual(expect.arrayContaining(['don', 't', 'wi', 'fi', '3', '5']));
  });

  it('keeps one occurrence of each term', () => {
    const terms = indexTerms('工资工资工资 abc ABC');
    expect(terms.length).toBe(new Set(terms).size);
    expect(terms.filter((term) => term === 'abc')).toHaveLength(1);
  });

  it.each(['', '   ', '，。！？', '———'])('gives no terms for %j', (text) => {
    expect(indexTerms(text)).toEqual([]);
  });

  it('handles characters outside the BMP as single characters', () => {
    expect(indexTerms('𠮷野家')).toEqual(expect.arrayContaining(['𠮷', '𠮷野', '野家']));
  });

  it('cuts very long words to MAX_TERM_LENGTH code points', () => {
    const terms = indexTerms('x'.repeat(200));
    expect(terms).toEqual(['x'.repeat(MAX_TERM_LENGTH)]);
  });
});

describe('queryTerms', () => {
  it.each([
    ['拖欠工资', ['拖欠', '工资']],
    ['流转', ['流转']],
    ['工', ['工']],
    ['农民工', ['农民', '工']],
    ['物业费', ['物业', '费']],
    ['天花板', ['天花', '花板']],
    ['ABC 12号', ['abc', '12', '号']],
    ['，。', []],
    ['', []],
  ])('turns %j into %j', (query, expected) => {
    expect(queryTerms(query).sort()).toEqual([...expected].sort());
  });

  it('never takes a bigram across two query words (欠工 is not in 拖欠农民工工资)', () => {
    expect(queryTerms('拖欠工资')).not.toContain('欠工');
  });
});

describe('matching by AND of terms', () => {
  it.each([
    ['拖欠农民工工资', '拖欠工资', true],
    ['拖欠农民工工资', '农民工', true],
    ['拖欠农民工工资', '工', true],
    ['拖欠农民工工资', '工资', true],
    ['土地流转', '流转', true],
    ['村里土地流转合同纠纷', '土地流转', true],
    ['拖欠物业费', '物业费', true],
    ['拖欠物业费', '物业', true],
    ['小区12号楼ABC物业', 'abc', true],
    ['小区12号楼ABC物业', '１２号楼', true],
    ['小区12号楼ABC物业', 'ＡＢＣ物业', true],
    ['邻里纠纷：楼上漏水导致楼下天花板受损', '天花板漏水', true],
    ['拖欠农民工工资', '物业费', false],
    ['土地流转', '流动', false],
    ['拖欠物业费', '拖欠工资', false],
    ['小区12号楼ABC物业', '13号楼', false],
  ])('%s matches %s: %s', (document, query, expected) => {
    expect(matches(document, query)).toBe(expected);
  });

  it.each([
    '张三于2023年5月向李四借款5万元，至今未还，多次催要无果。',
    '邻里纠纷：楼上漏水导致楼下天花板受损，双方就维修费用协商不成。',
    '某建筑公司拖欠农民工工资共计12.5万元，涉及工人23名。',
    '小区物业公司与业主因物业费收取标准及公共收益分配发生争议。',
  ])('finds %s by every contiguous substring of it', (document) => {
    const stored = new Set(indexTerms(document));
    const chars = Array.from(document);
    for (let start = 0; start < chars.length; start++) {
      for (let end = start + 1; end <= Math.min(chars.length, start + 8); end++) {
        const query = chars.slice(start, end).join('');
        for (const term of queryTerms(query)) {
          // Latin/digit words match whole words only, so skip cuts through the middle of one.
          if (/^[a-z0-9]+$/.test(term) && !stored.has(term)) continue;
          expect(stored.has(term), `${query} → ${term}`).toBe(true);
        }
      }
    }
  });
});

describe('termsToText', () => {
  it('joins terms with single spaces', () => {
    expect(termsToText(['拖欠', '工资', 'abc'])).toBe('拖欠 工资 abc');
  });

  it('skips anything that could carry full-text syntax', () => {
    expect(termsToText(['ok', 'a b', '"x"', 'x*', 'a:b', '-c', '', '(d)', '工资'])).toBe('ok 工资');
  });

  it('gives an empty string for no terms', () => {
    expect(termsToText([])).toBe('');
  });

  it('accepts everything indexTerms produces', () => {
    const terms = indexTerms('“物业费”！小区12号楼ABC物业 Café 𠮷野家');
    expect(termsToText(terms).split(' ')).toEqual(terms);
  });
});
