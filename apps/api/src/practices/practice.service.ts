import { Injectable } from '@nestjs/common';
import { PRACTICE_LIMITS, REQUIRED_FOR_PUBLICATION, type RequiredSection } from '@praxisforum/domain';
import { randomBytes } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { type Actor, type Viewer } from '../core/auth/viewer.js';
import { badInput, DomainError, notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { type Municipality, MunicipalityService } from '../municipalities/index.js';
import { type CreatePracticeInput, type PracticeFilter, type UpdatePracticeInput } from './dto/practice.inputs.js';
import { futureOutcomeFields } from './dates.js';
import { type PracticeSort } from './practice.enums.js';
import { authorizeFor, authorizePractice, hasPracticeRight } from './practice.policy.js';
import { PracticeRepository, type PracticeRow, toAdoption, toAttachment, toPractice } from './practice.repository.js';
import { type Practice, type RevisionDiff } from './practice.types.js';
import { changedFields, diffSnapshots, type PracticeSnapshot } from './revision.js';
import { currentSectionsHtml, renderSections } from './sections-html.js';
import { practiceSlugBase } from './slugify.js';

/** Which required sections a practice still lacks before it can go to review or be published. */
export function missingSections(p: Practice, topicCount: number): RequiredSection[] {
  const filled: Record<RequiredSection, boolean> = {
    summary: !!p.summary.trim(),
    topics: topicCount > 0,
    problem: !!p.problem.trim(),
    approach: !!p.approach.trim(),
    results: !!p.results.trim(),
    transferability: !!p.transferability.trim(),
    // A name and address only count with consent: without it the public page shows no contact.
    contact: !!p.contactUserId || (!!p.contactName && !!p.contactEmail && p.contactConsent),
  };
  return REQUIRED_FOR_PUBLICATION.filter((s) => !filled[s]);
}

@Injectable()
export class PracticeService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly municipalities: MunicipalityService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  private get dataSource() {
    return this.repo.dataSource;
  }

  /**
   * A practice by slug if the actor may see it; hidden ones are NOT_FOUND, so drafts do not leak.
   * With `sources: false` the sections come as stored HTML only (their `markdown` must not be asked
   * for); a row whose stored HTML is missing or from an older renderer is read again with sources.
   */
  async getBySlug(actor: Actor, slug: string, { sources = true }: { sources?: boolean } = {}): Promise<Practice> {
    let page = await this.repo.findPage(slug, sources);
    if (page && !sources && !currentSectionsHtml(page.row.sections_html)) page = await this.repo.findPage(slug, true);
    const practice = page && toPractice(page.row);
    if (!page || !practice || !hasPracticeRight(actor, 'view', practice)) throw notFound('Practice', slug);
    const municipalities = new Map<string, Municipality>();
    for (const row of page.municipalities) {
      const municipality = this.municipalities.fromRawRow(row);
      municipalities.set(municipality.id, municipality);
    }
    const partners: Municipality[] = [];
    for (const id of page.partnerIds) {
      const partner = municipalities.get(id);
      if (partner) partners.push(partner);
    }
    // The order the partnerMunicipalities resolver gives.
    partners.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const adoptions = page.adoptions.map((row) => {
      const adoption = toAdoption(row);
      adoption.preloaded = { municipality: municipalities.get(adoption.municipalityId) };
      return adoption;
    });
    practice.preloaded = {
      municipality: municipalities.get(practice.municipalityId),
      partnerMunicipalities: partners,
      topics: page.topics,
      attachments: page.attachments.map(toAttachment),
      adoptions,
    };
    return practice;
  }

  /** For mutations: any state, then the policy decides (FORBIDDEN rather than NOT_FOUND). */
  async getById(id: string, manager?: EntityManager, lock = false): Promise<PracticeRow> {
    const row = await this.repo.findBy('id', id, manager, lock);
    if (!row) throw notFound('Practice', id);
    return row;
  }

  /** With `sources: false` the practices' sections must not be asked for (see listPublished). */
  async list(filter: PracticeFilter = {}, sort: PracticeSort, first: number, after?: string, { sources = true }: { sources?: boolean } = {}): Promise<Connection<Practice>> {
    const arity = sort === 'most_adopted' ? 3 : 2;
    const { totalCount, rows } = await this.repo.listPublished(filter, sort, first, after ? decodeCursor(after, arity) : undefined, { sources });
    return this.connection(rows, first, totalCount);
  }

  /** The viewer's workspace: practices of the municipalities they coordinate, in every state. */
  async listManaged(actor: Actor, state: string | undefined, first: number, after?: string): Promise<Connection<Practice>> {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    const scope = actor.role === 'admin' ? 'all' : actor.coordinatorOf;
    const { totalCount, rows } = await this.repo.listManaged(scope, state, first, after ? decodeCursor(after, 2) : undefined);
    return this.connection(rows, first, totalCount);
  }

  async reviewQueue(actor: Actor, first: number, after?: string): Promise<Connection<Practice>> {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    if (actor.role !== 'admin' && actor.role !== 'moderator') throw new DomainError('FORBIDDEN', 'Only moderators see the review queue.');
    const { totalCount, rows } = await this.repo.listInReview(first, after ? decodeCursor(after, 2) : undefined);
    return this.connection(rows, first, totalCount);
  }

  private connection(rows: (PracticeRow & { cursor_keys: (string | number)[] })[], first: number, totalCount: number): Connection<Practice> {
    const keys = new Map(rows.map((r) => [r.id, r.cursor_keys]));
    return toConnection(rows.map(toPractice), first, totalCount, (p) => keys.get(p.id)!);
  }

  /** 2–4 practices side by side, in the order asked. */
  async compare(actor: Actor, slugs: string[]): Promise<Practice[]> {
    const unique = [...new Set(slugs)];
    if (unique.length < PRACTICE_LIMITS.compareMin || unique.length > PRACTICE_LIMITS.compareMax) {
      throw badInput(`Pick between ${PRACTICE_LIMITS.compareMin} and ${PRACTICE_LIMITS.compareMax} different practices to compare.`, {
        slugs: [`slugs must name ${PRACTICE_LIMITS.compareMin} to ${PRACTICE_LIMITS.compareMax} different practices.`],
      });
    }
    const rows = new Map((await this.repo.findBySlugs(unique)).map((r) => [r.slug, toPractice(r)]));
    return unique.map((slug) => {
      const p = rows.get(slug);
      if (!p || !hasPracticeRight(actor, 'view', p)) throw notFound('Practice', slug);
      return p;
    });
  }

  async create(actor: Actor, input: CreatePracticeInput): Promise<Practice> {
    const municipality = await this.municipalities.getBySlug(input.municipalitySlug);
    const viewer = authorizeFor(actor, municipality.id);
    const base = practiceSlugBase(input.title);
    const id = await this.dataSource.transaction(async (tx) => {
      // A taken slug gets a short random suffix; slugs never change afterwards (links stay valid).
      for (let attempt = 0; attempt < 5; attempt++) {
        const slug = attempt === 0 ? base : `${base.slice(0, 110)}-${randomBytes(3).toString('hex')}`;
        const rows = await tx.query<{ id: string }[]>(
          `INSERT INTO practice (slug, municipality_id, title, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT (slug) DO NOTHING RETURNING id`,
          [slug, municipality.id, input.title, viewer.id],
        );
        if (rows[0]) {
          await this.audit.record(tx, { actorId: viewer.id, action: 'practice.created', subjectType: 'practice', subjectId: rows[0].id });
          return rows[0].id;
        }
      }
      throw new DomainError('CONFLICT', 'Could not find a free address for this title; please change the title.');
    });
    return toPractice(await this.getById(id));
  }

  /** Saves all editable fields, refusing a save based on an older version (optimistic locking). */
  async update(actor: Actor, input: UpdatePracticeInput): Promise<Practice> {
    const id = await this.dataSource.transaction(async (tx) => {
      const row = await this.getById(input.id, tx, true);
      const viewer = authorizePractice(actor, 'edit', toPractice(row));
      if (row.version !== input.version) {
        throw new DomainError(
          'CONFLICT',
          `Someone else saved this practice meanwhile (now version ${row.version}, your edit started from version ${input.version}). Reload it to see their changes.`,
          { currentVersion: row.version },
        );
      }
      await this.checkReferences(tx, row.municipality_id, input);
      await tx.query(
        `UPDATE practice SET title = $2, summary = $3, target_groups = $4, work_status = $5, period_start = $6, period_end = $7,
           problem = $8, approach = $9, results = $10, outcomes = $11, cost_one_off_eur = $12, cost_yearly_eur = $13,
           funding_sources = $14, staff_hours_per_month = $15, partners = $16, success_factors = $17, obstacles = $18,
           transferability = $19, transferable_kinds = $20, transferable_sizes = $21, contact_user_id = $22, contact_name = $23,
           contact_email = $24, contact_consent = $25, sections_html = $26, version = version + 1, updated_at = now()
         WHERE id = $1`,
        [
          row.id,
          input.title,
          input.summary,
          input.targetGroups,
          input.workStatus,
          input.periodStart ?? null,
          input.periodEnd ?? null,
          input.problem,
          input.approach,
          input.results,
          JSON.stringify(input.outcomes.map((o) => ({ label: o.label, value: o.value, unit: o.unit, asOf: o.asOf, source: o.source ?? null }))),
          input.costOneOffEur ?? null,
          input.costYearlyEur ?? null,
          input.fundingSources,
          input.staffHoursPerMonth ?? null,
          JSON.stringify(input.partners.map((p) => ({ kind: p.kind, name: p.name }))),
          input.successFactors,
          input.obstacles,
          input.transferability,
          [...new Set(input.transferableKinds)],
          [...new Set(input.transferableSizes)],
          input.contactUserId ?? null,
          input.contactName ?? null,
          input.contactEmail?.toLowerCase() ?? null,
          input.contactConsent,
          JSON.stringify(renderSections(input)),
        ],
      );
      await tx.query(`DELETE FROM practice_topic WHERE practice_id = $1`, [row.id]);
      await tx.query(`INSERT INTO practice_topic (practice_id, topic_id) SELECT $1, id FROM topic WHERE slug = ANY($2::text[])`, [row.id, input.topicSlugs]);
      await tx.query(`DELETE FROM practice_partner_municipality WHERE practice_id = $1`, [row.id]);
      await tx.query(
        `INSERT INTO practice_partner_municipality (practice_id, municipality_id) SELECT $1, id FROM municipality WHERE slug = ANY($2::text[])`,
        [row.id, input.partnerMunicipalitySlugs],
      );
      // A change to a published practice is visible at once, so it is kept as a revision.
      if (row.state === 'published') {
        await this.writeRevision(tx, row.id, viewer.id, input.revisionNote ?? null);
        await this.outbox.emit(tx, { type: 'practice.updated', practiceId: row.id, actorId: viewer.id });
      }
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.updated', subjectType: 'practice', subjectId: row.id, details: { version: row.version + 1 } });
      return row.id;
    });
    this.outbox.wake();
    return toPractice(await this.getById(id));
  }

  /** Cross-field and reference checks the input types cannot express, each naming its field. */
  private async checkReferences(tx: EntityManager, ownerId: string, input: UpdatePracticeInput): Promise<void> {
    const fields = futureOutcomeFields(input.outcomes);
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) {
      fields.periodEnd = ['periodEnd must not be before periodStart.'];
    }
    const [refs] = await tx.query<{ topics: string[]; municipalities: { id: string; slug: string }[]; contact: boolean }[]>(
      `SELECT (SELECT coalesce(array_agg(slug), '{}') FROM topic WHERE slug = ANY($1::text[])) AS topics,
              (SELECT coalesce(json_agg(json_build_object('id', id, 'slug', slug)), '[]') FROM municipality WHERE slug = ANY($2::text[])) AS municipalities,
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM app_user WHERE id = $3::uuid AND deleted_at IS NULL)) AS contact`,
      [input.topicSlugs, input.partnerMunicipalitySlugs, input.contactUserId ?? null],
    );
    const unknownTopics = input.topicSlugs.filter((s) => !refs.topics.includes(s));
    if (unknownTopics.length) fields.topicSlugs = [`Unknown topic: ${unknownTopics.join(', ')}.`];
    const known = new Map(refs.municipalities.map((m) => [m.slug, m.id]));
    const unknownPartners = input.partnerMunicipalitySlugs.filter((s) => !known.has(s));
    if (unknownPartners.length) fields.partnerMunicipalitySlugs = [`Unknown municipality: ${unknownPartners.join(', ')}.`];
    else if ([...known.values()].includes(ownerId)) fields.partnerMunicipalitySlugs = ['The owning municipality cannot also be its own partner.'];
    if (!refs.contact) fields.contactUserId = ['contactUserId names no active account.'];
    if (input.contactEmail && !input.contactName) fields.contactName = ['contactName is needed when a contact e-mail is given.'];
    if (Object.keys(fields).length) throw badInput(Object.values(fields).flat().join(' '), fields);
  }

  async submit(actor: Actor, id: string): Promise<Practice> {
    return this.transition(actor, id, 'submit', async (tx, row, viewer) => {
      await this.requireComplete(tx, row);
      await tx.query(
        `UPDATE practice SET state = 'in_review', submitted_at = now(), review_comment = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.submitted', subjectType: 'practice', subjectId: row.id });
    });
  }

  async publish(actor: Actor, id: string): Promise<Practice> {
    return this.transition(actor, id, 'review', async (tx, row, viewer) => {
      await this.requireComplete(tx, row);
      await tx.query(
        `UPDATE practice SET state = 'published', published_at = coalesce(published_at, now()), review_comment = NULL,
           version = version + 1, updated_at = now() WHERE id = $1`,
        [row.id],
      );
      await this.writeRevision(tx, row.id, viewer.id, null);
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.published', subjectType: 'practice', subjectId: row.id });
      await this.outbox.emit(tx, { type: 'practice.published', practiceId: row.id, actorId: viewer.id });
    });
  }

  async returnToDraft(actor: Actor, id: string, comment: string): Promise<Practice> {
    return this.transition(actor, id, 'review', async (tx, row, viewer) => {
      await tx.query(`UPDATE practice SET state = 'draft', review_comment = $2, version = version + 1, updated_at = now() WHERE id = $1`, [row.id, comment]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.returned', subjectType: 'practice', subjectId: row.id, details: { comment } });
      await this.outbox.emit(tx, { type: 'practice.returned', practiceId: row.id, actorId: viewer.id });
    });
  }

  async archive(actor: Actor, id: string): Promise<Practice> {
    return this.transition(actor, id, 'archive', async (tx, row, viewer) => {
      await tx.query(`UPDATE practice SET state = 'archived', archived_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [row.id]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.archived', subjectType: 'practice', subjectId: row.id });
      await this.outbox.emit(tx, { type: 'practice.archived', practiceId: row.id, actorId: viewer.id });
    });
  }

  /** Deletes a never-published draft; returns the storage keys of its attachments for removal. */
  async delete(actor: Actor, id: string): Promise<string[]> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.getById(id, tx, true);
      const viewer = authorizePractice(actor, 'delete', toPractice(row));
      const files = await tx.query<{ storage_key: string }[]>(`SELECT storage_key FROM practice_attachment WHERE practice_id = $1`, [row.id]);
      await tx.query(`DELETE FROM follow WHERE subject_type = 'practice' AND subject_id = $1`, [row.id]);
      await tx.query(`DELETE FROM practice WHERE id = $1`, [row.id]);
      await this.audit.record(tx, { actorId: viewer.id, action: 'practice.deleted', subjectType: 'practice', subjectId: row.id, details: { title: row.title } });
      return files.map((f) => f.storage_key);
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    action: 'submit' | 'review' | 'archive',
    change: (tx: EntityManager, row: PracticeRow, viewer: Viewer) => Promise<void>,
  ): Promise<Practice> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.getById(id, tx, true);
      const viewer = authorizePractice(actor, action, toPractice(row));
      await change(tx, row, viewer);
    });
    // Notifications about the change (review results, new practices) are outbox events.
    this.outbox.wake();
    return toPractice(await this.getById(id));
  }

  private async requireComplete(tx: EntityManager, row: PracticeRow): Promise<void> {
    const [{ n }] = await tx.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM practice_topic WHERE practice_id = $1`, [row.id]);
    const missing = missingSections(toPractice(row), n);
    if (missing.length) {
      throw new DomainError('BAD_USER_INPUT', `These sections are still missing: ${missing.join(', ')}.`, {
        missing,
        fields: Object.fromEntries(missing.map((s) => [s, [`${s} is required before publication.`]])),
      });
    }
  }

  /** Snapshot of the practice as it is now in this transaction, kept as the next revision. */
  private async writeRevision(tx: EntityManager, practiceId: string, authorId: string, note: string | null): Promise<void> {
    const [current] = await tx.query<{ snapshot: PracticeSnapshot; previous: PracticeSnapshot | null; next: number }[]>(
      `SELECT json_build_object(
           'title', p.title, 'summary', p.summary,
           'topics', (SELECT coalesce(json_agg(t.slug ORDER BY t.slug), '[]') FROM practice_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.practice_id = p.id),
           'partnerMunicipalities', (SELECT coalesce(json_agg(m.slug ORDER BY m.slug), '[]') FROM practice_partner_municipality pm JOIN municipality m ON m.id = pm.municipality_id WHERE pm.practice_id = p.id),
           'targetGroups', p.target_groups, 'workStatus', p.work_status, 'periodStart', p.period_start::text, 'periodEnd', p.period_end::text,
           'problem', p.problem, 'approach', p.approach, 'results', p.results, 'outcomes', p.outcomes,
           'costOneOffEur', p.cost_one_off_eur, 'costYearlyEur', p.cost_yearly_eur, 'fundingSources', p.funding_sources,
           'staffHoursPerMonth', p.staff_hours_per_month::float8, 'partners', p.partners, 'successFactors', p.success_factors,
           'obstacles', p.obstacles, 'transferability', p.transferability, 'transferableKinds', p.transferable_kinds,
           'transferableSizes', p.transferable_sizes,
           'contact', concat_ws(' ', coalesce(u.display_name, p.contact_name), nullif(p.contact_email, ''))
         ) AS snapshot,
         (SELECT snapshot FROM practice_revision WHERE practice_id = p.id ORDER BY number DESC LIMIT 1) AS previous,
         (SELECT coalesce(max(number), 0) + 1 FROM practice_revision WHERE practice_id = p.id) AS next
       FROM practice p LEFT JOIN app_user u ON u.id = p.contact_user_id WHERE p.id = $1`,
      [practiceId],
    );
    const changed = changedFields(current.previous, current.snapshot);
    if (current.previous && changed.length === 0) return;
    await tx.query(`INSERT INTO practice_revision (practice_id, number, snapshot, changed_fields, note, author_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
      practiceId,
      current.next,
      JSON.stringify(current.snapshot),
      changed,
      note,
      authorId,
    ]);
  }

  async revisionDiff(actor: Actor, slug: string, from: number, to: number): Promise<RevisionDiff> {
    const practice = await this.getBySlug(actor, slug);
    const revisions = await this.repo.revisionsOf([practice.id]);
    const a = revisions.find((r) => r.number === from);
    const b = revisions.find((r) => r.number === to);
    if (!a || !b) throw notFound('Revision', `${slug}#${!a ? from : to}`);
    const snapshots = new Map((await this.repo.revisionSnapshots(practice.id, [from, to])).map((s) => [s.number, s.snapshot]));
    return { from: a, to: b, changes: diffSnapshots(snapshots.get(from)!, snapshots.get(to)!) };
  }

  /** Follow or unfollow a published practice; idempotent. */
  async setFollow(actor: Actor, id: string, follow: boolean): Promise<Practice> {
    const row = await this.getById(id);
    const practice = toPractice(row);
    const viewer = follow ? authorizePractice(actor, 'follow', practice) : this.requireViewer(actor);
    if (follow) {
      await this.dataSource.query(`INSERT INTO follow (user_id, subject_type, subject_id) VALUES ($1, 'practice', $2) ON CONFLICT DO NOTHING`, [viewer.id, row.id]);
    } else {
      await this.dataSource.query(`DELETE FROM follow WHERE user_id = $1 AND subject_type = 'practice' AND subject_id = $2`, [viewer.id, row.id]);
    }
    return practice;
  }

  private requireViewer(actor: Actor): Viewer {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in first.');
    return actor;
  }
}
