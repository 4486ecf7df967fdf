/**
 * `scheme://user:password@host` anywhere in a text, up to the `@` of the authority. Provider base
 * URLs may carry credentials (OPENAI_BASE_URL=http://user:pass@proxy/v1), and provider messages
 * are stored on tasks and shown to every reader of /api/tasks and the live stream.
 */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/** The text with the userinfo of every URL in it replaced by `***`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, "$1***@");
}
