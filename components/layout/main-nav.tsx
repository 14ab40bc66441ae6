"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// Five sections fit one row on a 360 px phone; the morning check-in is one tap from Today (the
// "Log" actions and the readiness card), as are the stretch guide and archive imports elsewhere.
export const NAV_ITEMS = [
  { href: "/", label: "Today" },
  { href: "/runs", label: "Runs" },
  { href: "/soreness", label: "Soreness" },
  { href: "/calendar", label: "Calendar" },
  { href: "/settings", label: "Settings" },
] as const;

export function MainNav() {
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
