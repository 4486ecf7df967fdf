import type { S3Client } from "./s3-client";
import { describeCall, S3StorageError, s3ResponseError } from "./s3-errors";
import { escapeXml, xmlText } from "./s3-xml";

/** S3 takes at most 5 GiB in one PUT, and parts of at least 5 MiB (all but the last). */
export const defaultPartSize = 8 * 1024 * 1024;

function etagOf(headers: Headers, where: string): string {
  const etag = headers.get("ETag");
  if (!etag) {
    throw new S3StorageError("storage_rejected", `S3 ${where} answered without an ETag`);
  }
  return etag;
}

/** CreateMultipartUpload → UploadPart × n → CompleteMultipartUpload, or AbortMultipartUpload. */
async function startMultipart(client: S3Client, key: string, contentType: string) {
  const created = await client.send({
    operation: "CreateMultipartUpload",
    method: "POST",
    key,
    query: { uploads: "" },
    headers: { "Content-Type": contentType },
  });
  const uploadId = xmlText(await created.text(), "UploadId");
  if (!uploadId) {
    throw new S3StorageError(
      "storage_rejected",
      `S3 ${describeCall("CreateMultipartUpload", client.bucket, key)} answered without an UploadId`,
    );
  }
  const etags: string[] = [];
  return {
    async send(part: Buffer): Promise<void> {
      const partNumber = String(etags.length + 1);
      const { headers } = await client.sendForHeaders({
        operation: "UploadPart",
        method: "PUT",
        key,
        query: { partNumber, uploadId },
        body: part,
      });
      etags.push(etagOf(headers, describeCall("UploadPart", client.bucket, key)));
    },

    async complete(): Promise<void> {
      const parts = etags
        .map(
          (etag, i) =>
            `<Part><PartNumber>${i + 1}</PartNumber><ETag>${escapeXml(etag)}</ETag></Part>`,
        )
        .join("");
      const operation = "CompleteMultipartUpload";
      const response = await client.send({
        operation,
        method: "POST",
        key,
        query: { uploadId },
        headers: { "Content-Type": "application/xml" },
        body: Buffer.from(`<CompleteMultipartUpload>${parts}</CompleteMultipartUpload>`),
      });
      // S3 answers 200 before it has finished, and reports a late failure in the body.
      const text = await response.text();
      if (/<Error>/.test(text)) {
        throw s3ResponseError(describeCall(operation, client.bucket, key), undefined, text);
      }
    },

    /** Best effort: a failed abort must not hide why the upload failed. */
    async abort(): Promise<void> {
      await client
        .sendForHeaders({
          operation: "AbortMultipartUpload",
          method: "DELETE",
          key,
          query: { uploadId },
        })
        .catch(() => {});
    },
  };
}

async function putObject(client: S3Client, key: string, body: Buffer, contentType: string) {
  await client.sendForHeaders({
    operation: "PutObject",
    method: "PUT",
    key,
    headers: { "Content-Type": contentType },
    body,
  });
}

/**
 * Uploads `data` as the object `key`, visible only once whole (S3 never shows half a PUT or an
 * unfinished multipart upload). S3 needs each request's length up front, so a stream is read in
 * parts of `partSize`: one that ends within the first part is one PUT, a longer one goes up as a
 * multipart upload holding one part in memory at a time. A failed stream aborts the upload.
 */
export async function uploadObject(
  client: S3Client,
  key: string,
  data: Buffer | NodeJS.ReadableStream,
  contentType: string,
  partSize = defaultPartSize,
): Promise<void> {
  if (Buffer.isBuffer(data)) {
    await putObject(client, key, data, contentType);
    return;
  }
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let multipart: Awaited<ReturnType<typeof startMultipart>> | undefined;
  try {
    for await (const chunk of data) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      pending.push(buffer);
      pendingBytes += buffer.length;
      if (pendingBytes >= partSize) {
        multipart ??= await startMultipart(client, key, contentType);
        await multipart.send(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
    }
    const rest = Buffer.concat(pending);
    if (multipart === undefined) {
      await putObject(client, key, rest, contentType);
      return;
    }
    if (rest.length > 0) {
      await multipart.send(rest);
    }
    await multipart.complete();
  } catch (error) {
    await multipart?.abort();
    throw error;
  }
}
