import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../labels';

interface Options<T extends { key: string }> {
  items: readonly T[];
  onChange: (next: T[]) => void;
  /** A new, empty row. */
  create: () => T;
  /** The field's path as the API names it (`outcomes`), for control ids. */
  path: string;
  /** The row's first control (`label`), or null when the row is a single control. */
  firstControl: string | null;
  /** "Ergebnis 2": how announcements name a row (1-based). */
  itemLabel: (number: number) => string;
  max: number;
}

/** Ids a repeater's controls share with its hook, so focus can move to them. */
export const repeaterIds = {
  add: (path: string) => `${fieldDomId(path)}-add`,
  row: (path: string, index: number, control: string | null) => fieldDomId(control ? `${path}.${index}.${control}` : `${path}.${index}`),
  move: (path: string, index: number, direction: 'up' | 'down') => `${fieldDomId(`${path}.${index}`)}-${direction}`,
};

/**
 * Add, remove, reorder and edit the rows of a repeated field. Keyboard users keep their place:
 * a new row's first control takes focus, after a removal the next row (or the add button) does,
 * and a moved row keeps focus on its move button. A polite announcement says what happened, as
 * the change itself is not otherwise perceivable without sight.
 */
export function useRepeater<T extends { key: string }>({ items, onChange, create, path, firstControl, itemLabel, max }: Options<T>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string | null>(null);

  // After the re-render that applied a change, move focus as planned.
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const add = () => {
    if (items.length >= max) return;
    onChange([...items, create()]);
    focusNext.current = repeaterIds.row(path, items.length, firstControl);
    setAnnouncement(t('practiceEditor.repeater.added', { item: itemLabel(items.length + 1) }));
  };

  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    const remaining = items.length - 1;
    focusNext.current =
      remaining === 0 ? repeaterIds.add(path) : repeaterIds.row(path, Math.min(index, remaining - 1), firstControl);
    setAnnouncement(t('practiceEditor.repeater.removed', { item: itemLabel(index + 1) }));
  };

  const move = (index: number, direction: 'up' | 'down') => {
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    // At either end the button pressed is disabled now: hand focus to its counterpart.
    const atEdge = direction === 'up' ? target === 0 : target === items.length - 1;
    focusNext.current = repeaterIds.move(path, target, atEdge ? (direction === 'up' ? 'down' : 'up') : direction);
    setAnnouncement(t('practiceEditor.repeater.moved', { item: itemLabel(index + 1), position: target + 1, total: items.length }));
  };

  const update = (index: number, patch: Partial<T>) => {
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  };

  return { add, remove, move, update, announcement, canAdd: items.length < max };
}
