import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, InputError } from "../src/decode.js";

const ENGLISH =
  "He said: “We will not give up — not now, not ever.” It’s a small café near the embassy, " +
  "and the minister’s résumé is long.";

// Windows-1256 has no Persian yeh (U+06CC); Persian text in it is written with
// the Arabic yeh (U+064A), so that is what a real windows-1256 file decodes to.
// The ZWNJ in «پرسش‌هاي» is byte 0x9D in windows-1256.
const PERSIAN =
  "سفير ايران در روسيه گفت: همکاري دو کشور در زمينه انرژي و حمل و نقل گسترش يافته است. " +
  "اين گفتگو در تهران انجام شد و سفير به پرسش‌هاي خبرنگار پاسخ داد.";

const FRENCH = "Le ministre a déclaré à la presse : « Nous ne céderons pas. » Ça dépend de l’été prochain.";

const ARABIC = "قال وزير الخارجية إن المفاوضات مستمرة وإن الطرفين قريبان من اتفاق شامل. ما هي الخطوة التالية؟";

const RUSSIAN =
  "Министр иностранных дел принял нашего корреспондента в своём кабинете в Москве. " +
  "— Как вы оцениваете итоги переговоров? " +
  "— Я считаю, что стороны сделали важный шаг навстречу друг другу, но многое ещё предстоит сделать, " +
  "сказал он в интервью «Известиям».";

// KOI8-R has no em dash and no guillemets: dumps in it use hyphens and straight quotes.
const RUSSIAN_KOI8 =
  "Министр иностранных дел принял нашего корреспондента в своём кабинете в Москве. " +
  "- Как вы оцениваете итоги переговоров? " +
  "- Я считаю, что стороны сделали важный шаг навстречу друг другу, но многое ещё предстоит сделать, " +
  "сказал он в интервью \"Известиям\".";

/** Bytes of `text` in `encoding`, checked to round-trip so a test never compares against a lossy original. */
function encode(text: string, encoding: string): Uint8Array {
  const bytes = iconv.encode(text, encoding);
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`test text does not fit in ${encoding}`);
  return new Uint8Array(bytes);
}

/** Concatenate byte arrays. */
function concat(...parts: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The InputError `run` throws (fails the test when it throws nothing or something else). */
function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError");
}

describe("decode: legacy encodings", () => {
  it.each([
    ["windows-1252", "English with curly quotes and an em dash", ENGLISH],
    ["windows-1252", "French with guillemets", FRENCH],
    ["windows-1256", "Persian", PERSIAN],
    ["windows-1256", "Arabic", ARABIC],
    ["windows-1251", "Russian", RUSSIAN],
    ["koi8-r", "Russian", RUSSIAN_KOI8],
  ])("detects %s (%s)", (encoding, _what, text) => {
    const result = decode(encode(text, encoding));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe(encoding);
    expect(result.warnings).toEqual([]);
  });

  it.each(["windows-1251", "koi8-r"])("tells %s apart on one short sentence", (encoding) => {
    const text = "Спасибо за интервью, господин посол.";
    const result = decode(encode(text, encoding));
    expect(result).toMatchObject({ text, encoding });
  });

  it("reads a single accented letter at the end as windows-1252, not truncated UTF-8", () => {
    const text = "Meet me at the café";
    const result = decode(encode(text, "windows-1252"));
    expect(result).toMatchObject({ text, encoding: "windows-1252", warnings: [] });
  });

  it("reports the byte length of the input", () => {
    const bytes = encode(RUSSIAN, "windows-1251");
    expect(decode(bytes).bytes).toBe(bytes.length);
  });
});

describe("decode: Unicode", () => {
  it("decodes plain UTF-8", () => {
    const bytes = encode(RUSSIAN, "utf-8");
    expect(decode(bytes)).toEqual({ text: RUSSIAN, encoding: "utf-8", bytes: bytes.length, warnings: [] });
  });

  it("strips a UTF-8 BOM", () => {
    const result = decode(concat([0xef, 0xbb, 0xbf], encode(ENGLISH, "utf-8")));
    expect(result).toMatchObject({ text: ENGLISH, encoding: "utf-8" });
  });

  it.each([
    ["utf-16le", RUSSIAN, [0xff, 0xfe]],
    ["utf-16be", ENGLISH, [0xfe, 0xff]],
    ["utf-16le", PERSIAN, [0xff, 0xfe]],
  ])("decodes %s with a BOM", (encoding, text, bom) => {
    const result = decode(concat(bom, encode(text, encoding)));
    expect(result).toMatchObject({ text, encoding });
  });

  it("decodes UTF-32LE with a BOM", () => {
    const result = decode(concat([0xff, 0xfe, 0x00, 0x00], encode(PERSIAN, "utf-32le")));
    expect(result).toMatchObject({ text: PERSIAN, encoding: "utf-32le" });
  });

  it.each([
    ["utf-16le", RUSSIAN],
    ["utf-16be", RUSSIAN],
    ["utf-16le", ENGLISH],
    ["utf-16be", ENGLISH],
    ["utf-16le", PERSIAN],
  ])("detects %s without a BOM from its NUL bytes", (encoding, text) => {
    const result = decode(encode(text, encoding));
    expect(result).toMatchObject({ text, encoding, warnings: [] });
  });

  it("decodes truncated UTF-8 with a replacement character and a warning", () => {
    const whole = encode(RUSSIAN, "utf-8");
    // RUSSIAN ends in "»." — cut the full stop and the second byte of "»".
    const result = decode(whole.subarray(0, whole.length - 2));
    expect(result.encoding).toBe("utf-8");
    expect(result.text).toBe(RUSSIAN.slice(0, -2) + "\ufffd");
    expect(result.warnings).toEqual([
      { code: "invalid-utf8", rule: "decode/invalid-utf8", message: "1 invalid UTF-8 sequence replaced with U+FFFD" },
    ]);
  });

  it("treats an English file cut inside its only curly quote as truncated UTF-8", () => {
    const text = "He said “yes”";
    const whole = encode(text, "utf-8");
    const result = decode(whole.subarray(0, whole.length - 1));
    expect(result).toMatchObject({ text: "He said “yes\ufffd", encoding: "utf-8" });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["invalid-utf8"]);
  });

  it("counts every corrupted sequence in mostly-UTF-8 text", () => {
    const [a, b, c] = ["Министр иностранных дел ", "принял нашего корреспондента ", "в своём кабинете."];
    // Two 0xFF bytes (never valid in UTF-8), and a lead byte 0xD0 followed by
    // another lead byte (the "в" of c): three invalid sequences.
    const bytes = concat(encode(a, "utf-8"), [0xff, 0xff], encode(b, "utf-8"), [0xd0], encode(c, "utf-8"));
    const result = decode(bytes);
    expect(result.encoding).toBe("utf-8");
    expect(result.text).toBe(`${a}\ufffd\ufffd${b}\ufffd${c}`);
    expect(result.warnings).toEqual([
      { code: "invalid-utf8", rule: "decode/invalid-utf8", message: "3 invalid UTF-8 sequences replaced with U+FFFD" },
    ]);
  });
});

describe("decode: string input", () => {
  it("keeps a string as is, without its BOM, and measures it in UTF-8 bytes", () => {
    const result = decode("\ufeff" + RUSSIAN);
    expect(result.text).toBe(RUSSIAN);
    expect(result.encoding).toBe("utf-8");
    expect(result.bytes).toBe(new TextEncoder().encode("\ufeff" + RUSSIAN).length);
  });

  it("counts an astral character as four bytes", () => {
    expect(decode("ok 🙂").bytes).toBe(7);
  });
});

describe("decode: encoding override", () => {
  it("decodes with the named encoding and reports its canonical name", () => {
    const result = decode(encode(RUSSIAN, "windows-1251"), { encoding: "cp1251" });
    expect(result).toMatchObject({ text: RUSSIAN, encoding: "windows-1251" });
  });

  it("wins over detection", () => {
    // These bytes are valid UTF-8, but the caller says they are Latin-1.
    const result = decode(encode("café", "utf-8"), { encoding: "latin1" });
    expect(result).toMatchObject({ text: "cafÃ©", encoding: "iso-8859-1" });
  });

  it("rejects an unknown encoding name", () => {
    expect(inputError(() => decode(encode(ENGLISH, "utf-8"), { encoding: "xyz" })).reason).toBe(
      "unknown encoding 'xyz'",
    );
  });
});

describe("decode: HTML", () => {
  /** A small HTML page with `meta` in its head and `body` in a paragraph. */
  function page(meta: string, body: string): string {
    return `<!DOCTYPE html>\n<html><head>${meta}<title>Интервью</title></head>\n<body><p>${body}</p></body></html>\n`;
  }

  it("honours <meta charset> for windows-1251", () => {
    const html = page('<meta charset="windows-1251">', RUSSIAN);
    expect(decode(encode(html, "windows-1251"))).toMatchObject({ text: html, encoding: "windows-1251" });
  });

  it("honours <meta http-equiv> when chardet alone would be unsure (KOI8-R)", () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "Да.");
    expect(decode(encode(html, "koi8-r"))).toMatchObject({ text: html, encoding: "koi8-r" });
  });

  it("trusts the bytes over a <meta charset=utf-8> they contradict, and says so", () => {
    const html = page('<meta charset="utf-8">', RUSSIAN);
    const result = decode(encode(html, "windows-1251"));
    expect(result).toMatchObject({ text: html, encoding: "windows-1251" });
    expect(result.warnings).toEqual([
      { code: "encoding-mismatch", rule: "decode/encoding-mismatch", message: "declared utf-8 but the bytes are not; decoded as windows-1251" },
    ]);
  });

  it("prefers valid UTF-8 over a stale meta of a page saved by a browser", () => {
    const html = page('<meta charset="windows-1251">', RUSSIAN);
    expect(decode(encode(html, "utf-8"))).toMatchObject({ text: html, encoding: "utf-8" });
  });
});

describe("decode: bad input", () => {
  it.each<[string, Uint8Array | string, string]>([
    ["empty bytes", new Uint8Array(0), "empty file"],
    ["an empty string", "", "empty file"],
    ["a lone byte order mark", new Uint8Array([0xef, 0xbb, 0xbf]), "empty file"],
    ["whitespace only", encode(" \n\t\r\n  \u00a0", "utf-8"), "no text (whitespace only)"],
    ["a whitespace-only string", "\ufeff  \n", "no text (whitespace only)"],
    [
      "NUL bytes",
      concat([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], new Uint8Array(8), [0x02, 0x00, 0x3e, 0x00]),
      "binary data (NUL bytes)",
    ],
    [
      "a PNG header",
      concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], encode("IHDR", "ascii")),
      "binary data (PNG image)",
    ],
    ["a ZIP header", encode("PK\x03\x04word/document.xml", "ascii"), "binary data (ZIP archive)"],
    ["a gzip header", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42]), "binary data (gzip archive)"],
    ["control characters", encode("\x01\x02\x03\x04 text \x05\x06\x07\x08", "ascii"), "binary data (control characters)"],
  ])("rejects %s", (_what, input, reason) => {
    expect(inputError(() => decode(input)).reason).toBe(reason);
  });

  it("rejects input over maxBytes", () => {
    const bytes = encode("eleven byte", "ascii");
    expect(inputError(() => decode(bytes, { maxBytes: 10 })).reason).toBe("larger than 10 bytes limit (--max-bytes)");
    expect(decode(bytes, { maxBytes: 11 }).text).toBe("eleven byte");
  });

  it("applies the 50 MiB default limit", () => {
    const bytes = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    expect(inputError(() => decode(bytes)).reason).toBe("larger than 50 MiB limit (--max-bytes)");
  });

  it("applies the limit to strings in UTF-8 bytes", () => {
    // 6 characters, 12 bytes.
    expect(inputError(() => decode("привет", { maxBytes: 11 })).reason).toBe(
      "larger than 11 bytes limit (--max-bytes)",
    );
  });

  it("refuses a nonsensical maxBytes as a programming error", () => {
    expect(() => decode("x", { maxBytes: -1 })).toThrow(TypeError);
  });
});
