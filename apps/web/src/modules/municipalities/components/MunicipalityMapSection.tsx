import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@praxisforum/domain';
import { MunicipalityMap } from '../../map/components/MunicipalityMap';
import { MUNICIPALITY_MAP_QUERY } from '../graphql/municipalities.graphql';
import type { MunicipalityFilter } from '../../../graphql/generated';

interface Props {
  filter?: MunicipalityFilter;
  highlight?: string;
  /** Text telling where the same places are listed (the map's text alternative). */
  description: string;
  compact?: boolean;
}

/** Loads up to one full page of places for the filter and draws them on the map. */
export function MunicipalityMapSection({ filter, highlight, description, compact }: Props) {
  const { t } = useTranslation();
  const { data, error } = useQuery(MUNICIPALITY_MAP_QUERY, {
    variables: { filter, first: LIMITS.pageSizeMax },
  });
  // The map is a supplement to the list: on failure it stays empty rather than alarming.
  const connection = error ? undefined : data?.municipalities;
  const places = connection?.edges.map((e) => e.node) ?? [];
  return (
    <div className="map-section">
      <MunicipalityMap
        places={places}
        highlight={highlight}
        title={t('map.title')}
        description={description}
        compact={compact}
      />
      {connection && connection.totalCount > places.length && (
        <p className="hint">{t('map.partial', { shown: places.length, total: connection.totalCount })}</p>
      )}
    </div>
  );
}
