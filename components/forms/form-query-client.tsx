"use client";
// The cache of the forms' look-ups in the browser (a country's regions, the places and call topics
// an interest can name): one client for the page, around a whole form, so that its fields share it.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

const queryClient = new QueryClient();

export function FormQueryClient({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
