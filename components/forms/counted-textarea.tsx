"use client";

import { useEffect, useRef, useState, type TextareaHTMLAttributes } from "react";

/**
 * A textarea with "123 of 2,000 characters" under it, so a long note never hits the limit by
 * surprise; past the limit it says how many too many, and nothing typed or pasted is ever cut. Counts what the limit counts (UTF-16 code units, like `maxLength` and zod's .max: an
 * emoji can count as 2). Screen readers hear the count once the note is within 10 % of the limit.
 */
export function CountedTextarea({
  id,
  max,
  defaultValue,
  "aria-describedby": describedBy,
  ...props
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "maxLength" | "defaultValue"> & { id: string; max: number; defaultValue?: string | null }) {
  const [length, setLength] = useState((defaultValue ?? "").length);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // A form reset (React resets a form after its action) puts the default text back: count it again.
    const form = ref.current?.form;
    if (!form) return;
    const onReset = () => setTimeout(() => setLength(ref.current?.value.length ?? 0));
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, []);
  const countId = `${id}-count`;
  const near = length >= max * 0.9;
  const over = length - max;
  return (
    <>
      <textarea
        {...props}
        ref={ref}
        id={id}
        // No maxLength: it would cut a pasted note silently. Past the limit the count says so and the server refuses it.
        defaultValue={defaultValue ?? ""}
        aria-describedby={[describedBy, countId].filter(Boolean).join(" ")}
        onChange={(event) => {
          setLength(event.target.value.length);
          props.onChange?.(event);
        }}
      />
      <span
        id={countId}
        className={over > 0 ? "field-error char-count" : "hint char-count"}
        aria-live={near ? "polite" : "off"}
        data-near-limit={near || undefined}
        data-testid={props.name ? `${props.name}-counter` : undefined}
      >
        {length.toLocaleString("en-GB")} of {max.toLocaleString("en-GB")} characters
        {over > 0 ? `: ${over.toLocaleString("en-GB")} too many. Shorten the text to save.` : ""}
      </span>
    </>
  );
}
