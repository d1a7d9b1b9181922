// One text field of a staff form: trimmed, with Windows and old-Mac line ends as \n; '' when absent.

export function formText(f: FormData, key: string): string {
  const v = f.get(key);
  return typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() : '';
}
