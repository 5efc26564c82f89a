import Core
import struct Foundation.URL
