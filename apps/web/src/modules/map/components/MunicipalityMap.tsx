import { useId, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAP_HEIGHT, MAP_WIDTH, OUTLINE_PATH, project } from '../projection';

export interface MapPlace {
  slug: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

interface Props {
  places: readonly MapPlace[];
  /** Slug of the place to emphasise (detail page). */
  highlight?: string;
  /** Accessible title of the map, e.g. "Karte der Kommunen". */
  title: string;
  /** Where the same places are listed as text; read out as the map's description. */
  description: string;
  compact?: boolean;
}

/** Plain clicks navigate inside the app; modified clicks keep the browser's behaviour. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Schematic SVG map of Baden-Württemberg. Markers are real links (keyboard focusable, named
 * after the place); the list next to the map is the text alternative.
 */
export function MunicipalityMap({ places, highlight, title, description, compact = false }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const descId = useId();

  const located = places
    .filter((p): p is MapPlace & { latitude: number; longitude: number } => p.latitude != null && p.longitude != null)
    // Draw the highlighted place last so it sits on top.
    .sort((a, b) => Number(a.slug === highlight) - Number(b.slug === highlight));

  return (
    <figure className={compact ? 'bw-map bw-map-compact' : 'bw-map'}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{title}</title>
        <path d={OUTLINE_PATH} className="bw-map-outline" aria-hidden="true" />
        {located.map((place) => {
          const [x, y] = project(place.longitude, place.latitude);
          const isHighlighted = place.slug === highlight;
          const href = `/kommunen/${encodeURIComponent(place.slug)}`;
          return (
            <a
              key={place.slug}
              href={href}
              aria-label={place.name}
              aria-current={isHighlighted ? 'page' : undefined}
              className={isHighlighted ? 'bw-map-marker is-highlighted' : 'bw-map-marker'}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                void navigate(href);
              }}
            >
              <circle cx={x} cy={y} r={isHighlighted ? 9 : 6} />
              {isHighlighted && (
                <text x={x + 12} y={y + 5} aria-hidden="true">
                  {place.name}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption>
        {t('map.schematicNote')} <span id={descId} className="visually-hidden">
          {description}
        </span>
      </figcaption>
    </figure>
  );
}
