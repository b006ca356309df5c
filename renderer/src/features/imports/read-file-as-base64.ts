/** The file's bytes as base64, the way they travel in an operation's JSON input (web mode has no file paths). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.onload = () => {
      const dataUrl = String(reader.result);
      // "data:<type>;base64,<content>": only the content is wanted.
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
