import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const SECRET = 'x'.repeat(40);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ FENGQIAO_SECRET: SECRET, ...env });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems.map((p) => p.variable);
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ FENGQIAO_SECRET: SECRET });
    expect(config.http.port).toBe(3000);
    expect(config.db).toEqual({ dialect: 'sqlite', path: './data/fengqiao.db' });
    expect(config.log.level).toBe('info');
    expect(config.demo.seed).toBe(true);
    expect(config.demo.cases).toBe(200);
    expect(config.http.trustProxy).toBe(false);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('trusts X-Forwarded-For only from the proxies named in TRUST_PROXY', () => {
    const trust = (TRUST_PROXY: string) =>
      loadConfig({ FENGQIAO_SECRET: SECRET, TRUST_PROXY }).http.trustProxy;
    expect(trust('')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('off')).toBe(false);
    expect(trust('loopback, 10.0.0.0/8,2001:db8::1')).toEqual(['loopback', '10.0.0.0/8', '2001:db8::1']);
  });

  it('turns the demo off in production unless asked', () => {
    expect(loadConfig({ FENGQIAO_SECRET: SECRET, NODE_ENV: 'production' }).demo.seed).toBe(false);
    expect(
      loadConfig({ FENGQIAO_SECRET: SECRET, NODE_ENV: 'production', FENGQIAO_DEMO: 'true' }).demo.seed,
    ).toBe(true);
  });

  it('reads how many demo cases to seed, 0 for none', () => {
    expect(loadConfig({ FENGQIAO_SECRET: SECRET, FENGQIAO_DEMO_CASES: '0' }).demo.cases).toBe(0);
    expect(loadConfig({ FENGQIAO_SECRET: SECRET, FENGQIAO_DEMO_CASES: ' 40 ' }).demo.cases).toBe(40);
  });

  it('selects PostgreSQL from a postgres:// URL', () => {
    expect(
      loadConfig({ FENGQIAO_SECRET: SECRET, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/fq' }).db,
    ).toEqual({
      dialect: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/fq',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ FENGQIAO_DEMO: 'maybe' }, 'FENGQIAO_DEMO'],
    [{ FENGQIAO_DEMO_CASES: 'many' }, 'FENGQIAO_DEMO_CASES'],
    [{ FENGQIAO_DEMO_CASES: '-5' }, 'FENGQIAO_DEMO_CASES'],
    [{ FENGQIAO_DEMO_CASES: '5000' }, 'FENGQIAO_DEMO_CASES'],
    [{ FENGQIAO_SECRET: 'short' }, 'FENGQIAO_SECRET'],
    [{ SESSION_TTL_HOURS: '-1' }, 'SESSION_TTL_HOURS'],
    [{ TRUST_PROXY: 'nginx' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
  ])('rejects %o naming %s', (env, variable) => {
    expect(problemsOf(env)).toEqual([variable]);
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y', FENGQIAO_SECRET: SECRET })).toThrow(
      /PORT: .*\n.*LOG_LEVEL/s,
    );
  });

  it('generates a secret into the data directory once and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fq-config-'));
    const first = loadConfig({ FENGQIAO_DATA_DIR: dir });
    expect(first.security.isSecretGenerated).toBe(true);
    expect(first.security.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'secret'), 'utf8').trim()).toBe(first.security.secret);
    const second = loadConfig({ FENGQIAO_DATA_DIR: dir });
    expect(second.security).toMatchObject({ secret: first.security.secret, isSecretGenerated: false });
  });
});
