// The look of the small actions beside a search ("Save search" closed, "Sign in to save this
// search", "Download CSV"): a module of its own, as a server component that imports a value from a
// "use client" module gets a reference to it, not the value.
export const quietButtonClass =
  "flex h-8 cursor-pointer list-none items-center gap-1.5 rounded-md border bg-card px-3 text-sm font-medium text-primary shadow-xs hover:bg-muted [&::-webkit-details-marker]:hidden";
