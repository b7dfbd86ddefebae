import type { TargetedSubmitEvent } from "preact";
import { useState } from "preact/hooks";
import { api, COOKIE_MODE, grant } from "../api";
import { type Problem, problemOf } from "../problems";
import { Alert, Field } from "../ui";

const SIGNUP_FIELDS = ["email", "password", "name", "data_region"] as const;

function AuthFrame(props: { title: string; children: preact.ComponentChildren }) {
  return (
    <main class="auth" id="main">
      <h1>{props.title}</h1>
      {props.children}
    </main>
  );
}

export function SignupPage() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [region, setRegion] = useState<"us" | "eu">("us");
  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    setBusy(true);
    const { data, error, response } = await api.POST("/v1/auth/signup", {
      params: COOKIE_MODE,
      body: {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        ...(name ? { name } : {}),
        data_region: region,
      },
    });
    setBusy(false);
    if (data) {
      history.replaceState(null, "", "#/settings");
      grant(data);
    } else setProblem(problemOf(error, response, SIGNUP_FIELDS));
  };
  return (
    <AuthFrame title="Create your organization">
      <form onSubmit={submit} noValidate>
        <Field label="Email" error={problem?.fields.email}>
          {(ids) => (
            <input
              id={ids.id}
              name="email"
              type="email"
              autocomplete="email"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field label="Password" error={problem?.fields.password} hint="At least 8 characters.">
          {(ids) => (
            <input
              id={ids.id}
              name="password"
              type="password"
              autocomplete="new-password"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field
          label="Organization name"
          error={problem?.fields.name}
          hint="Optional: your email's domain until you change it."
        >
          {(ids) => (
            <input
              id={ids.id}
              name="name"
              autocomplete="organization"
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field
          label="Data region"
          error={problem?.fields.data_region}
          hint="Where your data is kept; it cannot be changed here later."
        >
          {(ids) => (
            <select
              id={ids.id}
              value={region}
              onChange={(event) => setRegion(event.currentTarget.value === "eu" ? "eu" : "us")}
              aria-describedby={ids.describedBy}
            >
              <option value="us">United States</option>
              <option value="eu">European Union</option>
            </select>
          )}
        </Field>
        <Alert problem={problem} />
        <button type="submit" class="primary" disabled={busy}>
          Sign up
        </button>
      </form>
      <p>
        Already have an account? <a href="#/login">Log in</a>
      </p>
    </AuthFrame>
  );
}

export function LoginPage() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const { data, error, response } = await api.POST("/v1/auth/login", {
      params: COOKIE_MODE,
      body: {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      },
    });
    setBusy(false);
    if (data) grant(data);
    else setProblem(problemOf(error, response, ["email", "password"]));
  };
  return (
    <AuthFrame title="Log in">
      <form onSubmit={submit} noValidate>
        <Field label="Email" error={problem?.fields.email}>
          {(ids) => (
            <input
              id={ids.id}
              name="email"
              type="email"
              autocomplete="username"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Field label="Password" error={problem?.fields.password}>
          {(ids) => (
            <input
              id={ids.id}
              name="password"
              type="password"
              autocomplete="current-password"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Alert problem={problem} />
        <button type="submit" class="primary" disabled={busy}>
          Log in
        </button>
      </form>
      <p>
        New here? <a href="#/signup">Create an organization</a>
      </p>
    </AuthFrame>
  );
}

export function AcceptPage(props: { token: string }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const { data, error, response } = await api.POST("/v1/auth/accept-invitation", {
      params: COOKIE_MODE,
      body: {
        invitation_token: decodeURIComponent(props.token),
        password: String(form.get("password") ?? ""),
      },
    });
    setBusy(false);
    if (data) {
      history.replaceState(null, "", "#/settings");
      grant(data);
    } else setProblem(problemOf(error, response, ["password"]));
  };
  return (
    <AuthFrame title="Join your team">
      <p>You were invited to an organization. Choose a password to accept.</p>
      <form onSubmit={submit} noValidate>
        <Field label="Password" error={problem?.fields.password} hint="At least 8 characters.">
          {(ids) => (
            <input
              id={ids.id}
              name="password"
              type="password"
              autocomplete="new-password"
              required
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
            />
          )}
        </Field>
        <Alert problem={problem} />
        <button type="submit" class="primary" disabled={busy}>
          Accept invitation
        </button>
      </form>
      <p>
        <a href="#/login">Log in instead</a>
      </p>
    </AuthFrame>
  );
}
