import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandler } from '../src/background/handlers';
import { type FoodStore, openStore } from '../src/background/store';
import { TabSummaries } from '../src/background/summaries';
import { sourceCoverage } from '../src/data/coverage';
import { dataset } from '../src/data/dataset';
import { K2Database } from '../src/data/db';
import { lexiconAliases } from '../src/data/search-aliases';
import { dexieListStore, type ListStore, memoryListStore } from '../src/data/shopping-list';
import { messagesFor } from '../src/i18n/tables';
import { portionsWithFallback } from '../src/nutrition/quantity';
import { keepRegistration } from '../src/sites/registration';

export default defineBackground(() => {
  let opened: ReturnType<typeof openStore> | undefined;
  const open = () => {
    opened ??= openStore(() => new K2Database(), dataset, lexiconAliases());
    return opened;
  };
  const getStore = (): Promise<FoodStore> => open().then(({ store }) => store);
  let list: Promise<ListStore> | undefined;
  // The shopping list lives in the same database; in memory when IndexedDB cannot be opened.
  const getList = () => {
    list ??= open().then(({ db }) => (db ? dexieListStore(db) : memoryListStore()));
    return list;
  };
  const summaries = new TabSummaries(browser.storage.session);
  const handle = createHandler({
    store: getStore,
    summaries,
    list: getList,
    coverage: sourceCoverage(dataset),
    measuresOf: portionsWithFallback(dataset),
    intakes: dataset.intakes,
    messages: messagesFor,
    async openEvidence(section) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#${section}`) });
    },
    extensionId: browser.runtime.id,
  });

  // Seed (or verify) the dataset as soon as the worker starts: install, update and browser start.
  void getStore();
  // The sites the user enabled get their content script back after an update or a browser start.
  keepRegistration();
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => void summaries.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void summaries.clear(tabId);
  });
});
