const BASE = 'https://praxisforum.invalid';
const AUTH_PAGES = ['/anmelden', '/registrieren', '/passwort-vergessen', '/passwort-neu'];

/**
 * Where to go after signing in: the `next` path if it is a page of this site (a path, not a URL
 * to another site, not a protocol-relative `//host`), otherwise the fallback.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/konto'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || AUTH_PAGES.includes(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}

/** Link to the sign-in page that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return AUTH_PAGES.some((p) => path === p || path.startsWith(`${p}?`)) || path === '/'
    ? '/anmelden'
    : `/anmelden?next=${encodeURIComponent(path)}`;
}
