/**
 * Reading inputs without holding more than the size limit in memory: a file or
 * a stream is read up to one byte past `maxBytes`, which is what the decode
 * stage needs to refuse it as too large. (Reading all of a 4 GB file to learn
 * that it is over a 50 MB limit would take the memory the limit protects.)
 */
import { open } from "node:fs/promises";
import type { Readable } from "node:stream";

/** Bytes read per call. */
const CHUNK_BYTES = 1024 * 1024;

/** The first `maxBytes + 1` bytes of a file (all of it when it is within the limit). */
export async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The first `maxBytes + 1` bytes of a stream; stops reading (and releases the stream) past that. */
export async function readStreamLimited(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, Math.min(total, maxBytes + 1));
}
