// The message of the error `f` throws (what Sheets shows in the cell); fails when `f` throws nothing.
export function messageDErreur(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('aucune erreur levée');
}
