import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPrintedTwice, isWhiteSpace, matchChrome, printedOnce } from "../src/classify/chrome.js";
import { extract } from "../src/extract.js";

describe("chrome rules", () => {
  it("removes a social post embedded with its attribution", () => {
    expect(
      matchChrome(
        "Our new season starts on Friday, see you at the pier! — Harbour Rowing Club (@harbourrow) May 2, 2021",
      )?.name,
    ).toBe("embedded-post");
    expect(matchChrome("Look at this queue at the ferry. pic.twitter.com/Ab12Cd34Ef")?.name).toBe("embedded-post");
  });

  it("keeps an answer that mentions a handle or a dash", () => {
    expect(matchChrome("I post as @harbourrow — mostly photos of boats, since 2019")).toBeNull();
    expect(matchChrome("We met in 2019 — the club (then twelve rowers) was small.")).toBeNull();
  });

  it("removes a caption credited to a photographer and app prompts", () => {
    expect(
      matchChrome("The mayor at the harbour opening, in May, 2021. Photograph by Lena Ortiz / Pressbild")?.name,
    ).toBe("caption");
    expect(matchChrome("Click Here to get the app with alerts on breaking news!")?.name).toBe("promo");
    expect(matchChrome("STAY UP TO DATE WITH THE FREE RIVERSIDE NEWS APP!")?.name).toBe("promo");
    expect(matchChrome("Take advantage of this special offer - Act now!")?.name).toBe("promo");
  });

  it("matches a prompt in any case, and a long s as an s, as the case-blind patterns do", () => {
    expect(matchChrome("SIGN UP FOR OUR WEEKLY NEWSLETTER")?.name).toBe("newsletter");
    expect(matchChrome("ſign up for our weekly newsletter")?.name).toBe("newsletter");
    expect(matchChrome("LISTEN TO THE FULL EPISODE ON SPOTIFY")?.name).toBe("podcast");
    expect(matchChrome("Écoutez l'entretien en podcast")?.name).toBe("podcast");
    expect(matchChrome("THIS IS A RUSH TRANSCRIPT.")?.name).toBe("transcript-notice");
  });

  it("keeps a sentence about an app", () => {
    expect(matchChrome("We wanted people to download the app before the season started, and many did.")).toBeNull();
    expect(matchChrome("If We Don't Act Now, the Harbour Will Silt Up, Says Pilot")).toBeNull();
  });

  it("removes breadcrumb trails, Markdown links read as their text, and lines of images or empty links", () => {
    expect(matchChrome("Home > Economy > Interviews")?.name).toBe("breadcrumb");
    expect(
      matchChrome(
        '## [Home](https://example.org "Home") > [Ideas](https://example.org/ideas) > [The river bill](https://example.org/ideas/river)',
      )?.name,
    ).toBe("breadcrumb");
    expect(matchChrome("[](https://example.org/home)")?.name).toBe("media-link");
    expect(matchChrome("![harbour logo](/img/logo.png)")?.name).toBe("media-link");
  });

  it("keeps a sentence that compares with >", () => {
    expect(
      matchChrome(
        "We measured it twice: the north quay > the south quay > the old pier, every single year since 1990, without fail.",
      ),
    ).toBeNull();
  });

  it.each([
    ["newsletter", "Missing the harbour news? Sign up for the Morning Tide and get it every day in your inbox."],
    ["newsletter", "Inscrivez-vous à notre newsletter"],
    ["newsletter", "Get the harbour news and more delivered daily to your inbox. Sign up here."],
    ["author-note", "Lena Ortiz is a staff writer at the Courier. Email her at lortiz@example.com."],
    ["author-note", "Jane Roe contributed to this report."],
    ["shop", "Tidal Atlas: A Hist... Lena Ortiz Best Price: $3.20 Buy New $8.00 (as of 09:10 EDT - Details)"],
    ["consent", "Pour afficher ce contenu, merci d'accepter les cookies des vidéos."],
    ["podcast", "Retrouvez cette interview en format audio sur notre podcast."],
    ["podcast", "Subscribe to the show on Apple Podcasts or Spotify."],
    ["media-credit", "Vidéos Hugo Marin, École des Eaux"],
    ["media-credit", "Enlarge this image toggle caption Lena Ortiz/Courier Lena Ortiz/Courier"],
    ["box-label", "Werbung"],
    ["box-label", "Réglages"],
    ["box-label", "Sponsor Message"],
    ["transcript-notice", "(SOUNDBITE OF MUSIC)"],
    ["transcript-notice", "(LAUGHTER)"],
    ["social", "Share on Facebook Share on Twitter Share via Email"],
    ["caption", "Image source, Lena Ortiz"],
    ["author-note", "Follow Lena Ortiz on Twitter: @lortiz"],
    ["newsletter", "By signing up, you agree to our Privacy Policy."],
    ["promo", "Please support our journalism with a gift today."],
    ["paywall", "You've read 3 of 5 free articles this month."],
    ["embed-code", 'Embed <iframe src="https://example.org/player/embed/42" width="100%" height="290"></iframe>'],
    ["podcast", "Listen · 4:56"],
    ["image-placeholder", "[harbour-crane_04-1]"],
    ["image-placeholder", "[gif]"],
    ["image-placeholder", "quay-view-2.jpg quay-view-2.jpg"],
    ["notice", "(Reporting by Lena Ortiz; editing by Hugo Marin)"],
    ["notice", "Hugo Marin contributed reporting from the north pier."],
    ["notice", "This interview originally appeared in the Harbour Quarterly."],
    ["notice", "If you buy through these links, we may earn a small commission."],
    ["notice", "Dieser Artikel erschien zuerst in der Hafenzeitung."],
    ["notice", "CET ARTICLE A D’ABORD ÉTÉ PUBLIÉ dans la revue du port."],
    ["notice", "This ſtory firſt appeared in the Harbour Quarterly."],
    ["media-credit", "Lena Ortiz, AP"],
    ["media-credit", "Lena Ortiz | Courier | Getty Images"],
    ["media-credit", "(Lena Ortiz/Courier)"],
    ["caption", "The pier at dawn.Credit...Lena Ortiz/Courier"],
    ["caption", "Image caption The pier at dawn, after the storm"],
    [
      "caption",
      "Ferries wait at the north pier during the strike in Porthaven, May 9, 2021. Lena Ortiz/Pool via Courier",
    ],
    ["media-credit", "Lena Ortiz/Pool via COURIER"],
    ["new-window", "* Click to share on Tumblr (Opens in new window)"],
    ["new-window", "These are external links and will open in a new window"],
    ["new-window", "Auf Facebook teilen (öffnet in neuem Fenster)"],
    ["social", "Share this with Email"],
    ["breadcrumb", "You are here: HomeNewsHarbour"],
    ["breadcrumb", "Sie sind hier: Startseite > Hafen"],
    ["newsletter", "Want more stories like this? Join the Courier newsletter"],
    ["newsletter", "Join our newsletter"],
    ["social", "Share this on WhatsApp"],
    [
      "caption",
      "A concept drawing of the new ferry shows how the deck could carry forty cars [Harbour Yard via Courier]",
    ],
    ["caption", "Crews vote on the strike at the north pier on Tuesday [Lena Ortiz/Courier]"],
    ["form-control", "Every week we send the harbour news. ____________________ (BUTTON) Subscribe"],
    ["form-control", "(BUTTON) Log In"],
    [
      "url",
      "https://example.org/plugins/like.php?href=https%3A%2F%2Fexample.org%2F2021%2Fnorth-p ier-reopens&layout=button_count&width=1000",
    ],
    ["embedded-post", "Twitter post by @harbourrow: New season starts Friday!"],
    ["related-link", "Also on example.org Harbour strike called off after talks"],
    ["phrase", "Like this story? Share it with a friend!"],
    ["label-line", "By: Lena Ortiz Filed Under: harbour, ferries, strikes"],
    ["notice", "If you value this article, please consider making a donation to the Courier."],
    ["notice", "We reserve the right to remove any comment we deem off-topic."],
    [
      "transcript-notice",
      "Transcripts are produced on a tight deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. The authoritative record of our programming is the audio record.",
    ],
  ])("removes a %s line: %s", (name, line) => {
    expect(matchChrome(line)?.name).toBe(name);
  });

  it.each([
    "The price: $4 a litre, twice what it was, and people still buy new cars every year.",
    "I told my staff to follow her on every decision, and they did.",
    "We had to accept cookies and cakes from every visitor that week.",
    "Listen, the episode everyone talks about happened before I arrived.",
    "Photos of the flood went round the world within an hour.",
    "Comments from the board came in late.",
    "I told them to follow the plan on Twitter and everywhere else.",
    "You've read the report, so you know the numbers by now.",
    "(Laughs) I never thought it would last that long.",
    "[Laughs]",
    "I joined the newsletter team in 2019, after ten years on the harbour desk.",
    "You are here to talk about the harbour, so let us start there.",
    "We opened the office in 2019, and every morning the light opens in a new window of the harbour.",
    "We never thought the strike would last that long [laughs]",
    "The board said the ferry would run again in spring [Reuters reported the same]",
    "Reuters",
    "I read it on Reuters, like everybody else.",
    "That song originally appeared on my first album.",
    "We asked for a commission and did not get it.",
    "Also on the agenda was the new harbour wall.",
    "Two days ago we met the mayor.",
    "With this.",
    "With this",
    "On this",
    "By the way: tags on the boats say who owns them.",
    "The line runs 24/7 now. Tickets cost the same as before.",
    "www.example.org has the timetable for the north pier ferries.",
    "Press the button (the red one) twice and wait.",
    "We met at the pier in May. Lena Ortiz/Hugo Marin wrote it down.",
  ])("keeps a sentence of an answer: %s", (line) => {
    expect(matchChrome(line)).toBeNull();
  });
});

/** Each rule with lines it removes and lines of an answer that only look like them. */
const RULE_TABLE: ReadonlyArray<{ rule: string; removes: readonly string[]; keeps: readonly string[] }> = [
  { rule: "separator", removes: ["* * *", "———"], keeps: ["* Harbour works start on Monday."] },
  {
    rule: "doubled-caption",
    removes: [
      "Lanterns on the quay at dusk #harbour #lights #nightLanterns on the quay at dusk #harbour #lights #night",
      "Divers check the hull of the old ferry before winter Divers check the hull of the old ferry before winter",
    ],
    keeps: [
      "Harbour View Harbour View",
      "The ferry left, and the ferry left again an hour later, and then the ferry left.",
    ],
  },
  { rule: "phrase", removes: ["Share", "Drucken"], keeps: ["Share the cost, I told them."] },
  {
    rule: "label-line",
    removes: ["Tags: harbour, boats", "Photo: Lena Ortiz"],
    keeps: ["Tags were on every crate we opened."],
  },
  { rule: "initials", removes: ["JH/PA", "SP/", "MH/PA/AK"], keeps: ["A/B testing", "US/UK talks"] },
  {
    rule: "copyright",
    removes: ["© Riverside Courier 2025", "Example Media 2025, all rights reserved."],
    keeps: ["The rights of the harbour workers."],
  },
  {
    rule: "reading-time",
    removes: ["6 min read", "12 mins. listen", "Reading time: 7 minutes", "Listen to this article · 9 min"],
    keeps: ["He read it in 6 minutes, he said.", "6 min read it twice"],
  },
  {
    rule: "cjk-share",
    removes: ["分享到：微信 微博", "この記事をシェアする"],
    keeps: ["我们分享了这个经验，效果很好，大家都很满意。"],
  },
  {
    rule: "embed-code",
    removes: [
      '<iframe src="https://example.org/player/42" width="100%"></iframe>',
      "IFRAME: https://example.org/embed/42",
    ],
    keeps: ["Iframe: that is what the player sits in, and it broke on the old phones."],
  },
  {
    rule: "time-ago",
    removes: ["2 days ago at 07:54 am", "5 hours ago"],
    keeps: ["2 days ago at 07:54 am the ferry left without us.", "Five years ago, I think."],
  },
  {
    rule: "comment-count",
    removes: ["27 Comments", "Kommentare (4)"],
    keeps: ["27 comments came in before noon."],
  },
  {
    rule: "url",
    removes: ["https://example.org/news/42", "www.example.org", "editor@example.org"],
    keeps: ["Visit https://example.org for the full text of the report we published."],
  },
  {
    rule: "link-reference",
    removes: ["1. https://example.org/a", "[12]Home [13]World [14]Business"],
    keeps: ["[1] See the report we published on the harbour in May."],
  },
];

describe("each chrome rule, on lines it removes and lines it keeps", () => {
  it.each(RULE_TABLE.flatMap(({ rule, removes }) => removes.map((line) => [rule, line] as const)))(
    "%s removes %s",
    (rule, line) => {
      expect(matchChrome(line)?.name).toBe(rule);
    },
  );

  it.each(RULE_TABLE.flatMap(({ rule, keeps }) => keeps.map((line) => [rule, line] as const)))(
    "%s keeps %s",
    (_rule, line) => {
      expect(matchChrome(line)).toBeNull();
    },
  );
});

describe("an image's alt text and title printed together", () => {
  it("takes the caption printed once beside them for the figure's too, not for the lead", () => {
    const first =
      "The harbour board has agreed to rebuild the north pier before the ferry season, three years after the storm that closed it.";
    const doc = extract(
      [
        "North pier to be rebuilt",
        "12 March 2024",
        "Divers check the hull of the old ferry before winter Divers check the hull of the old ferry before winter",
        "Divers check the hull of the old ferry before winter",
        first,
        "Work starts in March, and the ferries will use the south pier until the autumn.",
      ].join("\n\n"),
    );
    expect(doc.lead).toBe(first);
    expect(doc.removed.find((item) => item.text === "Divers check the hull of the old ferry before winter")?.rule).toBe(
      "layout/figure-caption",
    );
  });

  it("takes a figure's alt text with its placeholder and its caption under it, the same words, for the figure", () => {
    const body = [
      "The harbour board has agreed to rebuild the north pier before the ferry season, three years after the storm that closed it.",
      "Work starts in March, and the ferries will use the south pier until the autumn, when the new deck is due to open.",
      "The board chose the cheaper of two designs after a year of public meetings, and the town will pay a third of the bill.",
    ];
    const doc = extract(
      [
        "North pier to be rebuilt",
        "12 March 2024",
        body[0],
        "The north pier after the storm[3362-5947]",
        "The north pier after the storm",
        ...body.slice(1),
      ].join("\n\n"),
    );
    expect(doc.summary).toEqual(body.slice(1));
    expect(doc.removed.filter((item) => item.rule === "layout/figure-caption")).toHaveLength(2);
  });
});

describe("a text printed twice, compared without its white space", () => {
  const copy = (text: string): string | null => {
    const compact = text.replace(/\s+/gu, "");
    const half = compact.slice(0, compact.length / 2);
    return compact.length % 2 === 0 && half.length > 0 && compact.endsWith(half) ? half : null;
  };

  it.each([
    "Harbour lights at dusk #harbour #nightHarbour lights at dusk #harbour #night",
    "Harbour lights at dusk Harbour lights at dusk",
    "Harbour\u00a0lights at\u2003dusk\tHarbour lights\u3000at dusk ",
    "Harbour lights at dusk Harbour lights at dawn",
    "ab ab a",
    "   ",
    "",
    "a😀 a😀",
  ])("gives the copy's text for %j as comparing the texts without spaces does", (text) => {
    expect(printedOnce(text)).toBe(copy(text));
    expect(isPrintedTwice(text)).toBe(copy(text) !== null);
  });

  it("gives the copy's text for any text, doubled or not, as comparing the texts without spaces does", () => {
    const piece = fc.string({ unit: fc.constantFrom("a", "b", " ", "\u00a0", ".", "😀"), maxLength: 12 });
    const doubled = fc
      .tuple(piece, piece, piece)
      .map(([half, gap, noise]) =>
        [half, gap.replace(/\S/gu, " "), half.replace(/ /gu, noise.slice(0, 1) === " " ? "  " : " ")].join(""),
      );
    fc.assert(
      fc.property(fc.oneof(piece, doubled), (text) => {
        expect(isPrintedTwice(text)).toBe(copy(text) !== null);
      }),
      { numRuns: 500 },
    );
  });

  it("reads white space as \\s does", () => {
    for (let code = 0; code <= 0xffff; code += 1)
      expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
  });
});
