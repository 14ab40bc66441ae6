import Link from "next/link";
import { RUN_KIND_LABELS, RUN_KINDS } from "@/lib/validation/run";
import styles from "./runs.module.css";

export interface RunFilterValues {
  from?: string;
  to?: string;
  kind?: string;
}

/** A plain GET form: the filters live in the address, so they work without JavaScript and can be bookmarked. */
export function RunFilters({ values, errors }: { values: RunFilterValues; errors?: Record<string, string[]> }) {
  const active = Boolean(values.from || values.to || values.kind);
  return (
    <form method="get" action="/runs" className={styles.filters} aria-label="Filter runs">
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} aria-invalid={errors?.from ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} aria-invalid={errors?.to ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" name="kind" defaultValue={values.kind ?? ""}>
          <option value="">All kinds</option>
          {RUN_KINDS.map((k) => (
            <option key={k} value={k}>
              {RUN_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="secondary">
          Filter
        </button>
        {active ? <Link href="/runs">Clear filters</Link> : null}
      </div>
    </form>
  );
}
