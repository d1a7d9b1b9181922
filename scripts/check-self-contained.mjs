// The project stands alone: no file may point at a sibling data or docs folder of the team's
// machines (a user who clones the repository has none). Fails the test command if one does.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Spelled in pieces so that this file does not match itself.
const SIBLING = ['..', 'shared'].join('/');
const FORBIDDEN = [
  new RegExp(SIBLING.replace(/[./]/g, '\\$&')),
  new RegExp(['SHARED', 'DATA'].join('_')),
  new RegExp(['shared', '(data|docs)'].join('/'))
];

const SKIP = new Set(['node_modules', '.git', '.svelte-kit', 'build', 'test-results', 'var']);

/** Every file of the tree when there is no git (a downloaded archive). */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    SKIP.has(e.name) ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );
}

function listFiles() {
  try {
    const args = ['ls-files', '--cached', '--others', '--exclude-standard'];
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    return walk('.');
  }
}

// Data files are bytes, not references; their SOURCES.md is checked like any text.
const isData = (f) => /^(\.\/)?(data|sources)\//.test(f) && !f.endsWith('.md');
const files = listFiles().filter((f) => !isData(f) && !f.endsWith('package-lock.json'));

const hits = [];
for (const file of files) {
  let text;
  try {
    if (statSync(file).size > 2_000_000) continue;
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // listed but deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    if (FORBIDDEN.some((re) => re.test(line))) hits.push(`${file}:${i + 1}: ${line.trim()}`);
  });
}
if (hits.length) {
  console.error('El proyecto debe valerse por sí mismo: estas líneas apuntan fuera de su carpeta.');
  for (const h of hits) console.error(`  ${h}`);
  process.exit(1);
}
console.log(`Autocontenido: ${files.length} archivos revisados, ninguna referencia externa.`);
