/**
 * Images in an editor's Markdown body, read from the text alone (no files),
 * so the CMS in the browser and the build check the same: each image needs
 * a description (alt text, in the language of the text) and must be an upload
 * (`/uploads/…`), never an image from another site. Parsed as Markdown (mdast),
 * so an example inside a code block is not taken for an image.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { uploadsAddress } from './uploads.ts';

interface MarkdownNode {
  type: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  children?: MarkdownNode[];
}

function* nodesOf(node: MarkdownNode): Generator<MarkdownNode> {
  yield node;
  for (const child of node.children ?? []) yield* nodesOf(child);
}

/** The images of a Markdown body, with their addresses (reference images resolved) and descriptions. */
export function markdownImages(body: string): { url: string; alt: string }[] {
  const tree = fromMarkdown(body) as MarkdownNode;
  const definitions = new Map<string, string>();
  for (const node of nodesOf(tree))
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
  return [...nodesOf(tree)]
    .filter((node) => node.type === 'image' || node.type === 'imageReference')
    .map((node) => ({
      url: node.type === 'image' ? (node.url ?? '') : (definitions.get(node.identifier ?? '') ?? ''),
      alt: node.alt?.trim() ?? '',
    }));
}

/**
 * What is wrong with the images of a body that the text alone shows (no files needed, so the
 * CMS checks it before saving): a missing description, an image from another site.
 */
export function imageTextProblems(body: string): string[] {
  return markdownImages(body).flatMap(({ url, alt }) => [
    ...(alt
      ? []
      : [`Bild „${url}“: Die Bildbeschreibung (Alternativtext) fehlt – in der Sprache dieses Textes angeben.`]),
    ...(url.startsWith(`${uploadsAddress}/`)
      ? []
      : [
          `Bild „${url}“: Nur im CMS hochgeladene Bilder (${uploadsAddress}/…) – die Website lädt nichts von anderen Seiten.`,
        ]),
  ]);
}
