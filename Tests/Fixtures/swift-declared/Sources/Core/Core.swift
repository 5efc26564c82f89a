@_exported import Model
import Networking
import CZlib        // undeclared: Networking declares the system library
#if os(macOS)
import Crypto       // used under #if only: Crypto is not unused
#endif

// Utilities is declared but never imported: unused. Macros is a macro target: never unused.
public struct Core {}
