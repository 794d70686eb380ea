/**
 * Configuration: the only reader of process.env (STYLE.md §7).
 *
 * `loadConfig(env)` validates every variable at once and throws one ConfigError that
 * names each bad variable, so start-up fails with a clear message and exit code 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

/** Documented variables: name → description and default (shown in the README and on --help). */
export const ENV_VARIABLES = {
  PORT: { description: 'HTTP port', default: '3000' },
  HOST: { description: 'Address to listen on', default: '0.0.0.0' },
  TRUST_PROXY: {
    description:
      'Take the client address from X-Forwarded-For only from these proxies: false, true (any — spoofable), or a comma-separated list of addresses, CIDRs or loopback/linklocal/uniquelocal',
    default: 'false',
  },
  DATABASE_URL: {
    description: 'sqlite:PATH (embedded) or postgres://user@host:port/db',
    default: 'sqlite:./data/fengqiao.db',
  },
  FENGQIAO_SECRET: {
    description:
      'Signs sessions and derives the personal-data key; ≥ 32 characters. Generated into ./data/secret when absent',
    default: '(generated)',
  },
  FENGQIAO_DATA_DIR: {
    description: 'Directory for the secret, files and the SQLite database',
    default: './data',
  },
  LOG_LEVEL: { description: 'fatal, error, warn, info, debug, trace or silent', default: 'info' },
  FENGQIAO_DEMO: {
    description: 'Seed demo data into an empty database (true/false)',
    default: 'true, false in production',
  },
  FENGQIAO_DEMO_CASES: {
    description: 'How many demo cases (over the last six months) the demo seed adds: 0 to 2000, 0 for none',
    default: '200',
  },
  FENGQIAO_WEB: {
    description: 'Serve the web pages (building them on first start when missing): true/false',
    default: 'true',
  },
  UPLOAD_MAX_MB: { description: 'Largest attachment accepted, in MiB', default: '20' },
  UPLOAD_KINDS: {
    description: 'Attachment kinds accepted (checked by content): image, pdf, word, audio',
    default: 'image,pdf,word,audio',
  },
  NODE_ENV: { description: 'production enables strict checks', default: 'development' },
  SESSION_TTL_HOURS: { description: 'Idle lifetime of a sign-in session in hours', default: '12' },
  FENGQIAO_WORKER: {
    description: 'Run the job runner (deadline sweeps, deliveries) inside the server: true/false',
    default: 'true',
  },
  SMTP_URL: {
    description: 'Send notification e-mails through this server, e.g. smtp://user:pass@127.0.0.1:2525',
    default: '(no e-mail)',
  },
  MAIL_FROM: { description: 'Sender of notification e-mails', default: '枫桥平台 <noreply@fengqiao.local>' },
} as const;

const UPLOAD_KINDS = ['image', 'pdf', 'word', 'audio'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export interface Config {
  readonly http: {
    readonly port: number;
    readonly host: string;
    /** Fastify's `trustProxy`: whose X-Forwarded-For names the client (portal rate limits, audit). */
    readonly trustProxy: boolean | readonly string[];
  };
  readonly db: DatabaseConfig;
  readonly security: {
    readonly secret: string;
    readonly sessionTtlHours: number;
    readonly isSecretGenerated: boolean;
  };
  readonly demo: { readonly seed: boolean; readonly cases: number };
  readonly web: { readonly serve: boolean };
  readonly uploads: { readonly maxBytes: number; readonly kinds: readonly string[] };
  readonly log: { readonly level: LogLevel };
  readonly worker: { readonly enabled: boolean };
  /** `smtpUrl` null: notifications are not e-mailed. */
  readonly mail: { readonly smtpUrl: string | null; readonly from: string };
  readonly dataDir: string;
  readonly isProduction: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parseBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return undefined;
}

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** `false`/`true`, or a list of proxy addresses, CIDRs or named ranges; undefined when malformed. */
function parseTrustProxy(value: string | undefined): boolean | string[] | undefined {
  if (value === undefined || value.trim() === '') return false;
  const flag = parseBoolean(value);
  if (flag !== undefined) return flag;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const valid = (item: string) => {
    if (PROXY_RANGES.includes(item)) return true;
    const [address, bits, ...rest] = item.split('/');
    if (rest.length || !address || !isIP(address)) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  };
  return items.length && items.every(valid) ? items : undefined;
}

function parseDatabaseUrl(value: string): DatabaseConfig | undefined {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    return path ? { dialect: 'sqlite', path } : undefined;
  }
  if (/^postgres(ql)?:\/\/.+/.test(value)) return { dialect: 'postgres', url: value };
  return undefined;
}

/**
 * Reads, converts and validates the environment. When FENGQIAO_SECRET is absent it is
 * read from (or generated into) `<dataDir>/secret`, unless `generateSecret` is false.
 * @throws ConfigError naming every bad variable.
 */
export function loadConfig(env: Env, opts: { generateSecret?: boolean } = {}): Config {
  const problems: { variable: string; message: string }[] = [];
  const bad = (variable: string, message: string) => problems.push({ variable, message });
  const isProduction = env.NODE_ENV === 'production';

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535)
    bad('PORT', `must be a port number 0–65535, got "${portText}"`);

  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if (trustProxy === undefined)
    bad('TRUST_PROXY', `must be true, false or a list of proxy addresses/CIDRs, got "${env.TRUST_PROXY}"`);

  const dbText = env.DATABASE_URL ?? 'sqlite:./data/fengqiao.db';
  const db = parseDatabaseUrl(dbText);
  if (!db) bad('DATABASE_URL', `must start with sqlite: or postgres://, got "${dbText}"`);

  const level = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    bad('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);

  let seed = !isProduction;
  if (env.FENGQIAO_DEMO !== undefined && env.FENGQIAO_DEMO !== '') {
    const parsed = parseBoolean(env.FENGQIAO_DEMO);
    if (parsed === undefined) bad('FENGQIAO_DEMO', `must be true or false, got "${env.FENGQIAO_DEMO}"`);
    else seed = parsed;
  }

  const casesText = env.FENGQIAO_DEMO_CASES?.trim() || '200';
  const demoCases = Number(casesText);
  if (!/^\d+$/.test(casesText) || demoCases > 2000)
    bad('FENGQIAO_DEMO_CASES', `must be a whole number from 0 to 2000, got "${env.FENGQIAO_DEMO_CASES}"`);

  let serveWeb = true;
  if (env.FENGQIAO_WEB !== undefined && env.FENGQIAO_WEB !== '') {
    const parsed = parseBoolean(env.FENGQIAO_WEB);
    if (parsed === undefined) bad('FENGQIAO_WEB', `must be true or false, got "${env.FENGQIAO_WEB}"`);
    else serveWeb = parsed;
  }

  const uploadText = env.UPLOAD_MAX_MB ?? '20';
  const uploadMb = Number(uploadText);
  if (!Number.isFinite(uploadMb) || uploadMb <= 0 || uploadMb > 1024)
    bad('UPLOAD_MAX_MB', `must be a size in MiB between 0 and 1024, got "${uploadText}"`);
  const kinds = (env.UPLOAD_KINDS ?? 'image,pdf,word,audio')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknownKind = kinds.find((k) => !UPLOAD_KINDS.includes(k));
  if (unknownKind || kinds.length === 0)
    bad('UPLOAD_KINDS', `must list some of ${UPLOAD_KINDS.join(', ')}, got "${env.UPLOAD_KINDS}"`);

  const ttlText = env.SESSION_TTL_HOURS ?? '12';
  const ttl = Number(ttlText);
  if (!Number.isFinite(ttl) || ttl <= 0 || ttl > 24 * 30)
    bad('SESSION_TTL_HOURS', `must be a number of hours between 0 and 720, got "${ttlText}"`);

  let runWorker = true;
  if (env.FENGQIAO_WORKER !== undefined && env.FENGQIAO_WORKER !== '') {
    const parsed = parseBoolean(env.FENGQIAO_WORKER);
    if (parsed === undefined) bad('FENGQIAO_WORKER', `must be true or false, got "${env.FENGQIAO_WORKER}"`);
    else runWorker = parsed;
  }
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/\s]+/.test(smtpUrl))
    bad('SMTP_URL', 'must look like smtp://host:port or smtps://user:password@host:port');
  const mailFrom = env.MAIL_FROM?.trim() || '枫桥平台 <noreply@fengqiao.local>';

  const dataDir = env.FENGQIAO_DATA_DIR || './data';
  let secret = env.FENGQIAO_SECRET;
  let isSecretGenerated = false;
  if (secret !== undefined && secret.length < 32) {
    bad('FENGQIAO_SECRET', `must be at least 32 characters long (got ${secret.length})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  if (secret === undefined) {
    if (opts.generateSecret === false)
      throw new ConfigError([{ variable: 'FENGQIAO_SECRET', message: 'is required' }]);
    ({ secret, isSecretGenerated } = readOrCreateSecret(`${dataDir}/secret`));
  }

  return Object.freeze({
    http: Object.freeze({
      port,
      host: env.HOST || '0.0.0.0',
      trustProxy: Array.isArray(trustProxy) ? Object.freeze(trustProxy) : trustProxy!,
    }),
    db: Object.freeze(db!),
    security: Object.freeze({ secret, sessionTtlHours: ttl, isSecretGenerated }),
    demo: Object.freeze({ seed, cases: demoCases }),
    web: Object.freeze({ serve: serveWeb }),
    uploads: Object.freeze({ maxBytes: Math.round(uploadMb * 1024 * 1024), kinds: Object.freeze(kinds) }),
    log: Object.freeze({ level: level as LogLevel }),
    worker: Object.freeze({ enabled: runWorker }),
    mail: Object.freeze({ smtpUrl, from: mailFrom }),
    dataDir,
    isProduction,
  });
}

function readOrCreateSecret(file: string): { secret: string; isSecretGenerated: boolean } {
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < 32)
      throw new ConfigError([
        { variable: 'FENGQIAO_SECRET', message: `${file} holds fewer than 32 characters` },
      ]);
    return { secret, isSecretGenerated: false };
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return { secret, isSecretGenerated: true };
}
