import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * German and English must offer the same texts: a key missing in English falls back to German
 * mid-sentence, one missing in German shows the raw key. Plural forms are compared by their base
 * key, since the languages need different forms (German has no `_zero` by rule, for instance).
 */
const src = resolve(__dirname, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix.replace(PLURAL, '')];
}

function read(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const pairs: [string, string, string][] = [['app', join(src, 'i18n/de.json'), join(src, 'i18n/en.json')]];
for (const module of readdirSync(join(src, 'modules'))) {
  const dir = join(src, 'modules', module, 'i18n');
  try {
    readdirSync(dir);
  } catch {
    continue;
  }
  pairs.push([module, join(dir, 'de.json'), join(dir, 'en.json')]);
}

describe('translations', () => {
  it.each(pairs)('%s has the same keys in German and English', (_name, dePath, enPath) => {
    const de = [...new Set(keys(read(dePath)))].sort();
    const en = [...new Set(keys(read(enPath)))].sort();
    expect({ missingInEnglish: de.filter((k) => !en.includes(k)), missingInGerman: en.filter((k) => !de.includes(k)) }).toEqual({
      missingInEnglish: [],
      missingInGerman: [],
    });
  });
});

describe('texts used by the issue #5 and #6 modules', () => {
  const NAMESPACES = ['discussions', 'notifications', 'messages', 'moderation', 'search'];
  const known = new Set([
    ...keys(read(join(src, 'i18n/de.json'))),
    ...NAMESPACES.flatMap((ns) => keys(read(join(src, 'modules', ns, 'i18n/de.json')), ns)),
  ]);
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return /\.tsx?$/.test(entry.name) && !/\.spec\./.test(entry.name) ? [path] : [];
    });
  }
  const used = NAMESPACES.flatMap((ns) => sources(join(src, 'modules', ns))).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]),
  );

  it('finds the keys it checks', () => {
    expect(used.length).toBeGreaterThan(100);
  });

  it('has a German text for every key used literally', () => {
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
