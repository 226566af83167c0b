import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { type Municipality, MunicipalityService } from '../municipalities/index.js';
import { Programme } from './programme.entity.js';

interface Participation {
  programme_id: string;
  municipality_id: string;
}

/** Groups batch results by key in the order DataLoader asked for them. */
function groupBy<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const item of items) groups.get(keyOf(item))?.push(item);
  return keys.map((k) => groups.get(k) ?? []);
}

@Injectable()
export class ProgrammeService {
  constructor(
    @InjectRepository(Programme) private readonly programmes: Repository<Programme>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalityService,
  ) {}

  list(): Promise<Programme[]> {
    return this.programmes.find({ order: { announcedOn: 'DESC', name: 'ASC' } });
  }

  private participations(column: 'programme_id' | 'municipality_id', ids: readonly string[]): Promise<Participation[]> {
    return this.dataSource.query(
      `SELECT programme_id, municipality_id FROM programme_participant WHERE ${column} = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** Batch: the programmes each municipality takes part in (newest first), in one statement. */
  async programmesOfMunicipalities(municipalityIds: readonly string[]): Promise<Programme[][]> {
    const { raw, entities } = await this.programmes
      .createQueryBuilder('p')
      .innerJoin('programme_participant', 'pp', 'pp.programme_id = p.id')
      .addSelect('pp.municipality_id', 'municipality_id')
      .where('pp.municipality_id = ANY(:ids)', { ids: [...municipalityIds] })
      .orderBy('p.announced_on', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .getRawAndEntities<{ p_id: string; municipality_id: string }>();
    const byId = new Map(entities.map((p) => [p.id, p]));
    return groupBy(municipalityIds, raw, (r) => r.municipality_id).map((group) =>
      group.map((r) => byId.get(r.p_id)).filter((p): p is Programme => !!p),
    );
  }

  /** Batch: each programme's participating municipalities, in name order. */
  async participantsOfProgrammes(programmeIds: readonly string[]): Promise<Municipality[][]> {
    const links = await this.participations('programme_id', programmeIds);
    const municipalities = await this.municipalities.findByIds([...new Set(links.map((l) => l.municipality_id))]);
    const byId = new Map(municipalities.map((m) => [m.id, m]));
    return groupBy(programmeIds, links, (l) => l.programme_id).map((group) =>
      group
        .map((l) => byId.get(l.municipality_id))
        .filter((m): m is Municipality => !!m)
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    );
  }
}
