import { ProviderError } from "../../provider-error";
import type { ImageProvider, ImageRequest, ImageResult, Size } from "../../types";
import { renderEpisodeStill } from "./episode-still";
import { renderPortrait } from "./portrait";
import { renderPoster } from "./poster";
import { renderStoryboardFrame } from "./storyboard-frame";

const provider = "offline";
const defaultModel = "offline-art-1";
const maxSide = 4096;

/**
 * The default image provider: draws every picture locally from the request's context, with no
 * network and no cost. The same request always yields the same PNG, byte for byte.
 */
export function createOfflineImageProvider(): ImageProvider {
  return {
    id: provider,
    async generate(request: ImageRequest): Promise<ImageResult> {
      const size = checkedSize(request.size);
      try {
        request.signal?.throwIfAborted();
        const data = await render(request, size);
        return { data, mime: "image/png", size, model: request.model || defaultModel, costUsd: 0 };
      } catch (error) {
        throw classify(error, request.signal);
      }
    },
  };
}

function render({ context, signal }: ImageRequest, size: Size): Promise<Buffer> {
  switch (context.purpose) {
    case "portrait":
      return renderPortrait(context, size, signal);
    case "poster":
      return renderPoster(context, size, signal);
    case "episode_still":
      return renderEpisodeStill(context, size, signal);
    case "storyboard_frame":
      return renderStoryboardFrame(context, size, signal);
  }
}

function checkedSize(size: Size): Size {
  const valid = (side: number) => Number.isInteger(side) && side >= 64 && side <= maxSide;
  if (!valid(size.width) || !valid(size.height)) {
    throw new ProviderError({
      provider,
      code: "invalid_input",
      userMessage: `Image size ${size.width}×${size.height} is not supported; each side must be a whole number from 64 to ${maxSide}.`,
    });
  }
  return { width: size.width, height: size.height };
}

/** Cancellation and missing reference files are the failures a user can act on; the rest pass through. */
function classify(error: unknown, signal: AbortSignal | undefined): unknown {
  if (error instanceof ProviderError) {
    return error;
  }
  if (signal?.aborted) {
    return new ProviderError({
      provider,
      code: "canceled",
      userMessage: "Image generation was canceled.",
      cause: error,
    });
  }
  if (isMissingFile(error)) {
    return new ProviderError({
      provider,
      code: "not_found",
      userMessage:
        "A reference image (a portrait or the cast grid) is missing from the media store.",
      cause: error,
    });
  }
  return error;
}

function isMissingFile(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false;
  }
  const { code, message } = error as { code?: unknown; message?: unknown };
  // sharp reports a missing input as a plain Error with this message rather than ENOENT.
  return (
    code === "ENOENT" ||
    (typeof message === "string" && message.startsWith("Input file is missing"))
  );
}
