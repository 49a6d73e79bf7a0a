/**
 * The reader's display setting – text size and contrast – kept on this device
 * only (localStorage), never sent anywhere. The one owner of the storage keys,
 * values and `<html>` attributes: the inline script in the page head
 * (`DisplaySettingsScript.astro`), the control in the footer, the styles
 * (`global.css`, `tokens.css` select on the attributes), the privacy page and
 * the tests use these names.
 *
 * The first value of each is the default: choosing it removes the key, so a
 * reader who never changes anything has nothing stored.
 */
export const displaySettings = {
  /** Root font size: 100 %, 125 %, 150 % (`global.css`). */
  textSize: { storageKey: 'sawd-text-size', attribute: 'data-text-size', values: ['normal', 'large', 'larger'] },
  /** A high-contrast theme of the colour tokens, 7:1 for text (`tokens.css`). */
  contrast: { storageKey: 'sawd-contrast', attribute: 'data-contrast', values: ['normal', 'high'] },
} as const;

export type DisplaySetting = keyof typeof displaySettings;

/**
 * Set on `<html>` by the head script when the device can keep the setting (JavaScript on, storage
 * allowed); the control is shown only then, so without JavaScript there is no control that does nothing.
 */
export const displaySettingsReadyAttribute = 'data-display-settings';

/** The element the footer's control has, so other pages (the privacy page) can link to it. */
export const displaySettingsAnchor = 'darstellung';
