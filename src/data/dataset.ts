/**
 * The compiled dataset bundled with the extension (written by `npm run data`).
 * The background seeds IndexedDB from it and falls back to it in memory.
 */
import compiled from './generated/dataset.json';
import type { Dataset } from './types';

export const dataset = compiled as unknown as Dataset;
