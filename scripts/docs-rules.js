// @ts-check
/**
 * Writes docs/rules.md from the rule registry (src/registry.ts, built to dist/).
 *   npm run docs:rules
 * test/rules-page.test.ts fails when the page in the repository is out of date.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderRulesPage } from "../dist/registry.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
writeFileSync(path.join(ROOT, "docs", "rules.md"), renderRulesPage());
console.log("docs/rules.md written");
