/**
 * Turn detection on the shapes real transcripts come in: labels learned from
 * the document (the publication's name as interviewer, surnames, initials),
 * flattened and escaped line breaks, hosts and voices, courtesies. Every text
 * here is invented.
 */
import { describe, expect, it } from "vitest";
import { speakerOf } from "../src/classify/speakers.js";
import { readTurns } from "../src/classify/turns.js";
import { analyze } from "../src/extract.js";
import { LEXICONS, selectLexicons } from "../src/lexicon/index.js";
import { compileRules } from "../src/rules.js";
import { extract } from "../src/index.js";
import { pairsOf, paragraphs } from "./helpers/pairs.js";

describe("one-letter labels with a full stop", () => {
  it("are initials, not turns, when they do not alternate", () => {
    const report = paragraphs(
      "Путин провел совещание с членами правительства",
      "МОСКВА, 12 марта. Президент России провел совещание с членами правительства о дорогах в регионах.",
      "В. Путин заявил, что строительство новых дорог должно идти быстрее, и поручил подготовить доклад к концу месяца.",
      "По словам министра, в этом году планируется ввести в строй более двух тысяч километров дорог.",
      "В. Путин отметил, что контроль за расходованием средств должен быть постоянным.",
      "Совещание продолжалось около двух часов.",
    );
    expect(pairsOf(report)).toEqual([]);
  });

  it("are turns when question and answer labels take turns", () => {
    const interview = paragraphs(
      "Директор музея рассказал о планах на год",
      "Директор городского музея ответил на вопросы нашего корреспондента о новых выставках.",
      "В. Какие выставки откроются весной?",
      "О. Весной мы покажем коллекцию старинных карт и фотографии города начала века.",
      "В. А что будет летом?",
      "О. Летом откроется выставка, посвященная истории речного порта.",
    );
    expect(pairsOf(interview).map((pair) => pair.question)).toEqual([
      "Какие выставки откроются весной?",
      "А что будет летом?",
    ]);
  });
});

describe("a transcript flattened to one line", () => {
  const line = [
    "Die Stadt will die Bibliotheken länger öffnen, sagt die Leiterin Anna Berger.",
    "Im Gespräch erklärt sie, was sich ändern soll.",
    "WOCHENBLATT: Frau Berger, warum sollen die Bibliotheken bis Mitternacht offen haben?",
    "Berger: Weil viele Menschen erst am Abend Zeit haben. Zur ersten Frage: Das haben unsere Umfragen klar gezeigt.",
    "WOCHENBLATT: Wer bezahlt das zusätzliche Personal?",
    "Berger: Die Stadt übernimmt die Kosten für zwei Jahre. Danach sehen wir weiter.",
    "WOCHENBLATT:: Viele Leser fürchten, dass es dann laut wird.",
    "Berger: Oder: Dass niemand kommt. Beides glaube ich nicht. Die Lesesäle bleiben ruhig, dafür sorgen wir.",
  ].join(" ");

  it("is cut at the labels it repeats, the publication's name asking", () => {
    const pairs = pairsOf(`${line}\n`);
    expect(pairs.map((pair) => pair.question)).toEqual([
      "Frau Berger, warum sollen die Bibliotheken bis Mitternacht offen haben?",
      "Wer bezahlt das zusätzliche Personal?",
      "Viele Leser fürchten, dass es dann laut wird.",
    ]);
    expect(pairs[0]!.answer).toContain("Zur ersten Frage: Das haben");
    expect(pairs[2]!.answer).toMatch(/^Oder: Dass niemand kommt/u);
  });

  it("is cut at a learned label that a widget's text glued to the sentence before", () => {
    // A widget's words before the label, and a quote opening the turn: "Mehr lesen WOCHENBLATT: „Viele…".
    const glued = line.replace(
      "Danach sehen wir weiter. WOCHENBLATT:: Viele",
      "Danach sehen wir weiter. Mehr lesen WOCHENBLATT: „Viele",
    );
    expect(pairsOf(`${glued}\n`).map((pair) => pair.question)).toEqual([
      "Frau Berger, warum sollen die Bibliotheken bis Mitternacht offen haben?",
      "Wer bezahlt das zusätzliche Personal?",
      "„Viele Leser fürchten, dass es dann laut wird.",
    ]);
  });
});

describe("line breaks written as the letter n", () => {
  it("are paragraph breaks between dialogue dashes", () => {
    const turns = [
      "Глава фонда рассказал о помощи приютам и о планах на следующий год, когда откроются новые программы для волонтеров.",
      "— Сколько приютов получили помощь в этом году?",
      "— Около сорока, в основном в небольших городах. Мы стараемся помогать тем, кого не видно из столицы.",
      "— Это больше, чем в прошлом году?",
      "— Почти вдвое больше. Люди стали чаще жертвовать небольшие суммы каждый месяц, и это очень помогает.",
      "— А что будет дальше?",
      "— Мы хотим открыть программу для волонтеров и обучать их работе с животными, которые пережили жестокое обращение.",
    ];
    const pairs = pairsOf(`${turns.join("n")}\n`);
    expect(pairs.map((pair) => pair.question)).toEqual([
      "Сколько приютов получили помощь в этом году?",
      "Это больше, чем в прошлом году?",
      "А что будет дальше?",
    ]);
  });
});

describe("a radio transcript", () => {
  const transcript = paragraphs(
    "This is a rush transcript. Copy may not be in its final form.",
    "LENA PARK: We begin today with the flooding along the coast. Here is the governor speaking on Monday.",
    "GOVERNOR RAY ELLIS: We will rebuild every road and every school, and we will do it this year.",
    "OMAR HALE: The governor there. To talk about the floods, we are joined by the hydrologist Dana Reyes. Welcome to the program.",
    "DANA REYES: Thank you, Omar.",
    "OMAR HALE: Dana Reyes, how unusual were these floods?",
    "DANA REYES: Very unusual. The river rose faster than at any time in the records we keep.",
    "The soil was already full of water from the spring rains, so nothing could soak in.",
    "LENA PARK: And could it happen again next year?",
    "DANA REYES: It could. The rains are getting heavier every decade.",
    "OMAR HALE: Even with the new dams.",
    "DANA REYES: Even with them. The dams were built for the old rains.",
    "OMAR HALE: Dana Reyes, thank you so much.",
    "DANA REYES: Thank you.",
    "OMAR HALE: We will be back after this break.",
  );

  it("has a pair for each answered host turn, but none for the clip, the greeting, the thanks or the sign-off", () => {
    const pairs = pairsOf(transcript);
    expect(pairs.map((pair) => pair.question)).toEqual([
      "Dana Reyes, how unusual were these floods?",
      "And could it happen again next year?",
      "Even with the new dams.",
    ]);
    expect(pairs[0]!.answer).toMatch(/soak in\.$/u);
  });
});

describe("labels on one side only", () => {
  it("reads unlabelled questions before labelled answers", () => {
    const text = paragraphs(
      "Three librarians on spotting fake news",
      "We spoke with three librarians about how to read the news this year.",
      "What should readers check first?",
      "Maria Lopez: Who wrote it, and whether the site has an address and a name behind it.",
      "Tom Reed: And the date. Old stories come back every election.",
      "How do you check a photo?",
      "Tom Reed: Search for it by image. Most fakes have been online for years.",
      "Why do people share false stories?",
      "Maria Lopez: Because they confirm what people already believe.",
      "Maria Lopez and Tom Reed work at the city library.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "What should readers check first?",
      "How do you check a photo?",
      "Why do people share false stories?",
    ]);
  });

  it("reads the publication's name on questions, answers unlabelled, a label glued to its text", () => {
    const text = paragraphs(
      "The coach spoke to us after the final.",
      "Courier: Are you happy with the season?",
      "Yes, we finished second and the young players grew a lot.",
      "Courier:Why did you lose the final?",
      "We were tired. Three games in a week is too many.",
      "Courier: Will you stay next year?",
      "I have a contract, and I want to finish what we started.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "Are you happy with the season?",
      "Why did you lose the final?",
      "Will you stay next year?",
    ]);
  });
});

describe("speaker labels", () => {
  it("take a full name on the first turn and the initials after as one speaker", () => {
    const text = paragraphs(
      "An interview about the new rail line.",
      "Ana Silva: When will the first trains run?",
      "Peter Kahn: In the spring, if the tests go well.",
      "AS: And the tickets?",
      "PK: They will cost the same as the bus.",
      "AS: Why so cheap?",
      "PK: The region pays half of it.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "When will the first trains run?",
      "And the tickets?",
      "Why so cheap?",
    ]);
  });

  it("take the publication's full label and a titled name on the first turn, their short forms after", () => {
    const text = paragraphs(
      "I reached the senator on Monday:",
      "HARBOURPOST: Senator, what does the new port law change?",
      "Senator Ines Falk Moreno: Everything about who pays for the dredging.",
      "HARB: Who paid before?",
      "FM: The towns did, and most of them could not.",
      "HARB: Will the towns agree?",
      "FM: Two have already signed.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "Senator, what does the new port law change?",
      "Who paid before?",
      "Will the towns agree?",
    ]);
  });

  it("name the interviewee by the full label of the first turn, not the initials after", () => {
    const text = paragraphs(
      "RT: Mira, what is the latest from the harbour?",
      "Mira Voss: The ferry is back, but only twice a day.",
      "RT: Why only twice?",
      "MV: There is one crew left, and they need to sleep.",
      "RT: When will that change?",
      "MV: When the new captains finish their training in May.",
    );
    expect(extract(text).meta.interviewee?.name).toBe("Mira Voss");
  });

  it("come off a first exchange that alone carries them", () => {
    const text = paragraphs(
      "The ferry captain Mira Voss talked to us about the new timetable.",
      "Harbour Radio: You have run the ferry for ten years. Why change the timetable now?",
      "Mira Voss: Because the town has changed. People work in the city now and come home late.",
      "So the last boat leaves later?",
      "An hour later, at eleven, from May on.",
      "And the first one in the morning?",
      "That one stays at six. The fishermen would not forgive us.",
    );
    const pairs = pairsOf(text);
    expect(pairs[0]).toEqual({
      question: "You have run the ferry for ten years. Why change the timetable now?",
      answer: "Because the town has changed. People work in the city now and come home late.",
    });
  });

  it("come off the first answer alone when the label names the guest", () => {
    const text = paragraphs(
      "Interview with Mira Voss",
      "The ferry captain talked to us about the new timetable.",
      "You have run the ferry for ten years. Why change the timetable now?",
      "Mira: Because the town has changed. People work in the city now and come home late.",
      "So the last boat leaves later?",
      "Note: An hour later, at eleven, from May on.",
      "And the first one in the morning?",
      "That one stays at six. The fishermen would not forgive us.",
    );
    const answers = pairsOf(text).map((pair) => pair.answer);
    expect(answers[0]).toBe("Because the town has changed. People work in the city now and come home late.");
    // A label that names someone else stays: it may be the answer's own words.
    expect(answers[1]).toBe("Note: An hour later, at eleven, from May on.");
  });

  it("take a short statement after an answer as a turn when the next paragraph replies to it", () => {
    const text = paragraphs(
      "The ferry captain Mira Voss talked to us about the new timetable.",
      "Why change the timetable now?",
      "Because the town has changed. People work in the city now and come home late, and the last boat left too early for them.",
      "Will the first boat change too?",
      "No. The fishermen would not forgive us, and the bakery needs its flour at seven.",
      "And you once worked on the night boat yourself.",
      "Yes. For six years, before the line was cut, and I still miss the quiet of it.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "Why change the timetable now?",
      "Will the first boat change too?",
      "And you once worked on the night boat yourself.",
    ]);
  });

  it("drop an opening greeting answered with a question back", () => {
    const text = paragraphs(
      "HOST: This is the Harbour Hour. My guest today ran the ferry line for ten years. Welcome, Mira.",
      "VOSS: How are you doing, Tom? Nice to be here.",
      "HOST: What made you take the job?",
      "VOSS: My father ran the boats before me.",
      "HOST: And why did you leave?",
      "VOSS: The line was sold and the new owners wanted a manager, not a captain.",
    );
    expect(pairsOf(text).map((pair) => pair.question)).toEqual([
      "What made you take the job?",
      "And why did you leave?",
    ]);
  });

  it("make one answer of paragraphs that each repeat the speaker's label", () => {
    const text = paragraphs(
      "Reed: What did you learn from the campaign?",
      "Cole: That people want to be listened to.",
      "Cole: And that they remember who came back after the election.",
      "Reed: Will you run again?",
      "Cole: Not this time.",
    );
    const pairs = pairsOf(text);
    expect(pairs).toHaveLength(2);
    expect(pairs[0]!.answer).toBe(
      "That people want to be listened to. And that they remember who came back after the election.",
    );
  });
});

describe("question labels with the answerer's name", () => {
  it("strip the name from the answers", () => {
    const text = paragraphs(
      "The minister spoke to a newspaper about the pipeline; excerpts follow.",
      "Question: When will the pipeline be finished?",
      "Okafor: Next year, if the financing holds.",
      "Question: Who pays for it?",
      "Okafor: The three countries share the cost.",
    );
    expect(pairsOf(text)).toEqual([
      { question: "When will the pipeline be finished?", answer: "Next year, if the financing holds." },
      { question: "Who pays for it?", answer: "The three countries share the cost." },
    ]);
  });
});

describe("a host's last turn that nobody answers", () => {
  it("takes the page text after it out of the Q&A", () => {
    const text = paragraphs(
      "Mark Dale: Welcome back. Where are gold prices heading?",
      "Ruth Ames: Higher, as long as rates stay low.",
      "Dale: And silver?",
      "Ames: Silver follows gold, with a lag.",
      "Dale: That will do it for this week. Join us again next Friday.",
      "Mark Dale is a director of a precious metals dealer and hosts a weekly podcast.",
    );
    const doc = extract(text, { name: "t.txt" });
    expect(doc.qa.map((pair) => pair.question)).toEqual([
      "Welcome back. Where are gold prices heading?",
      "And silver?",
    ]);
    expect(doc.closing).toEqual([
      "Dale: That will do it for this week. Join us again next Friday.",
      "Mark Dale is a director of a precious metals dealer and hosts a weekly podcast.",
    ]);
  });
});

describe("a broadcaster's transcript notice", () => {
  it("is removed, not taken for the lead", () => {
    const text = paragraphs(
      "This is a rush transcript. Copy may not be in its final form.",
      "ANN LEE: Welcome. What did the council decide?",
      "JOE KIM: To close the old bridge for a year.",
      "ANN LEE: And the ferry?",
      "JOE KIM: It will run every half hour.",
    );
    const doc = extract(text, { name: "t.txt" });
    expect(doc.lead).toBeNull();
    expect(doc.removed.map((entry) => entry.reason)).toContain("transcript notice");
  });
});

describe("an interviewer's acknowledgment", () => {
  it("opens a turn of its own after an answer", () => {
    const pairs = pairsOf(
      paragraphs(
        "Harbour Radio spoke to the actor Jane Roe about her long career on stage and screen.",
        "Would people be surprised to see you in a hospital drama?",
        "It would be less odd than seeing me in a real hospital, with a stethoscope and a clipboard.",
        "Good point. Maybe you should play a doctor next season.",
        "That is the lovely thing about this job: I can be anyone for a few months.",
        "What comes after the comedy?",
        "A long holiday, I hope, somewhere without a camera.",
      ),
    );
    expect(pairs.map((pair) => pair.question)).toEqual([
      "Would people be surprised to see you in a hospital drama?",
      "Good point. Maybe you should play a doctor next season.",
      "What comes after the comedy?",
    ]);
  });
});

describe("a rapid-fire round of quoted titles", () => {
  const intro = [
    "Harbour Radio spoke to the actor Jane Roe about her long career on stage and screen, and about the comedy she is shooting now.",
    "You started acting as a child. Was there ever another plan?",
    "A small one. I wanted to be a vet for about a year, until I met a horse.",
    "Can we run through a few of your old roles?",
    "Sure.",
  ];

  it("takes each short quoted prompt answered by the next paragraph as a question", () => {
    const round = [
      '"The Lighthouse."',
      "Cold, wet and the best summer of my life.",
      '"Harbour Lights."',
      "Fun.",
      '"Night Ferry."',
      "I still get letters about the last scene.",
    ];
    const pairs = pairsOf(paragraphs(...intro, ...round));
    expect(pairs.map((pair) => pair.question)).toEqual([
      "You started acting as a child. Was there ever another plan?",
      "Can we run through a few of your old roles?",
      '"The Lighthouse."',
      '"Harbour Lights."',
      '"Night Ferry."',
    ]);
    expect(pairs.at(-1)?.answer).toBe("I still get letters about the last scene.");
  });

  it("leaves fewer than three quoted lines in the answers", () => {
    const round = ['"The Lighthouse."', "Cold, wet and the best summer of my life.", '"Harbour Lights."', "Fun."];
    const pairs = pairsOf(paragraphs(...intro, ...round));
    expect(pairs.map((pair) => pair.question)).toEqual([
      "You started acting as a child. Was there ever another plan?",
      "Can we run through a few of your old roles?",
    ]);
  });
});

/** The reporter's opening paragraph of the table's documents. */
const LEAD =
  "The harbour master spoke to the Courier about the new quay, the dredging plan and the ferry timetable for next year.";

/** Each turn rule with a document whose questions it reads and a look-alike it leaves alone. */
const TURN_RULES: ReadonlyArray<{ rule: string; reads: string; leaves: string }> = [
  {
    rule: "turns/question-label",
    reads: paragraphs(
      LEAD,
      "Q: When does the work start?",
      "A: In spring, once the permits are in.",
      "Q: And the ferry?",
      "A: It keeps running all year.",
    ),
    // One-letter labels that never ask are initials: "Q. Smith", "A. Jones".
    leaves: paragraphs(
      LEAD,
      "Q. Smith said the work would start in spring.",
      "A. Jones said the permits were not in yet.",
      "Q. Smith said the ferry would keep running.",
      "A. Jones said the smaller boat was ready.",
    ),
  },
  {
    rule: "turns/dialogue-dash",
    reads: paragraphs(
      LEAD,
      "— When does the work start?",
      "— In spring, once the permits are in.",
      "— And the ferry?",
      "— It keeps running all year.",
    ),
    leaves: paragraphs(
      LEAD,
      "The council listed two dates:",
      "— the quay opens in May;",
      "— the ferry changes its timetable in June.",
      "The dredging starts later.",
    ),
  },
  {
    rule: "turns/numbered",
    reads: paragraphs(
      LEAD,
      "1. When does the work start?",
      "In spring, once the permits are in.",
      "2. And the ferry?",
      "It keeps running all year.",
      "3. What about the cost?",
      "It is within the budget.",
    ),
    leaves: paragraphs(
      LEAD,
      "The plan has three parts.",
      "1. The quay opens in May.",
      "2. The ferry keeps running all year.",
      "3. The dredging starts in the autumn.",
      "The council approved it on Tuesday.",
    ),
  },
  {
    rule: "turns/emphasis",
    reads: paragraphs(
      LEAD,
      "**When does the work start?**",
      "In spring, once the permits are in.",
      "**And the ferry?**",
      "It keeps running all year.",
      "**What about the cost?**",
      "It is within the budget.",
    ),
    leaves: paragraphs(
      LEAD,
      "**The quay**",
      "The quay opens in May, a month later than planned.",
      "**The ferry**",
      "The ferry keeps running all year.",
      "**The cost**",
      "The cost is within the budget.",
    ),
  },
  {
    rule: "turns/paragraph-question",
    reads: paragraphs(
      LEAD,
      "When does the work start?",
      "In spring, once the permits are in and the contractor has his crew ready.",
      "And the ferry, will it keep running?",
      "It keeps running all year, with a smaller boat in the winter months.",
      "What about the cost?",
      "It is within the budget that the council approved last year.",
    ),
    leaves: paragraphs(
      LEAD,
      "Is the harbour ready for bigger ships? The council thinks so, and it has approved the plan.",
      "The quay opens in May, a month later than planned.",
      "The ferry keeps running all year, with a smaller boat in winter.",
    ),
  },
  {
    rule: "turns/speaker-asks",
    reads: paragraphs(
      LEAD,
      "COURIER: When does the work start?",
      "HALE: In spring, once the permits are in.",
      "COURIER: And the ferry?",
      "HALE: It keeps running all year.",
    ),
    leaves: paragraphs(
      LEAD,
      "Note: the harbour office is closed on Mondays.",
      "The quay opens in May, a month later than planned.",
      "HALE: we will be ready, the harbour master said in a statement.",
    ),
  },
];

describe("each turn rule, on a document it reads and a look-alike it leaves", () => {
  it.each(TURN_RULES)("$rule reads every question of its document", ({ rule, reads }) => {
    const questions = analyze(reads, { name: "t.txt" }).blocks.filter((block) => block.role === "question");
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.map((block) => block.rule)).toEqual(questions.map(() => rule));
  });

  it.each(TURN_RULES)("$rule leaves a look-alike without pairs", ({ rule, leaves }) => {
    const analysis = analyze(leaves, { name: "t.txt" });
    expect(analysis.document.qa).toEqual([]);
    expect(analysis.blocks.filter((block) => block.rule === rule)).toEqual([]);
  });
});

describe("the words a reply opens with", () => {
  /** The turns of an interview of paragraph questions whose last reply opens with `opening`, read in `code` and English. */
  function questionsWithReply(code: string, opening: string): string[] {
    const blocks = [
      "Why change the timetable now?",
      "Because the town has changed. People work in the city now and come home late, and the last boat left too early for them.",
      "Will the first boat change too?",
      "No. The fishermen would not forgive us, and the bakery needs its flour at seven.",
      "And you once worked on the night boat yourself.",
      `${opening}. For six years, before the line was cut, and I still miss the quiet of it.`,
    ].map((text, index) => ({ firstLine: index * 2, lastLine: index * 2, text, hints: {} }));
    const rules = compileRules({}, selectLexicons(new Set(["en", code])));
    return readTurns(blocks, rules)
      .turns.filter((turn) => turn.kind === "question")
      .map((turn) => turn.text);
  }

  it.each(LEXICONS.flatMap((lexicon) => (lexicon.replyOpenings ?? []).map((word) => [lexicon.code, word] as const)))(
    "%s %s opens a reply: the short statement before it is the interviewer's",
    (code, word) => {
      const opening = word.charAt(0).toUpperCase() + word.slice(1);
      expect(questionsWithReply(code, opening)).toContain("And you once worked on the night boat yourself.");
    },
  );

  it.each([
    ["en", "Perhaps"],
    ["en", "Yesterday"],
    ["ru", "Нужно"],
    ["en", "Oui"],
  ])("%s %s opens no reply in a text of that language", (code, opening) => {
    expect(questionsWithReply(code, opening)).not.toContain("And you once worked on the night boat yourself.");
  });
});

describe("words that open a line as a speaker's name does but name none", () => {
  /** The speaker a line opens with, read in English and the language `code`. */
  function speakerIn(code: string, line: string): string | null {
    const rules = compileRules({}, selectLexicons(new Set(["en", code])));
    return speakerOf({ firstLine: 1, lastLine: 1, text: line, hints: {} }, rules)?.name ?? null;
  }

  it.each(
    LEXICONS.flatMap((lexicon) =>
      [...(lexicon.chromeLabels ?? []), ...(lexicon.notSpeakers ?? [])]
        .filter((word) => !word.includes(" "))
        .map((word) => [lexicon.code, word] as const),
    ),
  )("%s %s: is no speaker", (code, word) => {
    expect(speakerIn(code, `${word.charAt(0).toUpperCase()}${word.slice(1)}: Jane Roe`)).toBeNull();
  });

  it.each([
    ["en", "Jane: What did you learn?", "Jane"],
    ["en", "Roe: That people want to be heard.", "Roe"],
    ["en", "Foto: Jane Roe", "Foto"],
  ])("%s %s opens with the speaker %s", (code, line, name) => {
    expect(speakerIn(code, line)).toBe(name);
  });
});

describe("a turn label of the document's languages", () => {
  it.each([
    ["en", "Q: How are you?", null],
    ["de", "Frage: Wie geht es Ihnen?", null],
    ["ru", "Вопрос: Как дела?", null],
    ["en", "Frage: Wie geht es Ihnen?", "Frage"],
  ])("%s %s is read as the speaker %s", (code, line, name) => {
    const rules = compileRules({}, selectLexicons(new Set(["en", code])));
    expect(speakerOf({ firstLine: 1, lastLine: 1, text: line, hints: {} }, rules)?.name ?? null).toBe(name);
  });
});
