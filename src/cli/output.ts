/**
 * Where a batch's documents go: standard output, one `-o` file (streamed to a
 * temporary file, renamed at the end), or one file per input under `--out-dir`.
 * Several documents in `-f json` become one JSON array.
 */
import type { Writable } from "node:stream";
import { describeFsError, type Entry } from "./inputs.js";
import type { FileTargetKind } from "./targets.js";
import {
  exists,
  isClosedPipe,
  openAtomicFile,
  openInPlaceFile,
  outputPathFor,
  sameFile,
  writeFileAtomic,
  writeTo,
  type AtomicFile,
} from "./write.js";

/** A destination for rendered documents. */
export interface Output {
  /** Writes one document, its text in pieces (rendered as they are read); returns a problem to report (the target exists…) or null. */
  write(entry: Entry, pieces: Iterable<string>): Promise<string | null>;
  /** Ends the output (closes the JSON array, renames the -o file). */
  finish(): Promise<void>;
  /** Gives up after an internal error: removes a half-written -o file. */
  abort(): Promise<void>;
  /** Whether the reader went away (`| head`): the run should stop quietly. */
  readonly closed: boolean;
}

/**
 * How several documents share one stream: `array` (one JSON array), `separated`
 * (Markdown, text, --explain: a blank line and a form-feed line between two
 * documents, which no document contains, so a consumer splits the stream on
 * "\n\f\n" and gets each document whole), or `none` (NDJSON, one per line).
 */
export type FramingKind = "array" | "separated" | "none";

/** Between two documents of a `separated` stream: a blank line (ending the last paragraph), then a form feed. */
export const DOCUMENT_SEPARATOR = "\n\f\n";

/** Frames documents for one stream. */
class Framing {
  private count = 0;

  constructor(private readonly kind: FramingKind) {}

  /** The pieces to write for the next document. */
  pieces(pieces: Iterable<string>): Iterable<string> {
    const first = this.count === 0;
    this.count += 1;
    if (this.kind === "separated") return first ? pieces : separated(pieces);
    if (this.kind === "none") return pieces;
    return [(first ? "[\n" : ",\n") + [...pieces].join("").trimEnd().replace(/^/gmu, "  ")];
  }

  /** The text that ends the stream: closes the array (an empty one when no document came). */
  tail(): string {
    if (this.kind !== "array") return "";
    return this.count > 0 ? "\n]\n" : "[]\n";
  }
}

/** A document's pieces after the separator from the one before. */
function* separated(pieces: Iterable<string>): Generator<string, void, undefined> {
  yield DOCUMENT_SEPARATOR;
  yield* pieces;
}

/** Fewest characters written at once: a document's small pieces go out together. */
const CHUNK_CHARS = 64 * 1024;

/**
 * A document's pieces joined into chunks of at least {@link CHUNK_CHARS} characters (none empty):
 * a small document is one write, a big one many, each encoded on its own. A chunk is made when
 * the writer asks for it, so that only the chunk being written is held.
 */
export function* chunks(pieces: Iterable<string>): Generator<string, void, undefined> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length >= CHUNK_CHARS) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}

/** Standard output; a closed pipe marks the output closed instead of failing. */
export function streamOutput(stream: Writable, framingKind: FramingKind): Output {
  const framing = new Framing(framingKind);
  let closed = false;
  // A reader that goes away surfaces as an 'error' event, possibly after the write callback:
  // listen for the whole run so it ends the run quietly instead of crashing.
  const onError = (error: Error): void => {
    if (isClosedPipe(error)) closed = true;
  };
  stream.on("error", onError);
  const emit = async (pieces: Iterable<string>): Promise<void> => {
    for (const chunk of chunks(pieces)) {
      if (closed) return;
      try {
        await writeTo(stream, chunk);
      } catch (error) {
        if (!isClosedPipe(error)) throw error;
        closed = true;
      }
    }
  };
  return {
    get closed() {
      return closed;
    },
    async write(_entry, pieces) {
      await emit(framing.pieces(pieces));
      return null;
    },
    async finish() {
      await emit([framing.tail()]);
      stream.off("error", onError);
    },
    async abort() {
      stream.off("error", onError);
    },
  };
}

/**
 * One `-o` file, streamed to a temporary sibling and renamed when the batch
 * ends (a device or a FIFO is written in place, and closed even when no document
 * came); no file is made for no document.
 */
export function fileOutput(target: string, framingKind: FramingKind, kind: FileTargetKind): Output {
  const framing = new Framing(framingKind);
  let file: AtomicFile | null = null;
  return {
    closed: false,
    async write(_entry, pieces) {
      file ??= kind === "in-place" ? openInPlaceFile(target) : await openAtomicFile(target);
      for (const chunk of chunks(framing.pieces(pieces))) await file.write(chunk);
      return null;
    },
    async finish() {
      // A FIFO's reader waits for a writer until one comes and goes: even a run with no document opens it.
      if (!file && kind === "in-place") file = openInPlaceFile(target);
      if (!file) return;
      await file.write(framing.tail());
      await file.commit();
    },
    async abort() {
      await file?.discard();
    },
  };
}

/** One file per input under `--out-dir`, never over an input, nor over an existing file without `force`. */
export function directoryOutput(outDir: string, extension: string, force: boolean): Output {
  return {
    closed: false,
    async write(entry, pieces) {
      const target = entry.output ?? outputPathFor(outDir, entry.relative, extension);
      // The same file under another name (a link, a linked folder) is still the input.
      if (entry.inputPath !== undefined && (await sameFile(entry.inputPath, target)))
        return "output would overwrite the input";
      if (!force && (await exists(target)))
        return `${target} exists (use --force to replace it, or --skip-existing to keep it)`;
      try {
        // Folders inside the output directory are made without following links planted there.
        await writeFileAtomic(target, chunks(pieces), outDir);
      } catch (error) {
        return `cannot write ${target}: ${describeFsError(error as NodeJS.ErrnoException)}`;
      }
      return null;
    },
    async finish() {},
    async abort() {},
  };
}
