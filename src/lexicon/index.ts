/** The lexicons and their compiler: what the rest of the tool imports. */
export * from "./compile.js";
export { LEXICONS } from "./languages.js";
export type { Label, LabelWord, Lexicon, Month, MonthList, Pronouns } from "./types.js";
export { EVERY_LANGUAGE, LexiconSelection, selectLexicons, type PatternBuilder } from "./selection.js";
