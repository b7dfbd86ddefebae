ALTER TABLE `idempotency_keys` ADD `body_hash` text;--> statement-breakpoint
ALTER TABLE `idempotency_keys` ADD `response_body_enc` text;--> statement-breakpoint
ALTER TABLE `idempotency_keys` DROP COLUMN `response_body`;