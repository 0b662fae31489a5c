/**
 * Markdown a crawler left in a text dump: links `[text](url "title")`, images
 * `![alt](src)` and empty links `[](url)`, read as what a page shows.
 */

/** A Markdown image or link: its text (group 2) with the target and optional title. */
const LINK = /(!?)\[([^[\]]{0,300})\]\((?:https?:\/\/|\/|#|mailto:)[^\s()"]{0,500}(?:\s"[^"]{0,300}")?\)/gu;

/** A text with its Markdown links read as their text and its images dropped. */
export function linkText(text: string): string {
  if (!text.includes("](")) return text;
  return text
    .replace(LINK, (_, image: string, label: string) => (image ? "" : label))
    .replace(/\s{2,}/gu, " ")
    .trim();
}

/** Whether a text is nothing but Markdown images or empty links: `[](https://…)`, `![logo](/logo.png)`. */
export function isMediaOnly(text: string): boolean {
  return text.includes("](") && linkText(text) === "";
}
