import { xmlElements, xmlText } from "../../src/server/storage/s3-xml";
import {
  type FakeReply,
  type RecordedRequest,
  ReplyScript,
  startFakeHttpServer,
} from "./fake-http";
import { deleteResult, errorReply, listBucketResult, s3Errors, xmlReply } from "./s3-fake-bodies";
import {
  type FakeObject,
  handleMultipart,
  type MultipartState,
  md5,
  nowToTheSecond,
} from "./s3-fake-multipart";
import { verifySigV4 } from "./s3-fake-sigv4";

export type { FakeObject } from "./s3-fake-multipart";

export type S3Route =
  | "ListObjectsV2"
  | "DeleteObjects"
  | "GetObject"
  | "HeadObject"
  | "PutObject"
  | "DeleteObject"
  | "CreateMultipartUpload"
  | "UploadPart"
  | "CompleteMultipartUpload"
  | "AbortMultipartUpload"
  | "unknown";

export interface S3FakeOptions {
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Buckets that exist; others answer NoSuchBucket. */
  buckets?: string[];
  /** Keys per ListObjectsV2 page at most, whatever max-keys asks (S3: 1000). */
  maxKeys?: number;
  /** Smallest part but the last that CompleteMultipartUpload accepts (S3: 5 MiB). */
  minPartSize?: number;
}

export interface S3Fake {
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  requests: RecordedRequest[];
  count(route: S3Route): number;
  /** Replies for the next requests to a route, sent before any check (outages, throttling). */
  script: ReplyScript<FakeReply>;
  keys(bucket?: string): string[];
  object(key: string, bucket?: string): FakeObject | undefined;
  /** Multipart uploads started and neither completed nor aborted. */
  pendingUploads(): number;
  /** DeleteObjects reports AccessDenied for `key`, as under a bucket policy protecting it. */
  protect(key: string, bucket?: string): void;
  close(): Promise<void>;
}

function routeOf(method: string, key: string, query: URLSearchParams): S3Route {
  if (key === "") {
    if (method === "GET" && query.get("list-type") === "2") {
      return "ListObjectsV2";
    }
    return method === "POST" && query.has("delete") ? "DeleteObjects" : "unknown";
  }
  const upload = query.has("uploadId");
  switch (method) {
    case "GET":
      return "GetObject";
    case "HEAD":
      return "HeadObject";
    case "PUT":
      return upload ? "UploadPart" : "PutObject";
    case "DELETE":
      return upload ? "AbortMultipartUpload" : "DeleteObject";
    case "POST":
      return query.has("uploads")
        ? "CreateMultipartUpload"
        : upload
          ? "CompleteMultipartUpload"
          : "unknown";
    default:
      return "unknown";
  }
}

/** `Range: bytes=…` as S3 reads it: one range; anything else is ignored. */
function byteRange(header: string | undefined, size: number) {
  const match = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!match || (match[1] === "" && match[2] === "")) {
    return null;
  }
  const [, first = "", last = ""] = match;
  if (first === "") {
    const suffix = Number(last);
    return suffix === 0 || size === 0
      ? "unsatisfiable"
      : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== "" && Number(last) < start) {
    return null;
  }
  if (start >= size) {
    return "unsatisfiable";
  }
  return { start, end: last === "" ? size - 1 : Math.min(Number(last), size - 1) };
}

const objectHeaders = (object: FakeObject) => ({
  "Content-Type": object.contentType,
  ETag: object.etag,
  "Last-Modified": object.lastModified.toUTCString(),
  "Accept-Ranges": "bytes",
});

/**
 * An in-memory S3 on 127.0.0.1 that speaks the REST API the media store uses: object
 * GET/HEAD/PUT/DELETE with ranges, ListObjectsV2 pages, multi-object delete and multipart
 * uploads, path-style (`/bucket/key`) or virtual-hosted (`Host: bucket.…`). Every request must be
 * SigV4-signed for the configured key and region, and errors come as S3's XML with its codes.
 */
export async function startS3Fake(options: S3FakeOptions = {}): Promise<S3Fake> {
  const credentials = {
    region: options.region ?? "us-east-1",
    accessKeyId: options.accessKeyId ?? "AKIAGREENLIGHTFAKE01",
    secretAccessKey: options.secretAccessKey ?? "fake/secret+for/tests/only/0123456789abcd",
  };
  const buckets = new Map(
    (options.buckets ?? ["media"]).map((name) => [name, new Map<string, FakeObject>()]),
  );
  const protectedKeys = new Set<string>();
  const script = new ReplyScript<FakeReply>();
  const multipart: MultipartState = {
    uploads: new Map(),
    minPartSize: options.minPartSize ?? 5 * 1024 * 1024,
    store: (bucket, key, object) => buckets.get(bucket)?.set(key, object),
  };

  function addressOf(request: RecordedRequest) {
    const hostname = String(request.headers.host ?? "").replace(/:\d+$/, "");
    const label = hostname.split(".")[0] ?? "";
    const path = request.path.slice(1);
    if (hostname.includes(".") && buckets.has(label) && !/^\d+$/.test(label)) {
      return { bucket: label, key: decodeURIComponent(path) };
    }
    const slash = path.indexOf("/");
    return slash === -1
      ? { bucket: decodeURIComponent(path), key: "" }
      : {
          bucket: decodeURIComponent(path.slice(0, slash)),
          key: decodeURIComponent(path.slice(slash + 1)),
        };
  }

  function list(
    bucket: string,
    objects: Map<string, FakeObject>,
    query: URLSearchParams,
  ): FakeReply {
    const prefix = query.get("prefix") ?? "";
    const token = query.get("continuation-token");
    let after = query.get("start-after") ?? "";
    if (token !== null) {
      after = Buffer.from(token, "base64url").toString("utf8");
      if (!token || !after) {
        return errorReply(
          "GET",
          s3Errors.invalidArgument("The continuation token provided is incorrect"),
          `/${bucket}`,
        );
      }
    }
    const maxKeys = Math.min(Number(query.get("max-keys") ?? 1000), options.maxKeys ?? 1000);
    const matching = [...objects.keys()]
      .filter((key) => key.startsWith(prefix) && key > after)
      .sort();
    const page = matching.slice(0, maxKeys);
    const truncated = matching.length > page.length;
    return xmlReply(
      200,
      listBucketResult({
        bucket,
        prefix,
        maxKeys,
        objects: page.map((key) => {
          const object = objects.get(key)!;
          return {
            key,
            size: object.body.length,
            etag: object.etag,
            lastModified: object.lastModified,
          };
        }),
        ...(token === null ? {} : { continuationToken: token }),
        ...(truncated
          ? { nextContinuationToken: Buffer.from(page.at(-1)!).toString("base64url") }
          : {}),
      }),
    );
  }

  function deleteMany(
    bucket: string,
    objects: Map<string, FakeObject>,
    request: RecordedRequest,
  ): FakeReply {
    const resource = `/${bucket}`;
    const digest = request.headers["content-md5"];
    if (digest === undefined) {
      return errorReply("POST", s3Errors.missingContentMd5, resource);
    }
    if (digest !== md5(request.body).toString("base64")) {
      return errorReply("POST", s3Errors.badDigest, resource);
    }
    const xml = request.body.toString("utf8");
    const keys = xmlElements(xml, "Object").map((object) => xmlText(object, "Key"));
    if (
      !/<Delete[\s>]/.test(xml) ||
      keys.length === 0 ||
      keys.length > 1000 ||
      keys.includes(undefined)
    ) {
      return errorReply("POST", s3Errors.malformedXml, resource);
    }
    const deleted: string[] = [];
    const failed: { key: string; code: string; message: string }[] = [];
    for (const key of keys as string[]) {
      if (protectedKeys.has(`${bucket}/${key}`)) {
        failed.push({ key, code: "AccessDenied", message: "Access Denied" });
      } else {
        // A key that is not there counts as deleted, as on S3.
        objects.delete(key);
        deleted.push(key);
      }
    }
    return xmlReply(200, deleteResult(deleted, failed, xmlText(xml, "Quiet") === "true"));
  }

  function putObject(
    bucket: string,
    key: string,
    objects: Map<string, FakeObject>,
    request: RecordedRequest,
  ): FakeReply {
    const resource = `/${bucket}/${key}`;
    if (request.headers["content-length"] === undefined) {
      return errorReply("PUT", s3Errors.missingContentLength, resource);
    }
    const digest = md5(request.body);
    const claimed = request.headers["content-md5"];
    if (claimed !== undefined && claimed !== digest.toString("base64")) {
      return errorReply("PUT", s3Errors.badDigest, resource);
    }
    const etag = `"${digest.toString("hex")}"`;
    objects.set(key, {
      body: request.body,
      etag,
      lastModified: nowToTheSecond(),
      contentType: String(request.headers["content-type"] ?? "binary/octet-stream"),
    });
    return { status: 200, body: "", headers: { ETag: etag } };
  }

  function getObject(
    request: RecordedRequest,
    bucket: string,
    key: string,
    object: FakeObject | undefined,
  ): FakeReply {
    const { method } = request;
    const resource = `/${bucket}/${key}`;
    if (object === undefined) {
      return errorReply(method, s3Errors.noSuchKey, resource, { Key: key });
    }
    const size = object.body.length;
    const range = byteRange(request.headers.range as string | undefined, size);
    if (range === "unsatisfiable") {
      return errorReply(method, s3Errors.invalidRange, resource, {
        RangeRequested: String(request.headers.range),
        ActualObjectSize: size,
      });
    }
    const body = range ? object.body.subarray(range.start, range.end + 1) : object.body;
    return {
      status: range ? 206 : 200,
      body: method === "HEAD" ? "" : body,
      headers: {
        ...objectHeaders(object),
        "Content-Length": String(body.length),
        ...(range ? { "Content-Range": `bytes ${range.start}-${range.end}/${size}` } : {}),
      },
    };
  }

  function handle(request: RecordedRequest): FakeReply {
    const { bucket, key } = addressOf(request);
    const query = new URL(request.url, "http://fake.local").searchParams;
    const route = routeOf(request.method, key, query);
    request.route = route;
    const scripted = script.next(route);
    if (scripted) {
      return scripted;
    }
    const resource = `/${bucket}${key ? `/${key}` : ""}`;
    const denied = verifySigV4(request, credentials);
    if (denied) {
      return errorReply(request.method, denied, resource);
    }
    const objects = buckets.get(bucket);
    if (objects === undefined) {
      return errorReply(request.method, s3Errors.noSuchBucket, resource, { BucketName: bucket });
    }
    switch (route) {
      case "ListObjectsV2":
        return list(bucket, objects, query);
      case "DeleteObjects":
        return deleteMany(bucket, objects, request);
      case "PutObject":
        return putObject(bucket, key, objects, request);
      case "GetObject":
      case "HeadObject":
        return getObject(request, bucket, key, objects.get(key));
      case "DeleteObject":
        objects.delete(key);
        return { status: 204, body: "" };
      case "unknown":
        return errorReply(request.method, s3Errors.methodNotAllowed, resource);
      default:
        return handleMultipart(multipart, route, request, { bucket, key, query });
    }
  }

  const server = await startFakeHttpServer(() => "unrouted", handle);
  return {
    url: server.url,
    ...credentials,
    requests: server.requests,
    count: (route) => server.count(route),
    script,
    keys: (bucket = "media") => [...(buckets.get(bucket)?.keys() ?? [])].sort(),
    object: (key, bucket = "media") => buckets.get(bucket)?.get(key),
    pendingUploads: () => multipart.uploads.size,
    protect: (key, bucket = "media") => protectedKeys.add(`${bucket}/${key}`),
    close: () => server.close(),
  };
}
