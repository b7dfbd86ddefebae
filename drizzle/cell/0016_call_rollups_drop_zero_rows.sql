-- The rows of zeros the live path left before an ended call removed them (the reason '' of a
-- slot whose calls had all ended): they add nothing to any sum, and the rollups are kept for good.
DELETE FROM `call_rollups`
WHERE `calls` = 0 AND `completed_calls` = 0 AND `total_duration_seconds` = 0
  AND `max_duration_seconds` = 0;
