import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { listSweatRateTests } from "@/lib/data/sweat-rate";
import { SweatRateForm } from "@/components/settings/sweat-rate-form";
import { SweatRateTests } from "@/components/settings/sweat-rate-tests";
import { addSweatRateTestAction, deleteSweatRateTestAction } from "./actions";

export const metadata: Metadata = { title: "Sweat rate" };

export default async function SweatRatePage() {
  const runner = await requireUser();
  const tests = await listSweatRateTests(runner.id);
  return (
    <div className="stack">
      <h1>Sweat rate</h1>
      <section className="card" aria-labelledby="how-heading">
        <h2 id="how-heading">How to measure it</h2>
        <ol>
          <li>Weigh yourself just before a run of about an hour — naked or in dry kit, after going to the toilet.</li>
          <li>Run as usual. Note how much you drink, and any urine you pass, in millilitres.</li>
          <li>Towel off and weigh yourself again straight after, in the same kit.</li>
        </ol>
        <p>
          Your sweat rate is (mass before − mass after + what you drank − urine) ÷ hours; 1 kg lost is about 1 litre.
          Most runners sweat between 0.75 and 2.5 L an hour, more in the heat — so note the temperature and repeat the
          test in warm and cool weather (ACSM 2007).
        </p>
        <p>
          Your plan never suggests drinking more per hour than your measured sweat rate: drinking more than you sweat
          may dilute your blood sodium, which can be dangerous (exercise-associated hyponatremia, Hew-Butler 2015).
        </p>
      </section>
      <section className="card" aria-labelledby="new-test-heading">
        <h2 id="new-test-heading">Add a test</h2>
        <SweatRateForm action={addSweatRateTestAction} today={todayFor(runner)} />
      </section>
      <section className="card" aria-labelledby="tests-heading">
        <h2 id="tests-heading">Your tests</h2>
        <SweatRateTests tests={tests} deleteAction={deleteSweatRateTestAction} />
      </section>
    </div>
  );
}
