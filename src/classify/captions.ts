/**
 * A photo's caption in a text view: its lines sit right above the photo's credit, no blank
 * line between them, and a blank line above the caption sets the figure apart from the text:
 *
 *     A view of the harbour at dawn, in May 2021.
 *     Fog has closed the port three days this month.
 *     Lena Ortiz/AP
 *
 * The credit alone is chrome by its shape; the caption's sentences read as prose, and only
 * their place tells them from it.
 */
import { wordCount } from "../normalize.js";
import { ANSWER_LABEL, DIALOGUE_DASH, QUESTION_LABEL, SPEAKER_LABEL } from "../patterns.js";
import type { Block } from "../types.js";
import { isCreditLine, printedOnce, zoneRule, type ChromeRule } from "./chrome.js";

/** The rule a caption found by its place is removed by: it has no test of its own text. */
export const FIGURE_CAPTION = zoneRule("layout/figure-caption", "photo caption above its credit", { inline: true });

/** Most paragraphs a caption holds above its credit. */
const CAPTION_BLOCKS = 3;

/** Most words of a caption, all its paragraphs together: a paragraph of the text above it makes more. */
const CAPTION_WORDS = 50;

/** Fewest words of a caption: a shorter line over a credit is a code or a sign-off ("AB // CD"). */
const MIN_CAPTION_WORDS = 4;

/**
 * The indexes of the blocks that are captions: a few short paragraphs, no turn among them,
 * right above a credit line, with a blank line, the image's placeholder or the top of the
 * text above the first of them. A dump without blank lines never sets a figure apart, so
 * nothing of it is taken for a caption.
 */
export function captionBlocks(blocks: readonly Block[], chrome: ReadonlyArray<ChromeRule | null>): Set<number> {
  const captions = new Set<number>();
  blocks.forEach((block, index) => {
    if (index > 0 && isCreditLine(block.text))
      captionAbove(blocks, chrome, index).forEach((member) => captions.add(member));
    if (chrome[index]?.id === "chrome/doubled-caption")
      printedBeside(blocks, chrome, index).forEach((member) => captions.add(member));
    if (
      index > 0 &&
      isAltAndCaption(blocks[index - 1]!.text, block.text) &&
      chrome[index - 1] === null &&
      chrome[index] === null
    ) {
      captions.add(index - 1);
      captions.add(index);
    }
  });
  return captions;
}

/** An image's placeholder inside a line: "[33622-5947]", "[harbour_view-2.jpg]". */
const PLACEHOLDER_IN_LINE = /\[[^\s[\]\d_.-]*[\d_.-][^\s[\]]*\]/gu;

/** Fewest words of a figure's text printed twice. */
const ALT_MIN_WORDS = 3;

/**
 * Whether two blocks in a row are a figure: its alt text with the image's placeholder, then its
 * caption, the same words ("Divers at the hull[3362-59]" / "Divers at the hull"), in either order.
 */
function isAltAndCaption(first: string, second: string): boolean {
  const [marked, plain] = withoutPlaceholders(first) !== first ? [first, second] : [second, first];
  const alt = withoutPlaceholders(marked);
  if (alt === marked || wordCount(plain) < ALT_MIN_WORDS) return false;
  return alt.replace(/\s+/gu, "") === plain.replace(/\s+/gu, "");
}

/** A line with its images' placeholders blanked out. */
function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_IN_LINE, " ");
}

/**
 * The caption printed once next to an image's alt text and title printed together ("Lanterns
 * on the quay Lanterns on the quay" / "Lanterns on the quay"): the same text, the figure's.
 */
function printedBeside(blocks: readonly Block[], chrome: ReadonlyArray<ChromeRule | null>, index: number): number[] {
  const once = printedOnce(blocks[index]!.text);
  return [index - 1, index + 1].filter((near) => {
    const block = blocks[near];
    return block !== undefined && chrome[near] === null && block.text.replace(/\s+/gu, "") === once;
  });
}

/** The caption's blocks above the credit at `credit`, nearest first, or none. */
function captionAbove(blocks: readonly Block[], chrome: ReadonlyArray<ChromeRule | null>, credit: number): number[] {
  const group: number[] = [];
  let words = 0;
  for (let above = credit - 1; above >= 0 && group.length < CAPTION_BLOCKS; above -= 1) {
    const candidate = blocks[above]!;
    words += wordCount(candidate.text);
    const touches = candidate.lastLine + 1 === blocks[above + 1]!.firstLine;
    if (!touches || chrome[above] || words > CAPTION_WORDS || opensTurn(candidate.text)) return [];
    group.push(above);
    // The figure starts after a blank line, or under the image's own placeholder.
    const before = blocks[above - 1];
    if (!before || before.lastLine + 1 < candidate.firstLine || chrome[above - 1]?.id === "chrome/image-placeholder")
      return words >= MIN_CAPTION_WORDS ? group : [];
  }
  return [];
}

/** A paragraph that opens a turn: never a caption. */
function opensTurn(text: string): boolean {
  return [QUESTION_LABEL, ANSWER_LABEL, DIALOGUE_DASH, SPEAKER_LABEL].some((label) => label.test(text));
}
