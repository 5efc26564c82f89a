import NIOCore
import CZlib
