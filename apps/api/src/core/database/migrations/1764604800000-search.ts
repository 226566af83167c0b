import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tables of the embedded search engine (PostgresSearch). The index is rebuilt from the database at
 * any time (`reindex`), so nothing here is a source of truth. `index_name` keeps indexes apart (the
 * app uses 'documents'; tests use their own).
 */
export class Search1764604800000 implements MigrationInterface {
  name = 'Search1764604800000';

  async up(db: QueryRunner): Promise<void> {
    // One row per document. A removal keeps the row as a tombstone (removed, texts cleared) with its
    // version, so a late index of an older version cannot bring the document back.
    await db.query(`
      CREATE TABLE search_document (
        index_name text NOT NULL,
        id text NOT NULL,
        version bigint NOT NULL,
        removed boolean NOT NULL DEFAULT false,
        kind text,
        source_id text,
        title text,
        summary text,
        tags text[],
        -- Cut to the first ~10,000 characters: enough for the tsvector and the snippet.
        body text,
        path text,
        context text,
        topics text[] NOT NULL DEFAULT '{}',
        municipalities text[] NOT NULL DEFAULT '{}',
        regions text[] NOT NULL DEFAULT '{}',
        municipality_kinds text[] NOT NULL DEFAULT '{}',
        status text,
        has_results boolean NOT NULL DEFAULT false,
        adopted boolean NOT NULL DEFAULT false,
        date timestamptz,
        is_example boolean NOT NULL DEFAULT false,
        -- Title A, summary and tags B, body C, over normalised text (umlauts transliterated, accents dropped).
        tsv tsvector,
        -- The title alone: title matches are ranking candidates and document suggestions.
        title_tsv tsvector,
        PRIMARY KEY (index_name, id)
      )`);
    await db.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
    await db.query(`CREATE INDEX search_document_title_tsv_idx ON search_document USING gin (title_tsv)`);
    // Browsing and "newest first" walk this index and stop early.
    await db.query(`CREATE INDEX search_document_date_idx ON search_document (index_name, date DESC) WHERE NOT removed`);

    // The vocabulary: every indexed word with the number of live documents that contain it, for
    // typo correction, compound parts and suggestions (trigram index), and the word's lexeme.
    await db.query(`
      CREATE TABLE search_term (
        index_name text NOT NULL,
        term text COLLATE "C" NOT NULL,
        lexeme text COLLATE "C" NOT NULL,
        display text NOT NULL,
        doc_count integer NOT NULL,
        PRIMARY KEY (index_name, term)
      )`);
    await db.query(`CREATE INDEX search_term_trgm_idx ON search_term USING gin (term gin_trgm_ops)`);
    await db.query(`CREATE INDEX search_term_lexeme_idx ON search_term (index_name, lexeme)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE search_term`);
    await db.query(`DROP TABLE search_document`);
  }
}
