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
  runId?: string;
  code?: string;
  message?: string;
  missing?: ("startedAt" | "durationSec" | "distanceM")[];
  warnings?: string[];
}

type Phase = "waiting" | "uploading" | "reading" | "done" | "failed";
interface Item {
  key: number;
  file: File;
  phase: Phase;
  progress: number; // 0..1 of the upload
  result?: ImportResultView;
  error?: string;
  detailErrors?: Record<string, string[]>;
}

/** Sends one file (and, for a file that needed them, its details); reports upload progress. */
export type Uploader = (file: File, fields: Record<string, string>, onProgress: (fraction: number) => void) => Promise<ImportResultView>;

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
      if (xhr.status === 200 && json?.results?.[0]) resolve(json.results[0]);
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

export function RunImport({ units, timeZone, upload = uploadWithProgress }: { units: Units; timeZone: string; upload?: Uploader }) {
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
        const result = await upload(item.file, fields, (progress) => patch(item.key, { progress, phase: progress >= 1 ? "reading" : "uploading" }));
        patch(item.key, { phase: "done", progress: 1, result, detailErrors: undefined });
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
        item.result = { fileName: file.name, status: "rejected", code: "too-large", message: "This file is larger than 25 MiB, the most an activity file can be." };
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
    const needsDistance = item.result?.missing?.includes("distanceM") ?? false;
    const parsed = importDetailsFormSchema(units, timeZone, needsDistance).safeParse(data);
    if (!parsed.success) {
      patch(item.key, { detailErrors: fieldErrorsOf(parsed.error) });
      return;
    }
    send(item, parsed.data);
  }

  const counts = items.reduce<Record<string, number>>((c, i) => {
    const k = i.result?.status ?? i.phase;
    c[k] = (c[k] ?? 0) + 1;
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
              <ImportItem key={item.key} item={item} units={units} onDetails={(e) => submitDetails(item, e)} />
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

function ImportItem({ item, units, onDetails }: { item: Item; units: Units; onDetails: (e: FormEvent<HTMLFormElement>) => void }) {
  const r = item.result;
  const id = `import-${item.key}`;
  return (
    <li aria-labelledby={`${id}-name`} data-testid="import-item">
      <div className={styles.resultHead}>
        <span className={styles.fileName} id={`${id}-name`}>
          {item.file.name}
        </span>
        {r ? (
          <span className={styles.badge} data-status={r.status}>
            {STATUS_LABELS[r.status]}
          </span>
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
        {r?.runId && r.status !== "needs-details" ? <Link href={`/runs/${r.runId}/edit`}>View run</Link> : null}
      </div>
      {r?.message ? <p className={r.status === "rejected" ? "field-error" : "muted"}>{r.message}</p> : null}
      {item.error ? <p className="field-error">{item.error}</p> : null}
      {r?.warnings?.length ? <p className="muted">Note: {r.warnings.join(" ")}</p> : null}
      {r?.status === "needs-details" ? <DetailsForm id={id} item={item} units={units} onSubmit={onDetails} /> : null}
    </li>
  );
}

function DetailsForm({ id, item, units, onSubmit }: { id: string; item: Item; units: Units; onSubmit: (e: FormEvent<HTMLFormElement>) => void }) {
  const errors = item.detailErrors ?? {};
  const needsDistance = item.result?.missing?.includes("distanceM") ?? false;
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
      {field("date", "Date", { type: "date" })}
      {field("time", "Start time", { type: "time" })}
      {field("duration", "Duration (h:mm:ss, mm:ss or minutes)", { inputMode: "numeric", autoComplete: "off" })}
      {needsDistance ? field("distance", `Distance (${units === "mi" ? "miles" : "km"})`, { inputMode: "decimal", autoComplete: "off" }) : null}
      <div className="field">
        <button type="submit" disabled={item.phase === "uploading" || item.phase === "reading"}>
          Import with these details
        </button>
      </div>
    </form>
  );
}
