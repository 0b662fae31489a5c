/**
 * The user's reference dump (BORNA news 2559), kept byte for byte in the
 * repository so that `npm test` never reads outside it.
 */
import path from "node:path";

export const SEED = path.resolve(import.meta.dirname, "..", "..", "fixtures", "borna-2559", "input.txt");
