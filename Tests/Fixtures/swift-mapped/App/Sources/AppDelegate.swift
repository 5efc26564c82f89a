import UIKit
import Widgets
