/**
 * The quality gate: segmentation and metadata scored over every fixture with a
 * hand-written truth.json must stay at or above the floors pinned in
 * eval/floors.json, so a fix for one shape cannot silently break another.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JS module with JSDoc types, shared with `npm run eval`.
import { evaluate, formatTable, loadFloors } from "../scripts/evaluate.js";
import { extract } from "../src/extract.js";
import type { InterviewDocument } from "../src/types.js";

interface Evaluation {
  cases: number;
  table: Record<string, number>;
}

const result = (evaluate as (run: (file: string) => InterviewDocument) => Evaluation)((file) =>
  extract(readFileSync(file), { name: path.basename(file) }),
);
const floors = (loadFloors as () => Record<string, number>)();

describe("quality gate", () => {
  it("scores a corpus of fixtures with truth", () => {
    expect(result.cases).toBeGreaterThanOrEqual(15);
  });

  it("pins a floor for every score", () => {
    expect(Object.keys(floors).sort()).toEqual(Object.keys(result.table).sort());
  });

  it.each(Object.entries(floors))("%s stays at or above its floor", (name, floor) => {
    const score = result.table[name];
    expect(score, (formatTable as (t: Record<string, number>, f: Record<string, number>) => string)(result.table, floors)).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
