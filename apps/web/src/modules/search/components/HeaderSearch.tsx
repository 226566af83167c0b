import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SearchSuggestionView } from '../graphql/types';
import { useSearchSuggestions } from '../hooks/useSearchSuggestions';
import { searchKindLabel } from '../labels';
import { isSitePath, searchPath } from '../searchPath';
import '../header-search.css';

function SearchIcon() {
  return (
    <svg className="search-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * The search box of the header: a combobox with a listbox popup (WAI-ARIA 1.2 pattern, "list
 * autocomplete with manual selection"). Focus stays in the text field; arrow keys move the active
 * option (aria-activedescendant), Enter opens it, Escape closes the list (a second Escape clears
 * the field), Tab leaves. Enter without an active option searches the typed text.
 *
 * Kept small on purpose: it is on every page and part of the initial bundle.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { suggestions, current } = useSearchSuggestions(text);
  const listRef = useRef<HTMLUListElement>(null);

  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const count = suggestions.length;
  const expanded = open && count > 0;
  const activeIndex = expanded && active < count ? active : -1;

  // Keep the active option in view when the list is longer than the screen (small screens, large text).
  useEffect(() => {
    if (activeIndex < 0) return;
    listRef.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const choose = (suggestion: SearchSuggestionView) => {
    close();
    if (suggestion.type === 'DOCUMENT' && isSitePath(suggestion.path)) {
      setText('');
      void navigate(suggestion.path);
    } else {
      setText(suggestion.text);
      void navigate(searchPath({ q: suggestion.text }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    close();
    void navigate(searchPath({ q: text }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm an input method's composition (Japanese, Chinese …) are not ours.
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          // Alt+Down opens the list without choosing an option.
          setActive(event.altKey ? -1 : 0);
        } else {
          setActive((activeIndex + 1) % count);
        }
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(!expanded || activeIndex <= 0 ? count - 1 : activeIndex - 1);
        return;
      case 'Enter':
        if (activeIndex >= 0) {
          event.preventDefault();
          choose(suggestions[activeIndex]);
        }
        // Otherwise the form submits: a search for the typed text.
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        return;
      default:
        return;
    }
  };

  const status = open && current ? t('search.box.suggestionCount', { count }) : '';

  return (
    <form role="search" aria-label={t('search.box.landmark')} className="header-search" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.box.label')}
      </label>
      <div className="header-search-field">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          placeholder={t('search.box.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <button type="submit" className="header-search-submit">
          <SearchIcon />
          <span className="visually-hidden">{t('search.box.submit')}</span>
        </button>
        <ul ref={listRef} id={listboxId} role="listbox" aria-label={t('search.box.suggestions')} className="header-search-listbox" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            <li
              key={`${index}-${suggestion.type}-${suggestion.path ?? suggestion.text}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="header-search-option"
              // Keep focus in the field: the list belongs to it and closes when it loses focus.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(suggestion)}
            >
              {suggestion.type === 'QUERY' && <SearchIcon />}
              <span className="header-search-option-text">{suggestion.text}</span>
              <span className="header-search-option-kind">
                <span className="visually-hidden">, </span>
                {suggestion.type === 'DOCUMENT' && suggestion.kind ? searchKindLabel(t, suggestion.kind) : t('search.box.querySuggestion')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </form>
  );
}
