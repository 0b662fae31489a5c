/**
 * Colors for one output stream: NO_COLOR and FORCE_COLOR first, then whether
 * that stream is a terminal.
 */
import { Chalk, type ChalkInstance } from "chalk";

/** A stream that may be a terminal. */
export interface MaybeTty {
  isTTY?: boolean;
}

/** A chalk instance for a stream, colors on only where the environment and the stream allow. */
export function colorsFor(stream: MaybeTty, env: Readonly<Record<string, string | undefined>>): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env) });
}

/** The chalk level: 0 without color, 1–3 with. */
function colorLevel(stream: MaybeTty, env: Readonly<Record<string, string | undefined>>): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    return force === "2" ? 2 : force === "3" ? 3 : 1;
  }
  if (!stream.isTTY || env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" ? 3 : 1;
}
