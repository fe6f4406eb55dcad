/**
 * The printable alphabet of the tables generated at build time (./trie.ts
 * writes its marks with it): printable ASCII but `"` and `\`, chars that
 * never need escaping in a JSON or JavaScript string.
 */
export const PRINTABLE: string = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');
