import Foundation
// café in Latin-1
import Net_Kit
