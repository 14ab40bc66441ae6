import { apiRoute } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/request";
import { exportRunnerData, toCsv } from "@/lib/data/export";
import { CSV_BOM, EXPORT_COLUMNS } from "@/lib/data/export-columns";
import { exportQuerySchema } from "@/lib/validation/export";

export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, exportQuerySchema);
  const data = await exportRunnerData(caller.runner.id);
  const stamp = data.exportedAt.slice(0, 10);
  if (query.format === "csv" && query.table) {
    // UTF-8 with a byte-order mark, and the header row even for an empty table (see export-columns.ts).
    return new Response(CSV_BOM + toCsv(data[query.table], EXPORT_COLUMNS[query.table]), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="recovery-planner-${query.table}-${stamp}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="recovery-planner-export-${stamp}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
