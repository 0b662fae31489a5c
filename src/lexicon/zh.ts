/** Chinese. */
import type { Lexicon } from "./types.js";

export const zh: Lexicon = {
  code: "zh",
  name: "Chinese",
  questionLabels: ["问", "记者"],
  answerLabels: ["答"],
  adLabels: ["广告"],
  dateLineWords: ["发布", "时间", "日期"],
  timeZones: { 北京时间: "+08:00" },
  introPhrases: ["以下", "全文"],
  pointers: ["以下"],
  chromePhrases: ["打印", "分享", "评论", "相关新闻"],
  newsIdLabels: ["新闻编号"],
  bylineOpenings: ["作者:", "记者:"],
  chromeLabels: ["标签", "图"],
  rightsReserved: ["版权所有"],
  interviewWords: ["采访", "专访", "訪談"],
  faqWords: ["常见问题"],
  pressConferenceWords: ["记者会"],
};
