/**
 * Pages made for visitors (a show's share page, a share link): no studio header, no task dock,
 * no live stream. Everything else is the studio.
 */
export function isPublicPage(pathname: string | null): boolean {
  return pathname !== null && (pathname.startsWith("/show/") || pathname.startsWith("/s/"));
}
