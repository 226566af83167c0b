import { type Actor } from '../core/auth/viewer.js';
import { type DataSource } from 'typeorm';

/**
 * Whether the viewer may see the thread, by the visibility rules of the shared contract (not
 * deleted; space visible: topics and programmes always, a practice when published or to its
 * coordinators and staff; hidden and held threads only to moderators and the author).
 * Interim: the discussions feature owns these rules; replace this with its policy when merging.
 */
export async function isThreadVisibleTo(dataSource: DataSource, viewer: Actor, threadId: string): Promise<boolean> {
  const moderator = viewer?.role === 'admin' || viewer?.role === 'moderator';
  const rows = await dataSource.query<unknown[]>(
    `SELECT 1
       FROM thread t
       LEFT JOIN practice p ON t.space_type = 'practice' AND p.id = t.space_id
      WHERE t.id = $1
        AND t.deleted_at IS NULL
        AND (t.space_type <> 'practice'
             OR p.state = 'published'
             OR (p.id IS NOT NULL AND ($2 OR p.municipality_id = ANY($3::uuid[]))))
        AND (t.hidden_at IS NULL OR $2 OR t.author_id = $4)
        AND (t.held_at IS NULL OR $2 OR t.author_id = $4)`,
    [threadId, moderator, viewer?.coordinatorOf ?? [], viewer?.id ?? null],
  );
  return rows.length > 0;
}
