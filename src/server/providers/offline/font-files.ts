import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Where the Inter font files shipped by @fontsource/inter are. Under Node, module resolution finds
 * them; inside the Next.js server bundle `require.resolve` returns a module id (a number), not a
 * path, so the app's own node_modules (it always runs from the project root) is the fallback.
 */
export function interFontDirectory(): string {
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve(
      "@fontsource/inter/package.json",
    );
    if (typeof resolved === "string" && fs.existsSync(resolved)) {
      return path.join(path.dirname(resolved), "files");
    }
  } catch {
    // Not resolvable from here: fall through to the project root.
  }
  return path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files");
}
