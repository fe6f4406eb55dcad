/** Node-side DOM for the scan and eval tools: happy-dom, no scripts, no loading. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { Dataset, Portion } from '../../src/data/types';
import { portionsWithFallback } from '../../src/nutrition/quantity';

export interface ParsedPage {
  document: Document;
  close(): Promise<void>;
}

/** Parses an HTML page into a document (JavaScript, CSS and frames disabled). */
export function parseHtml(html: string, url = 'https://localhost/'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

const here = dirname(fileURLToPath(import.meta.url));

/** The compiled dataset (run `npm run data` first). */
export function loadDataset(): Dataset {
  const file = join(here, '../../src/data/generated/dataset.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset;
}

/** The household measures of the compiled dataset. */
export function loadPortions(dataset: Dataset = loadDataset()): (foodId: string) => readonly Portion[] {
  return portionsWithFallback(dataset);
}
