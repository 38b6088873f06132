/**
 * A session's thematic discussion: theme, sub-topics, discussion guide and its question
 * groups, panel and speakers' list, and the checker of CCPCJ decision 18/1's guidelines.
 * @module
 */
export * from "./SubTopic";
export * from "./QuestionGroup";
export * from "./DiscussionGuide";
export * from "./Panel";
export * from "./SpeakersList";
export * from "./LiveTimer";
export * from "./LiveSpeakersList";
export * from "./ChairSummary";
export * from "./ThematicDiscussion";
export * from "./Deadline";
export * from "./Decision18_1Finding";
export * from "./Decision18_1Panel";
export * from "./Decision18_1Speakers";
export * from "./Decision18_1Guide";
export * from "./Decision18_1";
export * from "./Decision18_1Labels";
export * from "./findings";
