/** The only source of "now"; tests pass a fixed clock. */
export type Clock = { now(): Date };

export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  return { now: () => new Date(instant) };
}
