// The only place the extension reads the clock: the background turns "now" into today's date
// in Paris (where budget deadlines are set) and hands it to shared/ as a parameter.

const JOUR_PARIS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `2025-11-24` for an instant, in Europe/Paris. */
export function jourParis(instant: Date): string {
  const parties = Object.fromEntries(JOUR_PARIS.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parties.year}-${parties.month}-${parties.day}`;
}

/** The background's clock; tests replace it with a fixed instant. */
export type Horloge = () => Date;
export const horlogeSysteme: Horloge = () => new Date();
