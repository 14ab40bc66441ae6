"use client";

import { REGIONS, SIDES, type Region, type Side } from "@/lib/rules/types";
import { levelFieldName, sharpFieldName } from "@/lib/validation/soreness-fields";
import styles from "./body-map.module.css";
import { LEVEL_WORDS, regionLabel, spotKey, spotLabel } from "./words";

/** Per spot ("calves.left"): its level (null: not logged) and whether it is sharp. */
export type SpotValues = Record<string, { level: number | null; sharp: boolean }>;

const SIDE_HEADINGS: Record<Side, string> = { left: "Left", right: "Right", both: "Both sides" };

/**
 * The list alternative to the body map: every region × side with a 0–10 choice and a "sharp"
 * box. It holds the form's named fields, so the form works without JavaScript; with JavaScript
 * the body map and this list edit the same values.
 */
export function SorenessList({ values, onChange }: { values: SpotValues; onChange: (region: Region, side: Side, next: { level: number | null; sharp: boolean }) => void }) {
  return (
    <div className={styles.listWrap}>
      <table className={`${styles.list} ${styles.sideList}`}>
        <caption className="visually-hidden">Soreness by region and side, 0 (none) to 10 (worst imaginable)</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {SIDES.map((side) => (
              <th scope="col" key={side}>
                {SIDE_HEADINGS[side]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REGIONS.map((region) => (
            <tr key={region}>
              <th scope="row">{regionLabel(region)}</th>
              {SIDES.map((side) => {
                const value = values[spotKey(region, side)];
                const name = spotLabel(region, side);
                return (
                  <td key={side}>
                    <select
                      name={levelFieldName(region, side)}
                      aria-label={`${name}: how sore`}
                      value={value?.level === null || value === undefined ? "" : String(value.level)}
                      onChange={(e) => onChange(region, side, { level: e.target.value === "" ? null : Number(e.target.value), sharp: value?.sharp ?? false })}
                    >
                      <option value="">–</option>
                      {LEVEL_WORDS.map((word, level) => (
                        <option key={level} value={level}>
                          {level} {word}
                        </option>
                      ))}
                    </select>
                    <label className={styles.sharpChoice}>
                      <input
                        type="checkbox"
                        name={sharpFieldName(region, side)}
                        aria-label={`${name}: sharp or stabbing`}
                        checked={value?.sharp ?? false}
                        onChange={(e) => onChange(region, side, { level: value?.level ?? null, sharp: e.target.checked })}
                      />
                      <span aria-hidden="true">sharp</span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
