import Networking   // the second file importing it: a second chain

enum Commands {}
