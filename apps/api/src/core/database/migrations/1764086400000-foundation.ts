import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Municipalities, programmes with their participants, topics and accessibility feedback.
 * SQL accepted by PostgreSQL 15 (servers) and 18 (PGlite) alike.
 */
export class Foundation1764086400000 implements MigrationInterface {
  name = 'Foundation1764086400000';

  async up(db: QueryRunner): Promise<void> {
    // Needed by search (trigram similarity, accent-insensitive matching); the german
    // text-search configuration is built in.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);

    await db.query(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        official_name varchar(300),
        kind varchar(20) NOT NULL
          CHECK (kind IN ('town', 'municipality', 'district', 'city_district', 'association', 'joint_project')),
        region varchar(20) NOT NULL CHECK (region IN ('stuttgart', 'karlsruhe', 'freiburg', 'tuebingen')),
        district varchar(200),
        seat varchar(200),
        members text[] NOT NULL DEFAULT '{}',
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Keyset pagination walks (name, id); filters narrow by region and kind.
    await db.query(`CREATE INDEX municipality_name_id_idx ON municipality (name, id)`);
    await db.query(`CREATE INDEX municipality_region_kind_idx ON municipality (region, kind)`);

    await db.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name varchar(300) NOT NULL,
        framework varchar(300),
        announced_on date,
        funding_per_site_eur_max integer CHECK (funding_per_site_eur_max >= 0),
        implemented_by varchar(300),
        goals text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE programme_participant (
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        PRIMARY KEY (programme_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX programme_participant_municipality_idx ON programme_participant (municipality_id)`);

    await db.query(`
      CREATE TABLE topic (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE,
        name_de varchar(200) NOT NULL,
        name_en varchar(200) NOT NULL,
        position integer NOT NULL DEFAULT 0
      )`);

    await db.query(`
      CREATE TABLE accessibility_feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message text NOT NULL,
        name varchar(200),
        email varchar(254),
        page_url varchar(2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        handled_at timestamptz
      )`);
    await db.query(`CREATE INDEX accessibility_feedback_created_idx ON accessibility_feedback (created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE accessibility_feedback`);
    await db.query(`DROP TABLE topic`);
    await db.query(`DROP TABLE programme_participant`);
    await db.query(`DROP TABLE programme`);
    await db.query(`DROP TABLE municipality`);
    // Extensions stay: other databases objects may rely on them.
  }
}
