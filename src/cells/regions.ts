/** Where a tenant's data lives: its rows in a cell of the region, its objects in its bucket. */
export const DATA_REGIONS = ["us", "eu"] as const;
export type DataRegion = (typeof DATA_REGIONS)[number];

/**
 * Each region's R2 bucket binding, and the jurisdiction its bucket and its cells' databases are
 * created in (none: Cloudflare's default locations; `eu`: data stored in the EU only).
 */
export const REGIONS: Record<DataRegion, { bucket: "BLOBS_US" | "BLOBS_EU"; jurisdiction?: "eu" }> =
  {
    us: { bucket: "BLOBS_US" },
    eu: { bucket: "BLOBS_EU", jurisdiction: "eu" },
  };

export const DEFAULT_REGION: DataRegion = "us";
