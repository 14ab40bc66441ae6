export type ImportJobStatus = "queued" | "running" | "done" | "cancelled" | "failed";

const LABELS: Record<ImportJobStatus, string> = {
  queued: "Waiting to start",
  running: "Importing",
  done: "Finished",
  cancelled: "Cancelled",
  failed: "Refused",
};

export function ImportStatusBadge({ status }: { status: ImportJobStatus }) {
  return (
    <span className="badge" data-status={status}>
      {LABELS[status]}
    </span>
  );
}
