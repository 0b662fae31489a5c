import { describe, expect, it } from "vitest";
import { matchChrome } from "../src/classify/chrome.js";

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
});
