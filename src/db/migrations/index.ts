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
import * as m1100 from './202611251100_create_calendar_days.ts';
import * as m1101 from './202611251101_create_deadline_profiles.ts';
import * as m1102 from './202611251102_create_case_timers.ts';
import * as m1120 from './202611251120_create_jobs.ts';
import * as m1121 from './202611251121_add_users_email.ts';
import * as m1122 from './202611251122_create_notifications.ts';
import * as m1123 from './202611251123_create_outbox.ts';
import * as m1124 from './202611251124_create_webhooks.ts';
import * as m1140 from './202611251140_create_routing_rules.ts';
import * as m1141 from './202611251141_create_case_route_proposals.ts';
import * as m1200 from './202611251200_add_case_workflow_columns.ts';
import * as m1201 from './202611251201_create_case_supervisions.ts';
import * as m1300 from './202611251300_create_mediation.ts';
import * as m1301 from './202611251301_create_judicial_confirmations.ts';
import * as m1400 from './202611251400_create_consultations.ts';
import * as m1401 from './202611251401_create_consultation_tasks.ts';
import * as m1410 from './202611251410_create_court_transfers.ts';
import * as m1411 from './202611251411_create_petition_replies.ts';
import * as m1412 from './202611251412_create_petition_reviews.ts';
import * as m1413 from './202611251413_add_linkage_deadline_profiles.ts';
import * as m1420 from './202611251420_create_case_visits.ts';
import * as m1421 from './202611251421_create_case_ratings.ts';
import * as m1422 from './202611251422_create_portal_access.ts';
import * as m1423 from './202611251423_create_rate_limits.ts';
import * as m1440 from './202611251440_create_reports.ts';
import * as m1500 from './202611251500_index_party_names.ts';
import * as m1900 from './202611251900_create_stats_daily_counts.ts';
import * as m1901 from './202611251901_create_report_subscriptions.ts';
import * as m1920 from './202611251920_create_stats_daily_facets.ts';
import * as m1600 from './202611251600_add_court_referral_channel.ts';
import * as m1601 from './202611251601_add_session_cancel_and_agreement_void.ts';
import * as m1700 from './202611251700_create_rooms.ts';
import * as m1701 from './202611251701_create_room_files.ts';
import * as m1702 from './202611251702_create_room_tickets.ts';
import * as m1703 from './202611251703_create_room_drafts.ts';

export const MIGRATIONS: Record<string, Migration> = {
  '202611250900_create_orgs': m0900,
  '202611250901_create_users': m0901,
  '202611250902_create_sessions_and_tokens': m0902,
  '202611250903_create_audit_log': m0903,
  '202611251000_create_categories': m1000,
  '202611251001_create_cases': m1001,
  '202611251100_create_calendar_days': m1100,
  '202611251101_create_deadline_profiles': m1101,
  '202611251102_create_case_timers': m1102,
  '202611251120_create_jobs': m1120,
  '202611251121_add_users_email': m1121,
  '202611251122_create_notifications': m1122,
  '202611251123_create_outbox': m1123,
  '202611251124_create_webhooks': m1124,
  '202611251140_create_routing_rules': m1140,
  '202611251141_create_case_route_proposals': m1141,
  '202611251200_add_case_workflow_columns': m1200,
  '202611251201_create_case_supervisions': m1201,
  '202611251300_create_mediation': m1300,
  '202611251301_create_judicial_confirmations': m1301,
  '202611251400_create_consultations': m1400,
  '202611251401_create_consultation_tasks': m1401,
  '202611251410_create_court_transfers': m1410,
  '202611251411_create_petition_replies': m1411,
  '202611251412_create_petition_reviews': m1412,
  '202611251413_add_linkage_deadline_profiles': m1413,
  '202611251420_create_case_visits': m1420,
  '202611251421_create_case_ratings': m1421,
  '202611251422_create_portal_access': m1422,
  '202611251423_create_rate_limits': m1423,
  '202611251440_create_reports': m1440,
  '202611251500_index_party_names': m1500,
  '202611251600_add_court_referral_channel': m1600,
  '202611251601_add_session_cancel_and_agreement_void': m1601,
  '202611251700_create_rooms': m1700,
  '202611251701_create_room_files': m1701,
  '202611251702_create_room_tickets': m1702,
  '202611251703_create_room_drafts': m1703,
  '202611251900_create_stats_daily_counts': m1900,
  '202611251901_create_report_subscriptions': m1901,
  '202611251920_create_stats_daily_facets': m1920,
};
