import Link from "next/link";
import type { Region } from "@/lib/rules";
import { REGION_WORDS } from "@/lib/rules/wording";

/** After "see a professional": the way back, for when the runner has been cleared or is ready. Never instead of the red flag. */
export function ReturnToRunOffer({ regions }: { regions: readonly Region[] }) {
  const unique = [...new Set(regions)];
  if (unique.length === 0) return null;
  return (
    <p className="return-to-run-offer">
      When a professional has cleared you, or you are ready: a walk–run return-to-run programme for your{" "}
      {unique.map((region, i) => (
        <span key={region}>
          {i > 0 ? ", " : null}
          <Link href={`/return-to-run?region=${region}`}>{REGION_WORDS[region].one}</Link>
        </span>
      ))}
      , that moves on only when your pain allows.
    </p>
  );
}
