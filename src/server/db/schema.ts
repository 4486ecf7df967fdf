import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const id = () => uuid("id").primaryKey().defaultRandom();

// Accounts (better-auth's user/session/account/verification and its API-key plugin's apikey).
// Column names are better-auth's own; the adapter maps its models onto these tables by key
// (src/server/auth/create-auth.ts).
const authTime = (name: string) => timestamp(name, { withTimezone: true });

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  /** owner (everything) | member (their own shows); see src/server/auth/roles.ts. */
  role: text("role").notNull().default("member"),
  /** Monthly spending limit for a member's paid requests, in USD; null = no limit. */
  monthlyBudgetUsd: doublePrecision("monthly_budget_usd"),
  createdAt: authTime("created_at").notNull().defaultNow(),
  updatedAt: authTime("updated_at").notNull().defaultNow(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: authTime("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: authTime("created_at").notNull().defaultNow(),
    updatedAt: authTime("updated_at").notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: authTime("access_token_expires_at"),
    refreshTokenExpiresAt: authTime("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: authTime("created_at").notNull().defaultNow(),
    updatedAt: authTime("updated_at").notNull().defaultNow(),
  },
  (table) => [index("accounts_user").on(table.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: authTime("expires_at").notNull(),
    createdAt: authTime("created_at").notNull().defaultNow(),
    updatedAt: authTime("updated_at").notNull().defaultNow(),
  },
  (table) => [index("verifications_identifier").on(table.identifier)],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    configId: text("config_id").notNull().default("default"),
    name: text("name"),
    start: text("start"),
    /** The user the key acts as. */
    referenceId: text("reference_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    prefix: text("prefix"),
    /** A hash of the key; the key itself is shown once, at creation. */
    key: text("key").notNull(),
    refillInterval: integer("refill_interval"),
    refillAmount: integer("refill_amount"),
    lastRefillAt: authTime("last_refill_at"),
    enabled: boolean("enabled").default(true),
    rateLimitEnabled: boolean("rate_limit_enabled").default(false),
    rateLimitTimeWindow: integer("rate_limit_time_window"),
    rateLimitMax: integer("rate_limit_max"),
    requestCount: integer("request_count").default(0),
    remaining: integer("remaining"),
    lastRequest: authTime("last_request"),
    expiresAt: authTime("expires_at"),
    createdAt: authTime("created_at").notNull(),
    updatedAt: authTime("updated_at").notNull(),
    permissions: text("permissions"),
    metadata: text("metadata"),
  },
  (table) => [
    index("api_keys_config").on(table.configId),
    index("api_keys_reference").on(table.referenceId),
    index("api_keys_key").on(table.key),
  ],
);

/** Sign-up links the owner hands out; one use each. */
export const invitations = pgTable("invitations", {
  token: text("token").primaryKey(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedBy: text("used_by").references(() => users.id, { onDelete: "set null" }),
  usedAt: timestamp("used_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const shows = pgTable(
  "shows",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    premise: text("premise").notNull(),
    title: text("title"),
    logline: text("logline"),
    /** Blueprint document (documents.ts); null until the blueprint task succeeds. */
    blueprint: jsonb("blueprint"),
    /** Season document: format, arc, loglines. */
    season: jsonb("season"),
    settings: jsonb("settings").notNull().default({}),
    autopilot: boolean("autopilot").notNull().default(true),
    // Pointers to the current version of each show-level asset; older versions stay in `assets`.
    posterAssetId: uuid("poster_asset_id"),
    gridAssetId: uuid("grid_asset_id"),
    trailerAssetId: uuid("trailer_asset_id"),
    /** The trailer's music bed (its storyboard's score), like an episode's `score_asset_id`. */
    trailerScoreAssetId: uuid("trailer_score_asset_id"),
    /** Someone asked for a (re-)cut of the trailer; cleared when the cut matches its board. */
    trailerWanted: boolean("trailer_wanted").notNull().default(false),
    /**
     * The account that owns the show; null for shows made before accounts existed (or by the CLI
     * before an owner was created): they go to the owner when the owner account is created.
     */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    /** A random token that lets anyone with the link read the show; null = private. */
    shareToken: text("share_token").unique(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("shows_owner").on(table.ownerId)],
);

export const characters = pgTable(
  "characters",
  {
    id: id(),
    showId: uuid("show_id")
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    seed: jsonb("seed").notNull(),
    dossier: jsonb("dossier"),
    /** A per-character override of the portrait prompt template. */
    portraitPrompt: text("portrait_prompt"),
    portraitAssetId: uuid("portrait_asset_id"),
    videoAssetId: uuid("video_asset_id"),
    /** The character's voice (providers/types.ts VoiceSpec); null = chosen from the dossier. */
    voice: jsonb("voice"),
    /**
     * The user chose to go on without this character's portrait (after it failed): autopilot's
     * "every character is portrayed" checks leave it out.
     */
    skipped: boolean("skipped").notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("characters_show_position").on(table.showId, table.position)],
);

export const episodes = pgTable(
  "episodes",
  {
    id: id(),
    showId: uuid("show_id")
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    outline: jsonb("outline").notNull(),
    stillAssetId: uuid("still_asset_id"),
    clipAssetId: uuid("clip_asset_id"),
    /** The cold open's music bed and its cut (MP4; its subtitles are assets made from it). */
    scoreAssetId: uuid("score_asset_id"),
    animaticAssetId: uuid("animatic_asset_id"),
    /**
     * Someone asked for this episode's animatic: completions of its script, frames, voice lines
     * and score keep requesting what it still needs, then the animatic itself.
     */
    animaticWanted: boolean("animatic_wanted").notNull().default(false),
    /** The user chose to go on without this episode's still/clip (after one failed). */
    skipped: boolean("skipped").notNull().default(false),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("episodes_show_number").on(table.showId, table.number)],
);

export const assets = pgTable(
  "assets",
  {
    id: id(),
    showId: uuid("show_id")
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    characterId: uuid("character_id"),
    episodeId: uuid("episode_id"),
    taskId: uuid("task_id"),
    storageKey: text("storage_key").notNull().unique(),
    mime: text("mime").notNull(),
    bytes: integer("bytes").notNull(),
    width: integer("width"),
    height: integer("height"),
    durationSeconds: doublePrecision("duration_seconds"),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    prompt: text("prompt").notNull().default(""),
    costUsd: doublePrecision("cost_usd").notNull().default(0),
    /**
     * The assets this one was composed from (a portrait grid: the portrait ids it drew), so
     * "does the grid cover the current cast" is a lookup, not a guess.
     */
    sourceAssetIds: jsonb("source_asset_ids").$type<string[]>(),
    /** The shot it belongs to (storyboard frames, voice lines, shot clips). */
    shotId: uuid("shot_id"),
    /**
     * A hash of everything it was made from (a line's text, voice and delivery; a frame's shot and
     * portraits): an unchanged input finds its asset again instead of being made (or paid) twice.
     */
    contentHash: text("content_hash"),
    createdAt: createdAt(),
  },
  (table) => [
    index("assets_show_kind").on(table.showId, table.kind, table.createdAt),
    index("assets_show_content_hash").on(table.showId, table.contentHash),
  ],
);

/**
 * One shot of a sequence: an episode's cold open (`episode:<id>`) or the trailer (`trailer`).
 * A row per shot so one shot's edit, frame or clip never rewrites its neighbours.
 */
export const shots = pgTable(
  "shots",
  {
    id: id(),
    showId: uuid("show_id")
      .notNull()
      .references(() => shows.id, { onDelete: "cascade" }),
    episodeId: uuid("episode_id").references(() => episodes.id, { onDelete: "cascade" }),
    /** `episode:<episode id>` or `trailer`: the shots of one cut. */
    sequence: text("sequence").notNull(),
    /** Order within the sequence; reordering rewrites positions. */
    position: integer("position").notNull(),
    /** The shot (shows/episode-script.ts ShotSpec). */
    spec: jsonb("spec").notNull(),
    frameAssetId: uuid("frame_asset_id"),
    clipAssetId: uuid("clip_asset_id"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("shots_sequence").on(table.showId, table.sequence, table.position)],
);

export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    showId: uuid("show_id").notNull(),
    kind: text("kind").notNull(),
    /** The target within the show (a character or episode id); '' for show-level kinds. */
    target: text("target").notNull().default(""),
    /** What the dock shows, e.g. "Portrait · Maya Chen"; set by whoever requests the task. */
    title: text("title").notNull().default(""),
    input: jsonb("input").notNull().default({}),
    status: text("status").notNull().default("queued"),
    progress: doublePrecision("progress").notNull().default(0),
    stage: text("stage").notNull().default(""),
    /** 1-based count of attempts started; shown to the user. */
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /**
     * Times a worker died while running this task (the reaper resumed it). Counted apart from
     * `attempt`: a crash or a graceful hand-over is not the task's fault and spends no retry.
     */
    crashes: integer("crashes").notNull().default(0),
    /**
     * The task's progress when its worker last died. A crash after the task got further than that
     * starts the count again: only a task that keeps dying without getting anywhere is given up.
     */
    crashProgress: doublePrecision("crash_progress").notNull().default(0),
    /**
     * Set when the task was put back in the queue to continue an interrupted attempt (worker lost
     * or handed over); the next claim resumes that attempt instead of starting a new one.
     */
    resumePending: boolean("resume_pending").notNull().default(false),
    /**
     * Bumped whenever a new attempt takes the task over. Every write by a running attempt is
     * guarded by its token, so a worker that lost the task cannot overwrite the new owner.
     */
    runToken: integer("run_token").notNull().default(0),
    /** The pg-boss job that is to run the current attempt. */
    jobId: text("job_id"),
    workerId: text("worker_id"),
    checkpoint: jsonb("checkpoint"),
    result: jsonb("result"),
    error: jsonb("error"),
    /** Why a task failed: error | expired | canceled. */
    failureReason: text("failure_reason"),
    version: integer("version").notNull().default(1),
    costUsd: doublePrecision("cost_usd"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    // The dedupe guarantee: at most one active task per (show, kind, target). requestTask relies
    // on ON CONFLICT against this index instead of a read-then-write.
    uniqueIndex("tasks_one_active_per_target")
      .on(table.showId, table.kind, table.target)
      .where(sql`status in ('queued', 'running')`),
    // A new request's version number is the target's highest so far plus one.
    index("tasks_target_version").on(table.showId, table.kind, table.target, table.version),
    index("tasks_show_created").on(table.showId, table.createdAt),
    index("tasks_status_heartbeat").on(table.status, table.heartbeatAt),
    index("tasks_finished").on(table.finishedAt),
  ],
);

/**
 * PostgreSQL's 64-bit transaction id (never wraps), as text: JavaScript numbers cannot hold every
 * value and the live stream only compares them.
 */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

export const taskEvents = pgTable(
  "task_events",
  {
    /** Monotonic: doubles as the SSE event id for Last-Event-ID resume. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id, { onDelete: "cascade" }),
    showId: uuid("show_id").notNull(),
    type: text("type").notNull(),
    message: text("message").notNull(),
    data: jsonb("data"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The inserting transaction. Ids are taken at insert but rows appear at commit, so the live
     * stream orders visibility by transaction snapshot, not by id (src/server/events/feed-cursor.ts).
     */
    xid: xid8("xid").notNull().default(sql`pg_current_xact_id()`),
  },
  (table) => [
    index("task_events_task").on(table.taskId, table.id),
    index("task_events_xid").on(table.xid),
  ],
);

export const promptTemplates = pgTable("prompt_templates", {
  key: text("key").primaryKey(),
  body: text("body").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The spend ledger: one row per paid provider call, whatever became of it (src/server/spend/).
 * A job's row is written at submit with the estimate and updated with its outcome, keyed by
 * (provider, job id) so a resumed attempt never counts a job twice; a synchronous call (no job
 * id) is one row written as soon as it returns. No foreign keys: what was billed stays billed
 * after its task or show is deleted.
 */
export const spendLedger = pgTable(
  "spend_ledger",
  {
    id: id(),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    /** The provider's job (prediction) id; null for a synchronous call. */
    jobId: text("job_id"),
    taskId: uuid("task_id"),
    showId: uuid("show_id"),
    /** The task kind that paid for it (trailer, portrait, …). */
    kind: text("kind").notNull().default(""),
    /** Video or audio length in seconds, where known. */
    seconds: doublePrecision("seconds"),
    costUsd: doublePrecision("cost_usd").notNull().default(0),
    /** running | succeeded | failed | canceled | abandoned (src/server/spend/spend-outcomes.ts). */
    outcome: text("outcome").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("spend_ledger_provider_job").on(table.provider, table.jobId),
    index("spend_ledger_show_created").on(table.showId, table.createdAt),
  ],
);
