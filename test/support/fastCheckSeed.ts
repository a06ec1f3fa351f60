/**
 * Jest setup: every fast-check property runs from one fixed seed, so CI runs are repeatable.
 * A failing property names its seed and path in the error; FC_SEED=<n> replays or explores another.
 */
import fc from "fast-check";

const DEFAULT_SEED = 20251202;

const seed = process.env.FC_SEED === undefined ? DEFAULT_SEED : Number(process.env.FC_SEED);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${process.env.FC_SEED}"`);

fc.configureGlobal({ seed });
