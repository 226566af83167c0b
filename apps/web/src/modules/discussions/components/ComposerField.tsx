import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DISCUSSION_LIMITS } from '@praxisforum/domain';
import { Markdown } from '../../../ui/Markdown';
import { formatNumber } from '../../../ui/format';
import { MENTION_CANDIDATES_QUERY } from '../graphql/discussions.graphql';
import type { PersonRef } from '../graphql/types';
import { activeMention, insertMention, previewSource, type MentionQuery } from '../mentions';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Upper limit shown by the counter (DISCUSSION_LIMITS.bodyMax unless given). */
  max?: number;
  rows?: number;
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /** Offer @mentions (signed-in people only; the API refuses the lookup for guests). */
  mentions?: boolean;
}

type Tab = 'write' | 'preview';
const MENTION_DELAY_MS = 150;

/**
 * The Markdown body of a thread, reply, edit or message: a "Schreiben" / "Vorschau" tab pair (the
 * preview uses the same safe renderer as the rest of the web app), a character counter, and @mention
 * suggestions. The suggestions follow the combobox pattern on the text area itself: the list is
 * referenced with aria-controls, the highlighted person with aria-activedescendant, arrow keys move,
 * Enter or Tab insert `@[Name](id)`, Escape closes, and a polite status says how many there are.
 * (The text area keeps its textbox role: a multi-line field announced as a single-line combobox
 * would mislead, and ARIA does not allow aria-expanded on a textbox.)
 */
export function ComposerField({ id, label, value, onChange, error, max = DISCUSSION_LIMITS.bodyMax, rows = 8, textareaRef, mentions = true }: Props) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const [tab, setTab] = useState<Tab>('write');
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // A mention the person closed with Escape stays closed until they type another "@".
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const ownRef = useRef<HTMLTextAreaElement | null>(null);
  const ref = textareaRef ?? ownRef;
  const pendingCaret = useRef<number | null>(null);

  const open = mentions && mention !== null && mention.start !== dismissedAt;
  // Wait for a short pause in typing before asking the API.
  useEffect(() => {
    const next = open && mention ? mention.query : '';
    const timer = setTimeout(() => setQuery(next), next ? MENTION_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [open, mention]);
  const { data } = useQuery(MENTION_CANDIDATES_QUERY, { variables: { query, first: 8 }, skip: !open || !query });
  const candidates: readonly PersonRef[] = open && query ? (data?.mentionCandidates ?? []) : [];
  const expanded = candidates.length > 0;

  // After inserting a mention, put the caret right after it.
  useEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value, ref]);

  const track = (text: string, caret: number) => {
    const next = activeMention(text, caret);
    setMention(next);
    setActive(0);
    if (!next) setDismissedAt(null);
  };

  const choose = (person: PersonRef) => {
    if (!mention) return;
    const result = insertMention(value, mention, person);
    pendingCaret.current = result.caret;
    setMention(null);
    onChange(result.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + candidates.length) % candidates.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(candidates[Math.min(active, candidates.length - 1)]);
    } else if (event.key === 'Escape') {
      // Only the suggestions close; a surrounding dialog stays open.
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(mention?.start ?? null);
    }
  };

  const length = [...value].length;
  const over = length > max;
  const counterId = `${id}-counter`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${baseId}-mentions`;
  const optionId = (i: number) => `${baseId}-mention-${i}`;
  const tabId = (which: Tab) => `${baseId}-tab-${which}`;
  const panelId = (which: Tab) => `${baseId}-panel-${which}`;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Tab = tab === 'write' ? 'preview' : 'write';
    const target: Tab = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : next;
    setTab(target);
    document.getElementById(tabId(target))?.focus();
  };

  return (
    <div className="field composer-field">
      <div role="tablist" aria-label={t('discussions.composer.modes', { label })} className="composer-tabs">
        {(['write', 'preview'] as const).map((which) => (
          <button
            key={which}
            type="button"
            role="tab"
            id={tabId(which)}
            aria-selected={tab === which}
            aria-controls={panelId(which)}
            tabIndex={tab === which ? 0 : -1}
            onClick={() => setTab(which)}
            onKeyDown={onTabKey}
          >
            {t(`discussions.composer.${which}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId('write')} aria-labelledby={tabId('write')} hidden={tab !== 'write'}>
        <label htmlFor={id}>
          {label} <span className="required">({t('form.required')})</span>
        </label>
        <p id={hintId} className="hint">
          {t('discussions.composer.hint')}
        </p>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        <textarea
          id={id}
          ref={ref}
          rows={rows}
          value={value}
          required
          aria-required
          aria-invalid={error || over ? true : undefined}
          aria-describedby={[hintId, error ? errorId : '', counterId].filter(Boolean).join(' ')}
          aria-autocomplete={mentions ? 'list' : undefined}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded ? optionId(Math.min(active, candidates.length - 1)) : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            track(e.target.value, e.target.selectionStart);
          }}
          onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setMention(null)}
        />
        {expanded && (
          <ul role="listbox" id={listId} aria-label={t('discussions.composer.mentionList')} className="mention-list">
            {candidates.map((person, i) => (
              <li
                key={person.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'mention-option active' : 'mention-option'}
                // Keep focus (and the caret) in the text area when picking with the mouse.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(person)}
              >
                {person.displayName}
              </li>
            ))}
          </ul>
        )}
        <p className="visually-hidden" role="status">
          {expanded ? t('discussions.composer.mentionCount', { count: candidates.length }) : ''}
        </p>
        <p id={counterId} className={over ? 'composer-counter field-error' : 'composer-counter'}>
          {t('discussions.composer.counter', { count: length, formatted: formatNumber(length, i18n.resolvedLanguage), max: formatNumber(max, i18n.resolvedLanguage) })}
        </p>
      </div>
      <div role="tabpanel" id={panelId('preview')} aria-labelledby={tabId('preview')} hidden={tab !== 'preview'} className="composer-preview">
        {tab === 'preview' &&
          (value.trim() ? <Markdown source={previewSource(value)} /> : <p className="hint">{t('discussions.composer.previewEmpty')}</p>)}
      </div>
    </div>
  );
}
