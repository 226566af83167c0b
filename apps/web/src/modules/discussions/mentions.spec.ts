import { activeMention, insertMention, previewSource } from './mentions';

describe('mentions', () => {
  it('finds the name being typed after an @ at the caret', () => {
    expect(activeMention('Danke @An', 9)).toEqual({ start: 6, query: 'An' });
    expect(activeMention('@Anna Be', 8)).toEqual({ start: 0, query: 'Anna Be' });
    expect(activeMention('mail@example.org', 16)).toBeNull();
    expect(activeMention('Danke @', 7)).toBeNull();
    expect(activeMention('@An\nneu', 7)).toBeNull();
  });

  it('replaces the typed query with the mention syntax and puts the caret after it', () => {
    const text = 'Danke @An für alles';
    const result = insertMention(text, { start: 6, query: 'An' }, { id: 'u-1', displayName: 'Anna Berg' });
    expect(result.text).toBe('Danke @[Anna Berg](u-1) für alles');
    expect(result.caret).toBe('Danke @[Anna Berg](u-1) '.length);
  });

  it('shows mentions as bold names in the preview', () => {
    expect(previewSource('Hallo @[Anna Berg](u-1)!')).toBe('Hallo **@Anna Berg**!');
  });
});
