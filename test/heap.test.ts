/**
 * The tight heap of a big input: the work's result or error comes through unchanged.
 */
import { describe, expect, it } from "vitest";
import { BIG_INPUT_BYTES, withHeapFor } from "../src/cli/heap.js";

describe("withHeapFor", () => {
  it("returns the work's value for small and big inputs", () => {
    expect(withHeapFor(10, () => "small")).toBe("small");
    expect(withHeapFor(BIG_INPUT_BYTES, () => "big")).toBe("big");
  });

  it("lets the work's error through", () => {
    expect(() =>
      withHeapFor(BIG_INPUT_BYTES, () => {
        throw new RangeError("boom");
      }),
    ).toThrow(RangeError);
  });
});
