/**
 * Completing people from the rest of the text: a surname or speaker label
 * ("HOLLOWAY", "Haugland", "HL") to the full name the reporter wrote, and a
 * missing role from an appositive elsewhere ("Whitaker, director of …,").
 */

/** A full name as reporters write it: two to five capitalised words, maybe with a title. */
const FULL_NAME =
  /(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng|Sir|Gen|Col|Lt)\.\s|(?:Sheikh|Justice|Datuk|Lieutenant General|General|Professor)\s)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’-]*|al|el|de|da|di|van|von|der|bin)){1,4}/gu;

/** Titles that belong to a name as written but are not part of the name itself. */
const LEADING_TITLE = /^(?:Dr|Mr|Mrs|Ms|Prof|Eng|Sir|Gen|Col|Lt)\.\s|^(?:Sheikh|Justice|Datuk|Lieutenant General|General|Professor)\s/u;

/** Folds case and diacritics so "KRÄMER" finds "Krämer". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The full names written in the texts, in order of appearance. */
function fullNames(texts: readonly string[]): string[] {
  return texts.flatMap((text) => [...text.matchAll(FULL_NAME)].map((match) => match[0]));
}

/**
 * Expands a short name to a full one found in the texts: a surname (any case)
 * matches a name ending with it; initials ("HL") match a name with those initials.
 * Returns the short name when nothing matches.
 */
export function expandName(short: string, texts: readonly string[]): string {
  const wanted = fold(short.replace(/[.:]+$/u, "").trim());
  if (wanted.includes(" ") && !/^\p{Lu}\.\s/u.test(short)) return short;
  const surname = wanted.replace(/^\p{L}\.\s*/u, "");
  for (const name of fullNames(texts)) {
    const words = fold(name.replace(LEADING_TITLE, "")).split(/\s+/u);
    if (words.length >= 2 && words.at(-1) === surname) return name;
    if (/^\p{Lu}{2,4}$/u.test(short) && words.map((word) => word[0]).join("") === wanted) return name;
  }
  return short;
}

/** A role given beside a name: "Whitaker, director of the program," or "Whitaker, who leads …" (skipped). */
export function findRole(name: string, texts: readonly string[]): string | null {
  const surname = name.replace(LEADING_TITLE, "").split(/\s+/u).at(-1);
  if (!surname) return null;
  const pattern = new RegExp(`${escape(surname)},\\s(?:(?:a|an|the)\\s)?([\\p{Ll}][^,.;:()]{2,120}?)[,.]`, "u");
  for (const text of texts) {
    const role = pattern.exec(text)?.[1];
    if (role && !/^(?:who|which|whose|whom|where|when|said|says|and|but)\b/u.test(role) && !/^\d/u.test(role)) return role.trim();
  }
  return null;
}

/** Escapes a string for use inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
