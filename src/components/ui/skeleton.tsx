import type { CSSProperties } from "react";
import styles from "./skeleton.module.css";

interface SkeletonProps {
  /** CSS width (default 100%). */
  width?: string | number;
  /** CSS height; a text line when omitted. */
  height?: string | number;
  /** CSS aspect-ratio for media placeholders ("2/3", "16/9"). */
  aspect?: string;
  round?: boolean;
  className?: string;
}

/**
 * A grey shape where content will be. Decorative: the region around it says it is loading
 * (aria-busy), so screen readers hear one "loading", not one per shape.
 */
export function Skeleton({ width, height, aspect, round, className }: SkeletonProps) {
  const style: CSSProperties = { width: width ?? "100%", height, aspectRatio: aspect };
  const classes = [styles.block, height || aspect ? "" : styles.line, round ? styles.round : ""];
  return (
    <span
      className={`${classes.join(" ")} ${className ?? ""}`}
      style={style}
      aria-hidden="true"
      data-skeleton=""
    />
  );
}
