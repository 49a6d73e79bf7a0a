/**
 * Says on every build what the editors still have to enter before a feature can show: today the
 * campaign's contact e-mail, without which pages have no feedback block (`src/data/campaign.ts`).
 */
import type { AstroIntegration } from 'astro';
import { feedbackAddress } from '../lib/sharing/pageFeedback.ts';

export function editorialGaps(): AstroIntegration {
  return {
    name: 'sawd-editorial-gaps',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!feedbackAddress())
          logger.warn(
            'No campaign contact e-mail in src/data/campaign.ts (campaignContact.email): pages show no "Did this page help you?" feedback until it is entered.',
          );
      },
    },
  };
}
