/**
 * The visibility rules (who reads which practice, thread and post) as SQL fragments, for a person given by an SQL expression for
 * their id (`uid`) and whether they moderate (`staff`, a boolean expression). Used when choosing
 * recipients, when showing notifications later (content may have been hidden since) and by search.
 */
export const practiceVisibleSql = (p: string, uid: string, staff: string) =>
  `(${p}.state = 'published' OR ${staff} OR EXISTS (SELECT 1 FROM municipality_membership vm
     WHERE vm.user_id = ${uid} AND vm.municipality_id = ${p}.municipality_id AND vm.role = 'coordinator'))`;

export const threadVisibleSql = (t: string, uid: string, staff: string) =>
  `(${t}.deleted_at IS NULL
    AND ((${t}.hidden_at IS NULL AND ${t}.held_at IS NULL) OR ${staff} OR ${t}.author_id = ${uid})
    AND (${t}.space_type <> 'practice' OR EXISTS (SELECT 1 FROM practice sp WHERE sp.id = ${t}.space_id AND ${practiceVisibleSql('sp', uid, staff)})))`;

/** A post's body may be shown to everyone who sees its thread (held, hidden and deleted posts: not). */
export const postShownSql = (p: string) => `(${p}.deleted_at IS NULL AND ${p}.hidden_at IS NULL AND ${p}.held_at IS NULL)`;

export const staffSql = (u: string) => `(${u}.role IN ('moderator', 'admin'))`;

/** What a guest may read: the rules above for nobody in particular (search indexes only this). */
export const publicPracticeSql = (p: string) => `coalesce(${practiceVisibleSql(p, 'NULL::uuid', 'false')}, false)`;
export const publicThreadSql = (t: string) => `coalesce(${threadVisibleSql(t, 'NULL::uuid', 'false')}, false)`;
