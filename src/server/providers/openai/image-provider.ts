import { readFile } from "node:fs/promises";
import path from "node:path";
import { toFile } from "openai";
import type { ImagesResponse } from "openai/resources/images";
import { defaultPrices, imageCostFromUsage, type PriceTable } from "../pricing/price-table";
import type { ImageProvider, ImageRequest, ImageResult, MediaRef } from "../types";
import { fitImageToSize, nearestOpenAIImageSize } from "./fit-image";
import { createOpenAIClient, type OpenAIConnection, openAIProviderId } from "./openai-client";
import { mapOpenAIError } from "./openai-errors";
import { refuseShutDownModel, type ShutdownCheckOptions } from "./shut-down-model";
import { outputProblem } from "./structured-output";

export interface OpenAIImageProviderOptions extends OpenAIConnection, ShutdownCheckOptions {
  prices?: PriceTable;
}

/** The edits endpoint takes at most 16 input images for GPT image models. */
const maxReferences = 16;

/**
 * `input_fidelity: "high"` keeps faces and styles of the references; the API documents it for
 * gpt-image-1 and gpt-image-1.5, accepts only "low" on gpt-image-1-mini and wants it omitted on
 * gpt-image-2, whose successors (gpt-image-2.5-*, gpt-image-2.6-sunburst and -flare) take their
 * references at high fidelity without it. OpenAI has shut gpt-image-1 and 1.5 down; the check
 * stays for OpenAI-compatible servers that still serve them.
 */
export function supportsHighInputFidelity(model: string): boolean {
  return /^gpt-image-1(\.5)?(-\d{4}-\d{2}-\d{2})?$/.test(model);
}

async function toUpload(reference: MediaRef) {
  return toFile(await readFile(reference.path), path.basename(reference.path), {
    type: reference.mime,
  });
}

function tokenUsage(response: ImagesResponse) {
  const usage = response.usage;
  if (!usage) {
    return undefined;
  }
  return {
    textInputTokens: usage.input_tokens_details?.text_tokens ?? usage.input_tokens,
    imageInputTokens: usage.input_tokens_details?.image_tokens ?? 0,
    outputTokens: usage.output_tokens,
  };
}

/**
 * Images from the GPT image models: `images.generate` for a prompt alone, `images.edit` with the
 * references (show style, portraits, the grid) when there are any, so characters stay consistent.
 * The model answers in one of three sizes; the result is cropped to the size asked for.
 *
 * The request is the same on every model we offer: 1024x1024, 1024x1536 or 1536x1024 (GPT Image
 * 2 and later take any multiple of 16 as well), no `quality` (auto: 2.6 adds xhigh and max, which
 * cost more), no `background` (auto; gpt-image-2 refuses transparent, 2.6 allows it) and no
 * `output_format` (PNG, the default everywhere). `complexity` (2.6 only) keeps its default.
 */
export function createOpenAIImageProvider(options: OpenAIImageProviderOptions): ImageProvider {
  const client = createOpenAIClient(options);
  const prices = options.prices ?? defaultPrices;

  async function request(imageRequest: ImageRequest) {
    const { model, prompt, references, signal } = imageRequest;
    const size = nearestOpenAIImageSize(imageRequest.size);
    if (references.length === 0) {
      return client.images.generate({ model, prompt, size, n: 1 }, { signal }).withResponse();
    }
    const image = await Promise.all(references.slice(0, maxReferences).map(toUpload));
    return client.images
      .edit(
        {
          model,
          prompt,
          image,
          size,
          n: 1,
          ...(supportsHighInputFidelity(model) ? { input_fidelity: "high" as const } : {}),
        },
        { signal },
      )
      .withResponse();
  }

  return {
    id: openAIProviderId,
    async generate(imageRequest: ImageRequest): Promise<ImageResult> {
      const { model } = imageRequest;
      refuseShutDownModel(model, "image", options);
      let answer: Awaited<ReturnType<typeof request>>;
      try {
        answer = await request(imageRequest);
      } catch (error) {
        throw mapOpenAIError(error, {
          model,
          baseURL: options.baseURL,
          kind: "image",
          now: options.now,
        });
      }
      const encoded = answer.data.data?.[0]?.b64_json;
      if (!encoded) {
        throw outputProblem(
          "provider_unavailable",
          "OpenAI answered without an image; retrying.",
          answer.request_id,
        );
      }
      return {
        data: await fitImageToSize(Buffer.from(encoded, "base64"), imageRequest.size),
        mime: "image/png",
        size: imageRequest.size,
        model,
        costUsd: imageCostFromUsage(prices, model, tokenUsage(answer.data)),
      };
    },
  };
}
