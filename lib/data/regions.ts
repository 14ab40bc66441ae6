import "server-only";
import type { Region } from "@/lib/rules";

// Prisma enum names cannot hold "-", so two regions are stored under another name in the client
// (the database holds the runner's words, via @map). Converted here, at the edge.
type DbRegion = "calves" | "shins" | "achilles" | "feet" | "hamstrings" | "quadriceps" | "knees" | "it_band" | "hips" | "glutes" | "lower_back";

export const regionToDb = (region: Region): DbRegion => region.replace("-", "_") as DbRegion;
export const regionFromDb = (region: DbRegion): Region => region.replace("_", "-") as Region;
