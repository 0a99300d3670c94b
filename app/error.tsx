"use client";
// The error boundary of every page below the root layout. It is in every page's first-load
// JavaScript, so it only loads what it shows (components/error-view, with its icon and buttons)
// when a page has failed.
import dynamic from "next/dynamic";

const ErrorView = dynamic(() => import("@/components/error-view"), {
  loading: () => <div className="py-12" role="status" aria-busy="true" />,
});

export default function ErrorPage(props: { error: unknown; retry: () => void }) {
  return <ErrorView {...props} />;
}
