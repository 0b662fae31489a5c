/** French. */
import type { Lexicon } from "./types.js";

export const fr: Lexicon = {
  code: "fr",
  name: "French",
  questionLabels: ["Question"],
  answerLabels: ["Réponse"],
  months: [
    [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
  ],
  introPhrases: ["ci-dessous", "intégralité", "voici"],
  pointers: ["ci-dessous"],
  closingPhrases: ["propos recueillis"],
  speechVerbs: ["a déclaré", "a dit", "a ajouté", "a expliqué", "déclare", "affirme"],
};
