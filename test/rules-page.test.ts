/**
 * The rule registry: ids are unique and well formed, every text chrome rule is
 * registered and its example is a line it removes, and docs/rules.md is the page
 * the registry generates (run `npm run docs:rules` after changing a rule).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { matchChrome } from "../src/classify/chrome.js";
import { extract } from "../src/index.js";
import { reasonOf, renderRulesPage, RULES, type RuleId } from "../src/registry.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The registry's text chrome rules. */
const CHROME = RULES.filter((rule) => rule.id.startsWith("chrome/"));

describe("the rule registry", () => {
  it("has unique ids of the form stage/name", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+\/[a-z0-9-]+$/u);
  });

  it.each(CHROME.map((rule) => [rule.id, rule.example] as const))("%s removes its example %s", (id, example) => {
    expect(matchChrome(example)?.id).toBe(id);
  });

  it.each(CHROME.map((rule) => [rule.id] as const))("%s leaves a sentence of prose alone", (id) => {
    expect(matchChrome("The minister said the port would open next year, ahead of the plan.")?.id).not.toBe(id);
  });

  it("gives every removed line and warning of a document a registered rule and its reason", () => {
    const text =
      "Home › World\nTalks on the port\n\nQ: When will it open?\n\nA: Next year, we hope.\n\nQ: And the cost?\n\nShare this article\n* * *\n";
    const doc = extract(text, { name: "t.txt" });
    const ids = new Set<string>(RULES.map((rule) => rule.id));
    expect(doc.removed.length).toBeGreaterThan(0);
    for (const entry of doc.removed) {
      expect(ids.has(entry.rule)).toBe(true);
      if (entry.rule.startsWith("chrome/")) expect(entry.reason).toBe(reasonOf(entry.rule));
    }
    const article = extract("Port talks\n\nThe port will open next year, the minister said on Sunday.\n", {
      name: "a.txt",
    });
    expect(article.warnings.map((warning) => warning.rule)).toContain("segment/no-qa" satisfies RuleId);
  });
});

describe("docs/rules.md", () => {
  it("is the page the registry generates (run `npm run docs:rules`)", () => {
    expect(readFileSync(path.join(ROOT, "docs", "rules.md"), "utf8")).toBe(renderRulesPage());
  });

  it("lists every rule", () => {
    const page = renderRulesPage();
    for (const rule of RULES) expect(page).toContain(`\`${rule.id}\``);
  });
});
