// Replaced by the component's sources.
