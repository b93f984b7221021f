// Instants ⇄ wall clocks for .xlsx serials (an .xlsx date is a zone-less wall clock), over the shared
// conversion in ../zone. A zone Intl does not know is read as UTC, so that at least a write → read round
// trip stays exact.

import * as zone from "../zone";

/** The offset at an instant (wall clock minus instant, ms). */
export function offsetAt(timeZone: string, instant: number): number {
  return zone.offsetAt(zone.knownZoneOrUtc(timeZone), instant);
}

/** The wall clock at an instant, as the ms of the same fields read in UTC. */
export function toWallClock(instant: number, timeZone: string): number {
  return zone.toWallClock(instant, zone.knownZoneOrUtc(timeZone));
}

/**
 * The instant a wall clock stands for. A wall clock that occurs twice (clocks turned back) is its first
 * occurrence; one that does not occur (clocks turned forward) is read with the offset before the change.
 */
export function fromWallClock(wall: number, timeZone: string): number {
  return zone.fromWallClock(wall, zone.knownZoneOrUtc(timeZone));
}
