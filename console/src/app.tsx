import { useEffect, useState } from "preact/hooks";
import {
  type Acting,
  actIn,
  actingIn,
  currentSession,
  logOut,
  onSessionChange,
  type Session,
} from "./api";
import { AccountPage } from "./pages/account";
import { ActivityPage } from "./pages/activity";
import { AdminPage } from "./pages/admin";
import { AcceptPage, LoginPage, SignupPage } from "./pages/auth";
import { LeavingPage } from "./pages/leaving";
import { ResourcesPage } from "./pages/resources";
import { SettingsPage } from "./pages/settings";
import { SubaccountsPage } from "./pages/subaccounts";
import { TeamPage } from "./pages/team";
import { UsagePage } from "./pages/usage";
import { WebhookPage } from "./pages/webhook";
import { WebhookEndpointsPage } from "./pages/webhook-endpoints";
import { ROLE_NAMES } from "./roles";

/** The tenant's pages, in the navigation's order. */
const TENANT_PAGES = [
  ["settings", "Organization", SettingsPage],
  ["webhook", "Webhook", WebhookPage],
  ["webhook-endpoints", "Webhook endpoints", WebhookEndpointsPage],
  ["team", "Members and keys", TeamPage],
  ["usage", "Usage", UsagePage],
  ["activity", "Activity", ActivityPage],
  ["resources", "Resources", ResourcesPage],
  ["subaccounts", "Sub-accounts", SubaccountsPage],
  ["leaving", "Leaving", LeavingPage],
  ["account", "Account", AccountPage],
] as const;

const routeOf = () => location.hash.replace(/^#\/?/, "");

function useRoute() {
  const [route, setRoute] = useState(routeOf);
  useEffect(() => {
    const changed = () => setRoute(routeOf());
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}

export function App(props: { restoring: Promise<boolean> }) {
  const [session, setSession] = useState<Session | null>(currentSession);
  const [acting, setActing] = useState<Acting | null>(actingIn);
  const [restoring, setRestoring] = useState(true);
  const route = useRoute();
  useEffect(() => {
    const stop = onSessionChange((next) => {
      setSession(next);
      setActing(actingIn());
    });
    // A reload keeps the session: the httpOnly cookie is traded for a new access token.
    void props.restoring.finally(() => setRestoring(false));
    return () => {
      stop();
    };
  }, []);

  if (restoring) return <p class="loading">Loading…</p>;
  const [name = "", argument = ""] = route.split("/");
  if (!session) {
    if (name === "accept") return <AcceptPage token={argument} />;
    if (name === "signup") return <SignupPage />;
    return <LoginPage />;
  }
  if (session.role === "platform_admin") {
    return (
      <Shell session={session} links={[["admin", "Tenants"]]} current="admin">
        <AdminPage />
      </Shell>
    );
  }
  // In a sub-account, the family's page is the parent's: a sub-account owns none.
  const pages = acting ? TENANT_PAGES.filter(([path]) => path !== "subaccounts") : TENANT_PAGES;
  const page = pages.find(([path]) => path === name) ?? TENANT_PAGES[0];
  const [current, , Component] = page;
  if (name !== current) history.replaceState(null, "", `#/${current}`);
  return (
    <Shell
      session={session}
      links={pages.map(([path, label]) => [path, label])}
      current={current}
      acting={acting}
    >
      <Component key={`${current} ${acting?.id ?? ""}`} />
    </Shell>
  );
}

function Shell(props: {
  session: Session;
  links: (readonly [string, string])[];
  current: string;
  acting?: Acting | null;
  children: preact.ComponentChildren;
}) {
  return (
    <div class="shell">
      <button type="button" class="skip" onClick={skipToMain}>
        Skip to content
      </button>
      <header class="top">
        <span class="brand">Tenant console</span>
        <span class="who">Signed in as {ROLE_NAMES[props.session.role]}</span>
        {props.acting && (
          <span class="acting">
            In sub-account <strong>{props.acting.name}</strong>
            <button
              type="button"
              onClick={() => {
                actIn(null);
                location.hash = "#/subaccounts";
              }}
            >
              Back to the parent
            </button>
          </span>
        )}
        <button type="button" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <nav aria-label="Console">
        <ul>
          {props.links.map(([path, label]) => (
            <li key={path}>
              <a href={`#/${path}`} aria-current={path === props.current ? "page" : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main">{props.children}</main>
    </div>
  );
}

/** The skip control moves the focus without touching the hash the router reads. */
function skipToMain() {
  document.getElementById("page-title")?.focus();
}
