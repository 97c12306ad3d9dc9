// Confidence that means what it says: the engine's raw certainty is mapped to the share of
// suggestions found right on the development sets, and Auto-code writes only at or above one
// default threshold shared by the CLI (`autotag`) and the extension (`foiCoder.suggestions.minConfidence`).

/** Auto-code's default threshold (CLI `autotag --min-confidence`, the extension's setting default). */
export const DEFAULT_MIN_CONFIDENCE = 0.7;
