// @ts-check
/**
 * Lint: ESLint's recommended rules, typescript-eslint's strict type-checked
 * set, and eslint-plugin-regexp — which also flags regexes that can backtrack
 * super-linearly, worth having where hundreds of patterns run over untrusted text.
 * Formatting is Prettier's job: `npm run lint` runs `prettier --check` after ESLint.
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

/** Node's globals, for the plain-JavaScript files that TypeScript does not check. */
const NODE_GLOBALS = {
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  performance: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
};

export default defineConfig(
  { ignores: ["dist/", "coverage/", "node_modules/", ".bench/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  regexp.configs["flat/recommended"],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // With noUncheckedIndexedAccess every `array[i]` is `T | undefined`; the code reads
      // indexes it has just bounds-checked and says so with `!`, which this rule cannot see.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Numbers in messages ("line 12", "question 3") are the common, safe case.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `(text) => void stream.write(text)` is the idiom for "call, ignore the result".
      // `return other(…)` inside a `void` function is an early return that delegates.
      "@typescript-eslint/no-confusing-void-expression": [
        "error",
        { ignoreArrowShorthand: true, ignoreVoidOperator: true, ignoreVoidReturningFunctions: true },
      ],
      // `for (const _ of …)` counts matches; an underscore says "unused on purpose".
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
      // `[...text]` splits into code points on purpose: widths and cuts must not split a surrogate pair.
      "@typescript-eslint/no-misused-spread": "off",
      // A text-cleaning tool strips control characters on purpose (file names, plain-text output).
      "no-control-regex": "off",
      // An async function that implements an async interface (`load()`, `abort()`) need not await;
      // forgotten awaits are caught where they matter, by no-floating-promises and no-misused-promises.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Plain JavaScript (the bin shim, scripts, the benchmark, this file): syntax rules only;
    // tsconfig.json does not type-check it (no allowJs), so type-aware rules have no types to use.
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    // Tests read parsed JSON output (`any`) and assert on it: the assertions are the type check.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
);
