// The look-ups the forms make (places, topics, regions): one GET of our own JSON API, whose answer
// holds the list under one key ({ places: [...] }); a failed answer throws, for React Query to show.
export async function fetchList<T>(path: string, key: string): Promise<T[]> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${key}: ${response.status}`);
  return ((await response.json()) as Record<string, T[]>)[key]!;
}
