/**
 * Plain share links for the messengers and e-mail the community network uses.
 * Each is an ordinary link that opens the app with the text filled in: no
 * script of theirs, no request before the reader taps, no tracking parameters.
 */

export interface ShareTarget {
  /** The page's title (and, for events, when and where). */
  text: string;
  /** The page's absolute address. */
  url: string;
}

export const shareLinks = {
  whatsapp: ({ text, url }: ShareTarget) => shareLinks.whatsappMessage(`${text}\n${url}`),
  /** A whole message that already contains its link; to one number (an office's), or the reader picks the chat. */
  whatsappMessage: (message: string, number?: string) =>
    `https://wa.me/${number ? number.replace(/[^0-9]/g, '') : ''}?text=${encodeURIComponent(message)}`,
  telegram: ({ text, url }: ShareTarget) =>
    `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(text)}`,
  email: ({ text, url }: ShareTarget) =>
    `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(`${text}\n${url}`)}`,
} as const;
