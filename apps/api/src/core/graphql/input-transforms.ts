import { registerEnumType } from '@nestjs/graphql';

/** class-transformer helpers for inputs: trim text; turn blank optional text into "not given". */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const trimToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);

/**
 * A GraphQL enum from a list of lower-case domain values: names are UPPER_CASE, internal values
 * stay the slugs stored in the database and shared through libs/domain.
 */
export function registerDomainEnum<T extends string>(values: readonly T[], name: string, description?: string): Record<Uppercase<T>, T> {
  const enumObject = Object.fromEntries(values.map((v) => [v.toUpperCase(), v])) as Record<Uppercase<T>, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
