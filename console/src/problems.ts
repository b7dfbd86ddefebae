/** An API refusal as a form shows it: messages at the fields the 422's `loc` names, the rest once. */
export type Problem = {
  status: number;
  code: string;
  /** Field name → message. */
  fields: Record<string, string>;
  /** What no field of the form shows. */
  message: string | null;
};

type Issue = { loc: (string | number)[]; msg: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const isIssue = (value: unknown): value is Issue =>
  isRecord(value) && Array.isArray(value.loc) && typeof value.msg === "string";

/**
 * What an error answer says. `known` are the fields the form shows: an issue at another place
 * (a header, the path, a field not on the form) goes in the message.
 */
export function problemOf(error: unknown, response: Response, known: readonly string[] = []) {
  const problem: Problem = { status: response.status, code: "", fields: {}, message: null };
  const rest: string[] = [];
  if (isRecord(error)) {
    problem.code = typeof error.code === "string" ? error.code : "";
    const detail = error.detail;
    if (Array.isArray(detail)) {
      for (const issue of detail.filter(isIssue)) {
        const [where, field] = issue.loc;
        const name = where === "body" && typeof field === "string" ? field : null;
        if (name && known.includes(name) && !problem.fields[name]) problem.fields[name] = issue.msg;
        else rest.push(`${issue.loc.join(".")}: ${issue.msg}`);
      }
    } else if (typeof detail === "string") rest.push(detail);
  }
  if (rest.length === 0 && Object.keys(problem.fields).length === 0)
    rest.push(`The request failed (${response.status}${problem.code ? ` ${problem.code}` : ""}).`);
  problem.message = rest.length > 0 ? rest.join(" ") : null;
  return problem;
}
