import type { NextConfig } from "next";

// Native, WASM and child-process packages must stay out of the server bundle:
// they load binaries or files relative to their own package directory.
const nextConfig: NextConfig = {
  serverExternalPackages: [
    "pg-boss",
    "pg",
    "@electric-sql/pglite",
    "drizzle-orm",
    "sharp",
    "satori",
    "@resvg/resvg-js",
    "@ffmpeg-installer/ffmpeg",
    "pino",
    "archiver",
    "@dicebear/core",
    "@dicebear/collection",
    "@faker-js/faker",
    "openai",
    "replicate",
    "@echogarden/espeak-ng-emscripten",
    // Reads its font metrics and ICC profile from its own package directory.
    "pdfkit",
  ],
  poweredByHeader: false,
  // The proxy (src/proxy.ts) sets the full set, CSP included, on pages and API routes; static
  // build files it skips still must not be sniffed into something else.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  // The build checks the app's own sources; tests and benchmarks are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default nextConfig;
