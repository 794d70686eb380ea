/**
 * Where the demo cases come from and where they go: the channels' shares, the organisation
 * that works each kind of dispute (as the demo routing rules in demo-routing.ts would send
 * it), and how a case ends.
 */
import type { Channel } from '../db/tables.ts';
import type { Rng } from '../lib/prng.ts';
import type { DemoStory } from './demo-case-texts.ts';
import { DEMO_DISTRICT_CODE as D } from './demo-orgs.ts';
import type { Fate } from './demo-case-plan.ts';

export const CHANNEL_WEIGHTS: [Channel, number][] = [
  ['walk_in', 24],
  ['hotline_12345', 17],
  ['phone', 7],
  ['grid_report', 20],
  ['online', 9],
  ['letter', 4],
  ['petition', 4],
  ['transfer', 3],
  ['open311', 2],
  ['court_referral', 7],
];

/** Who works a dispute of this story, mirroring the demo routing rules (demo-routing.ts). */
export function handlerOrgOf(story: DemoStory, community: string, channel: Channel): string {
  const street = community.slice(0, community.lastIndexOf('-'));
  if (channel === 'petition') return `${D}-XFJ`;
  switch (story.category) {
    case 'wage_arrears':
    case 'labour_contract':
      return `${D}-TW-LD`;
    case 'medical_damage':
      return `${D}-TW-YL`;
    case 'traffic_injury':
    case 'traffic_property':
      return `${D}-TW-JT`;
    case 'property_fee':
    case 'property_service':
      return `${D}-TW-WY`;
    case 'product_quality':
    case 'prepaid_card':
      return `${D}-SCJ`;
    case 'pollution_noise':
      return `${D}-ZJJ`;
    case 'expropriation_compensation':
      return street;
    case 'land_transfer':
    case 'private_loan':
      return `${street}-SFS`;
    default:
      return community;
  }
}

/** Categories the demo routing rules dispatch at once (demo-routing.ts): never rejected. */
const AUTO_DISPATCHED =
  /^(medical|traffic|property|noise|water_leak|passage_light|divorce|support|inheritance)/;

export function pickFate(rng: Rng, channel: Channel, story: DemoStory): Fate {
  const rejectable =
    channel !== 'court_referral' && channel !== 'petition' && !AUTO_DISPATCHED.test(story.category);
  if (rng.chance(0.05) && rejectable) return 'rejected';
  return rng.weighted<Fate>(['success', 'failure', 'stalled'], [79, 18.5, 2.5]);
}
