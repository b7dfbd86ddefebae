import { ApiError } from "../errors";

export const webhookNotConfigured = () =>
  new ApiError(409, "webhook_not_configured", "The tenant has no webhook_url");
