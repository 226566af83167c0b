/** Tags as typed ("Sprache, Ehrenamt"): trimmed, without empties and repeats. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}
