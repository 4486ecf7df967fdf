import { fitDocument } from "../../../shows/fit-document";
import { ProviderError } from "../../provider-error";
import type { TextContext, TextProvider, TextRequest, TextResult } from "../../types";
import { writeBlueprint } from "./write-blueprint";
import { writeCast } from "./write-cast";
import { writeDossier } from "./write-dossier";
import { writeEpisodeScript } from "./write-episode-script";
import { writePromptRewrite } from "./write-prompt-rewrite";
import { writeSeason } from "./write-season";
import { writeTrailerScript } from "./write-trailer-script";

const providerId = "offline";
const defaultModel = "offline-writer-1";

/**
 * The default text provider: no network, no key, and the same premise always gives the same
 * documents, byte for byte. It writes from the request's structured context, not its prompt,
 * and still validates against the request's schema like any other provider.
 */
export function createOfflineTextProvider(): TextProvider {
  return {
    id: providerId,
    async generateObject<T>(request: TextRequest<T>): Promise<TextResult<T>> {
      throwIfAborted(request.signal);
      const document = writeDocument(request.context);
      throwIfAborted(request.signal);
      return {
        // Same limits as a paid model's answer: a long premise echoed into the logline is cut.
        value: request.schema.parse(fitDocument(request.schema, document)),
        model: request.model || defaultModel,
        costUsd: 0,
      };
    },
  };
}

function writeDocument(context: TextContext): unknown {
  switch (context.kind) {
    case "blueprint":
      return writeBlueprint(context.premise);
    case "cast":
      return writeCast(context);
    case "dossier":
      return writeDossier(context);
    case "season":
      return writeSeason(context);
    case "episode_script":
      return writeEpisodeScript(context);
    case "trailer_script":
      return writeTrailerScript(context);
    case "prompt_rewrite":
      return { prompt: writePromptRewrite(context.prompt, context.level) };
    default:
      return unknownKind(context);
  }
}

function unknownKind(context: never): never {
  throw new ProviderError({
    provider: providerId,
    code: "invalid_input",
    userMessage: `The offline writer cannot write a "${(context as { kind: string }).kind}" document.`,
  });
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new ProviderError({
      provider: providerId,
      code: "canceled",
      userMessage: "The text generation was canceled.",
      cause: signal.reason,
    });
  }
}
