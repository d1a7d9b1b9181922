import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Folders of adapters and edges (DuckDB, workers, REST clients, readers, exporters, Node, UI).
const ADAPTER_FOLDERS = [
  'duckdb',
  'queries',
  'import',
  'export',
  'workers',
  'api',
  'browser-store',
  'node',
  'state',
  'ui',
  'map',
  'charts'
].flatMap((folder) => [`$lib/${folder}/*`, `**/${folder}/*`]);

// $lib/server and relative paths into a server/ folder.
const SERVER_IMPORTS = [
  {
    group: ['$lib/server', '$lib/server/*', '**/server', '**/server/*'],
    message: 'Client and domain code import no server module; use the nouns in $lib/domain.'
  }
];

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    // Client code never imports the server (not even its types): the nouns live in the domain.
    files: [
      'src/lib/ui/**/*.{ts,svelte}',
      'src/lib/state/**/*.{ts,svelte}',
      'src/lib/map/**/*.{ts,svelte}',
      'src/lib/charts/**/*.{ts,svelte}',
      'src/lib/{workers,api,browser-store,catalog,queries,import,export,duckdb}/**/*.{ts,svelte}',
      'src/routes/**/+page.svelte',
      'src/routes/**/+layout.svelte',
      'src/routes/**/+page.ts',
      'src/routes/**/+layout.ts'
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: SERVER_IMPORTS }]
    }
  },
  {
    // Domain and geometry core stay pure: no Svelte, DuckDB, network or server.
    files: ['src/lib/domain/**/*.ts', 'src/lib/geo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '@duckdb/*', '$app/*', 'maplibre-gl'] },
            { group: ADAPTER_FOLDERS, message: 'The domain and the engine import no adapter.' },
            ...SERVER_IMPORTS
          ]
        }
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document']
    }
  },
  {
    // Stores are asynchronous (SQLite and PostgreSQL alike): a store call that is not awaited is a
    // write that may be lost or an error nobody sees.
    files: ['src/**/*.ts', 'test/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/**/*.svelte.ts'],
    languageOptions: {
      // SvelteKit keeps the service worker out of the app's tsconfig (its own webworker lib).
      parserOptions: { projectService: { allowDefaultProject: ['src/service-worker.ts'] } }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error'
    }
  },
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'test-results/', 'scratch/'] }
);
