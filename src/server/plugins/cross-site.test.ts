import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite, type RequestFacts } from './cross-site.ts';

const facts = (over: Partial<RequestFacts>): RequestFacts => ({
  method: 'POST',
  origin: undefined,
  secFetchSite: undefined,
  hosts: ['fengqiao.example.cn', undefined],
  ...over,
});

describe('isCrossSiteWrite', () => {
  it.each<[string, Partial<RequestFacts>, boolean]>([
    [
      'a GET from anywhere',
      { method: 'GET', origin: 'https://evil.example', secFetchSite: 'cross-site' },
      false,
    ],
    ['a POST without browser headers (scripts, tests)', {}, false],
    ['Sec-Fetch-Site same-origin', { secFetchSite: 'same-origin', origin: 'https://evil.example' }, false],
    ['Sec-Fetch-Site none (typed address, bookmark)', { secFetchSite: 'none' }, false],
    ['Sec-Fetch-Site cross-site', { secFetchSite: 'cross-site' }, true],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { secFetchSite: 'same-site' }, true],
    ['Origin of this host', { origin: 'https://fengqiao.example.cn' }, false],
    [
      'Origin of this host with its default port',
      { origin: 'http://localhost', hosts: ['localhost:80'] },
      false,
    ],
    ['Origin on another port', { origin: 'http://localhost:5173', hosts: ['localhost:3000'] }, true],
    ['Origin of another site', { origin: 'https://evil.example' }, true],
    ['Origin null (sandboxed frame, data: page)', { origin: 'null' }, true],
    [
      'Origin of the forwarded host behind a proxy',
      { origin: 'https://fengqiao.gov.cn', hosts: ['127.0.0.1:3000', 'fengqiao.gov.cn'] },
      false,
    ],
    ['a DELETE from another site', { method: 'DELETE', origin: 'https://evil.example' }, true],
  ])('%s → %s', (_name, over, expected) => {
    expect(isCrossSiteWrite(facts(over))).toBe(expected);
  });
});
