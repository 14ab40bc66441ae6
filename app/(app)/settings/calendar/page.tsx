import type { Metadata } from "next";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth";
import { feedTokenFor, feedUrl } from "@/lib/data/calendar-feed";
import { FeedSettings } from "@/components/calendar/feed-settings";
import { rotateFeedAction } from "./actions";

export const metadata: Metadata = { title: "Calendar feed" };

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

export default async function CalendarFeedSettingsPage() {
  const runner = await requireUser();
  const url = feedUrl(await feedTokenFor(runner.id), await requestOrigin());
  return (
    <div className="stack">
      <h1>Calendar feed</h1>
      <section className="card stack" aria-labelledby="feed-title">
        <h2 id="feed-title">Subscribe from your calendar app</h2>
        <p>
          Your races and the massage days you accepted or booked appear in Google Calendar, Apple Calendar or Thunderbird, and stay up to
          date when you change them here. Massage days come with a reminder at 7 pm the evening before (in apps that show reminders from
          subscribed calendars). Proposals you have not accepted stay here only.
        </p>
        <FeedSettings url={url} rotate={rotateFeedAction} />
      </section>
      <section className="card stack" aria-labelledby="howto-title">
        <h2 id="howto-title">How to subscribe</h2>
        <h3>Google Calendar</h3>
        <ol>
          <li>On a computer, open calendar.google.com.</li>
          <li>Beside “Other calendars”, choose “+”, then “From URL”.</li>
          <li>Paste the URL and choose “Add calendar”.</li>
        </ol>
        <p className="muted">Google refreshes subscribed calendars every few hours (sometimes only daily) and uses its own reminders, not ours.</p>
        <h3>Apple Calendar</h3>
        <ol>
          <li>On a Mac: File → New Calendar Subscription…, paste the URL, then choose how often to refresh (every hour is fine).</li>
          <li>
            On an iPhone or iPad: Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar, and paste the URL. Or
            tap “Open in my calendar app” above on the device.
          </li>
          <li>To get the evening-before reminders on a Mac, untick “Alerts” beside “Remove” in the subscription’s settings.</li>
        </ol>
        <h3>Thunderbird</h3>
        <ol>
          <li>Open the Calendar tab, then “New Calendar…” → “On the Network”.</li>
          <li>Paste the URL as the location, choose “Find Calendars”, then “Subscribe”.</li>
        </ol>
      </section>
      <section className="card stack" aria-labelledby="download-title">
        <h2 id="download-title">Download once instead</h2>
        <p>
          A file with the next eight weeks, to import into any calendar. It does not update itself: download it again after a change.
        </p>
        <p>
          <a className="button secondary" href="/api/v1/calendar.ics" download>
            Download the next 8 weeks (.ics)
          </a>
        </p>
      </section>
    </div>
  );
}
