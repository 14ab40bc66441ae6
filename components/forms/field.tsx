import type { ReactNode } from "react";

/** A labelled input with its hint and its errors announced to screen readers. */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {children({
        id,
        ...(errors?.length ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role="status">
      {message ? <p className={`form-message ${ok ? "ok" : "error"}`}>{message}</p> : null}
    </div>
  );
}
