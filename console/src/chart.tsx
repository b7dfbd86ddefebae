import type { Schemas } from "./api";

type Analytics = Schemas["CallAnalytics"];
type Bucket = Schemas["CallBucket"];

export type ChartProps = { analytics: Analytics };

/** Series colours, told apart by the legend's labels too, not by colour alone. */
const COLOURS = ["#2563eb", "#d97706", "#059669", "#7c3aed", "#dc2626", "#0891b2"];
const WIDTH = 640;
const HEIGHT = 200;

function groupName(bucket: Bucket): string {
  const group = bucket.group;
  if (!group) return "calls";
  if ("direction" in group) return group.direction;
  if ("agent_id" in group) return group.agent_id ?? "no agent";
  return group.ended_reason ?? "active";
}

function label(start: string, interval: Analytics["interval"]) {
  const date = new Date(start);
  if (interval === "hour")
    return date.toLocaleString(undefined, { weekday: "short", hour: "numeric" });
  if (interval === "month")
    return date.toLocaleDateString(undefined, { month: "short", year: "numeric" });
  return date.toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

/** Calls per bucket as stacked bars, one colour per group, in the browser's time zone. */
export function CallChart(props: ChartProps) {
  const { analytics } = props;
  const starts = [...new Set(analytics.buckets.map((bucket) => bucket.start))];
  const groups = [...new Set(analytics.buckets.map(groupName))];
  const stacks = starts.map((start) => {
    const inBucket = analytics.buckets.filter((bucket) => bucket.start === start);
    return {
      start,
      parts: groups.map((group) =>
        inBucket
          .filter((bucket) => groupName(bucket) === group)
          .reduce((sum, b) => sum + b.calls, 0),
      ),
    };
  });
  const highest = Math.max(1, ...stacks.map((stack) => stack.parts.reduce((a, b) => a + b, 0)));
  const slot = WIDTH / Math.max(1, stacks.length);
  const barWidth = Math.max(1, slot * 0.7);
  const busiest = stacks.reduce(
    (best, stack) => {
      const total = stack.parts.reduce((a, b) => a + b, 0);
      return total > best.total ? { start: stack.start, total } : best;
    },
    { start: "", total: 0 },
  );
  const summary =
    `Calls per ${analytics.interval}: ${analytics.totals.calls} in all` +
    (busiest.total > 0
      ? `, most (${busiest.total}) in ${label(busiest.start, analytics.interval)}`
      : "");
  return (
    <figure class="chart">
      <p class="chart-scale">{highest} calls</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 2}`} role="img" aria-label={summary}>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#64748b" />
        {stacks.map((stack, index) => {
          let top = HEIGHT;
          const x = index * slot + (slot - barWidth) / 2;
          return (
            <g key={stack.start}>
              {stack.parts.map((calls, part) => {
                const height = (calls / highest) * (HEIGHT - 16);
                top -= height;
                return calls > 0 ? (
                  <rect
                    key={groups[part]}
                    x={x}
                    y={top}
                    width={barWidth}
                    height={height}
                    fill={COLOURS[part % COLOURS.length]}
                  >
                    <title>{`${label(stack.start, analytics.interval)}: ${calls} ${groups[part]}`}</title>
                  </rect>
                ) : null;
              })}
            </g>
          );
        })}
      </svg>
      <div class="chart-axis">
        <span>{stacks[0] ? label(stacks[0].start, analytics.interval) : ""}</span>
        <span>{stacks.at(-1) ? label(stacks.at(-1)?.start ?? "", analytics.interval) : ""}</span>
      </div>
      <figcaption>
        <ul class="legend">
          {groups.map((group, index) => (
            <li key={group}>
              <span class="swatch" style={{ background: COLOURS[index % COLOURS.length] }} />
              {group}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
