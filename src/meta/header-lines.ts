/**
 * Header lines whose whole content is metadata: a date, a time, a news ID, a byline.
 */
import { asciiDigits, findDate, findTime, type DateTimeParts } from "./dates.js";
import { wordCount } from "../normalize.js";

/** What a metadata line gives. */
export type HeaderFact =
  | { kind: "datetime"; parts: DateTimeParts }
  | { kind: "news-id"; id: string }
  | { kind: "byline"; name: string };

/** `News ID: 2559`, `ID: 2559`, `Code: 123`, `کد خبر: ۲۵۵۹`, `Story ID 123`. */
const NEWS_ID =
  /^(?:[|•·\-–—\s]*)(?:news\s*id|news\s*code|story\s*id|article\s*id|id|code|doc(?:ument)?\s*id|کد\s*خبر|شناسه\s*خبر|رقم\s*الخبر|رمز\s*الخبر|код\s*новости|新闻编号)\s*[:：#№.]?\s*([0-9\u0660-\u0669\u06F0-\u06F9]{1,15})\s*[|•·]?$/iu;

/** `By Jane Doe`, `By Jane Doe | Reuters`, `By Jane Doe and John Roe`. */
const BYLINE = /^(?:[Bb]y|[Оо]т|[Pp]ar|[Pp]or|[Vv]on|[Dd]i|بقلم|نویسنده\s*:)\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:\s[\p{Lu}][\p{L}\p{M}'’.-]*){0,3})(?:\s*(?:[|,–—-]|and|&)\s*.{0,60})?$/u;

/** Words that may sit beside a date and time on a date line. */
const DATE_LINE_WORDS =
  /\b(?:date|dated|published|posted|updated|last updated|on|at|time|local time|gmt|utc|tehran time|moscow time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|am|pm|a\.m|p\.m|irst|msk|est|edt|cet|cest)\b|تاریخ|انتشار|ساعت|به وقت|شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|نشر|في|الساعة|опубликовано|обновлено|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|publicado|publié|veröffentlicht|aktualisiert|pubblicato|yayınlanma|发布|时间|日期/giu;

/** Reads a header line as metadata; null when it is anything else. */
export function readHeaderFact(text: string): HeaderFact | null {
  const id = NEWS_ID.exec(text);
  if (id) return { kind: "news-id", id: asciiDigits(id[1]!) };
  const byline = BYLINE.exec(text);
  if (byline && wordCount(text) <= 12) return { kind: "byline", name: byline[1]!.replace(/[.,]$/u, "") };
  return readDateLine(text);
}

/** A line that holds a date and/or a time and little else. */
function readDateLine(text: string): HeaderFact | null {
  const date = findDate(text);
  const time = findTime(date ? text.slice(date.index + date.length) : text) ?? (date ? null : findTime(text));
  if (!date && !time) return null;
  let rest = asciiDigits(text);
  if (date) rest = rest.slice(0, date.index) + " " + rest.slice(date.index + date.length);
  rest = rest.replace(/\d{1,2}(?::\d{2}){1,2}|\d{1,2}h\d{2}|[+-]\d{2}:?\d{2}/gu, " ").replace(DATE_LINE_WORDS, " ");
  if (wordCount(rest) > 1) return null;
  const parts: DateTimeParts = {};
  if (date?.date) parts.date = date.date;
  if (date?.original) parts.original = date.original;
  if (time?.time) parts.time = time.time;
  if (time?.raw) parts.timeText = time.raw;
  if (time?.offset) parts.offset = time.offset;
  return { kind: "datetime", parts };
}
