import type { TargetedSubmitEvent } from "preact";
import { useState } from "preact/hooks";
import { api } from "../api";
import { type Problem, problemOf } from "../problems";
import { Alert, Field, Notice, Page } from "../ui";

export function AccountPage() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const { error, response } = await api.POST("/v1/auth/password", {
      body: {
        current_password: String(fields.get("current_password") ?? ""),
        new_password: String(fields.get("new_password") ?? ""),
      },
    });
    if (response.ok) {
      setProblem(null);
      setNotice("Password changed. Every other session of yours was logged out.");
      form.reset();
    } else setProblem(problemOf(error, response, ["current_password", "new_password"]));
  };
  return (
    <Page title="Account" intro="Your own sign-in.">
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>Change password</legend>
          <Field label="Current password" error={problem?.fields.current_password}>
            {(ids) => (
              <input
                id={ids.id}
                name="current_password"
                type="password"
                autocomplete="current-password"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
          <Field
            label="New password"
            error={problem?.fields.new_password}
            hint="At least 8 characters. Your other sessions end."
          >
            {(ids) => (
              <input
                id={ids.id}
                name="new_password"
                type="password"
                autocomplete="new-password"
                aria-describedby={ids.describedBy}
                aria-invalid={ids.invalid}
              />
            )}
          </Field>
        </fieldset>
        <Alert problem={problem} />
        {notice && <Notice>{notice}</Notice>}
        <button type="submit" class="primary">
          Change password
        </button>
      </form>
    </Page>
  );
}
