import { FileSearch } from "lucide-react";
import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { Button } from "@/components/ui/button";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-12 text-center">
      <FileSearch aria-hidden className="size-10 text-muted-foreground" />
      <p className="mt-4 text-sm font-medium text-primary">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-3xl">Page not found</h1>
      <p className="mt-3 text-muted-foreground">
        We could not find that page. The project or organisation may not be in the knowledge base, or the address may be mistyped.
      </p>
      <SearchForm action="/projects" id="not-found-search" label="Search for a project" placeholder="Search projects…" className="mt-6" />
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <Button asChild variant="outline">
          <Link href="/projects">Browse projects</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/organisations">Browse organisations</Link>
        </Button>
        <Button asChild variant="ghost">
          <Link href="/">Home</Link>
        </Button>
      </div>
    </div>
  );
}
