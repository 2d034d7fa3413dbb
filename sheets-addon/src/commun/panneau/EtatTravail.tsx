// The status line (spinner and announcement, role="status") and the error (role="alert") under a
// sidebar's actions.
export function EtatTravail({ occupe, annonce, erreur }: { occupe: boolean; annonce: string; erreur: string }) {
  return (
    <>
      <p class="etat" role="status">
        {occupe && <span class="roue" aria-hidden="true" />}
        {annonce}
      </p>
      <div role="alert" class={erreur ? 'alerte alerte--erreur' : 'alerte--vide'}>
        {erreur && (
          <>
            <strong>Erreur : </strong>
            {erreur}
          </>
        )}
      </div>
    </>
  );
}
