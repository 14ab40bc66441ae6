import fc from "fast-check";

// Property tests explore new random inputs on every local run (a failure prints its seed to
// replay). CI uses one fixed seed so that whether a commit lands never depends on luck; set
// FC_SEED to replay or to pin a run anywhere.
const pinned = process.env.FC_SEED ?? (process.env.CI ? "20261126" : undefined);
if (pinned !== undefined) fc.configureGlobal({ seed: Number(pinned) });
