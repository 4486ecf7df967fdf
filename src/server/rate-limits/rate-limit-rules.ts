/** One limit: at most `points` requests per `durationSeconds` for one key (an IP, a user). */
export interface RateLimitRule {
  points: number;
  durationSeconds: number;
  /** Finishes the sentence "Too many …" in the 429's message. */
  what: string;
}

export type RateLimitName = "signInPerIp" | "signInPerUser" | "showCreate" | "taskRequest";

export interface RateLimitSettings {
  showsPerHour: number;
  tasksPerMinute: number;
}

/**
 * Sign-in limits are tight (guessing passwords is the threat: per IP, and per account so many
 * IPs cannot share one target); show creation and task requests are paid work, limited so one
 * client cannot queue a bill, yet loose enough for a person clicking through a season.
 */
export function rateLimitRules(settings: RateLimitSettings): Record<RateLimitName, RateLimitRule> {
  return {
    signInPerIp: {
      points: 20,
      durationSeconds: 15 * 60,
      what: "sign-in attempts from this address",
    },
    signInPerUser: {
      points: 10,
      durationSeconds: 15 * 60,
      what: "sign-in attempts for this account",
    },
    showCreate: { points: settings.showsPerHour, durationSeconds: 3600, what: "new shows" },
    taskRequest: { points: settings.tasksPerMinute, durationSeconds: 60, what: "task requests" },
  };
}
