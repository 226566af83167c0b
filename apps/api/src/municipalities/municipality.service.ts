import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type Repository } from 'typeorm';
import { containsPattern } from '../core/database/sql.js';
import { notFound } from '../core/errors/domain-error.js';
import { type Connection, decodeCursor, toConnection } from '../core/graphql/pagination.js';
import { type MunicipalityFilter } from './dto/municipalities.args.js';
import { Municipality } from './municipality.entity.js';

@Injectable()
export class MunicipalityService {
  constructor(@InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>) {}

  /** Municipalities in name order, filtered, one keyset page at a time. Two statements per page. */
  async list(filter: MunicipalityFilter = {}, first: number, after?: string): Promise<Connection<Municipality>> {
    const query = this.municipalities.createQueryBuilder('m');
    if (filter.region) query.andWhere('m.region = :region', { region: filter.region });
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    const search = filter.search?.trim();
    if (search) {
      // Accent- and case-insensitive, so "lorrach" finds Lörrach.
      query.andWhere(
        `unaccent(lower(concat_ws(' ', m.name, m.official_name, m.district, m.seat, array_to_string(m.members, ' '))))
         LIKE unaccent(lower(:pattern))`,
        { pattern: containsPattern(search) },
      );
    }
    const count = query.clone();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      query.andWhere('(m.name, m.id) > (:afterName, CAST(:afterId AS uuid))', { afterName: String(name), afterId: String(id) });
    }
    // Count and page are independent: on PostgreSQL they run side by side on two pooled connections.
    const [totalCount, rows] = await Promise.all([
      count.getCount(),
      query.orderBy('m.name', 'ASC').addOrderBy('m.id', 'ASC').limit(first + 1).getMany(),
    ]);
    return toConnection(rows, first, totalCount, (m) => [m.name, m.id]);
  }

  async getBySlug(slug: string): Promise<Municipality> {
    const municipality = await this.municipalities.findOneBy({ slug });
    if (!municipality) throw notFound('Municipality', slug);
    return municipality;
  }

  /** A municipality from a raw row (e.g. one aggregated as JSON by another feature's query). */
  fromRawRow(row: Record<string, unknown>): Municipality {
    const municipality = this.municipalities.create();
    for (const column of this.municipalities.metadata.columns) {
      (municipality as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
    }
    return municipality;
  }

  /**
   * For DataLoaders: the municipalities with these ids, in no particular order. Raw SQL: every list
   * page asks for its municipalities, and TypeORM's find builds and hydrates more than it reads.
   */
  async findByIds(ids: readonly string[]): Promise<Municipality[]> {
    if (!ids.length) return [];
    const rows = await this.municipalities.manager.query<Record<string, unknown>[]>(`SELECT * FROM municipality WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => this.fromRawRow(row));
  }
}
