/** Atom (RFC 4287) feeds, written by hand: a few lines, no dependency. */

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  summary: string;
  updated: Date;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * @example toAtomFeed({ id: 'https://x/de/', title: 'T', selfUrl: 'https://x/feed.xml', siteUrl: 'https://x/', lang: 'de', updated: new Date(), entries: [] })
 */
export function toAtomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  lang: string;
  updated: Date;
  entries: readonly FeedEntry[];
}): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${feed.updated.toISOString()}</updated>
  <author><name>Sachsen-Anhalt will dich</name></author>
${entries}
</feed>
`;
}
