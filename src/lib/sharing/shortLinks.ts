/**
 * Short links that survive being typed from a poster: `/e/<id>/` for an
 * event (German), `/e/<id>/<lang>/` for its other languages. The id is
 * derived from the event's file name, so it never needs to be stored and stays
 * the same across builds; letters that are easily confused (0/o, 1/l/i) are
 * left out. Hand-written: id libraries make random ids, which would have to be
 * stored; these are derived.
 */
import { createHash } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const idLength = 5;

/** @example eventShortId('beispiel-halle') // five letters and digits, always the same for this name */
export function eventShortId(slug: string): string {
  const digest = createHash('sha256').update(slug).digest();
  return Array.from(digest.subarray(0, idLength), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * The short id of every event, by id.
 *
 * @throws when two events get the same id (one of them needs another file name).
 */
export function shortIdsOf(slugs: Iterable<string>): Map<string, string> {
  const byId = new Map<string, string>();
  for (const slug of slugs) {
    const id = eventShortId(slug);
    const other = byId.get(id);
    if (other && other !== slug) {
      throw new Error(
        `The events "${other}" and "${slug}" would share the short link /e/${id}/. Rename one of the two files.`,
      );
    }
    byId.set(id, slug);
  }
  return byId;
}

/**
 * An address as printed for typing: no "https://", no trailing slash.
 *
 * @example printedAddress('/e/k7m2p/ar/', 'https://example.org') // 'example.org/e/k7m2p/ar'
 */
export function printedAddress(path: string, site: URL | string): string {
  const url = new URL(path, site);
  return `${url.host}${url.pathname.replace(/\/$/, '')}`;
}
