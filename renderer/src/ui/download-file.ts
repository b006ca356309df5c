/** Saves bytes the main process sent as base64 through the browser's own download (Blob + <a download>). */
export function downloadBase64File(file: { fileName: string; mimeType: string; base64: string }): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers (and Electron's save dialog) read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
