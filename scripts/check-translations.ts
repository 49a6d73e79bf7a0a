#!/usr/bin/env node
/**
 * Which translations are missing, empty or older than their German source.
 * Fails (exit 1) when a guide, glossary or page entry is missing or empty in a
 * language, or a glossary file changed the German term; lists outdated
 * translations without failing (readers are told in the page footer).
 *
 * Usage: node scripts/check-translations.ts [content-dir] [--json] [--all]
 *   --all   also list every translated entry, not only what needs work
 */
import { resolve } from 'node:path';
import { translationReport, type TranslationRow } from '../src/lib/content/translationReport.ts';

const args = process.argv.slice(2);
const contentDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'content');
const report = translationReport(contentDir);

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const needsWork = (row: TranslationRow) => row.state !== 'translated';
  const listed = args.includes('--all') ? report.rows : report.rows.filter(needsWork);
  const counts = new Map<string, number>();
  for (const row of report.rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  console.log(
    `Translations: ${report.rows.length} entry × language pairs – ` +
      [...counts].map(([state, count]) => `${count} ${state}`).join(', '),
  );
  const reviewed = new Map<string, number>();
  for (const row of report.rows.filter((r) => r.state !== 'missing' && r.state !== 'empty'))
    reviewed.set(row.translationStatus ?? 'not stated', (reviewed.get(row.translationStatus ?? 'not stated') ?? 0) + 1);
  console.log(`Translation status (translationStatus): ${[...reviewed].map(([s, n]) => `${n} ${s}`).join(', ')}`);
  for (const row of listed) {
    const dates =
      row.state === 'outdated'
        ? ` (German updated ${row.germanUpdated}, translated from ${row.translatedFrom ?? 'unknown'})`
        : '';
    console.log(`  ${row.state.padEnd(10)} content/${row.collection}/${row.lang}/${row.slug}.md${dates}`);
  }
  for (const problem of report.problems) console.error(`✗ ${problem.file}: ${problem.message}`);
}
process.exit(report.problems.length > 0 ? 1 : 0);
