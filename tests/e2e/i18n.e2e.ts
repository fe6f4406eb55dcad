/**
 * The UI language in Chromium: German chosen in the options reaches the open
 * page's badges and tooltip, the options page itself and the popup, with
 * German numbers; "Same as the browser" follows a French browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../src/data/dataset';
import { chromiumVersion } from './browsers';
import { egress, launch, type Session } from './harness';
import { shadowTexts } from './shadow';

const food = (id: string) => {
  const f = dataset.foods.find((x) => x.id === id);
  if (!f) throw new Error(`no food ${id}`);
  return f;
};

/** Two significant figures in a locale (independent of the product code). */
const shown = (value: number, locale: string) => Number(value.toPrecision(2)).toLocaleString(locale);

const badgeLabel = (page: Page, id: string) =>
  page.locator(`k2lens-badge[data-food="${id}"]`).first().getAttribute('aria-label');

describe(`German chosen in the options (${chromiumVersion()})`, () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('switches the open page, the options and the popup to German without reload', async () => {
    const page = await s.newPage('/grocery/index.html');
    await page
      .locator('k2lens-badge[data-food="parmigiano-reggiano"]')
      .first()
      .waitFor({ state: 'attached' });
    expect(await badgeLabel(page, 'parmigiano-reggiano')).toContain('Show details.');

    const options = await s.extensionPage('options.html');
    await options.locator('select[name="language"]').waitFor();
    expect(await options.locator('h1').textContent()).toBe('K2 Lens options');
    await options.locator('select[name="language"]').selectOption('de');
    await options.locator('h1', { hasText: 'K2 Lens – Optionen' }).waitFor();
    expect(await options.title()).toBe('K2 Lens – Optionen');
    // The status of the change that switched the language is worded in the new one.
    await options.locator('[role="status"]', { hasText: 'Gespeichert.' }).waitFor();
    expect(await options.locator('html').getAttribute('lang')).toBe('de');
    expect(await options.locator('legend').allTextContents()).toContain('Sprache der Badges und Fenster');
    expect(await options.locator('input[name="category"][value="blue"]').locator('..').textContent()).toBe(
      'Blauschimmelkäse',
    );
    await options.locator('[data-source] .covers').first().waitFor();
    expect((await options.locator('[data-source] .covers').allTextContents()).join('\n')).toMatch(
      /Lebensmittel/,
    );

    // The open tab follows, like any other preference change.
    const parmesan = food('parmigiano-reggiano');
    await page.waitForFunction(
      () =>
        document
          .querySelector('k2lens-badge[data-food="parmigiano-reggiano"]')
          ?.getAttribute('aria-label')
          ?.endsWith('Details anzeigen.'),
      undefined,
      { timeout: 10_000 },
    );
    // Parmesan's sources disagree (K2viewer 8.6, NEVO 2023 76.5): the badge shows their span; calcium
    // CIQUAL 980 and USDA 1184 → 1082. German numbers: a decimal comma and a thousands point.
    const label = await badgeLabel(page, 'parmigiano-reggiano');
    expect(label).toBe(
      'Parmesan, pro 100 g: Vitamin K2 von 8,6 bis 77 µg (die Quellen widersprechen sich); Calcium 1.100 mg, gemessen. Details anzeigen.',
    );
    expect(shown(parmesan.calcium.central, 'de')).toBe('1.100');
    const chips = await shadowTexts(page, 'k2lens-badge');
    expect(chips.find((c) => c.attrs['data-food'] === 'parmigiano-reggiano')?.text).toBe(
      'K2 8,6–77 µg · Ca 1.100 mg',
    );

    // The tooltip, opened with the keyboard.
    const badge = page.locator('k2lens-badge[data-food="parmigiano-reggiano"]').first();
    await badge.focus();
    await page.keyboard.press('Enter');
    await page.locator('k2lens-tooltip').waitFor({ state: 'visible' });
    const [card] = await shadowTexts(page, 'k2lens-tooltip');
    expect(card?.text).toContain('Parmesan');
    expect(card?.text).toContain('Portion');
    expect(card?.text).toContain('1 Stück (30 g)');
    expect(card?.text).toContain('Nicht gemeint? Parmesan auf dieser Website ausblenden');
    expect(card?.text).toContain('K2 Lens auf dieser Website ausschalten');
    expect(card?.text).toContain(
      'Schätzwerte aus veröffentlichten Lebensmittelanalysen; keine Gesundheitsberatung.',
    );
    expect(card?.text).toContain(`${shown(parmesan.calcium.central, 'de')} mg`);
    expect(card?.text).toContain('Die Quellen widersprechen sich');
    expect(card?.text).toContain('Calcium: Gemessen (2 unabhängige Tabellen)');
    // German percentages have a (no-break) space before the sign (the shadow reader folds spaces).
    expect(card?.text).toMatch(/ · \d+ %/);
    expect(card?.text).not.toMatch(/\d%/);
    expect(card?.text).not.toMatch(/Show details|Not what you meant|Evidence:/);
    await page.keyboard.press('Escape');
    await options.close();

    const popup = await s.extensionPage('popup.html');
    await popup.locator('label[for="search"]', { hasText: 'Lebensmittel suchen' }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    await popup.fill('#search', 'parmigiano');
    const hit = popup.locator('.food[data-food="parmigiano-reggiano"] .values');
    await hit.waitFor();
    expect(await hit.textContent()).toBe('K2 8,6–77 µg · Ca 1.100 mg pro 100 g');
    await popup.fill('#search', 'xqzvw');
    await popup.locator('.empty', { hasText: 'Kein Lebensmittel heißt wie „xqzvw“.' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(egress(s)).toEqual([]);
  });
});

describe(`"Same as the browser" in a French Chromium (${chromiumVersion()})`, () => {
  let s: Session;
  beforeAll(async () => {
    // --lang picks Chromium's own locale (the manifest's __MSG__ and i18n.getMessage); Playwright
    // otherwise emulates en-US in every page, which is what i18n.getUILanguage() reports there.
    s = await launch({ args: ['--lang=fr'], locale: 'fr-FR' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('speaks French in the manifest, the popup, the badges and with French numbers', async () => {
    const manifest = await s.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.description).toMatch(/^Vitamine K2 et calcium estimés/);

    const popup = await s.extensionPage('popup.html');
    await popup.locator('label[for="search"]', { hasText: 'Chercher un aliment' }).waitFor();
    await popup.fill('#search', 'parmigiano');
    const hit = popup.locator('.food[data-food="parmigiano-reggiano"] .values');
    await hit.waitFor();
    const parmesan = food('parmigiano-reggiano');
    const calcium = shown(parmesan.calcium.central, 'fr');
    // French groups thousands with a narrow no-break space: "1 100".
    expect(calcium).toMatch(/^\d\u202f\d{3}$/);
    expect(await hit.textContent()).toBe(`K2 8,6–77 µg · Ca ${calcium} mg pour 100 g`);
    await popup.close();

    const page = await s.newPage('/grocery/index.html');
    await page
      .locator('k2lens-badge[data-food="parmigiano-reggiano"]')
      .first()
      .waitFor({ state: 'attached' });
    const label = await badgeLabel(page, 'parmigiano-reggiano');
    expect(label).toContain('pour 100 g');
    expect(label).toContain('vitamine K2 de 8,6 à 77 µg (les sources divergent)');
    expect(label).toContain(`calcium ${calcium} mg, mesuré`);
    expect(label).toMatch(/Afficher les détails\.$/);
    await page.close();
  });
});
