/** Soreness 0–10 → one of five colour steps (CSS classes heat-1 … heat-5, light and dark). */
export function heatClass(level: number | null): string {
  if (level === null) return "heat-none";
  if (level <= 0) return "heat-0";
  return `heat-${Math.min(5, Math.ceil(level / 2))}`;
}

export const HEAT_LEGEND = [
  { className: "heat-1", label: "1–2" },
  { className: "heat-2", label: "3–4" },
  { className: "heat-3", label: "5–6" },
  { className: "heat-4", label: "7–8" },
  { className: "heat-5", label: "9–10" },
] as const;
