import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` (live mode's clock). */
export function useNow(clock: () => Date, intervalMs = 1000): Date {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), intervalMs);
    return () => clearInterval(timer);
  }, [clock, intervalMs]);
  return now;
}
