import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
