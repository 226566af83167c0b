import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Practices with topics, partner municipalities, revisions and attachments; adoptions; follows.
 * Outcomes and partners are small lists owned by one record and always read with it: jsonb,
 * validated at the API boundary.
 */
export class Practices1764432000000 implements MigrationInterface {
  name = 'Practices1764432000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE practice (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(140) NOT NULL UNIQUE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE RESTRICT,
        state varchar(20) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'published', 'archived')),
        version integer NOT NULL DEFAULT 1,
        is_example boolean NOT NULL DEFAULT false,
        title varchar(200) NOT NULL,
        summary varchar(500) NOT NULL DEFAULT '',
        target_groups text[] NOT NULL DEFAULT '{}',
        work_status varchar(20) NOT NULL DEFAULT 'idea'
          CHECK (work_status IN ('idea', 'pilot', 'running', 'completed', 'discontinued')),
        period_start date,
        period_end date,
        problem text NOT NULL DEFAULT '',
        approach text NOT NULL DEFAULT '',
        results text NOT NULL DEFAULT '',
        outcomes jsonb NOT NULL DEFAULT '[]',
        cost_one_off_eur integer CHECK (cost_one_off_eur >= 0),
        cost_yearly_eur integer CHECK (cost_yearly_eur >= 0),
        funding_sources text[] NOT NULL DEFAULT '{}',
        staff_hours_per_month numeric(7, 1) CHECK (staff_hours_per_month >= 0),
        partners jsonb NOT NULL DEFAULT '[]',
        success_factors text NOT NULL DEFAULT '',
        obstacles text NOT NULL DEFAULT '',
        transferability text NOT NULL DEFAULT '',
        transferable_kinds text[] NOT NULL DEFAULT '{}',
        transferable_sizes text[] NOT NULL DEFAULT '{}',
        contact_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        contact_name varchar(200),
        contact_email varchar(254),
        contact_consent boolean NOT NULL DEFAULT false,
        review_comment text,
        adoption_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        submitted_at timestamptz,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
        CHECK (jsonb_typeof(outcomes) = 'array' AND jsonb_typeof(partners) = 'array')
      )`);
    // One index per sort of the public list (keyset pagination), published rows only.
    await db.query(`CREATE INDEX practice_newest_idx ON practice (published_at DESC, id DESC) WHERE state = 'published'`);
    await db.query(`CREATE INDEX practice_updated_idx ON practice (updated_at DESC, id DESC) WHERE state = 'published'`);
    await db.query(
      `CREATE INDEX practice_adopted_idx ON practice (adoption_count DESC, published_at DESC, id DESC) WHERE state = 'published'`,
    );
    await db.query(`CREATE INDEX practice_municipality_idx ON practice (municipality_id, state)`);
    await db.query(`CREATE INDEX practice_review_idx ON practice (submitted_at) WHERE state = 'in_review'`);

    await db.query(`
      CREATE TABLE practice_topic (
        practice_id uuid NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, topic_id)
      )`);
    await db.query(`CREATE INDEX practice_topic_topic_idx ON practice_topic (topic_id)`);

    await db.query(`
      CREATE TABLE practice_partner_municipality (
        practice_id uuid NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        PRIMARY KEY (practice_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX practice_partner_municipality_idx ON practice_partner_municipality (municipality_id)`);

    // Every published version: a full snapshot of the editable fields and what changed from the one before.
    await db.query(`
      CREATE TABLE practice_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
        number integer NOT NULL,
        snapshot jsonb NOT NULL,
        changed_fields text[] NOT NULL DEFAULT '{}',
        note varchar(500),
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, number)
      )`);

    await db.query(`
      CREATE TABLE practice_attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
        storage_key varchar(200) NOT NULL UNIQUE,
        file_name varchar(200) NOT NULL,
        mime_type varchar(100) NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        alt_text varchar(300),
        uploaded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX practice_attachment_practice_idx ON practice_attachment (practice_id, created_at)`);

    await db.query(`
      CREATE TABLE adoption (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL CHECK (kind IN ('adopted', 'adapted')),
        adopted_on date NOT NULL,
        changes text NOT NULL DEFAULT '',
        results text NOT NULL DEFAULT '',
        outcomes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(outcomes) = 'array'),
        is_example boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (practice_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX adoption_municipality_idx ON adoption (municipality_id)`);

    // Follows of any subject (practices now; threads, topics, municipalities with discussions).
    await db.query(`
      CREATE TABLE follow (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        subject_type varchar(20) NOT NULL CHECK (subject_type IN ('practice', 'thread', 'topic', 'municipality')),
        subject_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, subject_type, subject_id)
      )`);
    await db.query(`CREATE INDEX follow_subject_idx ON follow (subject_type, subject_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['follow', 'adoption', 'practice_attachment', 'practice_revision', 'practice_partner_municipality', 'practice_topic', 'practice']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
