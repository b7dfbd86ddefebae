import { render } from "preact";
import { renew } from "./api";
import { App } from "./app";

// The session is asked for at once, while the first render happens: not after it, in an effect,
// which runs only once the browser has painted.
const restoring = renew();
const root = document.getElementById("app");
if (root) render(<App restoring={restoring} />, root);
