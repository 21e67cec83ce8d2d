import { reactRouter } from '@react-router/dev/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  // The server bundle's entry is server/app.ts: it exports createApp for server/main.ts.
  environments: { ssr: { build: { rollupOptions: { input: './server/app.ts' } } } },
  plugins: [tailwindcss(), reactRouter()],
});
