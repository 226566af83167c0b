import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Accounts, memberships, sessions, one-time tokens, invitations, consents, audit, outbox, rate limits. */
export class Identity1764172800000 implements MigrationInterface {
  name = 'Identity1764172800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254),
        email_verified_at timestamptz,
        password_hash text,
        display_name varchar(100) NOT NULL,
        role varchar(20) NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
        locale varchar(5) NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
        bio text,
        affiliation_text varchar(200),
        affiliation_municipality_id uuid REFERENCES municipality (id) ON DELETE SET NULL,
        languages text[] NOT NULL DEFAULT '{}',
        allow_contact boolean NOT NULL DEFAULT false,
        blocked_at timestamptz,
        blocked_reason varchar(500),
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (deleted_at IS NOT NULL OR email IS NOT NULL)
      )`);
    // E-mail addresses are stored lower-cased; an erased account frees its address.
    await db.query(`CREATE UNIQUE INDEX app_user_email_uq ON app_user (email) WHERE email IS NOT NULL`);

    await db.query(`
      CREATE TABLE municipality_membership (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        role varchar(20) NOT NULL CHECK (role IN ('coordinator', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX municipality_membership_municipality_idx ON municipality_membership (municipality_id, role)`);

    await db.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        user_agent varchar(300),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await db.query(`
      CREATE TABLE user_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose varchar(20) NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
        email varchar(254),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX user_token_user_idx ON user_token (user_id, purpose)`);

    await db.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        email varchar(254) NOT NULL,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        role varchar(20) NOT NULL CHECK (role IN ('coordinator', 'member')),
        invited_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX invitation_municipality_idx ON invitation (municipality_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE consent (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        version varchar(20) NOT NULL,
        given_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind, version)
      )`);

    await db.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action varchar(60) NOT NULL,
        subject_type varchar(40) NOT NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_event_created_idx ON audit_event (created_at DESC)`);

    // Transactional outbox: written in the same transaction as the change, sent by a worker.
    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(40) NOT NULL,
        payload jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )`);
    await db.query(`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending'`);

    // Fixed-window counters shared by all API instances.
    await db.query(`
      CREATE TABLE rate_limit (
        key varchar(300) PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['rate_limit', 'outbox', 'audit_event', 'consent', 'invitation', 'user_token', 'user_session', 'municipality_membership', 'app_user']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
