/** The word for a tier change of the latest scoring. */
export const CHANGE_TEXT: Record<string, string> = {
  new: 'New',
  promoted: '↑ Promoted',
  held: 'Held',
  grace: 'In grace',
  demoted: '↓ Demoted',
  none: '—',
};
