import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { type Actor } from '../core/auth/viewer.js';
import { badInput, DomainError, notFound } from '../core/errors/domain-error.js';
import { OutboxService } from '../core/outbox/outbox.service.js';
import { MunicipalityService } from '../municipalities/index.js';
import { type AdoptionInput, type RecordAdoptionInput, type UpdateAdoptionInput } from './dto/practice.inputs.js';
import { futureOutcomeFields, todayInBerlin } from './dates.js';
import { authorizeFor } from './practice.policy.js';
import { PracticeRepository, toAdoption } from './practice.repository.js';
import { type Adoption } from './practice.types.js';


const outcomesJson = (input: AdoptionInput) =>
  JSON.stringify(input.outcomes.map((o) => ({ label: o.label, value: o.value, unit: o.unit, asOf: o.asOf, source: o.source ?? null })));

/** The transfer network: municipality B records that it adopted or adapted a practice of A. */
@Injectable()
export class AdoptionService {
  constructor(
    private readonly repo: PracticeRepository,
    private readonly municipalities: MunicipalityService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(actor: Actor, input: RecordAdoptionInput): Promise<Adoption> {
    const municipality = await this.municipalities.getBySlug(input.municipalitySlug);
    const viewer = authorizeFor(actor, municipality.id);
    this.checkDates(input);
    const id = await this.repo.dataSource.transaction(async (tx) => {
      const practice = await this.repo.findBy('id', input.practiceId, tx, true);
      if (!practice || practice.state !== 'published') throw notFound('Practice', input.practiceId);
      if (practice.municipality_id === municipality.id) {
        throw badInput('A municipality cannot adopt its own practice.', { municipalitySlug: ['Choose a municipality other than the owner.'] });
      }
      const rows = await tx.query<{ id: string }[]>(
        `INSERT INTO adoption (practice_id, municipality_id, kind, adopted_on, changes, results, outcomes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (practice_id, municipality_id) DO NOTHING RETURNING id`,
        [practice.id, municipality.id, input.kind, input.adoptedOn, input.changes, input.results, outcomesJson(input), viewer.id],
      );
      if (!rows[0]) throw new DomainError('CONFLICT', `${municipality.name} has already recorded this adoption; edit it instead.`);
      await this.recount(tx, practice.id);
      await this.audit.record(tx, { actorId: viewer.id, action: 'adoption.recorded', subjectType: 'practice', subjectId: practice.id, details: { municipalityId: municipality.id } });
      await this.outbox.emit(tx, { type: 'adoption.recorded', adoptionId: rows[0].id, practiceId: practice.id, actorId: viewer.id });
      return rows[0].id;
    });
    this.outbox.wake();
    return toAdoption((await this.repo.findAdoption(id))!);
  }

  async update(actor: Actor, input: UpdateAdoptionInput): Promise<Adoption> {
    const existing = await this.repo.findAdoption(input.id);
    if (!existing) throw notFound('Adoption', input.id);
    const viewer = authorizeFor(actor, existing.municipality_id);
    this.checkDates(input);
    await this.repo.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE adoption SET kind = $2, adopted_on = $3, changes = $4, results = $5, outcomes = $6, updated_at = now() WHERE id = $1`,
        [existing.id, input.kind, input.adoptedOn, input.changes, input.results, outcomesJson(input)],
      );
      await this.audit.record(tx, { actorId: viewer.id, action: 'adoption.updated', subjectType: 'practice', subjectId: existing.practice_id });
    });
    return toAdoption((await this.repo.findAdoption(existing.id))!);
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    const existing = await this.repo.findAdoption(id);
    if (!existing) throw notFound('Adoption', id);
    const viewer = authorizeFor(actor, existing.municipality_id);
    await this.repo.dataSource.transaction(async (tx) => {
      await tx.query(`DELETE FROM adoption WHERE id = $1`, [existing.id]);
      await this.recount(tx, existing.practice_id);
      await this.audit.record(tx, { actorId: viewer.id, action: 'adoption.deleted', subjectType: 'practice', subjectId: existing.practice_id });
    });
    return true;
  }

  private checkDates(input: AdoptionInput): void {
    const today = todayInBerlin();
    const fields = futureOutcomeFields(input.outcomes, today);
    if (input.adoptedOn > today) fields.adoptedOn = ['adoptedOn cannot be in the future.'];
    if (Object.keys(fields).length) throw badInput(Object.values(fields).flat().join(' '), fields);
  }

  /** The denormalised count behind "most adopted" sorting, kept exact inside the transaction. */
  private async recount(tx: EntityManager, practiceId: string): Promise<void> {
    await tx.query(`UPDATE practice SET adoption_count = (SELECT count(*) FROM adoption WHERE practice_id = $1) WHERE id = $1`, [practiceId]);
  }
}
