/** One readable line for a failure to reach or use the database (no stack, no SQL). */
export function describeDatabaseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e?.code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and the port right?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case 'ETIMEDOUT':
      return 'connection timed out';
    case '28P01':
    case '28000':
      return 'authentication failed (check user and password)';
    case '3D000':
      return 'the database does not exist (create it first)';
    default:
      return (e?.message ?? String(error)).split('\n')[0];
  }
}
