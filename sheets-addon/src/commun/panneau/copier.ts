// Copies a text: the Clipboard API when the sidebar's iframe allows it, else a hidden textarea and
// execCommand('copy'). Resolves to false when neither works (the person then copies by hand).
export async function copier(texte: string): Promise<boolean> {
  if (!texte) return false;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(texte);
      return true;
    }
  } catch {
    // Blocked by the iframe's permissions: fall back below.
  }
  const zone = document.createElement('textarea');
  zone.value = texte;
  zone.setAttribute('readonly', '');
  zone.style.position = 'fixed';
  zone.style.opacity = '0';
  document.body.appendChild(zone);
  zone.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    zone.remove();
  }
}
