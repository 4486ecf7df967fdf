import { createHash, randomBytes } from "node:crypto";
import { xmlElements, xmlText } from "../../src/server/storage/s3-xml";
import type { FakeReply, RecordedRequest } from "./fake-http";
import {
  completeMultipartUploadResult,
  errorReply,
  initiateMultipartUploadResult,
  s3Errors,
  xmlReply,
} from "./s3-fake-bodies";

/** One stored object of the fake. */
export interface FakeObject {
  body: Buffer;
  /** Quoted, as S3 sends it. */
  etag: string;
  /** Whole seconds, as Last-Modified carries them. */
  lastModified: Date;
  contentType: string;
}

interface Upload {
  bucket: string;
  key: string;
  contentType: string;
  parts: Map<number, { body: Buffer; etag: string }>;
}

export interface MultipartState {
  uploads: Map<string, Upload>;
  minPartSize: number;
  store(bucket: string, key: string, object: FakeObject): void;
}

export const md5 = (data: Buffer) => createHash("md5").update(data).digest();
export const nowToTheSecond = () => new Date(Math.floor(Date.now() / 1000) * 1000);

/** CreateMultipartUpload, UploadPart, CompleteMultipartUpload and AbortMultipartUpload. */
export function handleMultipart(
  state: MultipartState,
  route: string,
  request: RecordedRequest,
  target: { bucket: string; key: string; query: URLSearchParams },
): FakeReply {
  const { bucket, key, query } = target;
  const resource = `/${bucket}/${key}`;
  if (route === "CreateMultipartUpload") {
    const uploadId = randomBytes(24).toString("base64url");
    const contentType = String(request.headers["content-type"] ?? "binary/octet-stream");
    state.uploads.set(uploadId, { bucket, key, contentType, parts: new Map() });
    return xmlReply(200, initiateMultipartUploadResult(bucket, key, uploadId));
  }
  const uploadId = query.get("uploadId") ?? "";
  const upload = state.uploads.get(uploadId);
  if (!upload || upload.bucket !== bucket || upload.key !== key) {
    return errorReply(request.method, s3Errors.noSuchUpload, resource, { UploadId: uploadId });
  }
  if (route === "AbortMultipartUpload") {
    state.uploads.delete(uploadId);
    return { status: 204, body: "" };
  }
  if (route === "UploadPart") {
    const partNumber = Number(query.get("partNumber"));
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
      return errorReply(
        request.method,
        s3Errors.invalidArgument("Part number must be an integer between 1 and 10000, inclusive"),
        resource,
      );
    }
    const etag = `"${md5(request.body).toString("hex")}"`;
    upload.parts.set(partNumber, { body: request.body, etag });
    return { status: 200, body: "", headers: { ETag: etag } };
  }
  return complete(state, request, uploadId, upload, resource);
}

function complete(
  state: MultipartState,
  request: RecordedRequest,
  uploadId: string,
  upload: Upload,
  resource: string,
): FakeReply {
  const listed = xmlElements(request.body.toString("utf8"), "Part").map((part) => ({
    number: Number(xmlText(part, "PartNumber")),
    etag: xmlText(part, "ETag") ?? "",
  }));
  if (listed.length === 0) {
    return errorReply(request.method, s3Errors.malformedXml, resource);
  }
  const parts = [];
  for (const [i, entry] of listed.entries()) {
    if (i > 0 && entry.number <= listed[i - 1]!.number) {
      return errorReply(request.method, s3Errors.invalidPartOrder, resource);
    }
    const part = upload.parts.get(entry.number);
    if (!part || part.etag !== entry.etag) {
      return errorReply(request.method, s3Errors.invalidPart, resource);
    }
    if (i < listed.length - 1 && part.body.length < state.minPartSize) {
      return errorReply(request.method, s3Errors.entityTooSmall, resource, {
        ProposedSize: part.body.length,
        MinSizeAllowed: state.minPartSize,
        PartNumber: entry.number,
      });
    }
    parts.push(part);
  }
  // S3's multipart ETag: the MD5 of the parts' binary MD5s, then "-" and the part count.
  const digest = md5(Buffer.concat(parts.map((part) => md5(part.body)))).toString("hex");
  const etag = `"${digest}-${parts.length}"`;
  state.store(upload.bucket, upload.key, {
    body: Buffer.concat(parts.map((part) => part.body)),
    etag,
    lastModified: nowToTheSecond(),
    contentType: upload.contentType,
  });
  state.uploads.delete(uploadId);
  return xmlReply(200, completeMultipartUploadResult(upload.bucket, upload.key, etag));
}
