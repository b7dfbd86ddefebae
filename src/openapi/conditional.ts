import type { ResponseDoc } from "./describe";
import { header } from "./headers";

/** The conditional read of a representation with an `ETag`. */
export const IF_NONE_MATCH = header(
  "If-None-Match",
  "The ETag you hold: while it is current the answer is 304 without a body",
);

export const NOT_MODIFIED: ResponseDoc = {
  description: "Not modified: the ETag sent in If-None-Match is still current",
  headers: ["ETag"],
};
