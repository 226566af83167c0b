import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { renderMarkdown } from '@praxisforum/markdown';
import {
  type AdoptionKind,
  type MunicipalityKind,
  type MunicipalitySize,
  type PartnerKind,
  type PracticeState,
  type WorkStatus,
} from '@praxisforum/domain';
import { type Municipality, MunicipalityKindEnum } from '../municipalities/index.js';
import { AdoptionKindEnum, MunicipalitySizeEnum, PartnerKindEnum, PracticeStateEnum, WorkStatusEnum } from './practice.enums.js';

@ObjectType({ description: 'Markdown text with its safe HTML rendering (sanitized: no raw HTML, scripts or remote images).' })
export class MarkdownText {
  /** HTML rendered ahead of time from this very source (see sections-html.ts), if there is any. */
  private readonly rendered: string | undefined;
  /** Null when the read left the source out (a page that shows only HTML, a list that shows no section). */
  private readonly source: string | null;

  constructor(markdown: string | null, rendered?: string) {
    this.source = markdown;
    this.rendered = rendered;
  }

  @Field({ description: 'The Markdown source, as written.' })
  get markdown(): string {
    // A read without sources is chosen only when the query does not ask for them: reaching this is a bug.
    if (this.source === null) throw new Error('MarkdownText: the source was not read');
    return this.source;
  }

  /** Rendered only when a query asks for it; a plain property, so no resolver runs per section. */
  @Field({ description: 'Sanitized HTML, safe to insert into a page.' })
  get html(): string {
    return this.rendered ?? renderMarkdown(this.markdown);
  }
}

@ObjectType({ description: 'A measurable result: label, value with unit, the date it refers to and its source.' })
export class Outcome {
  @Field()
  label: string;

  @Field(() => Float)
  value: number;

  @Field()
  unit: string;

  @Field({ description: 'ISO date (YYYY-MM-DD) the figure refers to.' })
  asOf: string;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from (evidence note).' })
  source: string | null;
}

@ObjectType()
export class Partner {
  @Field(() => PartnerKindEnum)
  kind: PartnerKind;

  @Field()
  name: string;
}

@ObjectType({ description: 'Who to ask: a registered person, or a name and e-mail shown only with the person’s consent.' })
export class PracticeContact {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'The contact is a registered person on this platform.' })
  isMember: boolean;
}

@ObjectType({ description: 'The contact fields as stored, for the editor.' })
export class ContactDraft {
  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true })
  userName: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  consent: boolean;
}

@ObjectType({ description: 'What the viewer may do with a practice now (rights and state), so the UI shows only what works.' })
export class PracticeAbilities {
  @Field() edit: boolean;
  @Field() submit: boolean;
  @Field() review: boolean;
  @Field() archive: boolean;
  @Field() delete: boolean;
  @Field({ description: 'The viewer coordinates a municipality that can still record an adoption of this practice.' })
  adopt: boolean;
  @Field() follow: boolean;
  @Field({ description: 'Upload and remove attachments.' })
  manageAttachments: boolean;
}

@ObjectType({ description: 'A file attached to a practice.' })
export class Attachment {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field({ description: 'Detected from the content, not from the name.' })
  mimeType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field(() => String, { nullable: true, description: 'Alternative text (required for images).' })
  altText: string | null;

  @Field({ description: 'Download address on this site.' })
  url: string;

  @Field()
  createdAt: string;
}

@ObjectType({ description: 'A published version of a practice: who, when, what changed.' })
export class PracticeRevision {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => [String], { description: 'Fields that differ from the revision before (all fields for the first).' })
  changedFields: string[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field()
  createdAt: string;
}

@ObjectType({ description: 'One field that differs between two revisions, as display text.' })
export class RevisionChange {
  @Field()
  field: string;

  @Field()
  before: string;

  @Field()
  after: string;
}

@ObjectType()
export class RevisionDiff {
  @Field(() => PracticeRevision)
  from: PracticeRevision;

  @Field(() => PracticeRevision)
  to: PracticeRevision;

  @Field(() => [RevisionChange])
  changes: RevisionChange[];
}

/**
 * Relations a single-statement read already fetched, under their GraphQL field names: the schema
 * answers those fields from here without running their resolvers (core/graphql/preloaded-fields.ts),
 * so each value must be what the resolver would return.
 */
export interface PreloadedRelations {
  municipality?: Municipality;
  partnerMunicipalities?: Municipality[];
  topics?: { id: string; slug: string; nameDe: string; nameEn: string; position: number }[];
  attachments?: Attachment[];
  adoptions?: Adoption[];
}

@ObjectType({ description: 'A best practice (Praxisbeispiel) of a municipality.' })
export class Practice {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  municipalityId: string;

  @Field(() => PracticeStateEnum)
  state: PracticeState;

  @Field(() => Int, { description: 'Increases with every save; send it back when saving (optimistic locking).' })
  version: number;

  @Field({ description: 'Example content for demonstration, not a statement of the real municipality.' })
  isExample: boolean;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => [String])
  targetGroups: string[];

  @Field(() => WorkStatusEnum)
  workStatus: WorkStatus;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD); null while the work goes on.' })
  periodEnd: string | null;

  /** The sections' sources; empty on a read for a page or list that shows only their HTML or none of them (see PracticeService). */
  problem: string;
  approach: string;
  results: string;
  successFactors: string;
  obstacles: string;
  transferability: string;

  /** The long sections as GraphQL shows them, under the same names. */
  @Field(() => MarkdownText, { name: 'problem' }) problemText: MarkdownText;
  @Field(() => MarkdownText, { name: 'approach' }) approachText: MarkdownText;
  @Field(() => MarkdownText, { name: 'results' }) resultsText: MarkdownText;
  @Field(() => MarkdownText, { name: 'successFactors' }) successFactorsText: MarkdownText;
  @Field(() => MarkdownText, { name: 'obstacles' }) obstaclesText: MarkdownText;
  @Field(() => MarkdownText, { name: 'transferability' }) transferabilityText: MarkdownText;

  @Field(() => [Outcome])
  outcomes: Outcome[];

  @Field(() => Int, { nullable: true, description: 'One-off costs in EUR.' })
  costOneOffEur: number | null;

  @Field(() => Int, { nullable: true, description: 'Yearly costs in EUR.' })
  costYearlyEur: number | null;

  @Field(() => [String])
  fundingSources: string[];

  @Field(() => Float, { nullable: true })
  staffHoursPerMonth: number | null;

  @Field(() => [Partner])
  partners: Partner[];

  @Field(() => [MunicipalityKindEnum], { description: 'Kinds of municipality the practice suits.' })
  transferableKinds: MunicipalityKind[];

  @Field(() => [MunicipalitySizeEnum], { description: 'Size classes of municipality the practice suits.' })
  transferableSizes: MunicipalitySize[];

  contactUserId: string | null;
  contactUserName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactConsent: boolean;

  @Field(() => String, { nullable: true, description: 'The reviewer’s comment when a submission was sent back to draft.' })
  reviewComment: string | null;

  @Field(() => Int)
  adoptionCount: number;

  @Field(() => String, { nullable: true })
  submittedAt: string | null;

  @Field(() => String, { nullable: true, description: 'First publication.' })
  publishedAt: string | null;

  @Field(() => String, { nullable: true })
  archivedAt: string | null;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  preloaded?: PreloadedRelations;
}

@ObjectType({ description: 'Municipality B took over practice P of municipality A (Transfer).' })
export class Adoption {
  @Field(() => ID)
  id: string;

  practiceId: string;
  municipalityId: string;

  @Field(() => AdoptionKindEnum)
  kind: AdoptionKind;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  adoptedOn: string;

  @Field({ description: 'What the adopting municipality changed (Markdown source).' })
  changes: string;

  @Field({ description: 'Their own results so far (Markdown source).' })
  results: string;

  @Field(() => [Outcome])
  outcomes: Outcome[];

  @Field()
  isExample: boolean;

  @Field()
  createdAt: string;

  @Field()
  updatedAt: string;

  /** The adopting municipality when the read that found the adoption fetched it too. */
  preloaded?: { municipality?: Municipality };
}
