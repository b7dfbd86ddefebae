-- The rollups of the calls stored before call_rollups existed, counted as the live path counts
-- them (src/analytics/rollups.ts): each call once in its start slot (unix seconds / 900) under
-- every dimension; an ended call completed, with its duration, and under its own reason; an
-- active call under the reason '' (null). `call_rollups` is new and empty when this runs.
INSERT INTO `call_rollups` (`tenant_id`, `dimension`, `slot`, `group_key`, `calls`,
  `completed_calls`, `total_duration_seconds`, `max_duration_seconds`)
SELECT c.`tenant_id`, d.column1, unixepoch(c.`started_at`) / 900,
  CASE d.column1
    WHEN 'agent_id' THEN coalesce(c.`agent_id`, '')
    WHEN 'direction' THEN c.`direction`
    WHEN 'ended_reason' THEN
      CASE WHEN c.`status` = 'ended' THEN coalesce(c.`ended_reason`, '') ELSE '' END
    ELSE '' END,
  count(*),
  sum(c.`status` = 'ended'),
  sum(CASE WHEN c.`status` = 'ended' THEN coalesce(c.`duration_seconds`, 0) ELSE 0 END),
  max(CASE WHEN c.`status` = 'ended' THEN coalesce(c.`duration_seconds`, 0) ELSE 0 END)
FROM `calls` c, (VALUES ('all'), ('agent_id'), ('direction'), ('ended_reason')) d
WHERE unixepoch(c.`started_at`) IS NOT NULL
GROUP BY 1, 2, 3, 4;
