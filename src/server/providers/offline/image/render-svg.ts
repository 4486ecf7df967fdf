import { sharedRenderPool } from "../../../render-sandbox/render-pool";
import type { Size } from "../../types";
import { imageFontFiles } from "./fonts";

/** CSS in satori's subset, written as a React-style object. */
export type Style = Record<string, string | number>;

/** A JSX-free element: what `<div style={…}>…</div>` compiles to, built by hand. Satori lays
 * out everything as CSS boxes, images included. */
export interface Box {
  type: string;
  props: {
    style?: Style;
    children?: Child | Child[];
    src?: string;
    width?: number;
    height?: number;
  };
}

export type Child = Box | string | null;

/** Builds an element; `null` children are dropped so optional parts can be written inline. */
function el(type: string, style: Style, ...children: Child[]): Box {
  const kept = children.filter((child): child is Box | string => child !== null);
  return { type, props: { style, children: kept.length === 1 ? kept[0] : kept } };
}

export function div(style: Style, ...children: Child[]): Box {
  return el("div", { display: "flex", ...style }, ...children);
}

export function img(src: string, size: Size, style: Style = {}): Box {
  return {
    type: "img",
    props: { src, width: size.width, height: size.height, style: { ...size, ...style } },
  };
}

export function pngDataUri(data: Buffer): string {
  return `data:image/png;base64,${data.toString("base64")}`;
}

export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * Lays an element tree out with satori: an SVG with all text as paths. Runs in the render
 * sandbox (render-sandbox/), like every satori and resvg call: a native crash there fails this
 * render, not the process.
 */
export async function layoutSvg(root: Box, size: Size, signal?: AbortSignal): Promise<string> {
  const svg = await sharedRenderPool().render(
    { op: "svg", tree: root, size, fonts: imageFontFiles() },
    signal,
  );
  return svg.toString();
}

/** Lays an element tree out with satori and rasterises it with resvg: a PNG of exactly `size`. */
export async function renderPng(root: Box, size: Size, signal?: AbortSignal): Promise<Buffer> {
  const png = await sharedRenderPool().render(
    { op: "png", tree: root, size, fonts: imageFontFiles() },
    signal,
  );
  return Buffer.isBuffer(png) ? png : Buffer.from(png);
}
