import { createHash, createHmac } from "node:crypto";
import type { RecordedRequest } from "./fake-http";

/**
 * Checks a request's AWS Signature Version 4 the way S3 does, written from the spec rather than
 * from the client's signer, so a signing bug shows up here as it would against S3.
 */

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
}

/** S3's answer to a request it will not authenticate. */
export interface SigV4Failure {
  status: number;
  code: string;
  message: string;
}

const authorizationPattern =
  /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([^/\s]+)\/([^/\s]+)\/aws4_request,\s*SignedHeaders=([a-z0-9;-]+),\s*Signature=([0-9a-f]{64})$/;
const maxSkewMs = 15 * 60 * 1000;

const sha256Hex = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) =>
  createHmac("sha256", key).update(data).digest();

/** RFC 3986 percent-encoding: everything but `A-Za-z0-9-._~`. */
const uriEncode = (text: string) =>
  encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

const fail = (status: number, code: string, message: string): SigV4Failure => ({
  status,
  code,
  message,
});

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** Trimmed, with inner runs of spaces as one. */
const canonicalValue = (request: RecordedRequest, name: string) =>
  (header(request, name) ?? "").trim().replace(/\s+/g, " ");

/** S3 encodes each path segment once, as sent (no normalising of `.` or `//`). */
function canonicalUri(rawPath: string): string {
  return rawPath
    .split("/")
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join("/");
}

function canonicalQuery(rawQuery: string): string {
  return [...new URLSearchParams(rawQuery)]
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join("&");
}

function parseAmzDate(value: string | undefined): Date | null {
  const match =
    value === undefined ? null : /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!, h, mi, s));
}

/** `null` when the request is signed by `credentials`; otherwise the error S3 would send. */
export function verifySigV4(
  request: RecordedRequest,
  credentials: SigV4Credentials,
  now = new Date(),
): SigV4Failure | null {
  const authorization = header(request, "authorization");
  if (authorization === undefined) {
    return fail(403, "AccessDenied", "Access Denied");
  }
  const parsed = authorizationPattern.exec(authorization);
  if (!parsed) {
    return fail(400, "AuthorizationHeaderMalformed", "The authorization header is malformed.");
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] = parsed;
  if (accessKeyId !== credentials.accessKeyId) {
    return fail(
      403,
      "InvalidAccessKeyId",
      "The AWS Access Key Id you provided does not exist in our records.",
    );
  }
  if (region !== credentials.region || service !== "s3") {
    return fail(
      400,
      "AuthorizationHeaderMalformed",
      `The authorization header is malformed; the region '${region}' is wrong; expecting '${credentials.region}'`,
    );
  }
  const payloadHash = header(request, "x-amz-content-sha256");
  if (payloadHash === undefined) {
    return fail(
      400,
      "InvalidRequest",
      "Missing required header for this request: x-amz-content-sha256",
    );
  }
  const amzDate = header(request, "x-amz-date");
  const signedAt = parseAmzDate(amzDate);
  if (signedAt === null) {
    return fail(
      403,
      "AccessDenied",
      "AWS authentication requires a valid Date or x-amz-date header",
    );
  }
  if (Math.abs(now.getTime() - signedAt.getTime()) > maxSkewMs) {
    return fail(
      403,
      "RequestTimeTooSkewed",
      "The difference between the request time and the current time is too large.",
    );
  }
  const signedHeaders = signedHeaderList!.split(";");
  const unsigned = Object.keys(request.headers).filter(
    (name) => name.startsWith("x-amz-") && !signedHeaders.includes(name),
  );
  if (!signedHeaders.includes("host") || unsigned.length > 0) {
    return fail(
      403,
      "AccessDenied",
      "There were headers present in the request which were not signed",
    );
  }

  const queryStart = request.url.indexOf("?");
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? "" : request.url.slice(queryStart + 1);
  const canonicalRequest = [
    request.method,
    canonicalUri(rawPath),
    canonicalQuery(rawQuery),
    `${signedHeaders.map((name) => `${name}:${canonicalValue(request, name)}`).join("\n")}\n`,
    signedHeaderList,
    payloadHash,
  ].join("\n");
  const scope = `${scopeDate}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const dateKey = hmac(`AWS4${credentials.secretAccessKey}`, scopeDate!);
  const signingKey = hmac(hmac(hmac(dateKey, region!), "s3"), "aws4_request");
  if (
    scopeDate !== amzDate!.slice(0, 8) ||
    hmac(signingKey, stringToSign).toString("hex") !== signature
  ) {
    return fail(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    );
  }
  if (payloadHash.startsWith("STREAMING-")) {
    return fail(501, "NotImplemented", "The fake does not take aws-chunked uploads.");
  }
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256Hex(request.body)) {
    return fail(
      400,
      "XAmzContentSHA256Mismatch",
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
  return null;
}
