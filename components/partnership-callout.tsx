// The invitation on project pages: Consortia is for finding the next consortium.
import { Handshake } from "lucide-react";
import Link from "next/link";
import { Button } from "./ui/button";

export function PartnershipCallout() {
  return (
    <section aria-labelledby="partnership-heading" className="rounded-xl border border-primary/20 bg-secondary p-5">
      <h2 id="partnership-heading" className="flex items-center gap-2 text-base font-semibold text-secondary-foreground">
        <Handshake aria-hidden className="size-5" />
        Looking for a partnership?
      </h2>
      <p className="mt-2 text-sm text-foreground/80">
        Tell us what your next project needs and Consortia suggests organisations that have done similar work.
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button asChild size="sm">
          <Link href="/interests/new">Describe your project idea</Link>
        </Button>
        <Button asChild size="sm" variant="outline">
          <Link href="/register">Create an account</Link>
        </Button>
      </div>
    </section>
  );
}
