import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // precompress would gzip ~73 MB of DuckDB wasm (build 96 s instead of 11 s)
    adapter: adapter({ precompress: false })
  }
};

export default config;
