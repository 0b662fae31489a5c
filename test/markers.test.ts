/**
 * Turns marked by list symbols: a star or bullet before each question and a dash or a
 * double bullet before each answer, or a symbol before questions only. Every text here is invented.
 */
import { describe, expect, it } from "vitest";
import { pairsOf, paragraphs } from "./helpers/pairs.js";

const LEAD = "The harbour master retires this month after thirty years. We asked him about storms, ships and the town.";

describe("two symbols that take turns", () => {
  it("reads the star as the question and the dash as the answer, statements included, symbols removed", () => {
    const text = paragraphs(
      LEAD,
      "* What was the worst storm you saw?",
      "- The winter of 1998. We lost two piers in one night and a ferry broke its moorings.",
      "* Many say the port will close within ten years.",
      "- They said that in 1990 too. Ships still need somewhere to stop, and we are the only deep harbour on this coast.",
      "* What will you miss?",
      "- The early mornings, before the first ferry. The water is flat and the town is still asleep.",
    );
    expect(pairsOf(text)).toEqual([
      {
        question: "What was the worst storm you saw?",
        answer: "The winter of 1998. We lost two piers in one night and a ferry broke its moorings.",
      },
      {
        question: "Many say the port will close within ten years.",
        answer:
          "They said that in 1990 too. Ships still need somewhere to stop, and we are the only deep harbour on this coast.",
      },
      {
        question: "What will you miss?",
        answer: "The early mornings, before the first ferry. The water is flat and the town is still asleep.",
      },
    ]);
  });

  it("reads single and double bullets, an answer that lost its mark, and no box after the interview", () => {
    const text = paragraphs(
      LEAD,
      "• Where did you grow up?",
      "•• In the old quarter, above my father's shop. From the window you could see every ship come in.",
      "• Who taught you the trade?",
      "•• My uncle, who piloted tugs for forty years. He never raised his voice, even in a gale.",
      "• How did the port change while you ran it?",
      "•• Ships grew three times larger and crews shrank by half. The paperwork grew most of all.",
      "• Tell us about your last day.",
      "• It will be quiet, I hope. Coffee, the logbook, a walk along the pier, and then home.",
      "• A town in numbers",
    );
    const pairs = pairsOf(text);
    expect(pairs.map((pair) => pair.question)).toEqual([
      "Where did you grow up?",
      "Who taught you the trade?",
      "How did the port change while you ran it?",
      "Tell us about your last day.",
    ]);
    expect(pairs[3]!.answer).toMatch(/^It will be quiet, I hope\./u);
  });
});

describe("one symbol before the questions only", () => {
  it("reads each starred paragraph as a question and the plain one after it as its answer", () => {
    const text = paragraphs(
      LEAD,
      "*You have led the port for thirty years. How has it changed?",
      "Ships are bigger and crews are smaller. Everything else is paperwork, and there is far more of it than when I started.",
      "*Your successor is young. Any advice?",
      "Listen to the pilots before the engineers. The pilots know the water; the engineers know the drawings.",
      "*Which ship do you remember best?",
      "A Norwegian cable layer that came in with a fire in her engine room. Nobody was hurt, but we did not sleep for two days.",
      "*And after retirement?",
      "Fishing, finally. I have lived beside the sea for sixty years and never had a free morning to spend on it.",
    );
    const pairs = pairsOf(text);
    expect(pairs.map((pair) => pair.question)).toEqual([
      "You have led the port for thirty years. How has it changed?",
      "Your successor is young. Any advice?",
      "Which ship do you remember best?",
      "And after retirement?",
    ]);
    expect(pairs[0]!.answer).toMatch(/^Ships are bigger/u);
  });

  it("leaves a bulleted list of facts alone", () => {
    const text = paragraphs(
      "Port figures for the year",
      "The port handled more ships than ever this year, the authority said on Monday.",
      "* 4,200 ship calls",
      "* 18 million tonnes of cargo",
      "* 310,000 ferry passengers",
      "The authority expects similar figures next year.",
    );
    expect(pairsOf(text)).toEqual([]);
  });
});
