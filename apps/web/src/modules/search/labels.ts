import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';
import type { SearchKind } from '../../graphql/generated';

/** "Praxisbeispiel": the kind of one hit or suggestion. Accepts the API's enum and the URL's form. */
export function searchKindLabel(t: TFunction, kind: SearchKind | Lowercase<SearchKind>): string {
  return t(`search.kind.${kind.toUpperCase()}`);
}

/** "Praxisbeispiele": the kind as a facet option. */
export function searchKindsLabel(t: TFunction, kind: SearchKind | Lowercase<SearchKind>): string {
  return t(`search.kinds.${kind.toUpperCase()}`);
}

/** Topic and municipality facets carry their names; topics have an English one as well. */
export function facetValueLabel(facet: { value: string; label: string | null; labelEn: string | null }, lng: string | undefined): string {
  if (currentLanguage(lng) === 'en' && facet.labelEn) return facet.labelEn;
  return facet.label ?? facet.value;
}
