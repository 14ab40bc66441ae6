import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { knownTimeZones } from "@/lib/time-zones";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { LoadSportsForm } from "@/components/settings/load-sports-form";
import { CROSS_TRAINING_SPORTS } from "@/lib/validation/cross-training";
import { changePasswordAction, signOutEverywhereAction, updateLoadExclusionsAction, updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const runner = await requireUser();
  return (
    <div className="stack">
      <h1>Settings</h1>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <SettingsForm action={updateSettingsAction} initial={runner} timeZones={knownTimeZones()} />
      </section>
      <section className="card" aria-labelledby="load-sports-heading">
        <h2 id="load-sports-heading">Cross-training in your load</h2>
        <p className="muted">
          Rides, swims, rows and other sessions count in your session load (effort × minutes), never in your running
          distance. Leave a sport out if it should not count at all.
        </p>
        <LoadSportsForm
          action={updateLoadExclusionsAction}
          sports={[...new Set([...CROSS_TRAINING_SPORTS, ...runner.loadExcludedSports])]}
          excluded={runner.loadExcludedSports}
        />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm action={changePasswordAction} />
      </section>
      <section className="card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Signed-in devices</h2>
        <p>Signed in as {runner.email}. Lost a phone, or used a shared computer? Sign out on every device at once.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
