import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Outcome, type PartnerKind, type PracticeState } from '@praxisforum/domain';
import { type DataSource } from 'typeorm';
import { loadConfig } from '../../src/core/config/config.js';
import { uniqueTag } from './municipality.factory.js';

export interface BuildPracticeOptions {
  municipalityId: string;
  /** Default: published (with publishedAt now). */
  state?: PracticeState;
  title?: string;
  /** Default: a unique slug from the title tag. */
  slug?: string;
  summary?: string;
  problem?: string;
  approach?: string;
  results?: string;
  successFactors?: string;
  obstacles?: string;
  transferability?: string;
  outcomes?: Outcome[];
  /** Slugs of the seed taxonomy (tools/seed/data/topics.json); default ['sprache']. */
  topicSlugs?: string[];
  partnerMunicipalityIds?: string[];
  partners?: { kind: PartnerKind; name: string }[];
  targetGroups?: string[];
  fundingSources?: string[];
  costOneOffEur?: number | null;
  costYearlyEur?: number | null;
  isExample?: boolean;
  /** Default: now for published and archived practices, null otherwise. */
  publishedAt?: Date | null;
  contactUserId?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactConsent?: boolean;
}

export interface TestPractice {
  id: string;
  slug: string;
  title: string;
  municipalityId: string;
  state: PracticeState;
}

let seedTopics: { slug: string; de: string; en: string }[] | undefined;

/**
 * Makes sure the topics exist. The test database is migrated but not seeded, and the seed test
 * counts the topics: so only topics of the seed taxonomy are created, exactly as the seed would
 * (same names and positions; the seed leaves existing slugs alone).
 */
export async function ensureTopics(dataSource: DataSource, slugs: string[]): Promise<void> {
  seedTopics ??= (JSON.parse(readFileSync(join(loadConfig({}).seedDataDir, 'topics.json'), 'utf8')) as { topics: { slug: string; de: string; en: string }[] }).topics;
  for (const slug of slugs) {
    const position = seedTopics.findIndex((t) => t.slug === slug);
    if (position < 0) throw new Error(`buildPractice: "${slug}" is not a topic of the seed taxonomy (tools/seed/data/topics.json).`);
    const t = seedTopics[position];
    await dataSource.query(`INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING`, [t.slug, t.de, t.en, position]);
  }
}

/** A practice inserted directly with SQL, complete enough to publish; published unless `state` says otherwise. */
export async function buildPractice(dataSource: DataSource, options: BuildPracticeOptions): Promise<TestPractice> {
  const tag = uniqueTag('pr');
  const state = options.state ?? 'published';
  const title = options.title ?? `Sprachcafé ${tag}`;
  const slug = options.slug ?? `sprachcafe-${tag}`;
  const wasPublished = state === 'published' || state === 'archived';
  const publishedAt = options.publishedAt !== undefined ? options.publishedAt : wasPublished ? new Date() : null;
  const topicSlugs = options.topicSlugs ?? ['sprache'];
  await ensureTopics(dataSource, topicSlugs);
  const [row] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO practice (slug, municipality_id, state, is_example, title, summary, target_groups, work_status, problem, approach, results,
       outcomes, cost_one_off_eur, cost_yearly_eur, funding_sources, partners, success_factors, obstacles, transferability,
       contact_user_id, contact_name, contact_email, contact_consent, submitted_at, published_at, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'running', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23, $24, $25)
     RETURNING id`,
    [
      slug,
      options.municipalityId,
      state,
      options.isExample ?? false,
      title,
      options.summary ?? 'Ehrenamtliche treffen Neuzugewanderte einmal pro Woche zum Deutschsprechen.',
      options.targetGroups ?? ['Geflüchtete'],
      options.problem ?? 'Wenig Gelegenheit, **Deutsch** im Alltag zu sprechen.',
      options.approach ?? 'Wöchentliches Treffen in der Stadtbücherei.',
      options.results ?? 'Rund 30 Teilnehmende pro Woche.',
      JSON.stringify(options.outcomes ?? []),
      options.costOneOffEur ?? null,
      options.costYearlyEur ?? null,
      options.fundingSources ?? [],
      JSON.stringify(options.partners ?? []),
      options.successFactors ?? '',
      options.obstacles ?? '',
      options.transferability ?? 'Gut übertragbar auf kleine Gemeinden.',
      options.contactUserId ?? null,
      options.contactName ?? null,
      options.contactEmail ?? null,
      options.contactConsent ?? false,
      state === 'draft' ? null : (publishedAt ?? new Date()),
      publishedAt,
      state === 'archived' ? new Date() : null,
    ],
  );
  await dataSource.query(`INSERT INTO practice_topic (practice_id, topic_id) SELECT $1, id FROM topic WHERE slug = ANY($2::text[])`, [row.id, topicSlugs]);
  for (const municipalityId of options.partnerMunicipalityIds ?? []) {
    await dataSource.query(`INSERT INTO practice_partner_municipality (practice_id, municipality_id) VALUES ($1, $2)`, [row.id, municipalityId]);
  }
  return { id: row.id, slug, title, municipalityId: options.municipalityId, state };
}
