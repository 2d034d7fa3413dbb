// Saves a text (or bytes) as a file through a Blob URL and a temporary <a download> (no `downloads`
// permission needed); the URL is revoked once the browser has taken the file.
export function telecharger(contenu: BlobPart, nomFichier: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([contenu], { type }));
  const lien = doc.createElement('a');
  lien.href = url;
  lien.download = nomFichier;
  lien.hidden = true;
  doc.body.append(lien);
  lien.click();
  lien.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
