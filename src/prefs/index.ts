/**
 * The user's preferences: typed, versioned storage items (@wxt-dev/storage)
 * with a fallback, validated on every read so a corrupt stored value can never
 * break the popup, the options page or a content script.
 */
import { storage } from 'wxt/utils/storage';

export const UNITS = ['per100g', 'perServing', 'perPackage'] as const;
export type Units = (typeof UNITS)[number];

export interface DisplayPrefs {
  /** The basis badges show values for. */
  units: Units;
}

export const DEFAULT_DISPLAY: DisplayPrefs = { units: 'per100g' };

export const displayPrefsItem = storage.defineItem<DisplayPrefs>('sync:display', {
  fallback: DEFAULT_DISPLAY,
  version: 1,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every field checked; a missing or invalid one takes its default. */
export function sanitizeDisplay(raw: unknown): DisplayPrefs {
  const value = isRecord(raw) ? raw : {};
  return {
    units: (UNITS as readonly unknown[]).includes(value.units)
      ? (value.units as Units)
      : DEFAULT_DISPLAY.units,
  };
}

/** Reasons a value cannot be saved (empty when it can). */
export function validateDisplay(raw: unknown): string[] {
  if (!isRecord(raw)) return ['preferences must be an object'];
  const problems: string[] = [];
  if (!(UNITS as readonly unknown[]).includes(raw.units))
    problems.push(`units must be one of ${UNITS.join(', ')}`);
  return problems;
}

export async function loadDisplay(): Promise<DisplayPrefs> {
  try {
    return sanitizeDisplay(await displayPrefsItem.getValue());
  } catch {
    return DEFAULT_DISPLAY;
  }
}

export async function saveDisplay(value: DisplayPrefs): Promise<string[]> {
  const problems = validateDisplay(value);
  if (problems.length === 0) await displayPrefsItem.setValue(sanitizeDisplay(value));
  return problems;
}

export function watchDisplay(onChange: (value: DisplayPrefs) => void): () => void {
  return displayPrefsItem.watch((value) => onChange(sanitizeDisplay(value)));
}
