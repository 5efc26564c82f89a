import Testing
import XCTest
@testable import Core
import Model          // re-exported by Core
import Networking     // undeclared in a test target

@Test func core() {}
