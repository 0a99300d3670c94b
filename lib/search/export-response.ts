// What the two search exports' route handlers share: the list's parameters without its page, and
// the file as a download.

/** The request's parameters less page and pageSize: an export starts at the list's first row. */
export function withoutPaging(request: Request): URLSearchParams {
  const params = new URL(request.url).searchParams;
  params.delete("page");
  params.delete("pageSize");
  return params;
}

export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
