/** Display helpers for dialogue data. Dates are calendar days without a zone, so format them in UTC. */
const dayFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatDay(isoDate: string | null): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dayFormat.format(new Date(Date.UTC(year, month - 1, day)));
}
