/** Time source injected into services so tests can fix or advance it (STYLE.md §10). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and advance. */
export class FixedClock implements Clock {
  private current: Date;
  constructor(start: Date | string = '2026-01-05T02:00:00.000Z') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** ISO-8601 UTC with milliseconds: the one format instants are stored in. */
export function iso(date: Date): string {
  return date.toISOString();
}
