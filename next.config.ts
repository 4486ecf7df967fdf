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
  ],
  poweredByHeader: false,
  // The build checks the app's own sources; tests and benchmarks are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default nextConfig;
