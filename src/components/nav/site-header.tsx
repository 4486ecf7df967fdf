"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Logo } from "./logo";
import { isPublicPage } from "./public-pages";
import styles from "./site-header.module.css";

/** Who is looking, for which links make sense: members have no settings or members page. */
export type HeaderViewer = "owner" | "member" | null;

/**
 * `prefetch`: only the pages people go to all the time. Every prefetch is a server render, and on
 * a busy two-core machine four of them on every page load delayed the requests that mattered.
 */
const LINKS: {
  href: string;
  label: string;
  short?: string;
  for: readonly HeaderViewer[];
  prefetch: boolean;
}[] = [
  { href: "/", label: "New show", short: "New", for: ["owner", "member"], prefetch: true },
  { href: "/library", label: "Library", for: ["owner", "member"], prefetch: true },
  { href: "/settings", label: "Settings", for: ["owner"], prefetch: false },
  { href: "/users", label: "Members", for: ["owner"], prefetch: false },
  { href: "/account", label: "Account", for: ["owner", "member"], prefetch: false },
  { href: "/sign-in", label: "Sign in", for: [null], prefetch: false },
];

interface SiteHeaderProps {
  viewer: HeaderViewer;
  /** At the header's end, after the links: the task dock's pill on wide screens. */
  end?: ReactNode;
}

export function SiteHeader({ viewer, end }: SiteHeaderProps) {
  const pathname = usePathname();
  if (isPublicPage(pathname)) {
    return null;
  }
  const links = LINKS.filter((link) => link.for.includes(viewer));
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.brand} aria-label="Greenlight home">
          <Logo />
          <span className={styles.wordmark}>Greenlight</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul className={styles.links}>
            {links.map((link) => {
              const current = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className={styles.link}
                    aria-current={current ? "page" : undefined}
                    aria-label={link.short ? link.label : undefined}
                    prefetch={link.prefetch ? undefined : false}
                  >
                    {link.short ? (
                      <>
                        <span className={styles.full}>{link.label}</span>
                        <span className={styles.short} aria-hidden="true">
                          {link.short}
                        </span>
                      </>
                    ) : (
                      link.label
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {end}
      </div>
    </header>
  );
}
