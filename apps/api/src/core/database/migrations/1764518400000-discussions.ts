import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Discussions (threads in a space, posts with edit history, mentions, reactions), read markers,
 * follow levels, notifications with e-mail preferences, private conversations with blocking,
 * and moderation (flags, warnings). A thread's body is its first post (number 1), so quoting,
 * reactions, flags and edit history work the same for both.
 */
export class Discussions1764518400000 implements MigrationInterface {
  name = 'Discussions1764518400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        space_type varchar(20) NOT NULL CHECK (space_type IN ('topic', 'programme', 'practice')),
        space_id uuid NOT NULL,
        kind varchar(20) NOT NULL CHECK (kind IN ('question', 'discussion')),
        title varchar(200) NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        accepted_post_id uuid,
        post_count integer NOT NULL DEFAULT 0,
        last_post_number integer NOT NULL DEFAULT 0,
        last_post_at timestamptz NOT NULL DEFAULT now(),
        locked_at timestamptz,
        pinned_at timestamptz,
        hidden_at timestamptz,
        hidden_reason varchar(500),
        held_at timestamptz,
        deleted_at timestamptz,
        is_example boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Space listings: pinned first, then latest activity.
    await db.query(`CREATE INDEX thread_space_idx ON thread (space_type, space_id, pinned_at DESC NULLS LAST, last_post_at DESC, id DESC)`);
    await db.query(`CREATE INDEX thread_activity_idx ON thread (last_post_at DESC, id DESC)`);
    await db.query(`CREATE INDEX thread_author_idx ON thread (author_id)`);

    await db.query(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        number integer NOT NULL,
        author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        body text NOT NULL,
        quoted_post_id uuid REFERENCES post (id) ON DELETE SET NULL,
        helpful_count integer NOT NULL DEFAULT 0,
        edited_at timestamptz,
        edit_count integer NOT NULL DEFAULT 0,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        hidden_reason varchar(500),
        held_at timestamptz,
        held_reason varchar(40),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (thread_id, number)
      )`);
    await db.query(`CREATE INDEX post_author_idx ON post (author_id, created_at DESC)`);
    await db.query(`CREATE INDEX post_held_idx ON post (held_at) WHERE held_at IS NOT NULL`);
    await db.query(`ALTER TABLE thread ADD CONSTRAINT thread_accepted_post_fk FOREIGN KEY (accepted_post_id) REFERENCES post (id) ON DELETE SET NULL`);

    // Earlier bodies of an edited post: visible to moderators only.
    await db.query(`
      CREATE TABLE post_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        body text NOT NULL,
        editor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX post_revision_post_idx ON post_revision (post_id, created_at)`);

    await db.query(`
      CREATE TABLE post_mention (
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        PRIMARY KEY (post_id, user_id)
      )`);
    await db.query(`CREATE INDEX post_mention_user_idx ON post_mention (user_id)`);

    await db.query(`
      CREATE TABLE post_reaction (
        post_id uuid NOT NULL REFERENCES post (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind varchar(20) NOT NULL DEFAULT 'helpful' CHECK (kind IN ('helpful')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, user_id, kind)
      )`);
    await db.query(`CREATE INDEX post_reaction_user_idx ON post_reaction (user_id)`);

    // Unread markers: the highest post number a person has seen in a thread.
    await db.query(`
      CREATE TABLE thread_read (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        last_read_number integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, thread_id)
      )`);

    // Follow levels (Discourse): watching notifies of everything, normal of what concerns me, muted of nothing.
    await db.query(`ALTER TABLE follow ADD COLUMN level varchar(10) NOT NULL DEFAULT 'watching' CHECK (level IN ('watching', 'normal', 'muted'))`);

    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        type varchar(40) NOT NULL,
        subject_type varchar(20) NOT NULL,
        subject_id uuid NOT NULL,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        count integer NOT NULL DEFAULT 1,
        read_at timestamptz,
        emailed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX notification_user_idx ON notification (user_id, updated_at DESC, id DESC)`);
    await db.query(`CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`);
    await db.query(`CREATE INDEX notification_unsent_idx ON notification (user_id) WHERE emailed_at IS NULL`);

    await db.query(`
      ALTER TABLE app_user
        ADD COLUMN email_frequency varchar(12) NOT NULL DEFAULT 'daily' CHECK (email_frequency IN ('immediately', 'daily', 'weekly', 'never')),
        ADD COLUMN digest_sent_at timestamptz`);

    await db.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        practice_id uuid REFERENCES practice (id) ON DELETE SET NULL,
        subject varchar(200),
        last_message_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE conversation_participant (
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        last_read_at timestamptz,
        PRIMARY KEY (conversation_id, user_id)
      )`);
    await db.query(`CREATE INDEX conversation_participant_user_idx ON conversation_participant (user_id)`);
    await db.query(`
      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        sender_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX message_conversation_idx ON message (conversation_id, created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE user_block (
        blocker_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        blocked_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (blocker_id, blocked_id),
        CHECK (blocker_id <> blocked_id)
      )`);

    await db.query(`
      CREATE TABLE flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type varchar(10) NOT NULL CHECK (subject_type IN ('post', 'thread')),
        subject_id uuid NOT NULL,
        thread_id uuid NOT NULL REFERENCES thread (id) ON DELETE CASCADE,
        reporter_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        reason varchar(20) NOT NULL CHECK (reason IN ('spam', 'offensive', 'off_topic', 'personal_data', 'other')),
        note varchar(500),
        status varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
        resolved_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open flag per person and subject; a new one after resolution is allowed.
    await db.query(`CREATE UNIQUE INDEX flag_open_unique ON flag (subject_type, subject_id, reporter_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX flag_open_idx ON flag (created_at) WHERE status = 'open'`);

    await db.query(`
      CREATE TABLE user_warning (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        moderator_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        reason varchar(500) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX user_warning_user_idx ON user_warning (user_id, created_at DESC)`);
    await db.query(`CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_event_subject_idx`);
    for (const table of ['user_warning', 'flag', 'user_block', 'message', 'conversation_participant', 'conversation', 'notification', 'thread_read', 'post_reaction', 'post_mention', 'post_revision']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE thread DROP CONSTRAINT thread_accepted_post_fk`);
    await db.query(`DROP TABLE post`);
    await db.query(`DROP TABLE thread`);
    await db.query(`ALTER TABLE app_user DROP COLUMN email_frequency, DROP COLUMN digest_sent_at`);
    await db.query(`ALTER TABLE follow DROP COLUMN level`);
  }
}
