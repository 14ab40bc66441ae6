"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export const SETTINGS_SECTIONS = [
  { href: "/settings", label: "Profile" },
  { href: "/settings/sweat-rate", label: "Sweat rate" },
  { href: "/settings/calendar", label: "Calendar feed" },
  { href: "/settings/therapist", label: "Therapist links" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/settings/data", label: "Your data" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="sub-nav">
      <ul>
        {SETTINGS_SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={pathname === s.href ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
