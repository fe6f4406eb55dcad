import { render } from 'preact';
import { browser } from 'wxt/browser';
import { request } from '../../src/messaging/client';
import { Popup, type PopupApi } from '../../src/ui/popup/Popup';

const api: PopupApi = {
  async search(query) {
    const result = await request({ type: 'search', query });
    return result.ok ? result.value.hits : result.error.message;
  },
  async pageSummary() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const result = await request({ type: 'page-summary:get', tabId: tab.id });
    return result.ok ? result.value.summary : result.error.message;
  },
};

render(<Popup api={api} />, document.getElementById('app') as HTMLElement);
