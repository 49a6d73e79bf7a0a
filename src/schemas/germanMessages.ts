/**
 * Plain German for zod's own messages, wherever a schema gives none: editors
 * read them at the field in the CMS and in build errors, and „Invalid input:
 * expected string, received undefined“ tells them nothing. Set once for the
 * one zod instance the site uses (`astro/zod`); a schema's own message wins.
 */
import { z } from 'astro/zod';

type Issue = { code?: string; input?: unknown; minimum?: unknown; maximum?: unknown; origin?: string };

function germanMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'Bitte ausfüllen.' : 'Diese Angabe passt hier nicht.';
    case 'too_small':
      if (issue.origin === 'string') return `Mindestens ${String(issue.minimum)} Zeichen.`;
      if (issue.origin === 'array') return `Mindestens ${String(issue.minimum)} Einträge.`;
      return `Mindestens ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Höchstens ${String(issue.maximum)} Zeichen.`;
      if (issue.origin === 'array') return `Höchstens ${String(issue.maximum)} Einträge.`;
      return `Höchstens ${String(issue.maximum)}.`;
    case 'invalid_value':
    case 'invalid_union':
      return 'Bitte einen Eintrag aus der Liste wählen.';
    case 'invalid_format':
      return 'Das Format stimmt nicht.';
    case 'unrecognized_keys':
      return 'Unbekanntes Feld.';
    default:
      return undefined;
  }
}

z.config(z.locales.de());
z.config({ customError: (issue) => germanMessage(issue as Issue) });
