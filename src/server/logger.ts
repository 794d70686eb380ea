/** The process logger: JSON (pino), level from config, secrets and personal data redacted (STYLE.md §9). */
import pino, { type Logger } from 'pino';
import type { Config } from '../config.ts';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.idNumber',
  '*.phone',
  '*.parties',
];

export function createLogger(config: Pick<Config, 'log'>): Logger {
  return pino({ level: config.log.level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
