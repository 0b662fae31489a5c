/**
 * `--from ndjson`: one document per line, `{"id": …, "text": …}` or
 * `{"id": …, "html": …}`, from standard input or files. Lines are read as the
 * batch asks for them, so a stream of any length runs in bounded memory; a bad
 * line becomes a failed entry naming its line number, and the batch goes on.
 */
import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import { formatSize } from "../decode.js";
import { describeFsError, STDIN_NAME, type Entry } from "./inputs.js";
import type { JobInput } from "./job.js";

/** The newline byte. */
const NEWLINE = 0x0a;

/** A line may be this many times --max-bytes: JSON escapes (`\n`, `\"`) make the text longer. */
const LINE_EXPANSION = 2;

/** Room for the id and the keys around the text. */
const LINE_SLACK_BYTES = 64 * 1024;

/** What the expected record looks like, for error messages. */
const EXPECTED = 'expected {"id": …, "text": …} or {"id": …, "html": …}';

/** One line of the input: its bytes, or the fact it was too long. */
type Line = { number: number; bytes: Buffer } | { number: number; tooLong: true };

/** A parsed record. */
interface RecordFields {
  id: string;
  content: string;
  html: boolean;
}

/** The entries of every NDJSON source, in order: `-` is standard input. */
export async function* ndjsonEntries(
  sources: readonly string[],
  stdin: Readable,
  maxBytes: number,
): AsyncGenerator<Entry> {
  for (const source of sources.length === 0 ? ["-"] : sources) {
    const origin = source === "-" ? STDIN_NAME : source;
    const stream = source === "-" ? stdin : createReadStream(source);
    try {
      for await (const line of readLines(stream, maxBytes * LINE_EXPANSION + LINE_SLACK_BYTES)) {
        const entry = entryForLine(line, origin, maxBytes);
        if (entry) yield entry;
      }
    } catch (error) {
      const reason = describeFsError(error as NodeJS.ErrnoException);
      yield { name: origin, relative: origin, load: async () => ({ reason }) };
    }
  }
}

/** The entry for one line; null for a blank line. */
function entryForLine(line: Line, origin: string, maxBytes: number): Entry | null {
  const where = `${origin} line ${line.number}`;
  if ("tooLong" in line) return failed(where, `longer than ${formatSize(maxBytes)} limit (--max-bytes)`);
  const text = line.bytes.toString("utf8").trim();
  if (text === "") return null;
  const record = parseRecord(text);
  if ("reason" in record) return failed(where, record.reason);
  const name = `${where} (id ${record.id})`;
  // TextEncoder gives the bytes a buffer of their own, so a worker can take it without a copy.
  const encoded = new TextEncoder().encode(record.content);
  const input: JobInput = {
    name,
    sourceName: record.id,
    bytes: Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength),
    encoding: "utf-8",
    ...(record.html ? { inputFormat: "html" as const } : {}),
  };
  return { name, relative: record.id, load: async () => input };
}

/** An entry that fails with a reason when the batch reaches it. */
function failed(name: string, reason: string): Entry {
  return { name, relative: name, load: async () => ({ reason }) };
}

/** Parses and checks one record. */
export function parseRecord(text: string): RecordFields | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { reason: `not JSON; ${EXPECTED}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { reason: EXPECTED };
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== "string" && !(typeof id === "number" && Number.isFinite(id)))
    return { reason: `no "id" (a string or a number); ${EXPECTED}` };
  const { text: body, html } = record;
  if (typeof body === "string" && html === undefined) return { id: String(id), content: body, html: false };
  if (typeof html === "string" && body === undefined) return { id: String(id), content: html, html: true };
  return { reason: `needs one string field "text" or "html"; ${EXPECTED}` };
}

/** Splits a byte stream into numbered lines, pulling chunks only as lines are consumed. */
export async function* readLines(stream: Readable, maxLineBytes: number): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE, start); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      number += 1;
      if (!tooLong && length + end - start <= maxLineBytes) pieces.push(bytes.subarray(start, end));
      yield tooLong || length + end - start > maxLineBytes
        ? { number, tooLong: true }
        : { number, bytes: Buffer.concat(pieces) };
      pieces = [];
      length = 0;
      tooLong = false;
      start = end + 1;
    }
    // Keep the unfinished line, unless it is already over the limit: then only remember that.
    length += bytes.length - start;
    if (length > maxLineBytes) {
      tooLong = true;
      pieces = [];
    } else if (start < bytes.length) pieces.push(bytes.subarray(start));
  }
  if (length > 0 || tooLong)
    yield tooLong ? { number: number + 1, tooLong: true } : { number: number + 1, bytes: Buffer.concat(pieces) };
}
