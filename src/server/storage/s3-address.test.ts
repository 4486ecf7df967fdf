import { describe, expect, it } from "vitest";
import { s3Addressing } from "./s3-address";

const aws = { bucket: "greenlight-media", region: "eu-west-1", forcePathStyle: false };

describe("s3Addressing", () => {
  it("addresses AWS virtual-hosted by default", () => {
    const address = s3Addressing(aws);

    expect(address.url("shows/1/a.png").href).toBe(
      "https://greenlight-media.s3.eu-west-1.amazonaws.com/shows/1/a.png",
    );
    expect(address.url(undefined, { "list-type": "2", prefix: "shows/1/" }).href).toBe(
      "https://greenlight-media.s3.eu-west-1.amazonaws.com/?list-type=2&prefix=shows%2F1%2F",
    );
  });

  it("uses path style when asked, and for endpoints or names that cannot take a subdomain", () => {
    const forced = s3Addressing({ ...aws, forcePathStyle: true });
    const minio = s3Addressing({ ...aws, endpoint: "http://127.0.0.1:9000" });
    const local = s3Addressing({ ...aws, endpoint: "http://localhost:9000/" });
    const dotted = s3Addressing({ ...aws, bucket: "media.example.com" });

    expect(forced.url("a.png").href).toBe(
      "https://s3.eu-west-1.amazonaws.com/greenlight-media/a.png",
    );
    expect(minio.url("a.png").href).toBe("http://127.0.0.1:9000/greenlight-media/a.png");
    expect(local.url().href).toBe("http://localhost:9000/greenlight-media/");
    expect(dotted.url("a.png").href).toBe(
      "https://s3.eu-west-1.amazonaws.com/media.example.com/a.png",
    );
  });

  it("keeps a custom endpoint's host and path", () => {
    const r2 = s3Addressing({ ...aws, endpoint: "https://acct.r2.cloudflarestorage.com" });
    const proxied = s3Addressing({
      ...aws,
      endpoint: "https://gw.example.com/s3/",
      forcePathStyle: true,
    });

    expect(r2.url("a.png").href).toBe(
      "https://greenlight-media.acct.r2.cloudflarestorage.com/a.png",
    );
    expect(proxied.url("a.png").href).toBe("https://gw.example.com/s3/greenlight-media/a.png");
  });
});
