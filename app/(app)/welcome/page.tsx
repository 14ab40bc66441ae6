import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { timeZoneChoices } from "@/lib/time-zones";
import { SettingsForm } from "@/components/settings/settings-form";
import { updateSettingsAction } from "../settings/actions";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const runner = await requireUser();
  return (
    <div className="stack" style={{ maxWidth: "36rem" }}>
      <h1>Welcome{runner.name ? `, ${runner.name}` : ""}</h1>
      <p>
        Three things first, so your plan is right: the units you think in, your time zone (so &quot;today&quot; is your
        today), and — if you like — your body mass, for how much to drink before and after running.
      </p>
      <section className="card" aria-label="Your profile">
        <SettingsForm
          action={updateSettingsAction}
          initial={runner}
          timeZones={timeZoneChoices(new Date())}
          submitLabel="Save and log my first run"
          then="first-run"
        />
      </section>
      <section className="card welcome-next" aria-labelledby="welcome-next-title">
        <h2 id="welcome-next-title">Then, your first run</h2>
        <ol>
          <li>
            <strong>Log a run</strong> — the date, distance and time, and how hard it felt from 0 (rest) to 10 (flat
            out). Or import the FIT, GPX or TCX file your watch saved.
          </li>
          <li>
            <strong>Tap what is sore</strong> on the body map, left or right, 0–10 — and say if a pain is sharp.
          </li>
          <li>
            <strong>Open Today</strong> each morning: massage, stretches, drinking and load warnings for your legs,
            each with the reason and the evidence behind it.
          </li>
        </ol>
        <p className="muted small">
          Effort times minutes is your training load; the plan compares this week with your usual weeks. A training
          aid, not medical advice.
        </p>
      </section>
    </div>
  );
}
