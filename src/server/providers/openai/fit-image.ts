import sharp from "sharp";
import type { Size } from "../types";

/** The sizes every GPT image model accepts. */
export const openAIImageSizes = ["1024x1024", "1024x1536", "1536x1024"] as const;
export type OpenAIImageSize = (typeof openAIImageSizes)[number];

function parseSize(size: OpenAIImageSize): Size {
  const [width, height] = size.split("x").map(Number);
  return { width: width ?? 1024, height: height ?? 1024 };
}

/** The supported size closest in shape to the one asked for; sharp crops the rest. */
export function nearestOpenAIImageSize(size: Size): OpenAIImageSize {
  const wanted = Math.log(size.width / size.height);
  const distance = (candidate: OpenAIImageSize) => {
    const { width, height } = parseSize(candidate);
    return Math.abs(Math.log(width / height) - wanted);
  };
  return [...openAIImageSizes].sort((a, b) => distance(a) - distance(b))[0] ?? "1024x1024";
}

/** Scales and centre-crops an image to exactly `size`, as PNG. */
export async function fitImageToSize(data: Buffer, size: Size): Promise<Buffer> {
  return sharp(data).resize(size.width, size.height, { fit: "cover" }).png().toBuffer();
}
