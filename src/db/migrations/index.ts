/**
 * Every migration, by name, in order. Explicit rather than read from the folder so the
 * list is greppable and works the same under tsx, Vitest and a bundle (STYLE.md §1).
 */
import type { Migration } from 'kysely';
import * as m0900 from './202611250900_create_orgs.ts';
import * as m0901 from './202611250901_create_users.ts';
import * as m0902 from './202611250902_create_sessions_and_tokens.ts';
import * as m0903 from './202611250903_create_audit_log.ts';
import * as m1000 from './202611251000_create_categories.ts';
import * as m1001 from './202611251001_create_cases.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '202611250900_create_orgs': m0900,
  '202611250901_create_users': m0901,
  '202611250902_create_sessions_and_tokens': m0902,
  '202611250903_create_audit_log': m0903,
  '202611251000_create_categories': m1000,
  '202611251001_create_cases': m1001,
};
