/** Types of scripts/adversarial-inputs.js, for the tests that import it. */
export interface AdversarialInput {
  /** What the input is, for test names and the bench table. */
  name: string;
  /** The input (built on demand: each is about 1 MB). */
  build: () => string;
}

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[];
