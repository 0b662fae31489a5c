/** Metadata rules: dates and calendars, datelines, people, language. */
import { describe, expect, it } from "vitest";
import { EVERY_LANGUAGE, selectLexicons, type LexiconSelection } from "../src/lexicon/index.js";
import { findDate, findTime, toIso } from "../src/meta/dates.js";
import { readDateline } from "../src/meta/dateline.js";
import { readMetaLine } from "../src/meta/header-lines.js";
import { jalaliToGregorian } from "../src/meta/jalali.js";
import { detectLanguage } from "../src/meta/language.js";
import { findParticipants } from "../src/meta/people.js";
import { firstIntroduced, mostMentioned, speakerFromUncasedTitle } from "../src/meta/names.js";

describe("dates", () => {
  it.each([
    ["2025/11/23", "2025-11-23"],
    ["2025-11-23", "2025-11-23"],
    ["23.11.2025", "2025-11-23"],
    ["(Birgit Roe, 18. 9. 2015)", "2015-09-18"],
    ["23 November 2025", "2025-11-23"],
    ["November 23, 2025", "2025-11-23"],
    ["Nov. 23, 2025", "2025-11-23"],
    ["Sunday, 23 November 2025 10:42 AM", "2025-11-23"],
    ["23 de noviembre de 2025", "2025-11-23"],
    ["23 ноября 2025, 14:05", "2025-11-23"],
    ["2025年11月23日", "2025-11-23"],
    ["٢٠٢٥/١١/٢٣", "2025-11-23"],
    ["11/23/2025", "2025-11-23"],
    ["11.23.2025 09:00 AM", "2025-11-23"],
    ["By Jane Roe Nov 23, 2025", "2025-11-23"],
    ["Jane Roe November 23, 2025 - 2:19 pm", "2025-11-23"],
    ["Published Wed, Nov 20 20194:29 AM EST", "2019-11-20"],
    ["Mon 18 Nov 20199:05 GMT", "2019-11-18"],
  ])("reads %s", (text, iso) => {
    expect(findDate(text, EVERY_LANGUAGE)?.date).toBe(iso);
  });

  it.each([
    ["[Jane Roe](https://example.edu/jane-roe), professeure à l'École, oct. 2024", "2024-10"],
    ["Entretien avec Paul Vidal, hydrologue, responsable du groupe Bassins, janvier 2024.", "2024-01"],
    ["Lena Ortiz, Hafenlotsin in Kiel, Jänner 2021", "2021-01"],
  ])("reads the month a byline closes with: %s", (text, month) => {
    const line = readMetaLine(text, EVERY_LANGUAGE);
    expect(line?.strict).toBe(true);
    expect(line?.facts[0]?.kind === "datetime" ? line.facts[0].parts.date : null).toBe(month);
  });

  it.each([
    ["oct. 2024", "2024-10"],
    ["Published: October 2024", "2024-10"],
    ["Stand: März 2023", "2023-03"],
  ])("reads a line of a month and year: %s", (text, month) => {
    const line = readMetaLine(text, EVERY_LANGUAGE);
    expect(line?.facts[0]?.kind === "datetime" ? line.facts[0].parts.date : null).toBe(month);
  });

  it.each([
    "The berth opened after two years of works. It was busy by the end of the summer, October 2024.",
    "(Optique et Photonique), janvier 2024.",
    "The plan was announced in October 2024.",
  ])("reads no month byline in prose or a wrapped line's tail: %s", (text) => {
    expect(readMetaLine(text, EVERY_LANGUAGE)).toBeNull();
  });

  it("rejects impossible dates", () => {
    expect(findDate("2025/02/30", EVERY_LANGUAGE)).toBeNull();
    expect(findDate("Nov 20 20194", EVERY_LANGUAGE)).toBeNull();
    expect(findDate("Version 3.2.1", EVERY_LANGUAGE)).toBeNull();
  });

  it("converts Solar Hijri dates and keeps the original", () => {
    expect(findDate("۱۴۰۴/۰۹/۰۲", EVERY_LANGUAGE)).toMatchObject({ date: "2025-11-23", original: "۱۴۰۴/۰۹/۰۲" });
    expect(findDate("۱۸ آبان ۱۴۰۴", EVERY_LANGUAGE)?.date).toBe("2025-11-09");
  });

  it.each([
    [1404, 1, 1, [2025, 3, 21]],
    [1403, 1, 1, [2024, 3, 20]],
    [1403, 12, 30, [2025, 3, 20]],
    [1404, 9, 2, [2025, 11, 23]],
    [1399, 10, 11, [2020, 12, 31]],
  ])("Jalali %i/%i/%i is Gregorian %j", (y, m, d, expected) => {
    expect(jalaliToGregorian(y, m, d)).toEqual(expected);
  });

  it.each([
    ["15:27:54", "15:27:54", undefined],
    ["3:15 pm Tehran time", "15:15:00", "+03:30"],
    ["12:05 a.m.", "00:05:00", undefined],
    ["14:05 GMT", "14:05:00", "Z"],
    ["09:15 +0330", "09:15:00", "+03:30"],
    ["14h05", "14:05:00", undefined],
  ])("reads the time %s", (text, time, offset) => {
    const found = findTime(text, EVERY_LANGUAGE);
    expect(found?.time).toBe(time);
    expect(found?.offset).toBe(offset);
  });

  /** The lexicons of a document of these languages. */
  const only = (...codes: string[]): LexiconSelection => selectLexicons(new Set(codes));

  it("reads month names, joiners and ordinals in the document's languages only", () => {
    expect(findDate("14. März 2024", only("de"))?.date).toBe("2024-03-14");
    expect(findDate("14. März 2024", only("en", "fr"))).toBeNull();
    expect(findDate("18 de marzo de 2020", only("es"))?.date).toBe("2020-03-18");
    expect(findDate("March 1st, 2020", only("en"))?.date).toBe("2020-03-01");
    // Digits alone are every language's.
    expect(findDate("14.03.2024", only("ja"))?.date).toBe("2024-03-14");
  });

  it.each([
    ["ru", "14:05 по московскому времени", "+03:00"],
    ["ru", "14:05 МСК", "+03:00"],
    ["zh", "14:05 北京时间", "+08:00"],
    ["en", "14:05 Moscow time", "+03:00"],
  ])("reads a zone's name in its language (%s): %s", (code, text, offset) => {
    expect(findTime(text, only(code))?.offset).toBe(offset);
    expect(findTime(text, only(code === "en" ? "de" : "en"))?.offset).not.toBe(offset);
  });

  it("reads a zone's name only as a whole word: Omsk is no Moscow time", () => {
    expect(findTime("14:05 Омск", only("ru"))?.offset).toBeUndefined();
  });

  it.each([
    ["en", "2:14 PM", "14:14:00"],
    ["ar", "2:14 م", "14:14:00"],
    ["en", "12:05 a. m.", "00:05:00"],
  ])("reads the %s word for after or before noon: %s", (code, text, time) => {
    expect(findTime(text, only(code))?.time).toBe(time);
  });

  it("joins parts into ISO 8601", () => {
    expect(toIso({ date: "2025-11-23" })).toBe("2025-11-23");
    expect(toIso({ date: "2025-11-23", time: "15:27:54" })).toBe("2025-11-23T15:27:54");
    expect(toIso({ date: "2025-11-23", time: "14:05:00", offset: "Z" })).toBe("2025-11-23T14:05:00Z");
    expect(toIso({ time: "14:05:00" })).toBeNull();
  });
});

describe("metadata lines", () => {
  it.each([
    ["| News ID: 2559", [{ kind: "news-id", id: "2559" }]],
    ["کد خبر: ۲۵۵۹", [{ kind: "news-id", id: "2559" }]],
    ["By Jane Doe | Reuters", [{ kind: "byline", name: "Jane Doe", role: null }]],
    ["_By Graham Pryce, chief football writer_", [{ kind: "byline", name: "Graham Pryce", role: "chief football writer" }]],
    ["By Jane Doe Special to Harbour Monthly", [{ kind: "byline", name: "Jane Doe", role: null }]],
    ["By Jane Doe | Special to the Harbour Evening Press", [{ kind: "byline", name: "Jane Doe", role: null }]],
    ["By Jane Doe, John Roe, Ann Lee", [{ kind: "byline", name: "Jane Doe", role: null }]],
    ["By Jane Doe, John Roe and Ann Lee", [{ kind: "byline", name: "Jane Doe", role: null }]],
    [
      "Von Lena Krause, veröffentlicht am 14. März 2024",
      [
        { kind: "byline", name: "Lena Krause", role: null },
        { kind: "datetime", parts: { date: "2024-03-14" } },
      ],
    ],
    [
      "Par Jeanne Roux, le 3 mars 2024",
      [
        { kind: "byline", name: "Jeanne Roux", role: null },
        { kind: "datetime", parts: { date: "2024-03-03" } },
      ],
    ],
    [
      "By Jane Roe - 11/19/19 06:56 AM EST",
      [
        { kind: "byline", name: "Jane Roe", role: null },
        { kind: "datetime", parts: { date: "2019-11-19", time: "06:56:00", offset: "-05:00" } },
      ],
    ],
    ["From the February 7, 2005 issue of Harbour Monthly Magazine.", [{ kind: "datetime", parts: { date: "2005-02-07" } }]],
    ["Published Time: 2025-11-23T10:00:00Z", [{ kind: "datetime", parts: { date: "2025-11-23", time: "10:00:00", offset: "Z" } }]],
    ["2025-11-23T15:27:54.000+03:30", [{ kind: "datetime", parts: { date: "2025-11-23", time: "15:27:54", offset: "+03:30" } }]],
    ["Posted: 3:15 pm Tehran time", [{ kind: "datetime", parts: { time: "15:15:00", offset: "+03:30", timeText: "3:15 pm" } }]],
    ["16.11.2025, 06.00 Uhr", [{ kind: "datetime", parts: { date: "2025-11-16", time: "06:00:00", timeText: "06.00" } }]],
    ["Published 12:47, 28 August 2025", [{ kind: "datetime", parts: { date: "2025-08-28", time: "12:47:00", timeText: "12:47" } }]],
    ["2025年11月23日 14時05分", [{ kind: "datetime", parts: { date: "2025-11-23", time: "14:05:00", timeText: "14時05分" } }]],
    [
      "Published 11 May 2025 12:10 | Article ID 77120",
      [
        { kind: "datetime", parts: { date: "2025-05-11", time: "12:10:00", timeText: "12:10" } },
        { kind: "news-id", id: "77120" },
      ],
    ],
  ])("reads %s", (text, facts) => {
    expect(readMetaLine(text, EVERY_LANGUAGE)?.facts).toMatchObject(facts);
  });

  it("does not take a sentence with a date for a date line", () => {
    expect(readMetaLine("The treaty was signed on 23 November 2025 in Moscow by both foreign ministers.", EVERY_LANGUAGE)).toBeNull();
    expect(readMetaLine("From the start the February 7, 2005 meeting was a disaster for the harbour board.", EVERY_LANGUAGE)).toBeNull();
  });

  it("marks a line that holds nothing but metadata as strict", () => {
    expect(readMetaLine("2025/11/23", EVERY_LANGUAGE)?.strict).toBe(true);
    expect(readMetaLine("Программа «Культурный слой», 12.11.2025 20:05", EVERY_LANGUAGE)?.strict).toBe(false);
  });
});

describe("datelines", () => {
  it.each([
    ["Tehran - BORNA - John Miller spoke", "Tehran", "BORNA"],
    ["TEHRAN (IRNA) -- The minister said", "Tehran", "IRNA"],
    ["MOSCOW, Nov 23 (Reuters) - Russia's envoy", "Moscow", "Reuters"],
    ["WASHINGTON (AP) — The senator", "Washington", "AP"],
    ["MOSCOW, March 3. /TASS/. The minister", "Moscow", "TASS"],
    ["МОСКВА, 23 ноября. /ТАСС/. Министр", "Москва", "ТАСС"],
    ["Tehran, Tasnim — The coach", "Tehran", "Tasnim"],
    ["تهران - برنا - سفیر ایران", "تهران", "برنا"],
    ["新华社北京11月23日电 记者", "北京", "新华社"],
    ["KARACHI - A marine biologist says", "Karachi", null],
    ["ISTANBUL- The head of a wind energy association", "Istanbul", null],
  ])("reads %s", (text, city, agency) => {
    expect(readDateline(text)).toMatchObject({ city, agency });
  });

  it("leaves ordinary sentences alone", () => {
    expect(readDateline("The minister said - and repeated - that talks would go on.")).toBeNull();
    expect(readDateline("In Tehran, the talks - as expected - went on.")).toBeNull();
    // A hyphen ends a dateline only after a city in capitals.
    expect(readDateline("Karachi - a city of ports - grew fast.")).toBeNull();
  });
});

describe("people", () => {
  it("reads 'X, role, spoke with Y, role'", () => {
    expect(
      findParticipants(["John Miller, a documentary filmmaker for Press TV, spoke with Kazem Jalali, the Ambassador of the Islamic Republic of Iran to Russia."]),
    ).toEqual({
      interviewer: { name: "John Miller", role: "documentary filmmaker for Press TV" },
      interviewee: { name: "Kazem Jalali", role: "Ambassador of the Islamic Republic of Iran to Russia" },
    });
  });

  it("reads 'In an interview with X, Y said'", () => {
    expect(findParticipants(["In an interview with Press TV, Maria Lopez, the mayor of Seville, said the port would grow."])).toEqual({
      interviewer: { name: "Press TV", role: null },
      interviewee: { name: "Maria Lopez", role: "mayor of Seville" },
    });
  });

  it("reads 'Y told X in an interview'", () => {
    expect(findParticipants(["Anna Berg told Reuters in an interview that prices would fall."])).toMatchObject({
      interviewer: { name: "Reuters" },
      interviewee: { name: "Anna Berg" },
    });
  });

  it("puts the press side first when the interviewee is the subject", () => {
    expect(findParticipants(["Omar Haddad, the minister of trade, spoke to Press TV about the deal."])).toEqual({
      interviewer: { name: "Press TV", role: null },
      interviewee: { name: "Omar Haddad", role: "minister of trade" },
    });
  });
});

describe("language", () => {
  it.each([
    ["The minister said that the talks with the delegation were useful and that they will continue.", "en"],
    ["El ministro dijo que las conversaciones con la delegación fueron útiles y que continuarán pronto.", "es"],
    ["Le ministre a dit que les discussions avec la délégation sont utiles et qu'elles vont continuer.", "fr"],
    ["Der Minister sagte, die Gespräche mit der Delegation seien nützlich und würden fortgesetzt.", "de"],
    ["Министр заявил, что переговоры с делегацией были полезными и будут продолжены.", "ru"],
    ["وزیر گفت که گفت‌وگوها با هیئت مفید بود و ادامه خواهد یافت و ما پیگیری می‌کنیم.", "fa"],
    ["قال الوزير إن المحادثات مع الوفد كانت مفيدة وإنها ستستمر في الأسابيع المقبلة.", "ar"],
    ["部长表示，与代表团的会谈很有益处，双方将继续保持沟通与合作。", "zh"],
    ["大臣は、代表団との会談は有益であり、今後も続けていくと述べました。", "ja"],
  ])("detects %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("gives null for too little text", () => {
    expect(detectLanguage("OK 12")).toBeNull();
  });
});

describe("mostMentioned", () => {
  const none = (): boolean => false;

  it("names the person the reporter introduces and then calls by the surname", () => {
    const lead = ["The harbour reopened last week. Mirela Voss, who ran the ferry line for a decade, watched from the pier. Voss has argued for the reopening since 2019."];
    expect(mostMentioned(lead, ["Ms Voss, why did it take so long?"], none)).toBe("Mirela Voss");
  });

  it("takes the name, not the job word written before it", () => {
    const lead = ["Hafenmeister Tomas Reinholt über die neue Fähre. Der hafenmeister spricht über Kosten."];
    expect(mostMentioned(lead, ["Herr Reinholt, wann fährt die Fähre?"], none)).toBe("Tomas Reinholt");
  });

  it("names a person the reporter calls by a courtesy title and surname alone", () => {
    const lead = [
      "Is the Harbour Man a Prank? The mural painter Mr. Tidewash, known to his neighbours as Hugo Marin, would not say. Mr. Tidewash opened his show at the Gull Street Gallery, and Mr. Tidewash sold every print by noon. Critics call it a tidewash of the art market.",
    ];
    expect(mostMentioned(lead, ["So, are you playing a role?"], none)).toBe("Mr. Tidewash");
  });

  it("passes over places and outlets repeated in full, and excluded names", () => {
    const lead = ["In New Harbour the ferry is back. The Coast Weekly asked about New Harbour."];
    expect(mostMentioned(lead, ["What changed in New Harbour?"], none)).toBeNull();
    expect(mostMentioned(["Mirela Voss spoke to us. Voss smiled."], [], (name) => name.endsWith("Voss"))).toBeNull();
  });
});

describe("firstIntroduced", () => {
  it("reads a name with a particle and stops at a relative clause", () => {
    expect(firstIntroduced(["Hélène d’Arcy-Val, professeure à l’université du port, spécialiste des marées, mai 2024"])).toEqual({
      name: "Hélène d’Arcy-Val",
      role: "professeure à l’université du port",
    });
    expect(firstIntroduced(["La loi du port, qui entrera en vigueur en 2025, change tout."])).toBeNull();
  });

  it("takes no predicate for a role", () => {
    expect(firstIntroduced(["The painter himself, a.k.a. Hugo Marin, didn’t respond to our queries, but we met him."])).toBeNull();
    expect(firstIntroduced(["In the end, Lena Ortiz, could not attend, and the ferry left."])).toBeNull();
  });
});

describe("speakerFromUncasedTitle", () => {
  it("takes the one word before a headline's colon when the text mentions it", () => {
    expect(speakerFromUncasedTitle("کریمی: فصل بعد قهرمان می‌شویم", ["کریمی گفت که تیم آماده است."])).toBe("کریمی");
    expect(speakerFromUncasedTitle("کریمی: فصل بعد قهرمان می‌شویم", ["تیم آماده است."])).toBeNull();
    expect(speakerFromUncasedTitle("معاون وزیر نفت: صادرات بیشتر می‌شود", ["معاون وزیر نفت گفت"])).toBeNull();
  });

  it("is no organisation named with an acronym", () => {
    expect(firstIntroduced(["Студент МГУ, видеоблогер из Москвы, выступил на митинге."])).toBeNull();
  });
});
