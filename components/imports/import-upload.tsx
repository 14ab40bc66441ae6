"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const ACTION = "/api/v1/imports";

/**
 * The upload form. Without JavaScript it posts to the API, which answers with the import's page;
 * with JavaScript it shows the upload's progress (XMLHttpRequest) and then opens that page.
 */
export function ImportUpload() {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.getAll("files").every((f) => typeof f === "string" || f.size === 0)) {
      setError("Choose an archive or activity files first.");
      return;
    }
    setError(null);
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", ACTION);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response as { id?: string; error?: { message?: string; fields?: Record<string, string[]> } } | null;
      if (xhr.status === 202 && body?.id) router.push(`/imports/${body.id}`);
      else {
        setProgress(null);
        setError(body?.error?.fields?.files?.[0] ?? body?.error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.`);
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setError("The upload failed: the connection was lost. Try again.");
    };
    xhr.send(form);
  }

  return (
    <form className="card stack" method="post" action={ACTION} encType="multipart/form-data" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor="import-archive">Archive or activity files</label>
        <input id="import-archive" name="files" type="file" multiple accept=".zip,.fit,.gpx,.tcx,.gz" aria-describedby="import-archive-hint" />
        <p id="import-archive-hint" className="muted">
          Up to 4 GiB. Strava: Settings → My Account → Download or delete your account. Garmin Connect: Account → Export your data.
        </p>
      </div>
      <button type="submit" className="button" disabled={progress !== null}>
        Import
      </button>
      {progress !== null ? (
        <p aria-live="polite">
          Uploading… <progress max={1} value={progress} aria-label="Upload" /> {Math.round(progress * 100)} %
        </p>
      ) : null}
      {error ? (
        <p className="form-message error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
