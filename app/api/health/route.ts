import { databaseIsReachable } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await databaseIsReachable();
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
