// The first admin account: created at start-up from ATLAS_ADMIN_EMAIL, ATLAS_ADMIN_PASSWORD and
// (optional) ATLAS_ADMIN_NAME when no active admin exists, or from `npm run crear-admin`. There is
// never a default password.
import { RuleError } from '../../domain/errors/rule-error';
import type { AccountStore } from '../../domain/store/account-store';
import { hashPassword, passwordProblem } from './password';

export interface AdminInput {
  email: string;
  password: string;
  name?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates the admin; RuleError for a bad e-mail or password, or one taken. */
export async function createAdmin(accounts: AccountStore, a: AdminInput, actor: string) {
  const email = a.email.trim();
  if (!EMAIL.test(email))
    throw new RuleError('account-invalid', `El correo «${email}» no es válido.`);
  const problem = passwordProblem(a.password);
  if (problem) throw new RuleError('account-invalid', problem);
  return accounts.create(
    {
      email,
      name: a.name?.trim() || 'Administración',
      role: 'admin',
      passwordHash: await hashPassword(a.password)
    },
    actor
  );
}

/** At start-up: the admin from the environment, when there is none yet. Returns what it did. */
export async function bootstrapAdmin(
  accounts: AccountStore,
  env: Record<string, string | undefined> = process.env
): Promise<'creada' | 'existe' | 'sin-variables'> {
  if ((await accounts.count('admin')) > 0) return 'existe';
  if (!env.ATLAS_ADMIN_EMAIL || !env.ATLAS_ADMIN_PASSWORD) return 'sin-variables';
  // That account exists but was deactivated: never revive it behind the admins' back.
  if (await accounts.credentials(env.ATLAS_ADMIN_EMAIL)) return 'existe';
  await createAdmin(
    accounts,
    {
      email: env.ATLAS_ADMIN_EMAIL,
      password: env.ATLAS_ADMIN_PASSWORD,
      name: env.ATLAS_ADMIN_NAME
    },
    'sistema (variables de entorno)'
  );
  return 'creada';
}
