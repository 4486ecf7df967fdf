import { randomBytes } from "node:crypto";
import { escapeXml } from "../../src/server/storage/s3-xml";
import type { FakeReply } from "./fake-http";

/** The XML documents S3 answers with, in its namespace and element order. */

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
const namespace = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const element = (name: string, value: string | number) =>
  `<${name}>${escapeXml(String(value))}</${name}>`;

export const newRequestId = () => randomBytes(8).toString("hex").toUpperCase();

export function xmlReply(status: number, body: string, headers: Record<string, string> = {}) {
  return {
    status,
    body: `${declaration}${body}`,
    headers: { "content-type": "application/xml", "x-amz-request-id": newRequestId(), ...headers },
  } satisfies FakeReply;
}

/** S3's error document; HEAD answers carry no body, only the status. */
export function errorReply(
  method: string,
  error: { status: number; code: string; message: string },
  resource: string,
  extra: Record<string, string | number> = {},
): FakeReply {
  if (method === "HEAD") {
    return { status: error.status, body: "", headers: { "x-amz-request-id": newRequestId() } };
  }
  const details = Object.entries(extra).map(([name, value]) => element(name, value));
  return xmlReply(
    error.status,
    `<Error>${element("Code", error.code)}${element("Message", error.message)}${details.join("")}${element("Resource", resource)}${element("RequestId", newRequestId())}</Error>`,
  );
}

export const s3Errors = {
  noSuchBucket: {
    status: 404,
    code: "NoSuchBucket",
    message: "The specified bucket does not exist",
  },
  noSuchKey: { status: 404, code: "NoSuchKey", message: "The specified key does not exist." },
  noSuchUpload: {
    status: 404,
    code: "NoSuchUpload",
    message:
      "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
  },
  invalidRange: {
    status: 416,
    code: "InvalidRange",
    message: "The requested range is not satisfiable",
  },
  missingContentLength: {
    status: 411,
    code: "MissingContentLength",
    message: "You must provide the Content-Length HTTP header.",
  },
  missingContentMd5: {
    status: 400,
    code: "InvalidRequest",
    message: "Missing required header for this request: Content-Md5.",
  },
  badDigest: {
    status: 400,
    code: "BadDigest",
    message: "The Content-MD5 you specified did not match what we received.",
  },
  malformedXml: {
    status: 400,
    code: "MalformedXML",
    message:
      "The XML you provided was not well-formed or did not validate against our published schema",
  },
  invalidArgument: (message: string) => ({ status: 400, code: "InvalidArgument", message }),
  invalidPart: {
    status: 400,
    code: "InvalidPart",
    message:
      "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
  },
  invalidPartOrder: {
    status: 400,
    code: "InvalidPartOrder",
    message: "The list of parts was not in ascending order. Parts must be ordered by part number.",
  },
  entityTooSmall: {
    status: 400,
    code: "EntityTooSmall",
    message: "Your proposed upload is smaller than the minimum allowed object size.",
  },
  internalError: {
    status: 500,
    code: "InternalError",
    message: "We encountered an internal error. Please try again.",
  },
  notImplemented: {
    status: 501,
    code: "NotImplemented",
    message: "A header you provided implies functionality that is not implemented",
  },
  methodNotAllowed: {
    status: 405,
    code: "MethodNotAllowed",
    message: "The specified method is not allowed against this resource.",
  },
};

export interface ListedObject {
  key: string;
  size: number;
  etag: string;
  lastModified: Date;
}

export function listBucketResult(page: {
  bucket: string;
  prefix: string;
  maxKeys: number;
  objects: ListedObject[];
  continuationToken?: string;
  nextContinuationToken?: string;
}): string {
  const contents = page.objects.map(
    (object) =>
      `<Contents>${element("Key", object.key)}${element("LastModified", object.lastModified.toISOString())}${element("ETag", object.etag)}${element("Size", object.size)}${element("StorageClass", "STANDARD")}</Contents>`,
  );
  return [
    `<ListBucketResult ${namespace}>`,
    element("Name", page.bucket),
    element("Prefix", page.prefix),
    element("KeyCount", page.objects.length),
    element("MaxKeys", page.maxKeys),
    element("IsTruncated", String(page.nextContinuationToken !== undefined)),
    page.continuationToken === undefined
      ? ""
      : element("ContinuationToken", page.continuationToken),
    page.nextContinuationToken === undefined
      ? ""
      : element("NextContinuationToken", page.nextContinuationToken),
    ...contents,
    "</ListBucketResult>",
  ].join("");
}

/** Quiet mode lists only failures; verbose mode lists every deleted key too. */
export function deleteResult(
  deleted: string[],
  failed: { key: string; code: string; message: string }[],
  quiet: boolean,
): string {
  const deletedXml = quiet ? [] : deleted.map((key) => `<Deleted>${element("Key", key)}</Deleted>`);
  const failedXml = failed.map(
    (failure) =>
      `<Error>${element("Key", failure.key)}${element("Code", failure.code)}${element("Message", failure.message)}</Error>`,
  );
  return `<DeleteResult ${namespace}>${deletedXml.join("")}${failedXml.join("")}</DeleteResult>`;
}

export const initiateMultipartUploadResult = (bucket: string, key: string, uploadId: string) =>
  `<InitiateMultipartUploadResult ${namespace}>${element("Bucket", bucket)}${element("Key", key)}${element("UploadId", uploadId)}</InitiateMultipartUploadResult>`;

export const completeMultipartUploadResult = (bucket: string, key: string, etag: string) =>
  `<CompleteMultipartUploadResult ${namespace}>${element("Location", `/${bucket}/${key}`)}${element("Bucket", bucket)}${element("Key", key)}${element("ETag", etag)}</CompleteMultipartUploadResult>`;
