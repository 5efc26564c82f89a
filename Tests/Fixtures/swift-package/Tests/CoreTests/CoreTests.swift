@testable import Core
import XCTest
