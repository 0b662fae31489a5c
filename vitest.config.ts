import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ["default", ["json", { outputFile: process.env.VITEST_JSON ?? "test-results.json" }]],
    testTimeout: 30_000,
  },
});
