import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveEnabledSites } from '../../../src/prefs';
import { CONTENT_SCRIPT_FILE, keepRegistration } from '../../../src/sites/registration';

/** The browser's dynamic content scripts, as far as registration.ts uses them. */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[] }>();
  vi.spyOn(browser.permissions, 'contains').mockImplementation(async (p) =>
    (p.origins ?? []).every((o) => granted.includes(o)),
  );
  vi.spyOn(browser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)) as never,
  );
  vi.spyOn(browser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) registered.set(s.id, s);
  });
  vi.spyOn(browser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) registered.set(s.id, s);
  });
  vi.spyOn(browser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  return registered;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('keepRegistration: enabled sites after an update or a browser start', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [
      'an update',
      () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' }),
    ],
    ['an install', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' })],
    ['a browser start', () => fakeBrowser.runtime.onStartup.trigger()],
  ])('registers the stored sites again after %s', async (_, event) => {
    await saveEnabledSites(['https://shop.example/*', 'https://other.example/*']);
    const registered = fakeScripting(['https://shop.example/*', 'https://other.example/*']);
    keepRegistration();
    expect(registered.size).toBe(0);
    await event();
    await settle();
    await settle();
    const [script] = [...registered.values()];
    expect(script?.matches).toEqual(['https://shop.example/*', 'https://other.example/*']);
    expect(script?.js).toEqual([CONTENT_SCRIPT_FILE]);
  });

  it('registers only the sites whose permission is still granted', async () => {
    await saveEnabledSites(['https://shop.example/*', 'https://revoked.example/*']);
    const registered = fakeScripting(['https://shop.example/*']);
    keepRegistration();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    await settle();
    expect([...registered.values()].map((s) => s.matches)).toEqual([['https://shop.example/*']]);
  });

  it('says so on the console when the browser refuses, and does not throw', async () => {
    await saveEnabledSites(['https://shop.example/*']);
    fakeScripting(['https://shop.example/*']);
    vi.spyOn(browser.scripting, 'registerContentScripts').mockRejectedValue(new Error('refused'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    keepRegistration();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    await settle();
    expect(error).toHaveBeenCalledWith(
      'K2 Lens: could not register the sites you enabled again',
      expect.any(Error),
    );
  });
});
