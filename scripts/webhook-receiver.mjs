// A webhook receiver for trying the API locally: verifies every delivery with the
// `standardwebhooks` package (the specification's reference implementation) and prints it.
// Answers 204 when the signature verifies and 400 when it does not (400 is never retried).
// Usage: npm run webhook-receiver -- --secret whsec_… [--port 8821]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { Webhook } from "standardwebhooks";

const { values } = parseArgs({
  options: { port: { type: "string", default: "8821" }, secret: { type: "string" } },
});
if (!values.secret?.startsWith("whsec_")) {
  console.error("Usage: npm run webhook-receiver -- --secret whsec_… [--port 8821]");
  process.exit(2);
}
const webhook = new Webhook(values.secret);

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const id = req.headers["webhook-id"];
    try {
      const event = webhook.verify(body, req.headers);
      console.log(`verified ${event.type} webhook-id=${id} data=${JSON.stringify(event.data)}`);
      res.writeHead(204).end();
    } catch (error) {
      console.log(`REJECTED webhook-id=${id}: ${error.message}`);
      res.writeHead(400).end();
    }
  });
});
server.listen(Number(values.port), "127.0.0.1", () =>
  console.log(`Receiving webhooks on http://localhost:${values.port}/`),
);
