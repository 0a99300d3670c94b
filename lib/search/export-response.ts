// What the two search exports' route handlers share: the list's parameters without its page.

/** The request's parameters less page and pageSize: an export starts at the list's first row. */
export function withoutPaging(request: Request): URLSearchParams {
  const params = new URL(request.url).searchParams;
  params.delete("page");
  params.delete("pageSize");
  return params;
}
