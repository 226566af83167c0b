import type { TFunction } from 'i18next';

/** Reads a translation that is an array of strings (paragraphs, list items). */
export function textList(t: TFunction, key: string): string[] {
  const value: unknown = t(key, { returnObjects: true });
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
