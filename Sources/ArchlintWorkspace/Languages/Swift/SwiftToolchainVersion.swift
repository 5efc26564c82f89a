/// The Swift version archlint assumes the user's toolchain has when it picks among
/// `Package@swift-X.swift` manifests: the version of the compiler archlint was built with,
/// which is the toolchain that builds the user's packages in the common case.
enum SwiftToolchainVersion {
    static var current: [Int] {
        #if compiler(>=6.5)
        return [6, 5]
        #elseif compiler(>=6.4)
        return [6, 4]
        #elseif compiler(>=6.3)
        return [6, 3]
        #elseif compiler(>=6.2)
        return [6, 2]
        #elseif compiler(>=6.1)
        return [6, 1]
        #else
        return [6, 0]
        #endif
    }
}
