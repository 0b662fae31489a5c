/**
 * Interviewer and interviewee from the reporter's sentences:
 * "X, <role>, spoke with Y, <role>", "In an interview with X, Y said",
 * "Y told X in an interview", "X interviewed Y", "Y sat down with X".
 */
import type { Person } from "../types.js";

/** Who asked and who answered. */
export interface Participants {
  interviewer: Person | null;
  interviewee: Person | null;
}

/** A personal name: capitalised words, with title and particles. Group-free so it can be embedded. */
const NAME =
  "(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Gen|Sheikh)\\.?\\s)?[\\p{Lu}][\\p{L}\\p{M}'’-]+(?:\\s(?:[\\p{Lu}][\\p{L}\\p{M}'’.-]+|bin|ibn|al-\\p{L}+|de|da|di|van|von|der|la|le|el-\\p{L}+)){0,4}";

/** An appositive after a name: ", a documentary filmmaker for Press TV," (up to the next comma or end). */
const ROLE = "(?:,\\s((?:(?!\\s(?:spoke|said|told|sat|talked|interviewed)\\b)[^,.;:\"“”])+?)(?:,|(?=\\.\\s|\\.$|$)))?";

/** Reporting verbs that follow the interviewee in "In an interview with X, Y said". */
const SAYS = "(?:said|says|stated|told|noted|added|explained|stressed|emphasi[sz]ed|argued|warned|announced|insisted)\\b";

/** Verbs where the subject interviews the object. */
const ASKS = "(?:interviewed|spoke with|spoke to|talked with|talked to|sat down with|met with|conducted an interview with|held an interview with)";

/** Sentence shapes, each naming which capture is which. */
const SHAPES: ReadonlyArray<{ pattern: RegExp; subjectIs: "interviewer" | "interviewee" | "by-role" }> = [
  // In an interview with X, Y, <role>, said …
  {
    pattern: new RegExp(`[Ii]n an? (?:exclusive |recent |wide-ranging )?interview with (?:the )?(${NAME})()(?:'s? [^,]{1,40})?,\\s?(${NAME})${ROLE}\\s?${SAYS}`, "u"),
    subjectIs: "interviewer",
  },
  // Y, <role>, told X in an interview / said in an interview with X
  { pattern: new RegExp(`(${NAME})${ROLE}\\s?(?:told|said to) (${NAME})${ROLE}\\s?in an? (?:exclusive )?interview`, "u"), subjectIs: "interviewee" },
  { pattern: new RegExp(`(${NAME})${ROLE}\\s?said in an? (?:exclusive )?interview with (${NAME})${ROLE}`, "u"), subjectIs: "interviewee" },
  // X, <role>, spoke with Y, <role>
  { pattern: new RegExp(`(${NAME})${ROLE}\\s?${ASKS} (${NAME})${ROLE}`, "u"), subjectIs: "by-role" },
];

/** Roles and names that mark the press side of an interview. */
const PRESS = /\b(?:reporter|correspondent|journalist|filmmaker|film-maker|host|anchor|editor|presenter|interviewer|columnist|producer|writer|TV|News|Agency|Radio|Times|Post|Press|Daily|Magazine|newspaper|channel|network)\b/iu;

/** Finds the interviewer and interviewee in the given paragraphs, first match wins. */
export function findParticipants(paragraphs: readonly string[]): Participants {
  for (const text of paragraphs) {
    for (const shape of SHAPES) {
      const match = shape.pattern.exec(text);
      if (!match) continue;
      const first = person(match[1]!, match[2]);
      const second = person(match[3]!, match[4]);
      return assign(first, second, shape.subjectIs);
    }
  }
  return { interviewer: null, interviewee: null };
}

/** Orders two people into interviewer and interviewee. */
function assign(subject: Person, object: Person, subjectIs: "interviewer" | "interviewee" | "by-role"): Participants {
  if (subjectIs === "interviewer") return { interviewer: subject, interviewee: object };
  if (subjectIs === "interviewee") return { interviewer: object, interviewee: subject };
  const objectIsPress = PRESS.test(`${object.name} ${object.role ?? ""}`);
  const subjectIsPress = PRESS.test(`${subject.name} ${subject.role ?? ""}`);
  return objectIsPress && !subjectIsPress
    ? { interviewer: object, interviewee: subject }
    : { interviewer: subject, interviewee: object };
}

/** Builds a person, the role stripped of its leading article and trailing period. */
function person(name: string, role: string | undefined): Person {
  const cleanRole = role
    ?.trim()
    .replace(/^(?:a|an|the)\s+/iu, "")
    .replace(/[.\s]+$/u, "");
  return { name: name.trim(), role: cleanRole ? cleanRole : null };
}
