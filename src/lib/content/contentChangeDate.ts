/**
 * When a content file last changed, for feeds: the date of its last commit
 * (the history editors publish through), else the file's modification time
 * (a working copy with changes not committed yet). Not the build time: a
 * daily build must not make every feed entry look changed.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const cache = new Map<string, Date>();

export function contentChangeDate(filePath: string): Date {
  const known = cache.get(filePath);
  if (known) return known;
  let date: Date | undefined;
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    // Uncommitted changes are newer than the last commit.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', filePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (committed && !dirty) date = new Date(committed);
  } catch {
    // No git (a copy of the folder): fall back to the file's own time.
  }
  date ??= statSync(filePath).mtime;
  cache.set(filePath, date);
  return date;
}
