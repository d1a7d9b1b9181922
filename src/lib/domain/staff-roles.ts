// Staff roles and what each may do. The ministry (MME) and UPME run the publication period, the
// PEG and the mesas; the Ministerio del Interior answers and moderates (ethnic matters, §4) and
// reads the PEG's consulta previa flags; a mesa's secretaría registers comments received through
// other channels, moderates and keeps the sessions; the admin manages accounts and does everything.
// Adding or retiring a version of a team layer (issue 20) is for the analysts of MME and UPME and
// the admin; every staff account reads the library.

export type Role = 'admin' | 'mme' | 'upme' | 'mininterior' | 'secretaria';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administración',
  mme: 'Ministerio de Minas y Energía',
  upme: 'UPME',
  mininterior: 'Ministerio del Interior',
  secretaria: 'Secretaría de mesa'
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/** «Nombre · Rol» for the staff header; the role once when the name already says it. */
export function staffLabel(name: string, role: Role): string {
  const label = ROLE_LABELS[role];
  const same = (a: string) => a.normalize('NFC').trim().toLowerCase();
  return same(name) === same(label) ? label : `${name} · ${label}`;
}

export type StaffAction =
  | 'periodo' // open, change the dates, upload documents
  | 'moderar' // publish or hide comments
  | 'responder' // write the official answer
  | 'sistematizar' // decision, justification, part of the draft it changes
  | 'registrar' // comments received by e-mail, on paper or at an event
  | 'peg' // PEG actions and their workflow
  | 'mesas' // sessions, attendance, votes
  | 'capas' // add and retire versions of the team layers
  | 'usuarios'; // accounts

const GRANTS: Record<Role, readonly StaffAction[]> = {
  admin: [
    'periodo',
    'moderar',
    'responder',
    'sistematizar',
    'registrar',
    'peg',
    'mesas',
    'capas',
    'usuarios'
  ],
  mme: ['periodo', 'moderar', 'responder', 'sistematizar', 'registrar', 'peg', 'mesas', 'capas'],
  upme: ['periodo', 'moderar', 'responder', 'sistematizar', 'registrar', 'peg', 'mesas', 'capas'],
  mininterior: ['moderar', 'responder', 'registrar'],
  secretaria: ['moderar', 'registrar', 'mesas']
};

export const can = (role: Role, action: StaffAction): boolean => GRANTS[role].includes(action);

export const isRole = (v: unknown): v is Role =>
  typeof v === 'string' && Object.hasOwn(ROLE_LABELS, v);

/** What the account forms tell people about passwords (auth/password.ts enforces it). */
export const MIN_PASSWORD_LENGTH_HINT = 'al menos 12 caracteres';
