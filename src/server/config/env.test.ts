import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database under ./data and an embedded worker", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toBe(path.resolve("data"));
    expect(env.WORKER).toBe("embedded");
    expect(env.PORT).toBe(3000);
  });

  it("stops with a message naming the variable at fault", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrowError(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://nope" })).toThrowError(
      /DATABASE_URL: must be a postgres:\/\//,
    );
    expect(() => parseEnv({ PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => parseEnv({ WORKER: "sometimes" })).toThrowError(/WORKER/);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: "" }).OPENAI_API_KEY).toBeUndefined();
  });

  describe("media store", () => {
    const s3 = {
      MEDIA_STORE: "s3",
      S3_BUCKET: "greenlight-media",
      S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
      S3_SECRET_ACCESS_KEY: "secret-value",
    };

    it("keeps media on local disk by default", () => {
      expect(parseEnv({}).MEDIA_STORE).toBe("local");
    });

    it("reads the S3 settings, with AWS's defaults", () => {
      const env = parseEnv(s3);
      expect(env).toMatchObject({
        MEDIA_STORE: "s3",
        S3_BUCKET: "greenlight-media",
        S3_REGION: "us-east-1",
        S3_FORCE_PATH_STYLE: false,
      });
      const minio = parseEnv({
        ...s3,
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_FORCE_PATH_STYLE: "true",
        S3_PREFIX: "greenlight/prod/",
      });
      expect(minio).toMatchObject({ S3_FORCE_PATH_STYLE: true, S3_PREFIX: "greenlight/prod/" });
    });

    it.each(["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"])(
      "stops when MEDIA_STORE=s3 lacks %s",
      (name) => {
        expect(() => parseEnv({ ...s3, [name]: "" })).toThrowError(
          new RegExp(`${name}: required when MEDIA_STORE=s3`),
        );
      },
    );

    it("streams media unless presigned delivery is asked for, which needs S3", () => {
      expect(parseEnv({}).MEDIA_DELIVERY).toBe("stream");
      expect(parseEnv({ ...s3, MEDIA_DELIVERY: "presigned" }).MEDIA_DELIVERY).toBe("presigned");
      expect(() => parseEnv({ MEDIA_DELIVERY: "presigned" })).toThrowError(
        /MEDIA_DELIVERY: presigned needs MEDIA_STORE=s3/,
      );
      expect(() => parseEnv({ ...s3, MEDIA_DELIVERY: "cdn" })).toThrowError(/MEDIA_DELIVERY/);
    });

    it("stops on a bad store, bucket, endpoint or prefix, never printing the secret", () => {
      expect(() => parseEnv({ MEDIA_STORE: "gcs" })).toThrowError(
        /MEDIA_STORE: must be local or s3/,
      );
      expect(() => parseEnv({ ...s3, S3_BUCKET: "s3://greenlight-media" })).toThrowError(
        /S3_BUCKET: must be a bucket name/,
      );
      expect(() => parseEnv({ ...s3, S3_ENDPOINT: "minio:9000" })).toThrowError(
        /S3_ENDPOINT: must be an http/,
      );
      expect(() => parseEnv({ ...s3, S3_PREFIX: "../other" })).toThrowError(/S3_PREFIX/);
      expect(() => parseEnv({ ...s3, S3_FORCE_PATH_STYLE: "sure" })).toThrowError(
        /S3_FORCE_PATH_STYLE/,
      );
      expect(() => parseEnv({ ...s3, S3_BUCKET: "", S3_PREFIX: "/abs" })).toThrowError(
        expect.objectContaining({ message: expect.not.stringContaining("secret-value") }),
      );
    });
  });
});
