"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import type { Units } from "@/lib/format/units";
import { fieldErrorsOf } from "@/lib/validation/form";
import { importDetailsFormSchema } from "@/lib/validation/run";
import styles from "./runs.module.css";

export const IMPORT_URL = "/api/v1/runs/import";
const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface ImportResultView {
  fileName: string;
  status: "imported" | "already-imported" | "rejected" | "needs-details";
  kind?: "run" | "cross-training";
  sport?: string;
  activity?: { index: number; count: number };
  runId?: string;
  crossTrainingId?: string;
  durationSec?: number;
  rpe?: number | null;
  needsRpe?: boolean;
  code?: string;
  message?: string;
  missing?: ("startedAt" | "durationSec" | "distanceM")[];
  warnings?: string[];
}

/** Saves the effort (RPE 0–10) of one imported run or session: the one tap after an import. */
export type RateSession = (kind: "run" | "cross-training", id: string, rpe: number) => Promise<{ ok: boolean; message: string }>;

type Phase = "waiting" | "uploading" | "reading" | "done" | "failed";
interface Item {
  key: number;
  file: File;
  phase: Phase;
  progress: number; // 0..1 of the upload
  /** One per activity of the file (a file refused as a whole has one). */
  results?: ImportResultView[];
  error?: string;
  detailErrors?: Record<string, string[]>;
}

/** Sends one file (and, for a file that needed them, its details); reports upload progress. */
export type Uploader = (
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void,
) => Promise<ImportResultView | ImportResultView[]>;

/** The browser's uploader: XMLHttpRequest, because fetch cannot report upload progress. */
export const uploadWithProgress: Uploader = (file, fields, onProgress) =>
  new Promise((resolve, reject) => {
    const body = new FormData();
    body.append("files", file, file.name);
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", IMPORT_URL);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const json = xhr.response as { results?: ImportResultView[]; error?: { message?: string } } | null;
      if (xhr.status === 200 && json?.results?.length) resolve(json.results);
      else reject(new Error(json?.error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.`));
    };
    xhr.onerror = () => reject(new Error("The upload failed: the connection was lost. Try again."));
    xhr.send(body);
  });

const STATUS_LABELS: Record<ImportResultView["status"], string> = {
  imported: "Imported",
  "already-imported": "Already imported",
  rejected: "Not imported",
  "needs-details": "Needs details",
};

let nextKey = 1;

export function RunImport({
  units,
  timeZone,
  upload = uploadWithProgress,
  rate,
}: {
  units: Units;
  timeZone: string;
  upload?: Uploader;
  rate?: RateSession;
}) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const queue = useRef(Promise.resolve());
  const inputRef = useRef<HTMLInputElement>(null);

  const patch = (key: number, change: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  function send(item: Item, fields: Record<string, string> = {}) {
    // One file at a time, in the order they were added.
    queue.current = queue.current.then(async () => {
      patch(item.key, { phase: "uploading", progress: 0, error: undefined });
      try {
        const answer = await upload(item.file, fields, (progress) => patch(item.key, { progress, phase: progress >= 1 ? "reading" : "uploading" }));
        patch(item.key, { phase: "done", progress: 1, results: Array.isArray(answer) ? answer : [answer], detailErrors: undefined });
      } catch (error) {
        patch(item.key, { phase: "failed", error: (error as Error).message });
      }
    });
  }

  function addFiles(list: FileList | null) {
    if (!list?.length) return;
    const added: Item[] = [];
    for (const file of Array.from(list)) {
      const item: Item = { key: nextKey++, file, phase: "waiting", progress: 0 };
      if (file.size > MAX_FILE_BYTES) {
        // Refused here already: a file this large is never uploaded.
        item.phase = "done";
        item.results = [{ fileName: file.name, status: "rejected", code: "too-large", message: "This file is larger than 25 MiB, the most an activity file can be." }];
      }
      added.push(item);
    }
    setItems((all) => [...added, ...all]);
    for (const item of added) if (item.phase === "waiting") send(item);
    if (inputRef.current) inputRef.current.value = "";
  }

  function submitDetails(item: Item, event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const missing = item.results?.find((r) => r.status === "needs-details")?.missing ?? ["startedAt"];
    const parsed = importDetailsFormSchema(units, timeZone, missing).safeParse(data);
    if (!parsed.success) {
      patch(item.key, { detailErrors: fieldErrorsOf(parsed.error) });
      return;
    }
    send(item, parsed.data);
  }

  const counts = items.reduce<Record<string, number>>((c, i) => {
    for (const k of i.results?.map((r) => r.status) ?? [i.phase]) c[k] = (c[k] ?? 0) + 1;
    return c;
  }, {});

  return (
    <div className="stack">
      <div
        className={styles.dropZone}
        data-over={over}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          addFiles(e.dataTransfer.files);
        }}
      >
        <p>Drop FIT, GPX or TCX files here — as many as you like, up to 25 MiB each.</p>
        <label htmlFor="import-files" className="button">
          Choose files
        </label>
        <input
          ref={inputRef}
          id="import-files"
          className="visually-hidden"
          type="file"
          name="files"
          multiple
          accept=".fit,.gpx,.tcx,application/gpx+xml,application/vnd.garmin.tcx+xml,application/octet-stream"
          onChange={(e) => addFiles(e.target.files)}
        />
      </div>

      {items.length ? (
        <section aria-labelledby="import-results-heading" className="card">
          <h2 id="import-results-heading">Files</h2>
          <p aria-live="polite" className="muted">
            {[
              counts.imported ? `${counts.imported} imported` : null,
              counts["already-imported"] ? `${counts["already-imported"]} already imported` : null,
              counts["needs-details"] ? `${counts["needs-details"]} need details` : null,
              counts.rejected ? `${counts.rejected} not imported` : null,
              (counts.waiting ?? 0) + (counts.uploading ?? 0) + (counts.reading ?? 0) ? "working…" : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <ul className={styles.results}>
            {items.map((item) => (
              <ImportItem key={item.key} item={item} units={units} rate={rate} onDetails={(e) => submitDetails(item, e)} />
            ))}
          </ul>
          {counts.imported ? (
            <p>
              <Link href="/runs">See your runs</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function ImportItem({
  item,
  units,
  rate,
  onDetails,
}: {
  item: Item;
  units: Units;
  rate?: RateSession;
  onDetails: (e: FormEvent<HTMLFormElement>) => void;
}) {
  const results = item.results ?? [];
  const id = `import-${item.key}`;
  const many = results.length > 1;
  const needsDetails = results.some((r) => r.status === "needs-details") && results.length === 1;
  return (
    <li aria-labelledby={`${id}-name`} data-testid="import-item">
      <div className={styles.resultHead}>
        <span className={styles.fileName} id={`${id}-name`}>
          {item.file.name}
        </span>
        {results.length === 1 ? (
          <span className={styles.badge} data-status={results[0]!.status}>
            {STATUS_LABELS[results[0]!.status]}
          </span>
        ) : many ? (
          <span className="muted">{results.length} activities</span>
        ) : item.phase === "failed" ? (
          <span className={styles.badge} data-status="rejected">
            Upload failed
          </span>
        ) : (
          <>
            <span className="muted">{item.phase === "waiting" ? "Waiting…" : item.phase === "reading" ? "Reading the file…" : "Uploading…"}</span>
            <progress className={styles.progress} max={1} value={item.progress} aria-label={`Upload of ${item.file.name}`} />
          </>
        )}
        {!many && results[0] ? <SessionLink r={results[0]} /> : null}
      </div>
      {item.error ? <p className="field-error">{item.error}</p> : null}
      {many ? (
        <ol className="stack" style={{ margin: "0.4rem 0 0" }}>
          {results.map((r, index) => (
            <li key={index} data-testid="import-activity">
              <span>{r.sport ? sportWords(r.sport) : "Activity"}</span>{" "}
              <span className={styles.badge} data-status={r.status}>
                {STATUS_LABELS[r.status]}
              </span>{" "}
              <SessionLink r={r} />
              <ResultDetails r={r} rate={rate} />
            </li>
          ))}
        </ol>
      ) : results[0] ? (
        <ResultDetails r={results[0]} rate={rate} />
      ) : null}
      {needsDetails ? <DetailsForm id={id} item={item} units={units} onSubmit={onDetails} /> : null}
    </li>
  );
}

const sportWords = (sport: string) => {
  const words = sport.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function SessionLink({ r }: { r: ImportResultView }) {
  if (r.status === "needs-details" || r.status === "rejected") return null;
  if (r.runId) return <Link href={`/runs/${r.runId}/edit`}>View run</Link>;
  if (r.crossTrainingId) return <Link href={`/runs/cross-training/${r.crossTrainingId}`}>View session</Link>;
  return null;
}

function ResultDetails({ r, rate }: { r: ImportResultView; rate?: RateSession }) {
  return (
    <>
      {r.message ? <p className={r.status === "rejected" ? "field-error" : "muted"}>{r.message}</p> : null}
      {r.warnings?.length ? <p className="muted">Note: {r.warnings.join(" ")}</p> : null}
      {r.status === "imported" && r.needsRpe && rate ? <RateEffort r={r} rate={rate} /> : null}
    </>
  );
}

/** One tap per session: how hard did it feel? Until then its load is estimated. */
function RateEffort({ r, rate }: { r: ImportResultView; rate: RateSession }) {
  const [answer, setAnswer] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const kind = r.kind ?? (r.crossTrainingId ? "cross-training" : "run");
  const sessionId = r.runId ?? r.crossTrainingId;
  if (!sessionId) return null;
  if (answer?.ok) return <p className="muted" role="status">{answer.message}</p>;
  return (
    <div role="group" aria-label={`How hard did ${r.sport ? sportWords(r.sport).toLowerCase() : "it"} feel? (RPE 0–10)`} className="actions">
      <span className="muted">How hard did it feel? Until you say, its load is estimated (≈).</span>
      {Array.from({ length: 11 }, (_, n) => (
        <button
          key={n}
          type="button"
          className="secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              setAnswer(await rate(kind, sessionId, n));
            } catch {
              setAnswer({ ok: false, message: "The effort could not be saved. Try again." });
            } finally {
              setBusy(false);
            }
          }}
        >
          {n}
        </button>
      ))}
      {answer && !answer.ok ? <p className="field-error">{answer.message}</p> : null}
    </div>
  );
}

function DetailsForm({ id, item, units, onSubmit }: { id: string; item: Item; units: Units; onSubmit: (e: FormEvent<HTMLFormElement>) => void }) {
  const errors = item.detailErrors ?? {};
  const missing = item.results?.[0]?.missing ?? ["startedAt"];
  const needsDistance = missing.includes("distanceM");
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        name={name}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-error` : undefined}
        {...props}
      />
      {errors[name] ? (
        <p className="field-error" id={`${id}-${name}-error`}>
          {errors[name].join(" ")}
        </p>
      ) : null}
    </div>
  );
  return (
    <form className={styles.details} onSubmit={onSubmit} noValidate aria-label={`Details for ${item.file.name}`}>
      {missing.includes("startedAt") ? field("date", "Date", { type: "date" }) : null}
      {missing.includes("startedAt") ? field("time", "Start time", { type: "time" }) : null}
      {missing.includes("durationSec") ? field("duration", "Duration (h:mm:ss, mm:ss or minutes)", { inputMode: "numeric", autoComplete: "off" }) : null}
      {needsDistance ? field("distance", `Distance (${units === "mi" ? "miles" : "km"})`, { inputMode: "decimal", autoComplete: "off" }) : null}
      <div className="field">
        <button type="submit" disabled={item.phase === "uploading" || item.phase === "reading"}>
          Import with these details
        </button>
      </div>
    </form>
  );
}
