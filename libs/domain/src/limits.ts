/** Validation limits shared by API input validation and web forms, so both say the same. */
export const LIMITS = {
  /** Largest page any list query returns; bigger `first` values are refused. */
  pageSizeMax: 100,
  pageSizeDefault: 20,
  searchTextMax: 200,
  feedbackMessageMin: 10,
  feedbackMessageMax: 5000,
  feedbackNameMax: 200,
  emailMax: 254,
  pageUrlMax: 2000,
  passwordMin: 12,
  passwordMax: 200,
  displayNameMin: 2,
  displayNameMax: 100,
  bioMax: 2000,
  affiliationMax: 200,
  languagesMax: 20,
  languageNameMax: 40,
  blockReasonMin: 3,
  blockReasonMax: 500,
} as const;
