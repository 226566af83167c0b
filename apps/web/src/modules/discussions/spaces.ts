import type { SpaceType } from '../../graphql/generated';
import { currentLanguage } from '../../i18n';

const URL_TYPES: Record<string, SpaceType> = { topic: 'TOPIC', programme: 'PROGRAMME', practice: 'PRACTICE' };

/** `topic:<id>` (the `space` parameter of the new-thread page) as a SpaceInput. */
export function parseSpaceParam(value: string | null): { type: SpaceType; id: string } | null {
  if (!value) return null;
  const [type, ...rest] = value.split(':');
  const id = rest.join(':');
  const spaceType = URL_TYPES[type?.toLowerCase() ?? ''];
  return spaceType && id ? { type: spaceType, id } : null;
}

export function spaceParam(space: { type: SpaceType; id: string }): string {
  return `${space.type.toLowerCase()}:${space.id}`;
}

export function newThreadPath(space: { type: SpaceType; id: string }): string {
  return `/diskussionen/neu?space=${encodeURIComponent(spaceParam(space))}`;
}

export function threadPath(id: string): string {
  return `/diskussionen/${encodeURIComponent(id)}`;
}

/** A space's title in the page's language (the API's `title` follows the account's language instead). */
export function spaceTitle(space: { titleDe: string; titleEn: string }, lng: string | undefined): string {
  return currentLanguage(lng) === 'en' ? space.titleEn : space.titleDe;
}
