// Declares Atomics and imports nothing: unused.
public struct Model {}
