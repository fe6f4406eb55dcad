/** Display formatting for values per 100 g or per portion (no false precision). */

/** µg: one decimal below 10, whole numbers above. */
export function formatK2(ug: number): string {
  if (!Number.isFinite(ug)) return '–';
  return ug < 10 ? String(Math.round(ug * 10) / 10) : String(Math.round(ug));
}

/** mg: whole numbers, to the nearest 10 above 100. */
export function formatCalcium(mg: number): string {
  if (!Number.isFinite(mg)) return '–';
  return mg >= 100 ? String(Math.round(mg / 10) * 10) : String(Math.round(mg));
}
