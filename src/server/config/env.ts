import path from "node:path";
import { z } from "zod";
import { priceOverridesSchema } from "../providers/pricing/price-table";
import { replicateModelMappingSchema } from "../providers/replicate/model-mapping";

/**
 * The one place that reads process.env. Parsed once at start-up; an invalid value stops the
 * process with a message naming the variable.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"])
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

/** A variable holding JSON, checked against `schema` so a typo stops the process at start. */
const jsonOf = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "must be valid JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);

const segment = "[a-zA-Z0-9_-][a-zA-Z0-9._-]*";
const requiredForS3 = { error: "required when MEDIA_STORE=s3" };

/** Media on local disk under DATA_DIR/media, or in an S3-compatible bucket (scaled shape). */
const mediaSchema = z.discriminatedUnion(
  "MEDIA_STORE",
  [
    z.object({
      MEDIA_STORE: z.literal("local").default("local"),
      MEDIA_DELIVERY: z
        .literal("stream", { error: "presigned needs MEDIA_STORE=s3; local media is streamed" })
        .default("stream"),
    }),
    z.object({
      MEDIA_STORE: z.literal("s3"),
      S3_BUCKET: z
        .string(requiredForS3)
        .regex(/^[a-zA-Z0-9._-]+$/, "must be a bucket name, without s3:// or slashes"),
      S3_REGION: z.string().min(1).default("us-east-1"),
      /** MinIO, R2 and other S3-compatible servers; AWS when unset. */
      S3_ENDPOINT: z
        .string()
        .url()
        .regex(/^https?:\/\//, "must be an http:// or https:// URL")
        .optional(),
      S3_ACCESS_KEY_ID: z.string(requiredForS3).min(1),
      S3_SECRET_ACCESS_KEY: z.string(requiredForS3).min(1),
      S3_FORCE_PATH_STYLE: booleanish.default(false),
      /** stream: the app sends media bytes itself. presigned: it redirects to the bucket. */
      MEDIA_DELIVERY: z.enum(["stream", "presigned"]).default("stream"),
      /** Local copies of bucket files for sharp/ffmpeg/uploads, least recently used dropped first. */
      MEDIA_CACHE_MAX_MB: z.coerce.number().int().min(64).max(1_000_000).default(2_048),
      /** Key prefix inside the bucket, so one bucket can hold several installations. */
      S3_PREFIX: z
        .string()
        .regex(
          new RegExp(`^${segment}(/${segment})*/?$`),
          "must be path segments of letters, digits, '.', '_' or '-', like greenlight/prod",
        )
        .optional(),
    }),
  ],
  { error: "must be local or s3" },
);

const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** No DATABASE_URL → embedded PGlite under DATA_DIR/db. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** embedded: this process runs task handlers too. off: an API-only app server. */
  WORKER: z.enum(["embedded", "off"]).default("embedded"),
  TASK_HEARTBEAT_SECONDS: z.coerce.number().positive().max(300).default(5),
  /** A running task whose heartbeat is older than this is resumed by another worker. */
  TASK_STALE_AFTER_SECONDS: z.coerce.number().positive().max(3600).default(30),
  FFMPEG_PATH: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  REPLICATE_API_TOKEN: z.string().min(1).optional(),
  REPLICATE_BASE_URL: z.string().url().optional(),
  REPLICATE_WEBHOOK_SECRET: z.string().min(1).optional(),
  PUBLIC_URL: z.string().url().optional(),
  /** Host names (with :port when not 80/443) served besides PUBLIC_URL's and loopback: a,b. */
  ALLOWED_HOSTS: z
    .string()
    .transform((text) =>
      text
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .default([]),
  /** Origins that may frame the share page /show/:slug (CSP frame-ancestors); none by default. */
  FRAME_ANCESTORS: z
    .string()
    .regex(/^[a-zA-Z0-9:/.*\- ]*$/, "must be origins separated by spaces, like https://a.example")
    .optional(),
  /** Shows one client (IP) may create per hour, and tasks it may request per minute. */
  RATE_LIMIT_SHOWS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  RATE_LIMIT_TASKS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Live task streams open at once: in all, and from one client. Beyond them: 503. */
  SSE_MAX_STREAMS: z.coerce.number().int().min(1).max(100_000).default(500),
  SSE_MAX_STREAMS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Calls in flight to one provider at once, across every task of this process. */
  OPENAI_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  REPLICATE_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(3),
  /** How often paid jobs are polled; Replicate's webhook can wake a wait earlier. */
  PROVIDER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).optional(),
  /** Prices merged over the built-in table, model by model: `{"video":{"google/veo-3.1":{…}}}`. */
  PROVIDER_PRICES: jsonOf(priceOverridesSchema).optional(),
  /** Replicate models beyond the built-ins, each with its input mapping (see model-mapping.ts). */
  REPLICATE_MODELS: jsonOf(z.array(replicateModelMappingSchema)).optional(),
  /** Signs sessions; generated at first start and kept in the settings table when unset. */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** invite: only the owner's invitation links sign people up. open: anyone may. */
  SIGNUP: z.enum(["invite", "open"]).default("invite"),
  /** A headless install creates the owner account from these at start. */
  OWNER_EMAIL: z.email().optional(),
  OWNER_PASSWORD: z.string().min(8, "must be at least 8 characters").max(128).optional(),
  /** Optional sign-in providers: each pair turns its button on. */
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Lets browser tests make the offline provider fail on demand. Never set in production. */
  GREENLIGHT_TEST_HOOKS: booleanish.default(false),
});

const envSchema = baseSchema.and(mediaSchema);

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings come from `FOO=` lines in shells and .env files: treat them as unset.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

let cached: Env | undefined;

export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
