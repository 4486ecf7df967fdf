/**
 * The client's address as this server saw it. `next start` puts the socket's address in
 * X-Forwarded-For unless the request already had one; a reverse proxy in front appends the
 * address it saw, so the last entry is the nearest hop we can trust. A client talking to us
 * directly can set the header itself: per-IP limits are then per claimed IP, which is why every
 * per-IP cap has a total cap beside it.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || request.headers.get("x-real-ip") || "unknown";
}
