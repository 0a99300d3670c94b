import Link from "next/link";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Administration" className="flex gap-3 text-sm">
        <Link href="/admin" className="font-medium text-primary underline-offset-4 hover:underline">
          Overview
        </Link>
        <Link href="/admin/claims" className="font-medium text-primary underline-offset-4 hover:underline">
          Claims
        </Link>
      </nav>
      {children}
    </div>
  );
}
