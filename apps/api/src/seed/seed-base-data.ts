import { type DataSource } from 'typeorm';
import { type SeedData } from './seed-data.js';

export interface SeedReport {
  municipalitiesAdded: number;
  topicsAdded: number;
  programmesAdded: number;
}

/**
 * Inserts the programme, its municipalities and the topics. Idempotent and additive: records that
 * exist (by slug) are left as they are, so edits made in the running platform are never overwritten.
 */
export async function seedBaseData(dataSource: DataSource, data: SeedData): Promise<SeedReport> {
  return dataSource.transaction(async (tx) => {
    let municipalitiesAdded = 0;
    for (const m of data.municipalities) {
      const rows: unknown[] = await tx.query(
        `INSERT INTO municipality (slug, name, official_name, kind, region, district, seat, members, latitude, longitude)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [m.slug, m.name, m.officialName ?? null, m.kind, m.region, m.district ?? null, m.seat ?? null, m.members, m.lat ?? null, m.lon ?? null],
      );
      municipalitiesAdded += rows.length;
    }

    const p = data.programme;
    const programmeRows: unknown[] = await tx.query(
      `INSERT INTO programme (slug, name, framework, announced_on, funding_per_site_eur_max, implemented_by, goals)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [p.slug, p.name, p.framework ?? null, p.announced ?? null, p.fundingPerSiteEurMax ?? null, p.implementedBy ?? null, p.goals],
    );
    // Participation follows the programme's cohort list; only added when the programme is new,
    // so an admin's later changes to the cohort stay.
    if (programmeRows.length > 0) {
      await tx.query(
        `INSERT INTO programme_participant (programme_id, municipality_id)
         SELECT pr.id, m.id FROM programme pr JOIN municipality m ON m.slug = ANY($2::text[])
         WHERE pr.slug = $1
         ON CONFLICT DO NOTHING`,
        [p.slug, data.municipalities.map((m) => m.slug)],
      );
    }

    let topicsAdded = 0;
    for (const [position, t] of data.topics.entries()) {
      const rows: unknown[] = await tx.query(
        `INSERT INTO topic (slug, name_de, name_en, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [t.slug, t.de, t.en, position],
      );
      topicsAdded += rows.length;
    }
    return { municipalitiesAdded, topicsAdded, programmesAdded: programmeRows.length };
  });
}
