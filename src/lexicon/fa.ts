/** Persian. */
import type { Lexicon } from "./types.js";

export const fa: Lexicon = {
  code: "fa",
  name: "Persian",
  questionLabels: ["سوال", "پرسش", "س"],
  answerLabels: ["پاسخ", "ج"],
  adLabels: ["تبلیغات", "آگهی"],
  months: [
    // Solar Hijri months: the year (13xx/14xx) tells the date reader to convert.
    ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
  ],
  introPhrases: ["متن", "مشروح", "در ادامه", "می‌خوانید"],
  pointers: ["در ادامه"],
  closingPhrases: ["گفتنی است", "یادآور می‌شود"],
  spokeToPhrases: ["در گفت‌وگو با", "در گفت‌و‌گو با", "در گفتگو با", "در مصاحبه با"],
  interviewWords: ["مصاحبه", "گفت‌وگو", "گفتگو"],
  faqWords: ["پرسش‌های متداول", "سوالات متداول"],
  pressConferenceWords: ["نشست خبری"],
  speechVerbs: ["گفت", "افزود", "اظهار داشت", "تصریح کرد"],
  chromePhrases: [
    "پایان خبر",
    "انتهای پیام",
    "نظر شما",
    "چاپ",
    "اشتراک گذاری",
    "اخبار مرتبط",
    "برچسب‌ها",
    "ارسال نظر",
    "بیشتر بخوانید",
  ],
  boxPhrases: ["تبلیغات"],
  chromeLabels: ["برچسب", "برچسب‌ها", "کلیدواژه", "عکس", "بیشتر بخوانید"],
  rightsPhrases: ["کلیه حقوق"],
};
