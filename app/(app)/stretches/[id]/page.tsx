import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { STRETCHING_NOTE, WARM_UP_DRILLS, stretchById } from "@/lib/rules";
import { GuideDetail, type GuideItem } from "@/components/stretches/guide";

type Params = { params: Promise<{ id: string }> };

function guideItem(id: string): GuideItem | undefined {
  return stretchById(id) ?? WARM_UP_DRILLS.find((drill) => drill.id === id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const item = guideItem((await params).id);
  return { title: item ? item.name : "Stretch not found" };
}

export default async function StretchPage({ params }: Params) {
  await requireUser();
  const item = guideItem((await params).id);
  if (!item) notFound();
  return (
    <div className="stack">
      <p>
        <Link href="/stretches">← All stretches and drills</Link>
      </p>
      <h1>{item.name}</h1>
      <GuideDetail item={item} />
      <p className="muted small">
        {item.kind === "static"
          ? STRETCHING_NOTE
          : "A dynamic warm-up prepares your legs for running; keep long static holds for after the run (Blazevich 2018)."}{" "}
        Stop if anything feels sharp, and see a physiotherapist or doctor if it keeps hurting.
      </p>
    </div>
  );
}
