/** A LIKE pattern for "contains": wildcards in the text are escaped, so "50%" means the characters. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
