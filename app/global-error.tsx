"use client";
// Shown only when the root layout itself fails: it renders its own document, so it is plain.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", color: "#0f172a", background: "#f8fafc", margin: 0 }}>
        <main style={{ maxWidth: "36rem", margin: "4rem auto", padding: "0 1rem", textAlign: "center" }}>
          <h1 style={{ fontSize: "1.75rem" }}>Something went wrong</h1>
          <p style={{ color: "#475569" }}>Consortia could not be shown just now. Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            style={{ marginTop: "1rem", background: "#1d3f94", color: "#fff", border: 0, borderRadius: "0.375rem", padding: "0.5rem 1rem", cursor: "pointer" }}
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
