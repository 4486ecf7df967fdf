"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Logo } from "./logo";
import styles from "./site-header.module.css";

/** Who is looking, for which links make sense: members have no settings or members page. */
export type HeaderViewer = "owner" | "member" | null;

const LINKS: { href: string; label: string; short?: string; for: readonly HeaderViewer[] }[] = [
  { href: "/", label: "New show", short: "New", for: ["owner", "member"] },
  { href: "/library", label: "Library", for: ["owner", "member"] },
  { href: "/settings", label: "Settings", for: ["owner"] },
  { href: "/users", label: "Members", for: ["owner"] },
  { href: "/account", label: "Account", for: ["owner", "member"] },
  { href: "/sign-in", label: "Sign in", for: [null] },
];

export function SiteHeader({ viewer }: { viewer: HeaderViewer }) {
  const pathname = usePathname();
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
      </div>
    </header>
  );
}
