// The Consortia mark: three overlapping circles, partners forming a consortium.
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={className} fill="none">
      <circle cx="12" cy="13" r="7.5" stroke="currentColor" strokeWidth="2.4" />
      <circle cx="20" cy="13" r="7.5" stroke="currentColor" strokeWidth="2.4" opacity="0.75" />
      <circle cx="16" cy="20" r="7.5" stroke="#eab308" strokeWidth="2.4" />
    </svg>
  );
}
