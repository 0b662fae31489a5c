/** Japanese. */
import type { Lexicon } from "./types.js";

export const ja: Lexicon = {
  code: "ja",
  name: "Japanese",
  questionLabels: ["問"],
  answerLabels: ["答"],
  adLabels: ["広告"],
  introPhrases: ["一問一答", "次の通り"],
  interviewWords: ["インタビュー"],
  pressConferenceWords: ["記者会見"],
};
