/** The interviewer and guest named by each language's phrases, and the guest a headline opens with. */
import { describe, expect, it } from "vitest";
import { findParticipants, isPress } from "../src/meta/people.js";
import { expandName, firstIntroduced, nameFromTitle, nameOpeningTitle } from "../src/meta/names.js";

describe("the guest before a phrase naming who they spoke to", () => {
  it.each([
    ["به گزارش خبرگزاری پارس، مهدی کاظمی در گفت‌وگو با سایت ورزشی گفت: تیم آماده است.", "مهدی کاظمی"],
    ["به گزارش ایسنا، سارا رحیمی در گفت‌و‌گو با خبرنگار ما گفت که پروژه تمام شد.", "سارا رحیمی"],
    ["وفي أول لقاء له منذ توليه المنصب، شرح سامي حداد لـ«الصحيفة» خطط الوزارة للعام المقبل.", "سامي حداد"],
    ["Hélène Vasseur nous parle de son dernier livre et de ses années d’enseignement.", "Hélène Vasseur"],
    ["Lucie d’Armont, chercheuse au laboratoire, nous explique pourquoi les modèles se trompent.", "Lucie d’Armont"],
  ])("reads %s", (paragraph, guest) => {
    expect(findParticipants([paragraph]).interviewee?.name).toBe(guest);
  });

  it("takes a surname after a speech verb with the first name the text gives it", () => {
    const texts = [
      "أعلن المهندس خالد الزهراني اليوم افتتاح المصنع.",
      "وأوضح الزهراني في حوار مع وكالة الأنباء أن العمل اكتمل.",
    ];
    expect(findParticipants(texts).interviewee?.name).toBe("خالد الزهراني");
  });

  it("needs two words of a cased name: a pronoun or a German noun is no guest", () => {
    expect(findParticipants(["Elle nous parle de son enfance."]).interviewee).toBeNull();
    expect(findParticipants(["Der Reporter sprach mit Anwohnern über den Lärm."]).interviewee).toBeNull();
  });
});

describe("the guest after a phrase introducing them", () => {
  it.each([
    ["وضيفنا اليوم هو فهد العنزي مدرب نادي الشمال فماذا قال؟", "فهد العنزي"],
    ["Our guest today is Maria Lindqvist, who runs the harbour museum.", "Maria Lindqvist"],
  ])("reads %s", (paragraph, guest) => {
    expect(findParticipants([paragraph]).interviewee?.name).toBe(guest);
  });

  it("keeps a third word when the text repeats all three", () => {
    const texts = ["ضيفنا اليوم هو عبد الله القحطاني رئيس النادي.", "قال عبد الله القحطاني إن الموسم صعب."];
    expect(findParticipants(texts).interviewee?.name).toBe("عبد الله القحطاني");
  });
});

describe("the interviewer and the guest around an 'interviewed' phrase", () => {
  it("reads both, the guest in the form the text introduces them", () => {
    const texts = [
      "Директор городской библиотеки Анна Белова — автор нового закона о чтении.",
      "Корреспондент газеты Олег Смирнов поговорил с Анной Беловой о книгах и деньгах.",
    ];
    expect(findParticipants(texts)).toEqual({
      interviewer: { name: "Олег Смирнов", role: null },
      interviewee: { name: "Анна Белова", role: null },
    });
  });

  it("keeps the inflected form when the text has no other", () => {
    expect(findParticipants(["Олег Смирнов поговорил с Анной Беловой о книгах."]).interviewee?.name).toBe(
      "Анной Беловой",
    );
  });
});

describe("the guest a headline names", () => {
  it("reads 'Chatting With' and drops a descriptor the article never writes with the name", () => {
    expect(nameFromTitle("Chatting With 'Harbor' Star Nina Cole", ["Nina Cole plays a sailor."])).toBe("Nina Cole");
    expect(nameFromTitle("Chatting With Star Nina Cole", ["Star Nina Cole is back."])).toBe("Star Nina Cole");
  });

  it("reads the name a headline opens with when the article writes it in full", () => {
    expect(nameOpeningTitle("Dana Whitlock Gets 'Serious'", ["Would people laugh if Dana Whitlock walked in?"])).toBe(
      "Dana Whitlock",
    );
    expect(nameOpeningTitle("Dana Whitlock Gets 'Serious'", ["Nobody is named here."])).toBeNull();
    expect(nameOpeningTitle("United States Faces a Choice", ["The United States faces a choice."])).toBeNull();
  });
});

describe("the first person the reporter introduces", () => {
  it("is the guest, passing over a press person introduced before", () => {
    const texts = [
      "Dana Holt, then the paper's wine columnist, wrote years ago that cooking was dying. Oren Pike, chef and author of eleven books, disagrees.",
    ];
    expect(firstIntroduced(texts, isPress)).toEqual({ name: "Oren Pike", role: "chef and author of eleven books" });
    expect(firstIntroduced(texts)?.name).toBe("Dana Holt");
  });
});

describe("the guest who tells the outlet, the standfirst's present tense", () => {
  it("reads the guest and leaves the outlet out", () => {
    const texts = ["“The talks are stalled,” Amal Rezaei, a lecturer in law, tells the Harbour Gazette."];
    expect(findParticipants(texts)).toEqual({
      interviewer: null,
      interviewee: { name: "Amal Rezaei", role: "lecturer in law" },
    });
  });

  it("needs an outlet: telling a person is no interview with them", () => {
    expect(findParticipants(["Amal Rezaei tells Omar Haddad that the talks are stalled."]).interviewee).toBeNull();
  });
});

describe("a surname completed to the full name", () => {
  it("keeps a middle initial", () => {
    expect(expandName("Beeman", ["William O. Beeman, head of the department, disagrees."])).toBe("William O. Beeman");
  });
});
