// A value once it has not changed for a moment: what look-ups as one types ask for (the search box's
// offers, the themes an interest's text names), so that a request goes out when typing pauses.
import { useEffect, useState } from "react";

export function usePaused<T>(value: T, ms: number): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return paused;
}
