/** Offers `text` as a file download named `name` (answers as Markdown, a ladder's marks as JSON). */
export function downloadFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/**
 * The text of the file just chosen in an `<input type="file">`, or undefined if none was. The input is emptied,
 * so choosing the same file again fires `change` again.
 */
export async function readChosenFile(event: Event): Promise<string | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  return file?.text();
}
