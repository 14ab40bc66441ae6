import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { knownTimeZones } from "@/lib/time-zones";
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
          timeZones={knownTimeZones()}
          submitLabel="Save and log my first run"
          then="first-run"
        />
      </section>
    </div>
  );
}
