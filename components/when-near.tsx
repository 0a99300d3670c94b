"use client";
// Renders its children once their place on the page comes near the viewport, and the fallback
// until then: a picture far down a page (the partner network, the activity chart) then loads its
// library when the reader scrolls towards it, not while the page itself is still starting up.
import { useEffect, useRef, useState } from "react";

export function WhenNear({ children, fallback, margin = "300px" }: { children: React.ReactNode; fallback: React.ReactNode; margin?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- without an observer, draw at once
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return (
    <div ref={box} className="size-full">
      {near ? children : fallback}
    </div>
  );
}
