/**
 * Lines built to make a backtracking regex explode must still be read in
 * linear time: the classifier runs every rule over every line of untrusted dumps.
 */
import { describe, expect, it } from "vitest";
import { matchChrome } from "../src/classify/chrome.js";

/** Far above a linear scan of these lines, far below the seconds an exponential one takes. */
const BUDGET_MS = 200;

/** Milliseconds a function takes. */
function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe("chrome rules on hostile lines", () => {
  it("reads a long share bar that does not end like one in linear time", () => {
    const line = `share${" |".repeat(40)} !`;
    expect(timed(() => matchChrome(line))).toBeLessThan(BUDGET_MS);
  });

  it("still removes share bars", () => {
    expect(matchChrome("Facebook | Twitter | Telegram")?.name).toBe("social");
    expect(matchChrome("share , print , e-mail")?.name).toBe("social");
  });
});
