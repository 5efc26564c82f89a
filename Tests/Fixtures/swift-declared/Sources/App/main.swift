import Foundation
import Dispatch
import Core
import Model        // re-exported by Core: available without declaring it
import Logging      // product without a checkout: its module is its name
import DequeModule  // one of the modules of product Collections (read from its checkout)
import Networking   // undeclared: only Core declares it

#if os(Linux)
import NIOCore      // undeclared, under #if: a module of the product Networking declares
#endif

let logger = Logger(label: "app")
