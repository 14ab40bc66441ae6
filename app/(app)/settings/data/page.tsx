import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { EXPORT_TABLE_NAMES } from "@/lib/validation/export";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Your data" };

const TABLE_LABELS: Record<(typeof EXPORT_TABLE_NAMES)[number], string> = {
  runs: "Runs",
  soreness: "Soreness",
  wellness: "Wellness",
  sweatRateTests: "Sweat-rate tests",
  crossTraining: "Cross-training",
  races: "Races",
  massages: "Massage days",
  apiTokens: "API tokens (names only)",
  imports: "Archive imports",
  importEntries: "Archive import results (per file)",
  returnToRunProgrammes: "Return-to-run programmes",
  returnToRunSessions: "Return-to-run sessions",
  therapistShares: "Therapist links (labels, never the links themselves)",
  sessionNotes: "Massage session notes",
  massageFeedback: "“Did it help?” answers",
};

export default async function YourDataPage() {
  await requireUser();
  return (
    <div className="stack">
      <h1>Your data</h1>
      <section className="card" aria-labelledby="export-heading">
        <h2 id="export-heading">Export everything</h2>
        <p>
          One JSON file with your profile and every table, or one CSV file per table for a spreadsheet. Distances are in
          metres, durations in seconds, times in UTC, days as your local dates.
        </p>
        <div className="actions">
          <a className="button" href="/api/v1/export" download>
            Download all (JSON)
          </a>
        </div>
        <ul className="csv-links">
          {EXPORT_TABLE_NAMES.map((table) => (
            <li key={table}>
              <a href={`/api/v1/export?format=csv&table=${table}`} download>
                {TABLE_LABELS[table]} (CSV)
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section className="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </div>
  );
}
