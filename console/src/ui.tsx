import type { ButtonHTMLAttributes, ComponentChildren, JSX } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { currentSession } from "./api";
import type { Problem } from "./problems";
import { allows, ROLE_NAMES, requiredRole } from "./roles";

/** A page: its heading takes the focus when it opens, so keyboard and screen reader users land there. */
export function Page(props: { title: string; children: ComponentChildren; intro?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${props.title} · Tenant console`;
    heading.current?.focus();
  }, [props.title]);
  return (
    <section class="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} ref={heading}>
        {props.title}
      </h1>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** Whether the signed-in role may call an operation; if not, the role it needs, said once. */
export function useGate(operation: string) {
  const role = currentSession()?.role;
  const allowed = allows(role, operation);
  const needed = requiredRole(operation);
  return {
    disabled: !allowed,
    reason: allowed || !needed ? null : `Needs the ${ROLE_NAMES[needed]} role`,
  };
}

/** A button of an operation: disabled, with the role it needs beside it, when the role falls short. */
export function ActionButton(
  props: ButtonHTMLAttributes<HTMLButtonElement> & { operation: string; busy?: boolean },
) {
  const { operation, busy, children, disabled, ...rest } = props;
  const gate = useGate(operation);
  const id = useId();
  return (
    <span class="action">
      <button
        type="button"
        {...rest}
        disabled={Boolean(disabled) || gate.disabled || busy}
        aria-describedby={gate.reason ? id : undefined}
      >
        {children}
      </button>
      {gate.reason && (
        <span class="needs" id={id}>
          {gate.reason}
        </span>
      )}
    </span>
  );
}

/** The one place a form's refusals that belong to no field are said. */
export function Alert(props: { problem?: Problem | null; message?: string | null }) {
  const text = props.message ?? props.problem?.message;
  return (
    <div role="alert" class={text ? "alert" : "alert empty"}>
      {text}
    </div>
  );
}

export function Notice(props: { children: ComponentChildren }) {
  return (
    <p role="status" class="notice">
      {props.children}
    </p>
  );
}

type FieldProps = {
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => JSX.Element;
};

/** A labelled control, its hint and its error, tied together for assistive technology. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [props.hint ? hintId : "", props.error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={props.error ? "field invalid" : "field"}>
      <label for={id}>{props.label}</label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A secret the API shows once: readable now, copyable, never again. */
export function SecretOnce(props: { label: string; value: string; note?: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied("Copied.");
    } catch {
      setCopied("Copying is not allowed here: select the text and copy it.");
    }
  };
  return (
    <section class="secret" aria-labelledby={id}>
      <p id={id}>
        <strong>{props.label}</strong> — shown this once; store it now.
      </p>
      <output class="secret-value" aria-label={props.label}>
        {props.value}
      </output>
      <button type="button" onClick={copy}>
        Copy {props.label.toLowerCase()}
      </button>
      <span role="status">{copied}</span>
      {props.note && <p class="hint">{props.note}</p>}
    </section>
  );
}

/** A table that scrolls sideways on a narrow screen, reachable by keyboard. */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus to scroll by keyboard
    <section class="table-scroll" aria-label={props.label} tabIndex={0}>
      <table>{props.children}</table>
    </section>
  );
}

export const dateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "—";

export const number = (value: number) => value.toLocaleString();

/** Bytes as people read them. */
export function bytes(value: number) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let size = value;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** Saves a body the API answered as a file the browser downloads. */
export function download(name: string, body: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
