/**
 * Hands the reader a file made in the page (a `blob:` address, so nothing goes over the network).
 * The address is freed after the click has started the download. Every tool's downloads (backups,
 * CSV, calendar, kept-aside data) go through here.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
