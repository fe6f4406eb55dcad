/**
 * Lookups in plain-object tables by keys read from page text: only the
 * table's own entries count ("__proto__", "constructor", "toString" are no
 * entry), DOM-free.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
