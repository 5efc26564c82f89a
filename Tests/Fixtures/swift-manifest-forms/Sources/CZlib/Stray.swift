// Not a source: a system library target has no Swift module source.
import Foundation
