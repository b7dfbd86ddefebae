-- The monthly counts of the calls stored before call_months existed, as the live path counts
-- them (src/calls/queries.ts): one per call, under the UTC month its `started_at` falls in.
-- `call_months` is new and empty when this runs.
INSERT INTO `call_months` (`tenant_id`, `month`, `calls`)
SELECT `tenant_id`, substr(`started_at`, 1, 7), count(*)
FROM `calls`
GROUP BY 1, 2;
