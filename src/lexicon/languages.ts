/**
 * Every language the tool reads: one lexicon module each. Adding a language is
 * one module in this folder (`nl.ts` and `pl.ts` are small models: labels, stop
 * words, months, chrome words), its line here, and a fixture with a truth.json;
 * the compiler builds the patterns and test/lexicon.test.ts checks every word.
 */
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fa } from "./fa.js";
import { fr } from "./fr.js";
import { it } from "./it.js";
import { ja } from "./ja.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { ru } from "./ru.js";
import { tr } from "./tr.js";
import type { Lexicon } from "./types.js";
import { zh } from "./zh.js";

/** The lexicons. Order breaks ties between Latin-script languages in language detection. */
export const LEXICONS: readonly Lexicon[] = [en, es, fr, de, it, pt, tr, ru, fa, ar, zh, ja, nl, pl];
