/**
 * Lines built to make a backtracking regex explode. The lint (regexp/no-super-linear-backtracking,
 * an error on the whole core) is the guard against slow patterns. These tests read such lines
 * long enough that a super-linear rule would stall the suite for minutes, where a linear one
 * takes milliseconds, and check what the rules say about them. No timing is asserted: a loaded
 * machine must not fail them.
 */
import { describe, expect, it } from "vitest";
import { matchChrome } from "../src/classify/chrome.js";

describe("chrome rules on hostile lines", () => {
  it("reads a long share bar that does not end like one, and does not take it for chrome", () => {
    const line = `share${" |".repeat(20_000)} !`;
    expect(matchChrome(line)).toBeNull();
  });

  it("still removes share bars", () => {
    expect(matchChrome("Facebook | Twitter | Telegram")?.name).toBe("social");
    expect(matchChrome("share , print , e-mail")?.name).toBe("social");
  });
});
