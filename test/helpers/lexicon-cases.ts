/** Table rows of the lexicons' words, and the selection a document of one language is read with. */
import { LEXICONS, selectLexicons, type Lexicon, type LexiconSelection } from "../../src/lexicon/index.js";

/** Every [language, word] of the words one function draws from each lexicon. */
export function wordCases(words: (lexicon: Lexicon) => readonly string[] | undefined): Array<[string, string]> {
  return LEXICONS.flatMap((lexicon) => (words(lexicon) ?? []).map((word): [string, string] => [lexicon.code, word]));
}

/** The lexicons a document of one language is read with: its own and English. */
export function languageOf(code: string): LexiconSelection {
  return selectLexicons(new Set(["en", code]));
}
