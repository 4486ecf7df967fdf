export interface S3AddressOptions {
  bucket: string;
  region: string;
  /** `https://s3.<region>.amazonaws.com` when unset; MinIO, R2 and the like give their own. */
  endpoint?: string;
  forcePathStyle: boolean;
}

const ipHost = /^(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:.]+\])$/i;
const dnsBucket = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Whether `bucket` can be the first label of the endpoint's host. Like the AWS SDKs, fall back to
 * path style where it cannot: names that are not DNS labels, dotted names over TLS (the wildcard
 * certificate covers one label only), and IP or localhost endpoints, which have no subdomains.
 */
function virtualHostable(bucket: string, endpoint: URL): boolean {
  return (
    dnsBucket.test(bucket) &&
    !bucket.includes("..") &&
    !(endpoint.protocol === "https:" && bucket.includes(".")) &&
    !ipHost.test(endpoint.hostname) &&
    endpoint.hostname !== "localhost"
  );
}

const encodeKey = (key: string) => key.split("/").map(encodeURIComponent).join("/");

/** Builds request URLs for one bucket, virtual-hosted (`bucket.host/key`) or path style. */
export function s3Addressing(options: S3AddressOptions) {
  const endpoint = new URL(options.endpoint ?? `https://s3.${options.region}.amazonaws.com`);
  const basePath = endpoint.pathname.replace(/\/+$/, "");
  const pathStyle = options.forcePathStyle || !virtualHostable(options.bucket, endpoint);
  const origin = pathStyle
    ? endpoint.origin
    : `${endpoint.protocol}//${options.bucket}.${endpoint.host}`;
  const bucketPath = pathStyle ? `${basePath}/${encodeURIComponent(options.bucket)}` : basePath;
  return {
    host: new URL(origin).host,
    pathStyle,
    /** The bucket itself without `key` (listing, multi-object delete), else one object. */
    url(key?: string, query: Record<string, string> = {}): URL {
      const url = new URL(`${origin}${bucketPath}/${key === undefined ? "" : encodeKey(key)}`);
      for (const [name, value] of Object.entries(query)) {
        url.searchParams.set(name, value);
      }
      return url;
    },
  };
}
