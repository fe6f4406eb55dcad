import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'K2 Lens',
    description:
      'Estimated vitamin K2 and calcium of cheeses and fermented foods on grocery and recipe pages.',
    permissions: ['storage'],
  },
});
