// After a form's problems are drawn, focus goes to the first field marked aria-invalid.
import { tick } from 'svelte';

export async function focusFirstInvalid(form: HTMLFormElement | undefined): Promise<void> {
  await tick();
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
