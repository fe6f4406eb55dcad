/**
 * Functions the E2E tests evaluate inside extension pages, in Chromium and in
 * Firefox alike. Each is self-contained (it is sent to the page as source).
 */

/** What the background stored in the extension's IndexedDB: the number of foods and the dataset version. */
export const readSeededDataset = (): Promise<{ foods: number; version: string }> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('k2lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      try {
        const tx = open.result.transaction(['foods', 'meta'], 'readonly');
        const count = tx.objectStore('foods').count();
        const meta = tx.objectStore('meta').get('dataset');
        tx.oncomplete = () => {
          open.result.close();
          resolve({
            foods: count.result,
            version: (meta.result as { value: { version: string } }).value.version,
          });
        };
      } catch (err) {
        open.result.close();
        reject(err);
      }
    };
  });
