// Where an export stands, shared by the options page (registry file) and the dashboard (CSV, xlsx,
// ICS): progress and success are announced politely, a failure is an alert.
export type EtatExport =
  | { etape: 'attente' }
  | { etape: 'en-cours'; format: string }
  | { etape: 'fait'; message: string }
  | { etape: 'echec'; erreur: string };

export function EtatExport({ etat, classe }: { etat: EtatExport; classe?: string }) {
  return (
    <>
      <div aria-live="polite" class={classe}>
        {etat.etape === 'en-cours' && <p class="mention">Préparation de l'export {etat.format.toUpperCase()}…</p>}
        {etat.etape === 'fait' && <p class="mention">{etat.message}</p>}
      </div>
      {etat.etape === 'echec' && (
        <div class="alerte alerte--erreur" role="alert">
          <p>
            <span class="alerte__type">Export impossible :</span> {etat.erreur}
          </p>
        </div>
      )}
    </>
  );
}
