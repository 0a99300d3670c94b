"use client";
import { useEffect } from "react";

/**
 * Marks the document (`<html data-hydrated>`) once React has hydrated it. Browser tests wait for it
 * before using controls that need JavaScript (a select that saves on change, a form that adds a
 * one-time key), which a busy machine may show well before they work.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
