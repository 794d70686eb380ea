import { describe, expect, it } from 'vitest';
import { createRng } from '../lib/prng.ts';
import { checkIdNumber, checkMobile, genderFromIdNumber } from '../lib/identity.ts';
import { DAY_MS, HISTORY_DAYS, planDemoCases } from './demo-case-plan.ts';
import { demoPerson } from './demo-people.ts';

const NOW = new Date('2026-11-25T06:00:00.000Z');

describe('demo people', () => {
  it('have valid ID numbers matching their gender and valid mobile numbers', () => {
    const rng = createRng(7);
    for (let i = 0; i < 500; i++) {
      const p = demoPerson(rng);
      expect(checkIdNumber(p.idNumber, NOW), p.idNumber).toBeNull();
      expect(genderFromIdNumber(p.idNumber)).toBe(p.gender);
      expect(checkMobile(p.phone), p.phone).toBeNull();
      expect(p.name.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('the demo case plan', () => {
  const plans = planDemoCases(200, NOW);

  it('is the same every time for the same count and moment', () => {
    expect(planDemoCases(200, NOW)).toEqual(plans);
  });

  it('registers within the last six months, before now, and dates each case’s steps in order', () => {
    for (const p of plans) {
      expect(p.registeredAt).toBeLessThan(NOW.getTime());
      expect(p.registeredAt).toBeGreaterThan(NOW.getTime() - (HISTORY_DAYS + 2) * DAY_MS);
      // The main line of work, and the judicial confirmation beside it, each in order.
      const side = ['visit', 'followups', 'archive', 'judicial_apply', 'judicial_accept', 'judicial_decide'];
      const work = p.steps.filter((s) => !side.includes(s.kind));
      work.forEach((s, i) => expect(s.at).toBeGreaterThan(i === 0 ? p.registeredAt : work[i - 1]!.at));
      const judicial = p.steps.filter((s) => s.kind.startsWith('judicial'));
      const resolved = p.steps.find((s) => s.kind === 'resolve');
      judicial.forEach((s, i) => expect(s.at).toBeGreaterThan(i === 0 ? resolved!.at : judicial[i - 1]!.at));
    }
  });

  it('spreads over channels, stories, communities and fates, with work still ahead', () => {
    expect(new Set(plans.map((p) => p.channel)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(plans.map((p) => p.story.category)).size).toBeGreaterThanOrEqual(18);
    expect(new Set(plans.map((p) => p.community)).size).toBe(9);
    expect(new Set(plans.map((p) => p.fate))).toEqual(new Set(['success', 'failure', 'stalled', 'rejected']));
    const ahead = plans.filter((p) => p.steps.some((s) => s.at > NOW.getTime()));
    expect(ahead.length).toBeGreaterThan(10);
    const upcoming = plans.filter(
      (p) => p.handlerOrg === 'SFQ-TW-LD' && p.sessionAt !== null && p.sessionAt > NOW.getTime(),
    );
    expect(upcoming.length).toBeGreaterThanOrEqual(2);
  });
});
