// First-run command: creates an admin account in the server database (ATLAS_DB, default
// var/atlas.sqlite). The password is read from ATLAS_ADMIN_PASSWORD or typed at the prompt
// (never a default, never an argument, so it stays out of the shell history).
//   npm run crear-admin -- --email nombre@minenergia.gov.co [--nombre "Nombre Apellido"]
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createAdmin } from '../src/lib/server/auth/bootstrap-admin';
import { openStores, storePath } from '../src/lib/server/store/open-store';

async function password(): Promise<string> {
  if (process.env.ATLAS_ADMIN_PASSWORD) return process.env.ATLAS_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    return '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Typed characters are not echoed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
    if (s.includes('Contraseña')) process.stdout.write(s);
  };
  const p = await rl.question('Contraseña (al menos 12 caracteres): ');
  rl.close();
  process.stdout.write('\n');
  return p;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, nombre: { type: 'string' } }
  });
  if (!values.email) throw new Error('Indique --email.');
  const s = await openStores();
  try {
    const user = await createAdmin(
      s.accounts,
      { email: values.email, password: await password(), name: values.nombre },
      'sistema (npm run crear-admin)'
    );
    console.log(`Cuenta de administración creada: ${user.email} en ${storePath()}.`);
  } finally {
    await s.close();
  }
}

main().catch((e: unknown) => {
  console.error(`Error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
