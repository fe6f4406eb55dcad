import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (public/_locales); the UI itself follows the
    // language preference (src/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: preferences; scripting: content script on sites the user enables and "scan this page";
    // activeTab: that one-time scan. Curated sites come from the content script's matches; any other
    // site is an optional host permission asked for when the user enables it.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'K2 Lens' },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: sites to enable are optional permissions.
          optional_permissions: ['https://*/*', 'http://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'k2lens@k2lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
