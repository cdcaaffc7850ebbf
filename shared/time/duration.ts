/**
 * A length of time in minutes, written one way everywhere — on screen and in every PDF:
 * "45 min", "1 h", "2 h 05", "3 d 4 h" (a session postponed by days still reads sensibly).
 */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes >= 1440) {
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
