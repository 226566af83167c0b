/** Slugs are lowercase ASCII words joined by hyphens, as used in URLs and seed data. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG_PATTERN.test(value);
}
