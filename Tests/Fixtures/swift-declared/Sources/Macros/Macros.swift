public enum Macros {}
