import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from src/server/db/schema.ts. The same files migrate PGlite and
// PostgreSQL at start-up (src/server/db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/server/db/schema.ts",
  out: "./drizzle",
});
