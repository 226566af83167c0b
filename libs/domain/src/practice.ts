/** Where a practice is in its editorial lifecycle. */
export const PRACTICE_STATES = ['draft', 'in_review', 'published', 'archived'] as const;
export type PracticeState = (typeof PRACTICE_STATES)[number];

/** How far the work itself has come (independent of the editorial state). */
export const WORK_STATUSES = ['idea', 'pilot', 'running', 'completed', 'discontinued'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Kinds of partner named in a practice. */
export const PARTNER_KINDS = ['politics', 'administration', 'civil_society', 'migrant_organisation', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * Size classes of municipality a practice suits: small (< 5,000 inhabitants), medium
 * (5,000–20,000), large (20,000–100,000), city (> 100,000).
 */
export const MUNICIPALITY_SIZES = ['small', 'medium', 'large', 'city'] as const;
export type MunicipalitySize = (typeof MUNICIPALITY_SIZES)[number];

/** Whether a municipality took a practice over as it was or changed it. */
export const ADOPTION_KINDS = ['adopted', 'adapted'] as const;
export type AdoptionKind = (typeof ADOPTION_KINDS)[number];

/** A measurable result: "Teilnehmende: 48 Personen, Stand 31.12.2024, Quelle: Anmeldelisten". */
export interface Outcome {
  label: string;
  value: number;
  unit: string;
  /** ISO date (YYYY-MM-DD) the figure refers to. */
  asOf: string;
  /** Where the figure comes from (evidence note). */
  source?: string | null;
}

/** Attachment types accepted, detected from the file's content (magic bytes), never its name. */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
} as const;
export type AttachmentMimeType = keyof typeof ATTACHMENT_TYPES;

export function isImageType(mime: string): boolean {
  return mime.startsWith('image/');
}

/** Limits of the practice record, enforced by the API and shown by the web form. */
export const PRACTICE_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  summaryMax: 500,
  /** Long Markdown sections (problem, approach, results, success factors, obstacles, transferability). */
  sectionMax: 20000,
  targetGroupsMax: 10,
  targetGroupMax: 80,
  topicsMax: 6,
  partnerMunicipalitiesMax: 20,
  outcomesMax: 20,
  outcomeLabelMax: 200,
  outcomeUnitMax: 40,
  outcomeSourceMax: 500,
  /** Largest absolute outcome value accepted (guards against typos like 1e12). */
  outcomeValueMax: 1_000_000_000,
  costMaxEur: 100_000_000,
  fundingSourcesMax: 10,
  fundingSourceMax: 200,
  staffHoursPerMonthMax: 2000,
  partnersMax: 30,
  partnerNameMax: 200,
  contactNameMax: 200,
  reviewCommentMin: 3,
  reviewCommentMax: 2000,
  revisionNoteMax: 500,
  adoptionChangesMax: 5000,
  adoptionResultsMax: 20000,
  attachmentsMax: 10,
  attachmentBytesMax: 20 * 1024 * 1024,
  attachmentAltMax: 300,
  attachmentFileNameMax: 200,
  compareMin: 2,
  compareMax: 4,
} as const;

/** Sections that must be filled in before a practice can be submitted for review or published. */
export const REQUIRED_FOR_PUBLICATION = ['summary', 'topics', 'problem', 'approach', 'results', 'transferability', 'contact'] as const;
export type RequiredSection = (typeof REQUIRED_FOR_PUBLICATION)[number];
