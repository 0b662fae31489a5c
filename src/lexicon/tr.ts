/** Turkish. */
import type { Lexicon } from "./types.js";

export const tr: Lexicon = {
  code: "tr",
  name: "Turkish",
  questionLabels: ["Soru"],
  answerLabels: ["Cevap", "Yanıt"],
  updatedWords: ["güncelleme*"],
  dateLineWords: ["yayınlanma", "güncelleme"],
  months: [
    ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"],
  ],
  stopWords: [
    "ve",
    "bir",
    "bu",
    "da",
    "de",
    "için",
    "ile",
    "çok",
    "daha",
    "gibi",
    "ne",
    "olarak",
    "olan",
    "ama",
    "biz",
    "en",
    "kadar",
    "sonra",
    "var",
    "mı",
  ],
  interviewWords: ["röportaj", "söyleşi"],
  pronouns: { you: [], i: ["ben", "biz"], dropped: true },
};
